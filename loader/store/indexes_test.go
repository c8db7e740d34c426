package store

import (
	"slices"
	"testing"

	"courtql/internal/dbtest"
)

// TestKeywordIndexes: keywords keep the composite indexes their reads use
// and none of the single-column ones those start with, also in a database
// made before they were dropped.
func TestKeywordIndexes(t *testing.T) {
	target := dbtest.Target(t, "k.db")
	db, err := Open(target, Options{})
	if err != nil {
		t.Fatal(err)
	}
	// A database from before: the old indexes present.
	for _, stmt := range []string{
		`CREATE INDEX idx_keywords_meeting_id ON keywords (meeting_id)`,
		`CREATE INDEX idx_keywords_directive_id ON keywords (directive_id)`,
		`CREATE INDEX idx_keywords_word ON keywords (word)`,
	} {
		if err := db.Exec(stmt).Error; err != nil {
			t.Fatal(err)
		}
	}
	Close(db)
	if db, err = Open(target, Options{}); err != nil {
		t.Fatal(err)
	}
	defer Close(db)
	q := `SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'keywords' AND name LIKE 'idx_%' ORDER BY name`
	if DialectOf(db) == Postgres {
		q = `SELECT indexname FROM pg_indexes WHERE tablename = 'keywords' AND indexname LIKE 'idx_%' ORDER BY indexname`
	}
	var got []string
	if err := db.Raw(q).Scan(&got).Error; err != nil {
		t.Fatal(err)
	}
	want := []string{"idx_keywords_directive_seq", "idx_keywords_meeting_seq", "idx_keywords_word_directive"}
	if !slices.Equal(got, want) {
		t.Errorf("keyword indexes %v, want %v", got, want)
	}
}
