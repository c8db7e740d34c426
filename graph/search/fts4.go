package search

import (
	"context"
	"fmt"
	"strings"

	"gorm.io/gorm"
)

// fts4 is the SQLite engine: segmented terms in the FTS4 table search_fts,
// whose docid is search_entries.id, ranked by the bm25 function the driver
// registered (DriverName) from matchinfo('pcnalx').
type fts4 struct{}

var fts4Schema = []string{
	`CREATE TABLE IF NOT EXISTS search_entries (
		id INTEGER PRIMARY KEY,
		type TEXT NOT NULL,
		entity_id INTEGER NOT NULL,
		document_id INTEGER NOT NULL DEFAULT 0,
		body TEXT NOT NULL,
		extra TEXT NOT NULL DEFAULT '',
		UNIQUE (type, entity_id)
	)`,
	`CREATE INDEX IF NOT EXISTS idx_search_entries_document ON search_entries (document_id)`,
	`CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts4(body, extra, tokenize=unicode61)`,
	// One row per document whose rows are indexed, with the hash indexed:
	// Repair finds documents stored but not (or no longer) indexed with one
	// query, also those with no meetings and so no search_entries.
	`CREATE TABLE IF NOT EXISTS search_documents (
		document_id INTEGER PRIMARY KEY,
		hash TEXT NOT NULL
	)`,
	`CREATE TABLE IF NOT EXISTS search_speaker_titles (
		speaker_id INTEGER NOT NULL,
		titles TEXT NOT NULL,
		first_key TEXT NOT NULL,
		PRIMARY KEY (speaker_id, titles)
	)`,
}

func (fts4) lock(*gorm.DB) error { return nil }

func (fts4) schema(db *gorm.DB) error {
	var one float64
	if err := db.Raw(`SELECT bm25(x'')`).Row().Scan(&one); err != nil {
		if strings.Contains(err.Error(), "no such function") {
			return fmt.Errorf("database not opened with driver %q: %w", DriverName, err)
		}
		return err
	}
	for _, stmt := range fts4Schema {
		if err := db.Exec(stmt).Error; err != nil {
			return err
		}
	}
	return nil
}

// insert assigns IDs after the largest in use, so the FTS docids are known
// without reading each row back; the caller's write transaction keeps them
// from being taken meanwhile (SQLite has one writer).
func (fts4) insert(tx *gorm.DB, entries []entry) error {
	if len(entries) == 0 {
		return nil
	}
	var last int64
	if err := tx.Raw(`SELECT COALESCE(MAX(id), 0) FROM search_entries`).Row().Scan(&last); err != nil {
		return fmt.Errorf("read last index entry: %w", err)
	}
	for len(entries) > 0 {
		n := min(len(entries), insertBatch)
		var ent, fts strings.Builder
		ent.WriteString(`INSERT INTO search_entries (id, type, entity_id, document_id, body, extra) VALUES `)
		fts.WriteString(`INSERT INTO search_fts (docid, body, extra) VALUES `)
		entArgs := make([]any, 0, 6*n)
		ftsArgs := make([]any, 0, 3*n)
		for i, e := range entries[:n] {
			if i > 0 {
				ent.WriteByte(',')
				fts.WriteByte(',')
			}
			ent.WriteString(`(?, ?, ?, ?, ?, ?)`)
			fts.WriteString(`(?, ?, ?)`)
			last++
			entArgs = append(entArgs, last, e.Type, e.EntityID, e.DocumentID, e.Body, e.Extra)
			ftsArgs = append(ftsArgs, last, e.BodyTerms, e.ExtraTerms)
		}
		if err := tx.Exec(ent.String(), entArgs...).Error; err != nil {
			return fmt.Errorf("insert index entries: %w", err)
		}
		if err := tx.Exec(fts.String(), ftsArgs...).Error; err != nil {
			return fmt.Errorf("insert index terms: %w", err)
		}
		entries = entries[n:]
	}
	return nil
}

func (fts4) remove(tx *gorm.DB, where string, args ...any) error {
	err := tx.Exec(`DELETE FROM search_fts WHERE docid IN (SELECT id FROM search_entries WHERE `+where+`)`, args...).Error
	if err != nil {
		return fmt.Errorf("delete index rows: %w", err)
	}
	if err := tx.Exec(`DELETE FROM search_entries WHERE `+where, args...).Error; err != nil {
		return fmt.Errorf("delete index entries: %w", err)
	}
	return nil
}

