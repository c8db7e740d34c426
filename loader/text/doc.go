// Package text splits a cleaned article into paragraphs and sentences that
// keep their rune offsets, so every extractor reports spans into the same text.
package text

import (
	"sort"
	"strings"
)

// Span is a half-open range [Start, End) of rune offsets into a Doc's text.
type Span struct{ Start, End int }

// Len is the number of runes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether o lies inside s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Sentence is one sentence of a paragraph, ending with its terminator
// (。, full- or half-width ! and ?, or the paragraph's end).
type Sentence struct {
	Span
	Text string
}

// Para is one non-blank line of the cleaned text.
type Para struct {
	Span
	Text      string
	Sentences []Sentence
}

// Doc is a cleaned article cut into paragraphs and sentences.
type Doc struct {
	Text  string
	Runes []rune
	Paras []Para
}

// closers may follow a terminator and still belong to its sentence (。” 。)).
var closers = map[rune]bool{'”': true, '’': true, '」': true, '』': true, '\uff09': true, ')': true, '"': true}

// New cuts a cleaned text into paragraphs (lines) and sentences.
func New(cleaned string) *Doc {
	d := &Doc{Text: cleaned, Runes: []rune(cleaned)}
	start := 0
	for i := 0; i <= len(d.Runes); i++ {
		if i < len(d.Runes) && d.Runes[i] != '\n' {
			continue
		}
		if p, ok := d.para(start, i); ok {
			d.Paras = append(d.Paras, p)
		}
		start = i + 1
	}
	return d
}

// para trims the line [start,end) and splits it into sentences.
func (d *Doc) para(start, end int) (Para, bool) {
	for start < end && isSpace(d.Runes[start]) {
		start++
	}
	for end > start && isSpace(d.Runes[end-1]) {
		end--
	}
	if start >= end {
		return Para{}, false
	}
	p := Para{Span: Span{start, end}, Text: string(d.Runes[start:end])}
	s := start
	for i := start; i < end; i++ {
		if !sentenceEnd[d.Runes[i]] {
			continue
		}
		j := i + 1
		for j < end && (closers[d.Runes[j]] || sentenceEnd[d.Runes[j]]) {
			j++
		}
		p.Sentences = append(p.Sentences, d.sentence(s, j))
		s, i = j, j-1
	}
	if s < end {
		p.Sentences = append(p.Sentences, d.sentence(s, end))
	}
	return p, true
}

func (d *Doc) sentence(start, end int) Sentence {
	for start < end && isSpace(d.Runes[start]) {
		start++
	}
	return Sentence{Span: Span{start, end}, Text: string(d.Runes[start:end])}
}

// Slice returns the text a span covers.
func (d *Doc) Slice(s Span) string {
	if s.Start < 0 || s.End > len(d.Runes) || s.Start > s.End {
		return ""
	}
	return string(d.Runes[s.Start:s.End])
}

// RuneIndex converts a byte offset into s to a rune offset.
func RuneIndex(s string, byteOff int) int {
	return len([]rune(s[:byteOff]))
}

func isSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\r' || r == '\u3000' || r == '\u00a0' || strings.ContainsRune("\u2002\u2003\u200b\ufeff", r)
}

// SentenceAt returns the sentence holding rune offset i, or the paragraph
// when i falls between its sentences; ok is false outside every paragraph.
// Both lookups are binary searches, so callers may ask once per mention.
func (d *Doc) SentenceAt(i int) (span Span, ok bool) {
	k := sort.Search(len(d.Paras), func(k int) bool { return d.Paras[k].End > i })
	if k == len(d.Paras) || i < d.Paras[k].Start {
		return Span{}, false
	}
	p := d.Paras[k]
	j := sort.Search(len(p.Sentences), func(j int) bool { return p.Sentences[j].End > i })
	if j < len(p.Sentences) && i >= p.Sentences[j].Start {
		return p.Sentences[j].Span, true
	}
	return p.Span, true
}
