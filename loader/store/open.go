// Package store writes extraction results to the database with GORM, in
// batched transactions, and opens the SQLite database courtql uses.
package store

import (
	"fmt"

	"gorm.io/driver/sqlite"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"

	"courtql/model"
)

// Options tune Open.
type Options struct {
	// DriverName is a database/sql driver registered over go-sqlite3 (the
	// search package registers one with its ranking function); "" is the default.
	DriverName string
	Logger     logger.Interface
}

// Open opens (creating if needed) the SQLite database at path in WAL mode with
// a busy timeout and foreign keys on, and migrates the schema.
func Open(path string, opts Options) (*gorm.DB, error) {
	// mattn/go-sqlite3 applies these per connection; _txlock=immediate takes
	// the write lock at BEGIN so concurrent writers wait instead of deadlocking.
	dsn := "file:" + path + "?_journal_mode=WAL&_busy_timeout=5000&_foreign_keys=1&_synchronous=NORMAL&_txlock=immediate"
	lg := opts.Logger
	if lg == nil {
		lg = logger.Discard
	}
	driverName := opts.DriverName
	if driverName == "" {
		driverName = sqlite.DriverName
	}
	conn, err := openWithPragmas(driverName, dsn)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	db, err := gorm.Open(sqlite.New(sqlite.Config{DriverName: driverName, Conn: conn}), &gorm.Config{Logger: lg})
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	if err := Migrate(db); err != nil {
		return nil, fmt.Errorf("migrate %s: %w", path, err)
	}
	return db, nil
}

// Migrate creates or updates every table, the store's own DocumentSource
// and FileStamp, and the indexes the writer's lookups need beyond those the
// model declares.
func Migrate(db *gorm.DB) error {
	if err := db.AutoMigrate(append(model.All(), &DocumentSource{}, &FileStamp{})...); err != nil {
		return err
	}
	for _, stmt := range writerIndexes {
		if err := db.Exec(stmt).Error; err != nil {
			return fmt.Errorf("create index: %w", err)
		}
	}
	return nil
}

// writerIndexes serve the writer's lookups: a text already stored under
// another source is found by its hash.
var writerIndexes = []string{
	`CREATE INDEX IF NOT EXISTS idx_documents_hash ON documents (hash)`,
}
