package search

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Snippet shape: about snippetRunes runes, the first hit preceded by up to
// snippetLead runes of context; matched words wrapped in markOpen/markClose
// (guillemets rather than <mark>, so clients need not escape HTML), cut
// ends shown by ellipsis.
const (
	snippetRunes = 60
	snippetLead  = 20
	markOpen     = "«"
	markClose    = "»"
	ellipsis     = "…"
)

// sentenceEnds split a text into the chunks snippet segments one at a time,
// so a long article is segmented only where a query word occurs.
const sentenceEnds = "。！？；!?;\n"

// span is a byte range of a text.
type span struct{ start, end int }

// snippet cuts text around the first word matching terms and marks every
// matching word in the cut. It segments the text with the index's tokenizer
// and compares terms, so 法官 is marked in 张法官 only if segmentation made
// it a word there, the same test the index applied. ok is false when no
// word matches.
func (ix *Index) snippet(text string, terms []string) (snip string, ok bool) {
	marks := ix.marks(text, terms)
	if len(marks) == 0 {
		return "", false
	}
	first := marks[0]
	start := first.start
	for i := 0; i < snippetLead && start > 0; i++ {
		_, n := utf8.DecodeLastRuneInString(text[:start])
		start -= n
	}
	end := advance(text, start, snippetRunes)
	if end < first.end {
		end = first.end
	}
	if end == len(text) { // room left: show more before the hit
		for runeLen(text[start:end]) < snippetRunes && start > 0 {
			_, n := utf8.DecodeLastRuneInString(text[:start])
			start -= n
		}
	}
	var b strings.Builder
	if start > 0 {
		b.WriteString(ellipsis)
	}
	pos := start
	for _, m := range marks {
		if m.start < start || m.end > end {
			continue
		}
		b.WriteString(text[pos:m.start])
		b.WriteString(markOpen + text[m.start:m.end] + markClose)
		pos = m.end
	}
	b.WriteString(text[pos:end])
	if end < len(text) {
		b.WriteString(ellipsis)
	}
	return collapseSpace(b.String()), true
}

// marks returns the byte spans of the words of text matching terms, in
// order, adjacent spans merged; it stops a snippet's length past the first.
func (ix *Index) marks(text string, terms []string) []span {
	want := setOf(terms...)
	var out []span
	stop := len(text)
	for off := 0; off < stop; {
		n := strings.IndexAny(text[off:], sentenceEnds)
		if n < 0 {
			n = len(text) - off
		} else {
			_, w := utf8.DecodeRuneInString(text[off+n:])
			n += w
		}
		chunk := text[off : off+n]
		if containsAny(strings.ToLower(chunk), terms) {
			for _, m := range ix.chunkMarks(chunk, want) {
				m.start, m.end = m.start+off, m.end+off
				if len(out) > 0 && out[len(out)-1].end == m.start {
					out[len(out)-1].end = m.end
				} else {
					out = append(out, m)
				}
			}
			if len(out) > 0 {
				stop = min(stop, advance(text, out[0].start, snippetRunes))
			}
		}
		off += n
	}
	return out
}

// chunkMarks segments chunk and returns the spans of its pieces, or of
// compound parts, in want, in order and not overlapping.
func (ix *Index) chunkMarks(chunk string, want map[string]bool) []span {
	var out []span
	pos := 0
	for _, tok := range ix.tok(chunk) {
		i := strings.Index(chunk[pos:], tok)
		if tok == "" || i < 0 {
			continue // the tokenizer rewrote it; skip rather than guess
		}
		at := pos + i
		for _, p := range pieces(tok) {
			if want[p.term] {
				out = append(out, span{at + p.off, at + p.off + p.n})
				continue
			}
			// Parts of a compound: split's spans index the lower-cased
			// term, which is the piece itself since only Han is split.
			last := -1
			for _, s := range ix.split(p.term) {
				if want[p.term[s.start:s.end]] && s.start >= last {
					out = append(out, span{at + p.off + s.start, at + p.off + s.end})
					last = s.end
				}
			}
		}
		pos = at + len(tok)
	}
	return out
}

func containsAny(s string, terms []string) bool {
	for _, t := range terms {
		if strings.Contains(s, t) {
			return true
		}
	}
	return false
}

// advance returns the byte offset n runes after off in s (or len(s)).
func advance(s string, off, n int) int {
	for ; n > 0 && off < len(s); n-- {
		_, w := utf8.DecodeRuneInString(s[off:])
		off += w
	}
	return off
}

// head is the first n runes of s, whitespace collapsed, with an ellipsis
// when cut.
func head(s string, n int) string {
	end := advance(s, 0, n)
	if end < len(s) {
		return collapseSpace(s[:end]) + ellipsis
	}
	return collapseSpace(s)
}

// collapseSpace turns every run of white space into one space and trims.
func collapseSpace(s string) string {
	return strings.Join(strings.FieldsFunc(s, unicode.IsSpace), " ")
}
