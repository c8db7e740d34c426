package people

import (
	"regexp"
	"strings"
	"unicode"

	"courtql/loader/text"
)

// Marker classes: markers of one class continue one enumeration.
const (
	classShi   = iota // 一是 / 一要 / 一是要
	classDi           // 第一, 首先 / 其次 / 再次 / 最后
	classQi           // 其一
	classParen        // (一)
	classDun          // 一、 (at the start of a paragraph)
	classArab         // 1. 1、 (1)
)

// marker is one enumeration marker.
type marker struct {
	pos, end int // the marker's runes
	class    int
	ord      int
	para     int  // index in d.Paras
	yao      bool // the marker itself carries 要 (一要, 一是要)
	seq      bool // 首先/其次/再次/最后 rather than 第一/第二
	last     bool // 最后
}

var cnDigits = map[rune]int{'一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9, '十': 10}

// cnNumber reads a Chinese numeral from 一 to 十九 at i.
func cnNumber(f []rune, i int) (int, int) {
	if i >= len(f) {
		return 0, 0
	}
	d, ok := cnDigits[f[i]]
	if !ok || f[i] == '两' {
		return 0, 0
	}
	if d == 10 && i+1 < len(f) {
		if e, ok := cnDigits[f[i+1]]; ok && e < 10 {
			return 10 + e, 2
		}
	}
	return d, 1
}

// afterYao lists what may not follow 要 in a marker: 第一要务, 一要素.
var afterYao = setOf([]rune("务素点件闻求"))

// markerBefore are the runes after which a marker may stand.
var markerBefore = setOf([]rune("。;:,!? \t\u3000)”"))

// findMarkers reads the enumeration markers of one paragraph.
//
//	shi   := 一 (是要|是|要)           一是着力抓好…, 一要入脑入心, 一是要把学习…
//	di    := 第一 [,、:是要] | (首先|其次|再次|最后) (, | 要)
//	qi    := 其一 [,、:]
//	paren := (一)
//	dun   := 一、   (paragraph or sentence start; not 一、二审)
//	arab  := 1. | 1、 | (1)   (sentence start only)
func findMarkers(f []rune, p text.Para, pi int) []marker {
	var out []marker
	for i := p.Start; i < p.End; i++ {
		atPara := i == p.Start
		if !atPara && !markerBefore[f[i-1]] && !unicode.IsSpace(f[i-1]) {
			continue
		}
		at := markerAt{f: f, i: i, end: p.End, atPara: atPara, atSentence: atPara || strings.ContainsRune("。;:!?", f[i-1])}
		var mk marker
		var ok bool
		switch {
		case f[i] == '第':
			mk, ok = at.di()
		case hasPrefixAt(f, i, "首先") || hasPrefixAt(f, i, "其次") || hasPrefixAt(f, i, "再次") || hasPrefixAt(f, i, "最后"):
			mk, ok = at.sequence()
		case f[i] == '其':
			mk, ok = at.qi()
		case f[i] == '(':
			mk, ok = at.paren()
		case f[i] >= '1' && f[i] <= '9':
			mk, ok = at.arab()
		default:
			mk, ok = at.shi()
		}
		if ok {
			mk.pos, mk.para = i, pi
			out = append(out, mk)
		}
	}
	return out
}

// markerAt is a place where a marker may start.
type markerAt struct {
	f                  []rune
	i, end             int // the place and the paragraph's end
	atPara, atSentence bool
}

// di reads 第一 followed by , 、 : 是 or 要 (not 第一要务).
func (a markerAt) di() (marker, bool) {
	f := a.f
	n, l := cnNumber(f, a.i+1)
	j := a.i + 1 + l
	if n == 0 || j >= a.end {
		return marker{}, false
	}
	if strings.ContainsRune(",、:是", f[j]) || f[j] == '要' && j+1 < a.end && !afterYao[f[j+1]] {
		return marker{end: j + 1, class: classDi, ord: n, yao: f[j] == '要'}, true
	}
	return marker{}, false
}

// sequence reads 首先, 其次, 再次, 最后 at a sentence start, or followed by
// 要 after a lead verb's comma too (院长要求,首先要…;其次要…).
func (a markerAt) sequence() (marker, bool) {
	f, i := a.f, a.i
	if i+3 >= a.end {
		return marker{}, false
	}
	withYao := f[i+2] == '要' && !afterYao[f[i+3]]
	if !withYao && (!a.atSentence || !strings.ContainsRune(",:", f[i+2])) {
		return marker{}, false
	}
	mk := marker{end: i + 3, class: classDi, yao: withYao, seq: true}
	switch string(f[i : i+2]) {
	case "首先":
		mk.ord = 1
	case "其次":
		mk.ord = 2
	case "再次":
		mk.ord = 3
	case "最后":
		mk.last = true
	}
	return mk, true
}

// qi reads 其一 followed by , 、 : or 是.
func (a markerAt) qi() (marker, bool) {
	n, l := cnNumber(a.f, a.i+1)
	j := a.i + 1 + l
	if n > 0 && j < a.end && strings.ContainsRune(",、:是", a.f[j]) {
		return marker{end: j + 1, class: classQi, ord: n}, true
	}
	return marker{}, false
}

// paren reads (一), or (1) at a sentence start.
func (a markerAt) paren() (marker, bool) {
	f, i := a.f, a.i
	if n, l := cnNumber(f, i+1); n > 0 && i+1+l < a.end && f[i+1+l] == ')' {
		return marker{end: i + 2 + l, class: classParen, ord: n}, true
	}
	if i+2 < a.end && f[i+1] >= '1' && f[i+1] <= '9' && f[i+2] == ')' && a.atSentence {
		return marker{end: i + 3, class: classArab, ord: int(f[i+1] - '0')}, true
	}
	return marker{}, false
}

// arab reads 1. or 1、 (not 1.5), or a keycap 1️⃣, at a sentence start.
func (a markerAt) arab() (marker, bool) {
	f, i := a.f, a.i
	if !a.atSentence || i+1 >= a.end {
		return marker{}, false
	}
	j := i + 1
	n := int(f[i] - '0')
	if f[j] >= '0' && f[j] <= '9' {
		n = n*10 + int(f[j]-'0')
		j++
	}
	if j+1 < a.end && strings.ContainsRune(".、．", f[j]) && !(f[j+1] >= '0' && f[j+1] <= '9') {
		return marker{end: j + 1, class: classArab, ord: n}, true
	}
	if k := keycapEnd(f, j, a.end); k > j {
		// 1️⃣ 要坚持…: a keycap emoji numbers the items of WeChat posts.
		return marker{end: k, class: classArab, ord: n}, true
	}
	return marker{}, false
}

// shi reads 一是, 一是要, 一要 (not 一要素), or 一、 at a sentence start.
func (a markerAt) shi() (marker, bool) {
	f := a.f
	n, l := cnNumber(f, a.i)
	j := a.i + l
	if n == 0 || j >= a.end {
		return marker{}, false
	}
	switch {
	case hasPrefixAt(f, j, "是要"):
		return marker{end: j + 2, class: classShi, ord: n, yao: true}, true
	case f[j] == '是':
		return marker{end: j + 1, class: classShi, ord: n}, true
	case f[j] == '要' && j+1 < a.end && !afterYao[f[j+1]]:
		return marker{end: j + 1, class: classShi, ord: n, yao: true}, true
	case f[j] == '、' && a.atSentence && j+1 < a.end && cnDigits[f[j+1]] == 0:
		// 一、 opens a paragraph or a sentence (…提出三点意见:一、充分认识…);
		// 一、二审 is no marker.
		return marker{end: j + 1, class: classDun, ord: n}, true
	}
	return marker{}, false
}

// enumeration is a run of markers 1, 2, 3 … of one class.
type enumeration struct {
	items       []text.Span
	ords        []int
	requirement bool
	intro       text.Span // the text that introduces the run (same paragraph)
	tail        text.Span // rest of the sentence after the last item, when a new speaker takes it (see cutAtSpeaker)
}

// cutAtSpeaker ends an enumeration where a named person other than its
// speaker (who) acts at the head of a new ;-part or sentence inside an item:
// …;三要深化诉源治理…;|黄文辉在总结时强调,各院要…。 The rest of that
// sentence is left to be read as a sentence of its own (e.tail). The
// speaker's own name does not end the list (…。张学群强调,要…。二是…).
func (x *extractor) cutAtSpeaker(e *enumeration, ms []mention, who string) {
	for k, it := range e.items {
		cut := -1
		for _, m := range ms {
			s0 := min(m.ustart, m.cstart, m.start)
			if len(m.roles) == 0 || m.name == who || s0 <= it.Start || s0 >= it.End || (cut >= 0 && s0 >= cut) {
				continue
			}
			b := s0 - 1
			for b > it.Start && isBlank(x.f[b]) {
				b--
			}
			if x.f[b] == ';' || x.f[b] == '。' {
				cut = s0
			}
		}
		if cut < 0 {
			continue
		}
		e.items[k] = x.trimItem(it.Start, cut)
		e.items, e.ords = e.items[:k+1], e.ords[:k+1]
		if end := x.sentenceEnd(cut); x.sentenceStart(cut) < cut {
			e.tail = text.Span{Start: cut, End: end}
		}
		return
	}
}

// sentenceStart returns the start of the sentence holding rune offset i.
func (x *extractor) sentenceStart(i int) int {
	if sp, ok := x.d.SentenceAt(i); ok {
		return sp.Start
	}
	return i
}

// findEnumerations groups the markers of [lo,hi) into runs. A run goes on
// within a paragraph and into the next paragraph when that paragraph starts
// with the next marker (吉林船营 一是要…/二是要… one per paragraph).
func (x *extractor) findEnumerations(ms []mention, speaker func(int) string) []enumeration {
	var all []marker
	for pi, p := range x.d.Paras {
		if p.End <= x.lo || p.Start >= x.hi || x.skipped(p.Start) {
			continue
		}
		all = append(all, findMarkers(x.f, p, pi)...)
	}
	var out []enumeration
	covered := -1
	for i := 0; i < len(all); i++ {
		m0 := all[i]
		if m0.pos < covered || m0.ord < 1 || m0.ord > 2 || m0.last {
			continue
		}
		run := []marker{m0}
		for j := i + 1; j < len(all); j++ {
			prev := run[len(run)-1]
			ok, stop := x.continues(prev, all[j])
			if stop {
				break
			}
			if !ok {
				continue
			}
			if all[j].seq != prev.seq {
				// 第一,要…。首先要…;其次要…。\n第二,…: a 第 list goes on
				// with 第二, not with the 其次 of a list nested in its item.
				for k := j + 1; k < len(all); k++ {
					ok, stop := x.continues(prev, all[k])
					if stop {
						break
					}
					if ok && all[k].seq == prev.seq {
						j = k
						break
					}
				}
			}
			m := all[j]
			if m.last {
				m.ord = prev.ord + 1
			}
			run = append(run, m)
			if m.last {
				break
			}
		}
		if len(run) < 2 {
			continue
		}
		e := x.buildEnumeration(run)
		if len(e.items) == 0 {
			continue
		}
		x.cutAtSpeaker(&e, ms, speaker(e.items[0].Start))
		covered = e.items[len(e.items)-1].End
		out = append(out, e)
	}
	return out
}

// continues reports whether m continues a run whose last marker is prev
// (same class, next ordinal or 最后, same paragraph or opening the next),
// and stop when no later marker can (it lies beyond the next paragraph).
func (x *extractor) continues(prev, m marker) (ok, stop bool) {
	if m.class != prev.class {
		return false, false
	}
	next := m.ord == prev.ord+1 || m.last && prev.ord >= 2
	samePara := m.para == prev.para
	nextPara := m.para == prev.para+1 && m.pos == x.d.Paras[m.para].Start
	if next && (samePara || nextPara) {
		return true, false
	}
	return false, m.para > prev.para+1 || m.para == prev.para+1 && !nextPara
}

// listIntro marks a sentence that announces a list: 抓好以下四个方面工作,
// 提出如下要求, 讲几点意见.
var listIntro = regexp.MustCompile(`以下|如下|几个方面|几点`)

// introCues decide whether an enumeration lists requirements or past work
// by the last cue in the text that introduces it. An achievement cue wins
// over a requirement cue at the same place: 做到了 (done) over 做到 (to do).
// The reasons a success is put down to are past work too: 关键在于做到了
// “七个强化”, 得益于以下几点.
var (
	requirementCues = strings.Fields("要求 意见 建议 强调 希望 做到 必须 务必 应当 下一步 提出 部署 今后 重点抓好 努力 着力")
	achievementCues = strings.Fields("取得 成效 成绩 以来 回顾 进展 成果 亮点 做法 经验 发生 做到了 关键在于 得益于 归功于")
)

// buildEnumeration cuts the items of a run and classifies it.
func (x *extractor) buildEnumeration(run []marker) enumeration {
	var e enumeration
	for k, m := range run {
		end := x.d.Paras[m.para].End
		if k+1 < len(run) && run[k+1].para == m.para {
			end = run[k+1].pos
		}
		e.items = append(e.items, x.trimItem(m.pos, end))
		e.ords = append(e.ords, m.ord)
	}
	first := run[0]
	p := x.d.Paras[first.para]
	// Introduction: the marker's own sentence up to the marker (李明指出,
	// …全区法院要坚持稳中求进…。|他提出:|一要… — only 他提出: introduces,
	// the 要 sentence before it stays an instruction); when the marker opens
	// its sentence, the sentence before it in the paragraph (下一步,我们要…
	// 继续推动…。|一是要…); else the last sentence of the previous paragraph.
	// Whether the items are requirements is read from the sentence before
	// the marker's as well (…提出三点要求。他指出:一是…).
	cueStart := p.Start
	for _, s := range p.Sentences {
		if s.End <= first.pos {
			cueStart = s.Start
		}
	}
	if cueStart == first.pos && first.para > 0 {
		pp := x.d.Paras[first.para-1]
		if len(pp.Sentences) > 0 {
			cueStart = pp.Sentences[len(pp.Sentences)-1].Start
		}
	}
	introStart := cueStart
	for _, s := range p.Sentences {
		if s.Start < first.pos && first.pos < s.End && strings.TrimSpace(string(x.f[s.Start:first.pos])) != "" {
			introStart = s.Start
		}
	}
	intro := string(x.f[cueStart:first.pos])
	switch {
	case introStart >= p.Start:
		e.intro = text.Span{Start: introStart, End: first.pos}
	case strings.HasSuffix(strings.TrimSpace(intro), ":"):
		// 会议要求:\n1.… — a line that only opens the list.
		e.intro = text.Span{Start: introStart, End: x.d.Paras[first.para-1].End}
	case listIntro.MatchString(intro):
		// 全市法院要重点抓好以下四个方面工作。\n(一)… — a sentence that only
		// announces the list in the paragraphs after it.
		e.intro = text.Span{Start: introStart, End: x.d.Paras[first.para-1].End}
	default:
		// 张福洪要求,全院干警要…。\n一是要… — a full instruction of its own.
		e.intro = text.Span{Start: p.Start, End: first.pos}
	}
	// Missing first marker (大通法院: …提出要求并强调,坚持目标导向…;二是…):
	// item 1 runs from the lead verb's punctuation to the 二 marker.
	if first.ord == 2 {
		s := x.leadEndBefore(p.Start, first.pos)
		if s < 0 {
			return enumeration{}
		}
		e.items = append([]text.Span{x.trimItem(s, first.pos)}, e.items...)
		e.ords = append([]int{1}, e.ords...)
		e.intro = text.Span{Start: max(p.Start, introStart), End: s}
		if s >= cueStart {
			intro = string(x.f[cueStart:s])
		}
	}
	e.requirement = first.yao || run[1].yao || x.startsWithYao(run[0]) || x.startsWithYao(run[1]) || lastCueIsRequirement(intro)
	return e
}

func (x *extractor) startsWithYao(m marker) bool {
	return m.end < len(x.f) && x.f[m.end] == '要' && (m.end+1 >= len(x.f) || !afterYao[x.f[m.end+1]])
}

func lastCueIsRequirement(intro string) bool {
	best, req := -1, false
	for _, c := range requirementCues {
		if i := strings.LastIndex(intro, c); i > best {
			best, req = i, true
		}
	}
	for _, c := range achievementCues {
		if i := strings.LastIndex(intro, c); i >= 0 && i >= best {
			best, req = i, false
		}
	}
	if best < 0 {
		return hasModal([]rune(intro), 0, len([]rune(intro)))
	}
	return req
}

// leadEndBefore finds, in [s,e), the last lead verb followed by , or : and
// returns the offset after that punctuation, or -1.
func (x *extractor) leadEndBefore(s, e int) int {
	for i := e - 3; i >= s; i-- {
		for _, v := range []string{"强调", "要求", "指出", "认为", "提出"} {
			if hasPrefixAt(x.f, i, v) && (x.f[i+2] == ',' || x.f[i+2] == ':') {
				return i + 3
			}
		}
	}
	return -1
}

// trimItem trims spaces and a closing ; or , from an item's span.
func (x *extractor) trimItem(s, e int) text.Span {
	for s < e && isBlank(x.f[s]) {
		s++
	}
	for e > s && (isBlank(x.f[e-1]) || x.f[e-1] == ';' || x.f[e-1] == ',') {
		e--
	}
	return text.Span{Start: s, End: e}
}

func isBlank(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\u3000' || r == '\u00a0'
}

// keycapEnd returns the end of a keycap sequence (U+FE0F? U+20E3) at j, or j.
func keycapEnd(f []rune, j, end int) int {
	k := j
	if k < end && f[k] == '\uFE0F' {
		k++
	}
	if k < end && f[k] == '\u20E3' {
		return k + 1
	}
	return j
}