func (fts4) rewrite(tx *gorm.DB, id int64, body, bodyTerms string) error {
	if err := tx.Exec(`UPDATE search_fts SET body = ? WHERE docid = ?`, bodyTerms, id).Error; err != nil {
		return err
	}
	return tx.Exec(`UPDATE search_entries SET body = ? WHERE id = ?`, body, id).Error
}

func (fts4) clear(tx *gorm.DB) error {
	for _, stmt := range []string{`DELETE FROM search_fts`, `DELETE FROM search_entries`} {
		if err := tx.Exec(stmt).Error; err != nil {
			return err
		}
	}
	return nil
}

// compact merges the FTS4 b-tree segments a bulk insert left behind.
func (fts4) compact(tx *gorm.DB) error {
	return tx.Exec(`INSERT INTO search_fts (search_fts) VALUES ('optimize')`).Error
}

// fts4RankSQL scores every row matching the query and returns one page of
// them with their texts and the number of rows matched. MATERIALIZED keeps
// SQLite from flattening hits into the outer query, where matchinfo would be
// evaluated again for the WHERE and ORDER BY. CROSS JOIN keeps search_fts the
// outer loop, so the MATCH drives the scan. hits carries no texts: a common
// word matches most rows of a large index, and copying every match's body
// into the temporary table and the sorter cost more than scoring it; only the
// page's rows are joined back for their texts. The weights are spelled out as
// REAL literals: go-sqlite3 refuses an INTEGER for a float64 argument.
var fts4RankSQL = fmt.Sprintf(`WITH hits AS MATERIALIZED (
	SELECT e.id AS id, e.type AS type, e.entity_id AS entity_id,
		bm25(matchinfo(search_fts, 'pcnalx'), %.6f, %.6f) AS score
	FROM search_fts CROSS JOIN search_entries e ON e.id = search_fts.docid
	WHERE search_fts MATCH ? AND e.type IN ?
), page AS (
	SELECT id, type, entity_id, score FROM hits%%s
	ORDER BY score DESC, type, entity_id LIMIT ?
)
SELECT page.type AS type, page.entity_id AS entity_id, e.body AS body, e.extra AS extra, page.score AS score,
	(SELECT count(*) FROM hits) AS total
FROM page CROSS JOIN search_entries e ON e.id = page.id
ORDER BY page.score DESC, page.type, page.entity_id`, weightBody, weightExtra)

const fts4CountSQL = `SELECT count(*) FROM search_fts CROSS JOIN search_entries e ON e.id = search_fts.docid
	WHERE search_fts MATCH ? AND e.type IN ?`

// fts4AfterSQL continues after a cursor in the order score DESC, type, entity_id.
const fts4AfterSQL = ` WHERE score < ? OR (score = ? AND (type > ? OR (type = ? AND entity_id > ?)))`

// rank reads the page and the count in one statement; only a page past the
// last match, which has no row to carry the count, counts again.
func (fts4) rank(ctx context.Context, db *gorm.DB, terms, types []string, cur *cursor, limit int) ([]ranked, int, error) {
	match := matchExpr(terms)
	after, args := "", []any{match, types}
	if cur != nil {
		after = fts4AfterSQL
		args = append(args, cur.score, cur.score, cur.typ, cur.typ, cur.id)
	}
	args = append(args, limit)
	rows, err := db.Raw(fmt.Sprintf(fts4RankSQL, after), args...).Rows()
	if err != nil {
		return nil, 0, err
	}
	defer rows.Close()
	var out []ranked
	total := 0
	for rows.Next() {
		var r ranked
		if err := rows.Scan(&r.Type, &r.EntityID, &r.Body, &r.Extra, &r.Score, &total); err != nil {
			return nil, 0, err
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, 0, err
	}
	if len(out) == 0 && cur != nil {
		var count int64
		if err := db.Raw(fts4CountSQL, match, types).Row().Scan(&count); err != nil {
			return nil, 0, fmt.Errorf("count: %w", err)
		}
		total = int(count)
	}
	return out, total, nil
}

// titleKeySQL sorts as ORDER BY m.date, a.meeting_id, a.seq does (a NULL
// date first).
func (fts4) titleKeySQL() string {
	return `COALESCE(m.date, '') || '|' || printf('%012d|%06d', a.meeting_id, a.seq)`
}

func (fts4) keyMinSQL(a, b string) string { return "min(" + a + ", " + b + ")" }
