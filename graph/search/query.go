package search

import (
	"context"
	"encoding/base64"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"courtql/model"
)

// rankSQL scores every row matching the query; MATERIALIZED keeps SQLite
// from flattening it into the outer query, where matchinfo would be evaluated
// again for the WHERE and ORDER BY. CROSS JOIN keeps search_fts the outer
// loop, so the MATCH drives the scan. The weights are spelled out as REAL
// literals: go-sqlite3 refuses an INTEGER for a float64 argument.
var rankSQL = fmt.Sprintf(`WITH hits AS MATERIALIZED (
	SELECT e.type AS type, e.entity_id AS entity_id, e.body AS body, e.extra AS extra,
		bm25(matchinfo(search_fts, 'pcnalx'), %.6f, %.6f) AS score
	FROM search_fts CROSS JOIN search_entries e ON e.id = search_fts.docid
	WHERE search_fts MATCH ? AND e.type IN ?
)
SELECT type, entity_id, body, extra, score FROM hits`, weightBody, weightExtra)

const countSQL = `SELECT count(*) FROM search_fts CROSS JOIN search_entries e ON e.id = search_fts.docid
	WHERE search_fts MATCH ? AND e.type IN ?`

// afterSQL continues after a cursor in the order score DESC, type, entity_id.
const afterSQL = ` WHERE score < ? OR (score = ? AND (type > ? OR (type = ? AND entity_id > ?)))`

const orderSQL = ` ORDER BY score DESC, type, entity_id LIMIT ?`

// Search finds the entities whose text holds every word of query, best
// first (BM25 score descending, then type name, then ID). types restricts
// the entity types ("Meeting", "Directive", "Statistic", "Speaker", "Court",
// case-insensitive; empty means all). first is the page size (0 means
// DefaultFirst, at most MaxFirst) and after the Hit.Cursor of the previous page's
// last hit, or "".
//
// A query with no words once segmented, or only stopwords (的, 和, 在 ...),
// finds nothing and is not an error. Invalid arguments return a
// *model.Error with code model.EInvalid.
func (ix *Index) Search(ctx context.Context, query string, types []string, first int, after string) (hits []Hit, total int, hasNext bool, err error) {
	if first == 0 {
		first = DefaultFirst
	}
	if first < 0 || first > MaxFirst {
		return nil, 0, false, model.Errorf(model.EInvalid, "first must be between 1 and %d, got %d", MaxFirst, first)
	}
	if n := runeLen(query); n > MaxQueryRunes {
		return nil, 0, false, model.Errorf(model.EInvalid, "search query is %d characters long, the limit is %d", n, MaxQueryRunes)
	}
	typs, err := normTypes(types)
	if err != nil {
		return nil, 0, false, err
	}
	var cur *cursor
	if after != "" {
		c, err := decodeCursor(after)
		if err != nil {
			return nil, 0, false, err
		}
		cur = &c
	}
	terms := ix.queryTerms(query)
	if len(terms) == 0 {
		return nil, 0, false, nil
	}
	match := matchExpr(terms)
	db := ix.db.WithContext(ctx)

	var count int64
	if err := db.Raw(countSQL, match, typs).Row().Scan(&count); err != nil {
		return nil, 0, false, fmt.Errorf("search %q: count: %w", query, err)
	}
	q, args := rankSQL, []any{match, typs}
	if cur != nil {
		q += afterSQL
		args = append(args, cur.score, cur.score, cur.typ, cur.typ, cur.id)
	}
	args = append(args, first+1)
	var rows []struct {
		Type     string
		EntityID uint
		Body     string
		Extra    string
		Score    float64
	}
	if err := db.Raw(q+orderSQL, args...).Scan(&rows).Error; err != nil {
		return nil, 0, false, fmt.Errorf("search %q: %w", query, err)
	}
	if len(rows) > first {
		rows, hasNext = rows[:first], true
	}
	hits = make([]Hit, len(rows))
	for i, r := range rows {
		snip, ok := ix.snippet(r.Body, terms)
		if !ok && r.Extra != "" {
			snip, ok = ix.snippet(r.Extra, terms)
		}
		if !ok {
			snip = head(r.Body, snippetRunes)
		}
		hits[i] = Hit{Type: r.Type, ID: r.EntityID, Snippet: snip, Score: r.Score}
		hits[i].Cursor = encodeCursor(hits[i])
	}
	return hits, int(count), hasNext, nil
}

// normTypes validates and canonicalises a types filter; nil means all.
func normTypes(types []string) ([]string, error) {
	if len(types) == 0 {
		return slices.Clone(Types), nil
	}
	out := make([]string, 0, len(types))
	for _, t := range types {
		found := false
		for _, k := range Types {
			if strings.EqualFold(t, k) {
				out, found = append(out, k), true
				break
			}
		}
		if !found {
			return nil, model.Errorf(model.EInvalid, "unknown search type %q", t)
		}
	}
	return out, nil
}

// cursor is the position of a hit in the result order.
type cursor struct {
	score float64
	typ   string
	id    uint
}

// encodeCursor returns the opaque cursor of h (Hit.Cursor). It encodes the exact score bits, the type and
// the ID, so continuation is keyset-based: hits are never repeated, and a
// change of the index between pages at worst skips or shows anew the hits
// whose scores moved.
func encodeCursor(h Hit) string {
	raw := fmt.Sprintf("s1:%x:%s:%d", math.Float64bits(h.Score), h.Type, h.ID)
	return base64.RawURLEncoding.EncodeToString([]byte(raw))
}

func decodeCursor(s string) (cursor, error) {
	bad := model.Errorf(model.EInvalid, "invalid search cursor %q", s)
	raw, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return cursor{}, bad
	}
	f := strings.Split(string(raw), ":")
	if len(f) != 4 || f[0] != "s1" {
		return cursor{}, bad
	}
	bits, err1 := strconv.ParseUint(f[1], 16, 64)
	id, err2 := strconv.ParseUint(f[3], 10, 64)
	typ, err3 := normTypes([]string{f[2]})
	if err1 != nil || err2 != nil || err3 != nil || math.IsNaN(math.Float64frombits(bits)) {
		return cursor{}, bad
	}
	return cursor{score: math.Float64frombits(bits), typ: typ[0], id: uint(id)}, nil
}
