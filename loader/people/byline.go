package people

import (
	"regexp"
	"strings"
)

// speechHead names a speech in the headline over a byline: 在全市法院工作会议上的讲话.
var speechHead = regexp.MustCompile(`讲话|报告|致辞|发言|讲稿`)

// salutation opens a speech transcript: 同志们:, 各位代表:.
var salutation = regexp.MustCompile(`^[ \t\x{3000}]*(?:同志们|各位|尊敬的)`)

// headLines is how many paragraphs at the top of the text are searched for a
// byline.
const headLines = 6

// bylineMention reads the byline of a speech transcript: a paragraph of its
// own, before any sentence of the text, holding only a post chain and a name
// (court and blanks optional), under a headline naming a speech or over a
// salutation:
//
//	byline := court? chain blank* name (同志)?
//
// e.g. 在全市法院工作会议上的讲话 / 铁岭市中级人民法院党组书记、院长  孙立军 /
// (2022年2月18日) / 同志们:… The person is the speaker of the whole text.
func (x *extractor) bylineMention() (mention, bool) {
	speech := false
	for pi, p := range x.d.Paras {
		if pi >= headLines || p.End <= x.lo {
			if pi >= headLines {
				break
			}
			continue
		}
		if p.Start >= x.hi || strings.ContainsRune(string(x.f[p.Start:p.End]), '。') {
			break
		}
		line := x.f[p.Start:p.End]
		if speechHead.MatchString(string(line)) {
			speech = true
		}
		m, ok := x.bylineIn(p.Start, p.End)
		if !ok {
			continue
		}
		if !speech {
			for _, q := range x.d.Paras[pi+1 : min(len(x.d.Paras), pi+4)] {
				if salutation.MatchString(string(x.f[q.Start:q.End])) {
					speech = true
				}
			}
		}
		return m, speech
	}
	return mention{}, false
}

// bylineIn reads a byline filling [s,e), or reports false.
func (x *extractor) bylineIn(s, e int) (mention, bool) {
	for s < e && isBlank(x.f[s]) {
		s++
	}
	for e > s && isBlank(x.f[e-1]) {
		e--
	}
	if hasSuffixAt(x.f, e, "同志") {
		e -= 2
	}
	ns := e
	for ns > s && e-ns < 4 && isHan(x.f[ns-1]) && postEndingAt(x.f, ns) == 0 {
		ns--
	}
	if e-ns < 2 {
		return mention{}, false
	}
	pe := ns
	for pe > s && isBlank(x.f[pe-1]) {
		pe--
	}
	if postEndingAt(x.f, pe) == 0 {
		return mention{}, false
	}
	c, ok := x.chainBefore(pe, s)
	if !ok {
		return mention{}, false
	}
	m := mention{start: ns, end: e, cstart: c.start, cend: e, titles: c.titles, tribunal: c.tribunal, byline: true}
	m.court, _ = x.courtEndingAt(c.start)
	if x.courtTextBefore(c.start) != s && c.start != s {
		return mention{}, false
	}
	lo, hi := x.lo, x.hi
	x.lo, x.hi = min(lo, s), max(hi, e)
	ok = x.plausible(ns, e)
	x.lo, x.hi = lo, hi
	return m, ok
}
