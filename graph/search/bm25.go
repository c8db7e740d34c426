package search

import (
	"encoding/binary"
	"math"
)

// Okapi BM25 parameters, as SQLite FTS5's built-in bm25 uses them.
const (
	bm25K1 = 1.2
	bm25B  = 0.75
)

// bm25 is the SQL function bm25(matchinfo(search_fts, 'pcnalx'), w0, w1, ...)
// returning the Okapi BM25 relevance of the current row (higher is better).
// Column i counts with weight wi (1 when not given). The blob is an array of
// native-endian uint32:
//
//	p             phrases in the query
//	c             columns of the table
//	n             rows in the table
//	a[c]          average tokens per column
//	l[c]          tokens of this row per column
//	x[p][c][3]    per phrase and column: hits in this row, hits in all
//	              rows, rows with at least one hit
//
// IDF is taken per column, log((n-df+0.5)/(df+0.5)) floored at 1e-6 like
// FTS5's, so a word found in most rows still counts a little. A malformed
// blob scores 0 rather than failing the query.
func bm25(matchinfo []byte, weights ...float64) float64 {
	u := func(i int) float64 {
		return float64(binary.NativeEndian.Uint32(matchinfo[4*i:]))
	}
	words := len(matchinfo) / 4
	if words < 3 {
		return 0
	}
	p, c := int(u(0)), int(u(1))
	if words != 3+2*c+3*p*c {
		return 0
	}
	n := u(2)
	score := 0.0
	for col := 0; col < c; col++ {
		w := 1.0
		if col < len(weights) {
			w = weights[col]
		}
		avg, length := u(3+col), u(3+c+col)
		if w == 0 || avg == 0 {
			continue
		}
		norm := bm25K1 * (1 - bm25B + bm25B*length/avg)
		for ph := 0; ph < p; ph++ {
			x := 3 + 2*c + 3*(ph*c+col)
			tf, df := u(x), u(x+2)
			if tf == 0 {
				continue
			}
			idf := math.Log((n - df + 0.5) / (df + 0.5))
			if idf <= 0 {
				idf = 1e-6
			}
			score += w * idf * tf * (bm25K1 + 1) / (tf + norm)
		}
	}
	return score
}
