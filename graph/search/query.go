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
	rows, count, err := ix.eng.rank(ctx, ix.db.WithContext(ctx), terms, typs, cur, first+1)
	if err != nil {
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
