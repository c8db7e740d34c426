package search

import (
	"context"
	"fmt"

	"gorm.io/gorm"
)

// engine is the part of the index that differs between databases: where
// the segmented terms live and how a query is matched and ranked. Every
// other part (which entities are indexed, their texts, the segmentation,
// search_documents, the speakers' titles, snippets and cursors) is shared.
// fts4 serves SQLite, tsvector PostgreSQL.
type engine interface {
	// lock, first in a write transaction, waits for the other writers of the
	// database (model.WriterLockSQL); SQLite needs none, it has one writer.
	lock(tx *gorm.DB) error
	// schema creates the engine's tables and indexes.
	schema(db *gorm.DB) error
	// insert adds entries (their rows in search_entries included).
	insert(tx *gorm.DB, entries []entry) error
	// remove drops the entries matching where (on search_entries).
	remove(tx *gorm.DB, where string, args ...any) error
	// rewrite replaces the text of the speaker or court entry id.
	rewrite(tx *gorm.DB, id int64, body, bodyTerms string) error
	// clear empties the index before a rebuild; compact runs after it.
	clear(tx *gorm.DB) error
	compact(tx *gorm.DB) error
	// rank returns the entries of the given types holding every term, in
	// the order score DESC, type, entity_id, those after cur (when not
	// nil), at most limit; and the number of all matching entries.
	rank(ctx context.Context, db *gorm.DB, terms, types []string, cur *cursor, limit int) ([]ranked, int, error)
	// titleKeySQL is the SQL of a speaker title's first-seen key from the
	// attendance a and meeting m; keyMinSQL the smaller of two keys a and b.
	titleKeySQL() string
	keyMinSQL(a, b string) string
}

// ranked is one entry a query matched, with its score.
type ranked struct {
	Type     string
	EntityID uint
	Body     string
	Extra    string
	Score    float64
}

// writeTx runs f in a transaction of db that holds the writers' lock.
func writeTx(db *gorm.DB, eng engine, f func(tx *gorm.DB) error) error {
	return db.Transaction(func(tx *gorm.DB) error {
		if err := eng.lock(tx); err != nil {
			return fmt.Errorf("wait for other writers: %w", err)
		}
		return f(tx)
	})
}

// engineFor returns the engine of db's dialect.
func engineFor(db *gorm.DB) (engine, bool) {
	switch db.Dialector.Name() {
	case "sqlite":
		return fts4{}, true
	case "postgres":
		return tsvector{}, true
	}
	return nil, false
}
