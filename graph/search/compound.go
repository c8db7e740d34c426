package search

import (
	"sync"
	"unicode"
	"unicode/utf8"
)

// Compound words. Segmenters keep some phrases whole that a reader sees as
// several words: the domain dictionary has 基本解决执行难 and
// 审判委员会专职委员, gse has 出席会议. Searching 执行难 must still find
// "基本解决执行难战役", so such a term is also indexed under its parts. A
// term is split only into parts of at least two runes that the tokenizer
// itself keeps whole, covering the term exactly: 基本解决执行难 → 基本 解决
// 执行难 and 员额法官 → 员额 法官, but 大法官 stays one word (大 is one rune),
// so 法官 does not find 大法官. Only Han terms are split (ASCII words and
// numbers are atomic) and only at index time: the query keeps whole words.
const (
	minPartRunes     = 2
	maxCompoundRunes = 16 // longer runs are not words but unsegmented text
	maxSplitCache    = 1 << 17
)

// splitCache memoises split per Index; the tokenizer is deterministic.
type splitCache struct {
	mu sync.Mutex
	m  map[string][]span
}

// split returns the byte spans, inside term, of the parts a compound term is
// also indexed under, parts of parts included (审判委员会专职委员 → 审判委员会,
// 审判, 委员会, 专职委员, 专职, 委员), in order of start. It returns nil for a
// term that is not a compound.
func (ix *Index) split(term string) []span {
	n := utf8.RuneCountInString(term)
	if n < 2*minPartRunes || n > maxCompoundRunes || !allHan(term) {
		return nil
	}
	ix.cache.mu.Lock()
	spans, ok := ix.cache.m[term]
	ix.cache.mu.Unlock()
	if ok {
		return spans
	}
	for _, p := range ix.cover(term) {
		spans = append(spans, p)
		for _, q := range ix.split(term[p.start:p.end]) {
			spans = append(spans, span{p.start + q.start, p.start + q.end})
		}
	}
	ix.cache.mu.Lock()
	if ix.cache.m == nil || len(ix.cache.m) >= maxSplitCache {
		ix.cache.m = map[string][]span{}
	}
	ix.cache.m[term] = spans
	ix.cache.mu.Unlock()
	return spans
}

// cover returns the fewest tokenizer words (each at least minPartRunes
// runes, at least two of them) that concatenate to term, preferring longer
// leading parts; nil when there is none.
func (ix *Index) cover(term string) []span {
	var offs []int // byte offset of each rune, then len(term)
	for i := range term {
		offs = append(offs, i)
	}
	offs = append(offs, len(term))
	n := len(offs) - 1
	const inf = 1 << 30
	best := make([]int, n+1) // parts needed to cover runes i..n
	next := make([]int, n+1)
	for i := n - 1; i >= 0; i-- {
		best[i] = inf
		for j := n; j >= i+minPartRunes; j-- {
			if i == 0 && j == n || best[j] >= inf || best[j]+1 >= best[i] {
				continue
			}
			if ix.isWord(term[offs[i]:offs[j]]) {
				best[i], next[i] = best[j]+1, j
			}
		}
	}
	if best[0] >= inf {
		return nil
	}
	var out []span
	for i := 0; i < n; i = next[i] {
		out = append(out, span{offs[i], offs[next[i]]})
	}
	return out
}

// isWord reports whether the tokenizer keeps s as one word.
func (ix *Index) isWord(s string) bool {
	toks := ix.tok(s)
	return len(toks) == 1 && toks[0] == s
}

func allHan(s string) bool {
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return true
}
