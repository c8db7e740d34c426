// Package keyword ranks a text's keywords with gse and tags directives with
// a topic from a lexicon.
//
// Keywords are TF-IDF over gse's segmentation (segment.Default, with the
// court dictionary) and gse's embedded IDF table, with the stop words in
// data/stopwords.txt removed. Weights are divided by the best one, so they
// lie in (0,1] and the first keyword weighs 1.
package keyword

import (
	_ "embed"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/go-ego/gse"

	"courtql/loader/segment"
)

// Keyword is a word with its weight in a text.
type Keyword struct {
	Word   string
	Weight float64
}

//go:embed data/stopwords.txt
var stopData string

var (
	idfOnce   sync.Once
	idf       map[string]float64
	idfMedian float64
	stop      = lines(stopData)
)

// lines reads a one-word-per-line list, skipping blanks and # comments.
func lines(s string) map[string]bool {
	out := map[string]bool{}
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			out[l] = true
		}
	}
	return out
}

// loadIdf parses gse's embedded IDF table ("word idf" lines) once.
func loadIdf() {
	idf = make(map[string]float64, 270000)
	var vals []float64
	for _, l := range strings.Split(gse.ZhIdf, "\n") {
		w, v, ok := strings.Cut(strings.TrimSpace(l), " ")
		if !ok {
			continue
		}
		f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
		if err != nil {
			continue
		}
		idf[w] = f
		vals = append(vals, f)
	}
	sort.Float64s(vals)
	if len(vals) > 0 {
		idfMedian = vals[len(vals)/2]
	}
}

// candidate reports a word worth ranking: two runes or more, holding a Han
// character, not a stop word.
func candidate(w string) bool {
	if utf8.RuneCountInString(w) < 2 || stop[w] {
		return false
	}
	for _, r := range w {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}

// Top returns the n best keywords of s, stop words removed, heaviest first
// (ties in word order), weights normalised to (0,1]. It returns nil when the
// segmenter cannot load.
func Top(s string, n int) []Keyword {
	if n <= 0 || strings.TrimSpace(s) == "" {
		return nil
	}
	seg, err := segment.Default()
	if err != nil {
		return nil
	}
	return TopWords(seg.Cut(s, true), n)
}

// TopWords is Top over words already cut from a text by segment.Default's
// Cut(text, true), for a caller that has cut the text anyway: Top(s, n) is
// TopWords(segment.Default().Cut(s, true), n) when s is not blank.
func TopWords(words []string, n int) []Keyword {
	if n <= 0 {
		return nil
	}
	idfOnce.Do(loadIdf)
	tf := map[string]float64{}
	total := 0.0
	for _, w := range words {
		w = strings.TrimSpace(w)
		if !candidate(w) {
			continue
		}
		tf[w]++
		total++
	}
	out := make([]Keyword, 0, len(tf))
	for w, c := range tf {
		v, ok := idf[w]
		if !ok {
			v = idfMedian
		}
		out = append(out, Keyword{Word: w, Weight: c / total * v})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Weight != out[j].Weight {
			return out[i].Weight > out[j].Weight
		}
		return out[i].Word < out[j].Word
	})
	if len(out) > n {
		out = out[:n]
	}
	if len(out) > 0 && out[0].Weight > 0 {
		top := out[0].Weight
		for i := range out {
			out[i].Weight /= top
		}
	}
	return out
}
