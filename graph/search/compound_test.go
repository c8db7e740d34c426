package search

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// dictTokenize is a toy segmenter: forward maximum matching over a small
// dictionary, unknown runes alone.
func dictTokenize(dict ...string) Tokenizer {
	words := setOf(dict...)
	return func(s string) []string {
		var out []string
		for s != "" {
			n := 0
			for i := range s {
				if i > 0 && words[s[:i]] {
					n = i
				}
			}
			if words[s] {
				n = len(s)
			}
			if n == 0 {
				_, n = utf8.DecodeRuneInString(s)
			}
			out, s = append(out, s[:n]), s[n:]
		}
		return out
	}
}

func TestSplit(t *testing.T) {
	ix := &Index{tok: dictTokenize("基本解决执行难", "基本", "解决", "执行难", "执行", "大法官", "法官",
		"审判委员会专职委员", "审判委员会", "审判", "委员会", "委员", "专职", "员额法官", "员额")}
	tests := []struct {
		term string
		want string // parts, space-separated
	}{
		{"基本解决执行难", "基本 解决 执行难"}, // 执行难 is three runes: not split further
		{"审判委员会专职委员", "审判委员会 审判 委员会 专职 委员"},
		{"员额法官", "员额 法官"},
		{"大法官", ""}, // 大 is one rune
		{"法官", ""},
		{"执行难度", ""}, // 难度 is no word here, nor 执行难+度
		{"fts4", ""},
		{"二〇二三", ""},
	}
	for _, tt := range tests {
		var got []string
		for _, s := range ix.split(tt.term) {
			got = append(got, tt.term[s.start:s.end])
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("split(%q) = %q, want %q", tt.term, got, tt.want)
		}
	}
	// A part inside a compound is marked in snippets; overlapping parts once.
	snip, _ := ix.snippet("审判委员会专职委员", []string{"委员会", "审判委员会"})
	if want := "«审判委员会»专职委员"; snip != want {
		t.Errorf("snippet = %q, want %q", snip, want)
	}
	if got := ix.indexText("基本解决执行难"); got != "基本解决执行难 基本 解决 执行难" {
		t.Errorf("indexText = %q", got)
	}
	if !slices.Equal(ix.queryTerms("基本解决执行难"), []string{"基本解决执行难"}) {
		t.Error("query terms must not be split")
	}
}

// FuzzSnippet checks snippet invariants: no panic, balanced marks, a marked
// word is a query term, bounded length.
func FuzzSnippet(f *testing.F) {
	f.Add("要全力打好基本解决“执行难”攻坚战。", "执行难")
	f.Add("Ab 法官\n\n大法官 AB", "ab 法官")
	f.Add(strings.Repeat("前文", 50)+" 公正 司法", "公正 司法")
	f.Add("法官法官", "ab 法官") // adjacent parts of one compound, marked as one run
	ix := &Index{tok: fakeTokenize}
	f.Fuzz(func(t *testing.T, text, query string) {
		if !utf8.ValidString(text) || !utf8.ValidString(query) {
			return
		}
		terms := ix.queryTerms(query)
		snip, ok := ix.snippet(text, terms)
		if !ok {
			return
		}
		if strings.Count(snip, markOpen) != strings.Count(snip, markClose) || strings.Count(snip, markOpen) == 0 {
			t.Fatalf("unbalanced or no marks: %q", snip)
		}
		for _, part := range strings.Split(snip, markOpen)[1:] {
			w := strings.ToLower(part[:strings.Index(part, markClose)])
			for _, p := range pieces(w) {
				if !concatOfTerms(p.term, terms) {
					t.Fatalf("marked %q, not a run of terms of %q", w, terms)
				}
			}
		}
		if n := utf8.RuneCountInString(snip); n > snippetRunes+2*len(terms)*snippetRunes {
			t.Fatalf("snippet of %d runes: %q", n, snip)
		}
	})
}

// concatOfTerms reports whether s is one or more terms written end to end:
// marks merges adjacent hits, so 法官法官 is one mark made of two terms.
func concatOfTerms(s string, terms []string) bool {
	ok := make([]bool, len(s)+1) // ok[i]: s[:i] is a run of terms
	ok[0] = true
	for i := 0; i < len(s); i++ {
		if !ok[i] {
			continue
		}
		for _, t := range terms {
			if t != "" && strings.HasPrefix(s[i:], t) {
				ok[i+len(t)] = true
			}
		}
	}
	return len(s) > 0 && ok[len(s)]
}
