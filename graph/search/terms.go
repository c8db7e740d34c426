package search

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// stopwords are words too common to be worth indexing or searching: Chinese
// function words (particles, conjunctions, prepositions, pronouns) and a few
// English ones. A query made only of them finds nothing.
var stopwords = setOf(
	// 的了着过 particles; 和与及 and; 在对为以把被将从向 prepositions
	"的", "地", "得", "了", "着", "过", "之", "所", "其", "及", "及其", "与", "和", "或", "或者",
	"并", "并且", "而", "而且", "也", "又", "还", "就", "都", "即", "则", "且",
	"在", "对", "对于", "为", "以", "把", "被", "将", "从", "向", "于", "由", "按", "按照",
	"是", "有", "这", "那", "这个", "那个", "这些", "那些", "此", "该", "各", "等", "等等",
	"我", "我们", "你", "你们", "他", "他们", "她", "它", "要", "个", "啊", "吗", "呢", "吧",
	"a", "an", "and", "or", "of", "the", "to", "in", "on", "for", "is", "are", "by", "with",
)

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// piece is one index term inside a token: a run of letters and digits.
type piece struct {
	off  int    // byte offset in the token
	n    int    // byte length in the token
	term string // lower-cased
}

// pieces splits a tokenizer token into index terms: maximal runs of letters,
// digits and combining marks, lower-cased. Splitting here rather than leaving
// it to FTS4's unicode61 keeps index, query and snippet on the same words
// ("2023年" is one piece, "法官，" is "法官", "A·B" is "a" and "b").
func pieces(tok string) []piece {
	var out []piece
	start := -1
	for i, r := range tok {
		in := unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.Is(unicode.Mn, r)
		switch {
		case in && start < 0:
			start = i
		case !in && start >= 0:
			out = append(out, piece{start, i - start, strings.ToLower(tok[start:i])})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, piece{start, len(tok) - start, strings.ToLower(tok[start:])})
	}
	return out
}

// terms returns the query terms of text in order, stopwords dropped.
func (ix *Index) terms(text string) []string {
	return tokenTerms(ix.tok(text))
}

// tokenTerms returns the terms of a text's tokens in order, stopwords
// dropped.
func tokenTerms(tokens []string) []string {
	var out []string
	for _, tok := range tokens {
		for _, p := range pieces(tok) {
			if !stopwords[p.term] {
				out = append(out, p.term)
			}
		}
	}
	return out
}

// indexText is what search_fts stores for text: its terms, each compound
// followed by its parts (see split), space-separated.
func (ix *Index) indexText(text string) string {
	return ix.indexTerms(ix.terms(text))
}

// indexTokens is indexText of the text the Tokenizer cut into tokens.
func (ix *Index) indexTokens(tokens []string) string {
	return ix.indexTerms(tokenTerms(tokens))
}

// indexTerms joins terms as search_fts stores them, each compound followed
// by its parts.
func (ix *Index) indexTerms(terms []string) string {
	var b strings.Builder
	for _, t := range terms {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t)
		for _, s := range ix.split(t) {
			b.WriteByte(' ')
			b.WriteString(t[s.start:s.end])
		}
	}
	return b.String()
}

// queryTerms returns the distinct terms of a query, at most maxTerms.
func (ix *Index) queryTerms(query string) []string {
	seen := map[string]bool{}
	var out []string
	for _, t := range ix.terms(query) {
		if !seen[t] && len(out) < maxTerms {
			seen[t] = true
			out = append(out, t)
		}
	}
	return out
}

// matchExpr is the FTS4 MATCH expression requiring every term: each term is
// a quoted phrase, so words like OR or NEAR are never read as operators (terms
// hold no quotes: pieces keeps letters and digits only).
func matchExpr(terms []string) string {
	q := make([]string, len(terms))
	for i, t := range terms {
		q[i] = `"` + t + `"`
	}
	return strings.Join(q, " ")
}

// runeLen is the length of s in runes.
func runeLen(s string) int { return utf8.RuneCountInString(s) }
