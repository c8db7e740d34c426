package segment

import (
	"math"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/go-ego/gse"
	"github.com/go-ego/gse/hmm"
)

// Cut splits text into words the way gse's Segmenter.Cut(text, hmm) does,
// word for word (tests compare the two over real and fuzzed text): the most
// probable path through the DAG of dictionary words by their frequencies,
// then, with hmm, gse's HMM (Viterbi) over each run of single characters
// that is not itself a word. Words are substrings of the text (lower-cased
// when gse lower-cases, as it does by default).
func (s *Segmenter) Cut(text string, withHMM bool) []string {
	if gse.ToLower {
		text = strings.ToLower(text)
	}
	if !utf8.ValidString(text) {
		// gse works on []rune(text), so each stray byte becomes U+FFFD.
		text = string([]rune(text))
	}
	// at[k] is the byte offset of rune k; at[n] = len(text).
	at := make([]int, 0, len(text)/2+1)
	for i := range text {
		at = append(at, i)
	}
	n := len(at)
	at = append(at, len(text))
	routes := s.routes(text, at)

	out := make([]string, 0, int(float32(len(text))/gse.RatioWord)+1)
	if !withHMM {
		return s.cutNoHMM(text, at, routes, out)
	}
	buf := -1 // rune where the current run of single characters starts
	flush := func(end int) {
		if buf < 0 {
			return
		}
		if end-buf == 1 {
			out = append(out, text[at[buf]:at[end]])
		} else {
			out = s.hmmRun(out, text[at[buf]:at[end]])
		}
		buf = -1
	}
	for x := 0; x < n; {
		y := routes[x].next
		if y-x == 1 {
			if buf < 0 {
				buf = x
			}
		} else {
			flush(x)
			out = append(out, text[at[x]:at[y]])
		}
		x = y
	}
	flush(n)
	return out
}

// hmmRun is gse's hmm step for a run of two or more single characters: the
// run's characters one by one when the run is a word, else the HMM's cut.
func (s *Segmenter) hmmRun(out []string, run string) []string {
	if f, _, ok := s.dict.find(run); ok && f != 0 {
		for _, r := range run {
			out = append(out, string(r))
		}
		return out
	}
	return append(out, hmm.Cut(run)...)
}

// reEng is gse's test for the letters and digits cutDAGNoHMM joins.
var reEng = regexp.MustCompile(`[[:alnum:]]`)

// cutNoHMM is gse's cutDAGNoHMM: the DAG path, with single ASCII letters
// and digits joined.
func (s *Segmenter) cutNoHMM(text string, at []int, routes []route, out []string) []string {
	buf := -1
	for x := 0; x < len(at)-1; {
		y := routes[x].next
		frag := text[at[x]:at[y]]
		if y-x == 1 && reEng.MatchString(frag) {
			if buf < 0 {
				buf = x
			}
			x = y
			continue
		}
		if buf >= 0 {
			out = append(out, text[at[buf]:at[x]])
			buf = -1
		}
		out = append(out, frag)
		x = y
	}
	if buf >= 0 {
		out = append(out, text[at[buf]:])
	}
	return out
}

// route is the best path from a rune on: its log probability and the rune
// after its first word.
type route struct {
	logp float64
	next int
}

// routes is gse's calc: dynamic programming from the end of the text over
// the DAG whose edges from rune k are the dictionary words starting at k
// (or k alone when none does). Ties go to the longer word, as in gse. The
// arithmetic is gse's, step for step, so the same path wins.
func (s *Segmenter) routes(text string, at []int) []route {
	n := len(at) - 1
	rs := make([]route, n+1)
	d := s.dict
	logT := math.Log(d.total)
	for k := n - 1; k >= 0; k-- {
		best, have := route{}, false
		consider := func(freq float64, i int) { // word runes k..i
			r := route{logp: math.Log(freq) - logT + rs[i+1].logp, next: i + 1}
			if !have || best.logp < r.logp || best.logp == r.logp && best.next < r.next {
				best, have = r, true
			}
		}
		r, _ := utf8.DecodeRuneInString(text[at[k]:])
		lo, hi := d.span(r)
		for i := k; i < n; i++ {
			lo, hi = d.narrow(lo, hi, text[at[k]:at[i+1]])
			if lo == hi {
				break
			}
			if d.word(lo) == text[at[k]:at[i+1]] && d.freq[lo] > 0 {
				consider(d.freq[lo], i)
			}
		}
		if !have {
			// gse's DAG falls back to the character alone. Find gives it
			// frequency 0 when some word starts with it (log 0 = -Inf, the
			// path is never preferred) and "not found" (frequency 1) when
			// none does.
			if f, _, ok := d.find(text[at[k]:at[k+1]]); ok {
				consider(f, k)
			} else {
				consider(1, k)
			}
		}
		rs[k] = best
	}
	return rs
}
