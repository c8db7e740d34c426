package store

import (
	"context"
	"fmt"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

// FileStamp remembers a loaded file's size, modification time and content
// hash, so a later load (a restart over the same seeds) can tell an unchanged
// file by stat alone instead of reading and hashing it. It is only a cache:
// the loader trusts a stamp while the file's size and mtime still match and
// the file's source still holds the stamp's hash, and otherwise reads the
// file as before. The store owns this table; the API does not show it.
type FileStamp struct {
	// Path is the absolute path of the file read (a link's target).
	Path string `gorm:"primaryKey"`
	Size int64  `gorm:"not null"`
	// ModTime is the file's modification time in Unix nanoseconds.
	ModTime int64  `gorm:"not null"`
	Hash    string `gorm:"size:64;not null"`
}

// stampBatch keeps one INSERT of stamps (4 values each) well under SQLite's
// default limit of 999 bound variables.
const stampBatch = 200

// KnownStamps returns every file stamp by path, in one query.
func KnownStamps(ctx context.Context, db *gorm.DB) (map[string]FileStamp, error) {
	var rows []FileStamp
	if err := db.WithContext(ctx).Find(&rows).Error; err != nil {
		return nil, fmt.Errorf("read file stamps: %w", err)
	}
	out := make(map[string]FileStamp, len(rows))
	for _, r := range rows {
		out[r.Path] = r
	}
	return out, nil
}

// SaveStamps inserts or updates stamps with multi-row INSERT … ON CONFLICT
// statements (valid on SQLite and PostgreSQL) in one transaction. It runs
// even when ctx is cancelled: the files were stored, and their stamps save
// the next load from reading them again.
func SaveStamps(ctx context.Context, db *gorm.DB, stamps []FileStamp) error {
	if len(stamps) == 0 {
		return nil
	}
	err := db.WithContext(context.WithoutCancel(ctx)).
		Clauses(clause.OnConflict{Columns: []clause.Column{{Name: "path"}}, UpdateAll: true}).
		CreateInBatches(stamps, stampBatch).Error
	if err != nil {
		return fmt.Errorf("save %d file stamps: %w", len(stamps), err)
	}
	return nil
}
