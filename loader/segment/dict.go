package segment

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/go-ego/gse"
)

// dictionary is gse's word list in a compact form: every word once, sorted
// by its bytes and stored back to back in one string, with parallel slices
// for frequency and part of speech. gse keeps the same words in a cedar
// double-array trie plus a Token per word holding the word again as a slice
// of byte slices, about 195 MiB of heap; this holds them in about 20.
//
// A sorted list answers what the trie answers for segmentation: whether a
// string is a word (its frequency and tag) and whether any word starts with
// it (words sharing a prefix are contiguous, so one binary search finds them).
type dictionary struct {
	words string   // the words, sorted, concatenated
	offs  []uint32 // word i is words[offs[i]:offs[i+1]]
	freq  []float64
	pos   []uint16 // index into tags
	tags  []string // the distinct part-of-speech tags; tags[0] is ""
	total float64  // gse's totalFreq: the sum of the frequencies, in load order

	// first[r] is the index of the first word whose first rune is >= r, for
	// r up to firstRunes (the BMP): most lookups start in a few hundred words.
	first []uint32
}

const firstRunes = 0x10000

func (d *dictionary) len() int { return len(d.freq) }

func (d *dictionary) word(i int) string { return d.words[d.offs[i]:d.offs[i+1]] }

// span returns the range of words that start with the rune r.
func (d *dictionary) span(r rune) (lo, hi int) {
	if r == utf8.RuneError {
		// Also what a stray byte decodes to: search everything.
		return 0, d.len()
	}
	if r >= 0 && r < firstRunes-1 {
		return int(d.first[r]), int(d.first[r+1])
	}
	return int(d.first[firstRunes-1]), d.len()
}

// narrow returns the range of the words starting with q, given a range
// [lo, hi) that holds all of them (the words starting with a prefix of q).
func (d *dictionary) narrow(lo, hi int, q string) (int, int) {
	lo += sort.Search(hi-lo, func(i int) bool { return d.word(lo+i) >= q })
	hi = lo + sort.Search(hi-lo, func(i int) bool { return !strings.HasPrefix(d.word(lo+i), q) })
	return lo, hi
}

// find is gse's Dictionary.Find: a word gives its frequency and tag; a
// string that only starts some word gives 0, "", true; anything else false.
func (d *dictionary) find(w string) (freq float64, pos string, ok bool) {
	if w == "" || d.len() == 0 {
		return 0, "", false
	}
	r, _ := utf8.DecodeRuneInString(w)
	lo, hi := d.span(r)
	lo, hi = d.narrow(lo, hi, w)
	if lo == hi {
		return 0, "", false
	}
	if d.word(lo) != w {
		return 0, "", true
	}
	return d.freq[lo], d.tags[d.pos[lo]], true
}

// entry is one dictionary line as gse reads it.
type entry struct {
	key  string
	freq float64
	pos  string
	line int // load order: gse keeps a word's first entry
}

// buildDictionary reads the "word freq [pos]" lines of each text in order,
// exactly as gse's LoadDictStr does (gse's own field splitting, frequency
// filter and key normalisation), and keeps the first entry of every word as
// gse's AddToken does.
func buildDictionary(texts ...string) (*dictionary, error) {
	var s gse.Segmenter // only its line parsing; no dictionary is loaded into it
	s.MinTokenFreq, s.TextFreq = 2.0, "2.0"
	n := 0
	for _, t := range texts {
		n += strings.Count(t, "\n") + 1
	}
	entries := make([]entry, 0, n)
	for _, t := range texts {
		for line := range strings.SplitSeq(t, "\n") {
			fields := strings.Split(line, s.DictSep+" ")
			text := strings.TrimSpace(fields[0])
			freqText := ""
			if len(fields) > 1 {
				freqText = strings.TrimSpace(fields[1])
			}
			freq := s.Size(len(fields), text, freqText)
			if freq == 0 {
				continue
			}
			pos := ""
			if len(fields) > 2 {
				pos = strings.TrimSpace(fields[2])
			}
			tok := s.ToToken(text, freq, pos)
			entries = append(entries, entry{key: tok.Text(), freq: freq, pos: pos, line: len(entries)})
		}
	}
	slices.SortFunc(entries, func(a, b entry) int {
		return cmp.Or(strings.Compare(a.key, b.key), cmp.Compare(a.line, b.line))
	})
	entries = slices.CompactFunc(entries, func(a, b entry) bool { return a.key == b.key })
	if len(entries) > 0 && entries[0].key == "" {
		// gse's trie cannot hold an empty word (a line of only separators).
		entries = entries[1:]
	}

	d := &dictionary{
		offs: make([]uint32, 0, len(entries)+1),
		freq: make([]float64, len(entries)),
		pos:  make([]uint16, len(entries)),
		tags: []string{""},
	}
	tagIndex := map[string]uint16{"": 0}
	size := 0
	for _, e := range entries {
		size += len(e.key)
	}
	if size > 1<<32-1 {
		return nil, fmt.Errorf("dictionary of %d bytes is too large", size)
	}
	var b strings.Builder
	b.Grow(size)
	// gse sums the frequencies in load order; keep its order so the float
	// sum (and every score derived from it) is bit for bit the same.
	order := make([]int, len(entries))
	for i, e := range entries {
		d.offs = append(d.offs, uint32(b.Len()))
		b.WriteString(e.key)
		d.freq[i] = e.freq
		t, ok := tagIndex[e.pos]
		if !ok {
			if len(d.tags) > 1<<16-1 {
				return nil, fmt.Errorf("more than %d part-of-speech tags", 1<<16)
			}
			t = uint16(len(d.tags))
			tagIndex[e.pos] = t
			d.tags = append(d.tags, e.pos)
		}
		d.pos[i] = t
		order[i] = i
	}
	d.offs = append(d.offs, uint32(b.Len()))
	d.words = b.String()
	slices.SortFunc(order, func(a, b int) int { return cmp.Compare(entries[a].line, entries[b].line) })
	for _, i := range order {
		d.total += entries[i].freq
	}
	d.index()
	return d, nil
}

// index fills first from the sorted words: first[r] is the first word not
// below the UTF-8 encoding of r. In byte order every word starting with r
// lies between first[r] and first[r+1] (words with stray bytes may lie there
// too; narrow compares whole strings, so they do no harm).
func (d *dictionary) index() {
	d.first = make([]uint32, firstRunes)
	i := 0
	var buf [utf8.UTFMax]byte
	for r := range rune(firstRunes) {
		if !utf8.ValidRune(r) {
			// Surrogates have no encoding: they take the next valid rune's
			// position, which keeps first non-decreasing.
			r2 := rune(0xE000)
			enc := string(utf8.AppendRune(buf[:0], r2))
			j := i
			for j < d.len() && d.word(j) < enc {
				j++
			}
			d.first[r] = uint32(j)
			continue
		}
		enc := string(utf8.AppendRune(buf[:0], r))
		for i < d.len() && d.word(i) < enc {
			i++
		}
		d.first[r] = uint32(i)
	}
}
