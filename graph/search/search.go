// Package search is courtql's full-text index over meetings, directives,
// statistics, speakers and courts.
//
// Texts are segmented into words by the Tokenizer the caller passes (gse in
// production), and the words are stored space-separated in an SQLite FTS4
// table whose unicode61 tokenizer therefore sees exactly one token per word:
// a query for 法官 matches the word 法官 but not 大法官 or 员额法官, and CJK
// is never split per character. FTS4 rather than FTS5 because
// gorm.io/driver/sqlite builds mattn/go-sqlite3 without the sqlite_fts5 tag;
// ranking is Okapi BM25 computed in Go from matchinfo('pcnalx') by the bm25
// SQL function the driver registered here (DriverName) adds to every
// connection.
//
// Bookkeeping lives in two tables the package owns: search_entries (one row
// per indexed entity, with its original unsegmented text for snippets) and
// the FTS4 table search_fts, whose docid is search_entries.id; and
// search_documents lists the documents indexed.
//
// On PostgreSQL (the tsvector engine, postgres.go) the same terms are kept in
// search_entries itself, as a tsvector under a GIN index plus their counts,
// and ranked by the same bm25 function in Go: a query gives the same hits,
// order, scores and snippets on both databases.
package search

import (
	"database/sql"
	"fmt"

	"github.com/mattn/go-sqlite3"
	"gorm.io/gorm"
)

// DriverName is the database/sql driver this package registers: go-sqlite3
// with the bm25 ranking function. Open the database with
// sqlite.New(sqlite.Config{DriverName: search.DriverName, DSN: dsn}).
const DriverName = "sqlite3_courtql"

// Entity types, as Hit.Type reports them and Search's types filter takes them.
const (
	TypeMeeting   = "Meeting"
	TypeDirective = "Directive"
	TypeStatistic = "Statistic"
	TypeSpeaker   = "Speaker"
	TypeCourt     = "Court"
)

// Types lists every entity type, in the order ties are broken.
var Types = []string{TypeCourt, TypeDirective, TypeMeeting, TypeSpeaker, TypeStatistic}

// Paging limits of Search.
const (
	DefaultFirst = 20
	MaxFirst     = 100
	// MaxQueryRunes bounds the query text; longer queries are rejected.
	MaxQueryRunes = 256
	// maxTerms bounds the words of one query; the rest are ignored.
	maxTerms = 32
)

// Column weights of search_fts for bm25: an entity's own text, then its
// context (a meeting's whole article), which alone should rank below it.
const (
	weightBody  = 1.0
	weightExtra = 0.3
)

func init() {
	sql.Register(DriverName, &sqlite3.SQLiteDriver{
		ConnectHook: func(c *sqlite3.SQLiteConn) error {
			if err := c.RegisterFunc("bm25", bm25, true); err != nil {
				return fmt.Errorf("register bm25: %w", err)
			}
			return nil
		},
	})
}

// Tokenizer cuts a text into words. It must return non-overlapping pieces of
// the text in order (as gse's Segmenter.Cut does; pieces it drops or rewrites
// are skipped when snippets are highlighted), and be safe for concurrent use.
type Tokenizer func(string) []string

// Hit is one search result.
type Hit struct {
	// Type is "Meeting", "Directive", "Statistic", "Speaker" or "Court".
	Type string
	// ID is the entity's primary key.
	ID uint
	// Snippet is about 60 runes of the entity's original text around the first
	// matched word, every matched word wrapped in «»; "…" marks a cut.
	Snippet string
	// Score is the BM25 relevance, higher is better.
	Score float64
	// Cursor is opaque: pass it as Search's after to get the hits after this one.
	Cursor string
}

// Index is the full-text index of one database. It is safe for concurrent use.
type Index struct {
	db    *gorm.DB
	eng   engine
	tok   Tokenizer
	cache splitCache
	// wordsAreTokens: the Tokenizer is the loader's segmenter, so
	// extraction's words are its tokens (UseExtractionWords).
	wordsAreTokens bool
}

// Open returns the index of db, creating its tables if missing. An SQLite
// db must have been opened with DriverName, or searches would fail for want
// of bm25; a PostgreSQL db needs nothing more.
func Open(db *gorm.DB, tok Tokenizer) (*Index, error) {
	if tok == nil {
		return nil, fmt.Errorf("open search index: nil tokenizer")
	}
	eng, ok := engineFor(db)
	if !ok {
		return nil, fmt.Errorf("open search index: no search engine for %s databases", db.Dialector.Name())
	}
	if err := writeTx(db, eng, eng.schema); err != nil {
		return nil, fmt.Errorf("open search index: %w", err)
	}
	if err := ensureTitles(db, eng); err != nil {
		return nil, fmt.Errorf("open search index: %w", err)
	}
	return &Index{db: db, eng: eng, tok: tok}, nil
}
