package clean

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Hard-wrapped pages (copied from a PDF or a fixed-width page) break every
// line at about the same width, mid-sentence, and mark paragraphs with blank
// lines:
//
//	8月16日上午,上饶市中级人民法院召开全市法院执行工作推进
//	会,总结上半年执行工作,分析研判当前形势,部署下半年重点任务。市中
//	院党组书记、院长汪建华出席会议并讲话,党组成员、副院长
//
// Normal pages hold a paragraph per line; their short lines (headlines,
// lists, table rows, credits) are few, of uneven length, or sit among long
// paragraph lines, and are never joined.
const (
	wrapMinRunes   = 16   // a wrapped line is at least this long
	wrapMinLines   = 4    // and a page has at least this many of them
	wrapShare      = 0.5  // which make up this share of the page's long lines
	wrapSimilar    = 0.8  // this share of them is near the median width
	wrapLongShare  = 0.15 // at most this share of lines is wider than the width
	wrapMinTolRune = 6
)

// endsSentence reports a line ending a paragraph: 。!?;: possibly followed
// by a closing quote or bracket.
func endsSentence(l string) bool {
	l = strings.TrimRightFunc(l, isCloser)
	r, _ := utf8.DecodeLastRuneInString(l)
	return strings.ContainsRune("。!?;:！？；：…", r)
}

// wrapCandidate reports a line that may have been broken by a hard wrap: long
// enough, holding Han text, no table row, not ending a sentence, and followed
// by another line of the same block.
func wrapCandidate(lines []string, i int) bool {
	l := lines[i]
	return i+1 < len(lines) && lines[i+1] != "" && utf8.RuneCountInString(l) >= wrapMinRunes &&
		!endsSentence(l) && !strings.ContainsAny(l, "|｜\t") && strings.ContainsFunc(l, isHan)
}

func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }

// wrapWidth returns the width (in runes) a hard-wrapped page breaks its
// lines at, with its tolerance, or 0 when the page is not hard-wrapped.
// lines are trimmed; "" is a blank line.
func wrapWidth(lines []string) (width, tol int) {
	var cand []int
	long := 0
	for i, l := range lines {
		if utf8.RuneCountInString(l) >= wrapMinRunes {
			long++
		}
		if wrapCandidate(lines, i) {
			cand = append(cand, utf8.RuneCountInString(l))
		}
	}
	if len(cand) < wrapMinLines || float64(len(cand)) < wrapShare*float64(long) {
		return 0, 0
	}
	sorted := append([]int(nil), cand...)
	sort.Ints(sorted)
	width = sorted[len(sorted)/2]
	tol = max(wrapMinTolRune, width/4)
	near := 0
	for _, n := range cand {
		if n >= width-tol && n <= width+tol {
			near++
		}
	}
	wide := 0
	for _, l := range lines {
		if utf8.RuneCountInString(l) > width+tol {
			wide++
		}
	}
	if float64(near) < wrapSimilar*float64(len(cand)) || float64(wide) > wrapLongShare*float64(long) {
		return 0, 0
	}
	return width, tol
}

// unwrap joins the lines of a hard-wrapped page into paragraphs: a line as
// wide as the page's wrap width that does not end a sentence continues on
// the next line. Lines are joined without a space, except between two Latin
// letters ("court" / "news" → "court news"). Pages that are not hard-wrapped
// are returned as they are.
func unwrap(lines []string) []string {
	width, tol := wrapWidth(lines)
	if width == 0 {
		return lines
	}
	var out []string
	joining := false // the last line of out continues on the next line
	for i, l := range lines {
		if joining && l != "" {
			out[len(out)-1] = joinWrapped(out[len(out)-1], l)
		} else {
			out = append(out, l)
		}
		joining = wrapCandidate(lines, i) && utf8.RuneCountInString(l) >= width-tol
	}
	return out
}

// joinWrapped joins a line to the one it was broken from.
func joinWrapped(a, b string) string {
	ra, _ := utf8.DecodeLastRuneInString(a)
	rb, _ := utf8.DecodeRuneInString(b)
	if isLatin(ra) && isLatin(rb) {
		return a + " " + b
	}
	return a + b
}

func isLatin(r rune) bool { return r < 0x80 && unicode.IsLetter(r) }
