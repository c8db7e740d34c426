package stats

import (
	"strings"
)

// localFigure is a figure with sentence-local offsets: from..to is its
// evidence, numAt where its (first) number starts.
type localFigure struct {
	Figure
	from, to, numAt int
	vague           bool // read only so that changes after it find it; dropped at the end
}

// changeRef is a change read in a sentence, waiting to be given to the
// figure(s) it belongs to.
type changeRef struct {
	tok     token
	sign    float64
	after   int  // number of figures read before it
	group   int  // index of the 分别 group it belongs to, -1 if none
	distrib bool // opens a 分别 group
	cont    bool
}

// sentenceReader is the state of readSentence: the figures and changes read
// so far and how much of the sentence they used.
type sentenceReader struct {
	rs    []rune
	toks  []token
	cues  sentenceCues
	instr int // where the sentence's instruction part starts (要……), len(rs) when none

	figs          []localFigure
	changes       []changeRef
	groups        int      // 分别 groups opened
	consumed      int      // offset up to which text has been used by earlier figures
	lastWasChange int      // token index of the last change read, -1 when none
	pending       []string // metrics of a 分别 list still waiting for their values
	pendingAt     int      // the token that must take pending[0]
	skipTo        int      // tokens before this offset were read with an earlier one
}

// number is one number with its unit, as the passes see it.
type number struct {
	ti     int    // its index in the sentence's tokens
	t      token  // the number and its unit
	cs     int    // where its clause starts (after text earlier figures used)
	before string // the clause up to the number
}

// figurePass is one rule of readSentence: read reports whether it took the
// number (as a figure, a change, or as no figure at all), which ends the
// number's turn.
type figurePass struct {
	name string
	read func(r *sentenceReader, n *number) bool
}

// sentencePasses are tried in order for every number with its unit; the
// package doc lists them with their examples (passes_doc_test.go keeps the
// two in step).
var sentencePasses = []figurePass{
	{"notFigure", (*sentenceReader).notFigure},
	{"baseline", (*sentenceReader).baseline},
	{"ratio", (*sentenceReader).ratio},
	{"change", (*sentenceReader).change},
	{"background", (*sentenceReader).background},
	{"distributed", (*sentenceReader).distributed},
	{"share", (*sentenceReader).share},
	{"comparison", (*sentenceReader).comparison},
	{"honoured", (*sentenceReader).honoured},
	{"countBeforeNoun", (*sentenceReader).countBeforeNoun},
	{"metricBefore", (*sentenceReader).metricBefore},
}

// readSentence reads the figures of one sentence: every number with its
// unit goes through sentencePasses until one takes it; then the changes
// read are given to their figures and the vague figures dropped.
func readSentence(rs []rune) []localFigure {
	toks := scanTokens(rs)
	if len(toks) == 0 {
		return nil // no number: nothing to read (and no cues to match)
	}
	r := &sentenceReader{rs: rs, toks: toks, cues: cuesOf(rs), instr: instructionFrom(rs), lastWasChange: -1, pendingAt: -1}
	elidedUnits(rs, r.toks)
	for ti, t := range r.toks {
		if t.start < r.skipTo {
			continue
		}
		cs := clauseStart(rs, t.start, r.consumed)
		n := number{ti: ti, t: t, cs: cs, before: string(rs[cs:t.start])}
		for _, p := range sentencePasses {
			if p.read(r, &n) {
				break
			}
		}
	}
	attachChanges(r.figs, r.changes)
	out := r.figs[:0]
	for _, f := range r.figs {
		if !f.vague {
			out = append(out, f)
		}
	}
	return out
}

// use marks the sentence read up to end.
func (r *sentenceReader) use(end int) { r.consumed = max(r.consumed, end) }

// add records a figure and marks its text used.
func (r *sentenceReader) add(f localFigure) bool {
	r.figs = append(r.figs, f)
	r.consumed = f.to
	return true
}

// figureAt is the figure number n gives, its metric still to be read.
func (r *sentenceReader) figureAt(n *number) localFigure {
	f := localFigure{Figure: Figure{Unit: n.t.unit, Redacted: n.t.redacted}, to: n.t.unitEnd, numAt: n.t.start, vague: n.t.vague}
	if !n.t.redacted {
		v := *n.t.value
		f.Value = &v
	}
	return f
}

// notFigure (pass 1) takes numbers that are no figures at all: conditions
// and targets in an instruction, ranks and page counters.
//
//	要……紧盯超12个月未结案件; 居全省第3位; 浏览:[ 417 ]次
func (r *sentenceReader) notFigure(n *number) bool {
	if n.t.start >= r.instr || isRank(r.rs, n.t) || isCounter(r.rs, n.t) {
		r.use(n.t.unitEnd)
		return true
	}
	return false
}

// baseline (pass 2) takes the comparison base itself; the change after it
// belongs to the figure before. Every later pass sees whether the number
// is vague (三万余件, 约5%): a vague figure is read so that changes find it,
// and dropped at the end.
//
//	新收案件3120件,较去年同期的2890件上升7.96%
func (r *sentenceReader) baseline(n *number) bool {
	if isBaseline(n.before) {
		r.use(n.t.unitEnd)
		return true
	}
	n.t.vague = isVague(r.rs, n.t)
	return false
}

// ratio (pass 3) reads 1:x after a ratio's name as the figure x, no unit;
// a 1:x not after a ratio's name is wording (按1:1比例配套), not a figure.
//
//	收结案比1:1.05 → 收结案比 1.05
func (r *sentenceReader) ratio(n *number) bool {
	if !n.t.ratio {
		return false
	}
	r.use(n.t.unitEnd)
	if m := cleanMetric(n.before); !n.t.vague && isRatioMetric(m) {
		v := *n.t.value
		r.figs = append(r.figs, localFigure{Figure: Figure{Metric: m, Value: &v}, from: metricStart(r.rs, n.cs, n.t.start, m), to: n.t.unitEnd, numAt: n.t.start})
	}
	return true
}

// change (pass 4) reads a number after a change verb: a change of the
// figure(s) before (given by attachChanges), or, after a metric of its
// own, a figure with only a change.
//
//	同比增加52481件,上升15.56% → change and rate of the figure before
//	分别比前五年上升35.2%和33.1% → one each to the figures before, in order
//	收案数同比上升8.35% → 收案数, Value nil, rate 8.35
//	民商事案件、刑事案件结案率同比分别上升5.1%、3.2% → one per metric (distributedChanges)
func (r *sentenceReader) change(n *number) bool {
	sign, prefix, isChange := changeVerb(n.before)
	cont := false
	if !isChange && r.lastWasChange == n.ti-1 && len(r.changes) > 0 && isJoiner(n.before) {
		isChange, cont = true, true
		sign = r.changes[len(r.changes)-1].sign
	}
	if !isChange {
		return false
	}
	if cont || isBarePrefix(prefix) {
		r.lastWasChange = n.ti
		c := changeRef{tok: n.t, sign: sign, after: len(r.figs), group: -1}
		if cont {
			c.group = r.changes[len(r.changes)-1].group
		} else if strings.Contains(n.before, "分别") {
			c.group, c.distrib = r.groups, true
			r.groups++
		}
		r.changes = append(r.changes, c)
		r.consumed = n.t.unitEnd
		return true
	}
	m := cleanMetric(prefix)
	if m == "" {
		return true
	}
	if strings.Contains(prefix, "分别") {
		if ms := changeList(m, joinedRun(r.rs, r.toks[n.ti:])); ms != nil {
			return r.distributedChanges(n, ms, sign)
		}
	}
	f := localFigure{Figure: Figure{Metric: m}, from: metricStart(r.rs, n.cs, n.t.start, m), to: n.t.unitEnd, numAt: n.t.start, vague: n.t.vague}
	applyChange(&f.Figure, n.t, sign)
	return r.add(f)
}

// distributedChanges gives each metric of a 分别 list the change of its own
// token, in order, as figures with only a change:
//
//	民商事案件、刑事案件结案率同比分别上升5.1%、3.2% → 民商事案件结案率 rate 5.1, 刑事案件结案率 rate 3.2
func (r *sentenceReader) distributedChanges(n *number, ms []string, sign float64) bool {
	for k, m := range ms {
		t := r.toks[n.ti+k]
		f := localFigure{Figure: Figure{Metric: m}, from: metricStart(r.rs, n.cs, n.t.start, ms[0]), to: t.unitEnd, numAt: t.start, vague: t.vague}
		applyChange(&f.Figure, t, sign)
		r.add(f)
		r.skipTo = t.unitEnd
	}
	return true
}

// background (pass 5) takes a count summing up the list before it, and
// numbers that are part of a name or the background of the meeting
// (background.go).
//
//	本溪、阜新、朝阳等三家中院; 24小时自助诉讼服务站; 有3个集体被……评为先进集体;
//	等8个基层法院……参加会议; 有2件来自泉州法院
func (r *sentenceReader) background(n *number) bool {
	t := n.t
	if listCountUnits[baseUnit(t.unit)] && t.value != nil && listCount(n.before) == int(*t.value) && *t.value >= 2 {
		return true
	}
	if isBackground(r.rs, t, n.before, r.cues) {
		r.use(t.unitEnd)
		return true
	}
	return false
}

// distributed (pass 6) gives the metrics listed before 分别 one value each,
// in order.
//
//	一审服判息诉率、调解撤诉率分别为91.36%和42.18% → 一审服判息诉率 91.36%, 调解撤诉率 42.18%
func (r *sentenceReader) distributed(n *number) bool {
	f := r.figureAt(n)
	if len(r.pending) > 0 && n.ti == r.pendingAt && isJoiner(n.before) {
		f.Metric, r.pending, r.pendingAt = r.pending[0], r.pending[1:], n.ti+1
		f.from = n.t.start
		return r.add(f)
	}
	r.pending = nil
	ms := distribMetrics(n.before, joinedRun(r.rs, r.toks[n.ti:]))
	if ms == nil {
		return false
	}
	f.Metric, r.pending, r.pendingAt = ms[0], ms[1:], n.ti+1
	f.from = metricStart(r.rs, n.cs, n.t.start, ms[0])
	return r.add(f)
}

// share (pass 7) reads a rate as the share of the item before it
// (share.go); 约占55% is vague.
//
//	其中民事案件6789件,占55% → 民事案件 55%
func (r *sentenceReader) share(n *number) bool {
	if !rateUnits[n.t.unit] && n.t.unit != "‰" {
		return false
	}
	prev := ""
	if len(r.figs) > 0 {
		prev = r.figs[len(r.figs)-1].Metric
	}
	m, approx, ok := readShare(n.before, prev)
	if !ok {
		return false
	}
	f := r.figureAt(n)
	f.Metric, f.from = m, n.cs
	f.vague = f.vague || approx
	return r.add(f)
}

// comparison (pass 8) reads a difference from a benchmark as a figure of
// the metric before it.
//
//	结案率…高于全省平均水平XX个百分点 → 结案率高于全省平均水平 XX个百分点
func (r *sentenceReader) comparison(n *number) bool {
	cmp, ok := hasPrefixAny(strings.TrimSpace(n.before), comparators)
	if !ok || len(r.figs) == 0 || cmp == "" {
		return false
	}
	f := r.figureAt(n)
	f.Metric = r.figs[len(r.figs)-1].Metric + strings.TrimSpace(n.before)
	f.from = n.cs
	return r.add(f)
}

// honoured (pass 9) reads a count of people honoured as the verb and whom
// it honours, without the period.
//
//	对王某等12名办案能手进行表彰 → 表彰办案能手 12名
func (r *sentenceReader) honoured(n *number) bool {
	m, end, ok := honouredCount(r.rs, n.t)
	if !ok {
		return false
	}
	f := r.figureAt(n)
	f.Metric, f.from, f.to = m, n.t.start, end
	return r.add(f)
}

// countBeforeNoun (pass 10) reads a count before the noun it counts. A
// count qualifying the subject of another figure is its scope, and counts
// of listed items (条, 一是…) or Chinese numerals before other nouns are no
// figures.
//
//	组织召开了7次专门会议 → 专门会议 7次; 三个人民法庭共新收案件612件 → only 新收案件
func (r *sentenceReader) countBeforeNoun(n *number) bool {
	t := n.t
	after := readAfter(r.rs, t.unitEnd)
	if _, stop := hasPrefixAny(after, afterStops); after == "" || stop || startsWithNumber(after) {
		return false
	}
	if hasLaterFigure(r.rs, t.unitEnd, r.toks[n.ti+1:]) {
		r.consumed = t.unitEnd
		return true
	}
	if containsAny(after, enumNouns) || baseUnit(t.unit) == "条" || t.chinese && !containsAny(after, cnCountNouns) {
		r.consumed = t.unitEnd + len([]rune(after))
		return true
	}
	f := r.figureAt(n)
	f.Metric = after
	f.from, f.to = t.start, t.unitEnd+len([]rune(after))
	return r.add(f)
}

// metricBefore (pass 11) reads the metric before the number, its clause
// cut to the noun phrase measured (metric.go).
//
//	全省法院受理案件389861件 → 受理案件; 会上通报了1至11月全院法官人均结案数156件 → 法官人均结案数
func (r *sentenceReader) metricBefore(n *number) bool {
	m := cleanMetric(n.before)
	if m == "" || containsAny(m, enumNouns) && n.t.chinese {
		return true
	}
	f := r.figureAt(n)
	f.Metric = m
	f.from = metricStart(r.rs, n.cs, n.t.start, m)
	return r.add(f)
}

// hasLaterFigure reports whether one of the later tokens lies in the noun
// phrase that starts at i: up to the clause boundary or a cut word
// ("将16个人民法庭调整为5个中心法庭" stops at 调整).
func hasLaterFigure(rs []rune, i int, later []token) bool {
	if len(later) == 0 {
		return false
	}
	j := i
	for j < len(rs) && !isBoundary(rs[j]) && rs[j] != '、' && j < later[0].start {
		if j > i {
			if _, ok := hasPrefixAny(string(rs[j:min(len(rs), j+4)]), afterCuts); ok {
				return false
			}
		}
		j++
	}
	return j == later[0].start
}

// attachChanges gives each change to its figure: the figure just before it,
// or for a 分别 group of k changes the k figures before the group, in order.
func attachChanges(figs []localFigure, changes []changeRef) {
	for i := 0; i < len(changes); i++ {
		c := changes[i]
		if c.group < 0 || !c.distrib {
			if c.group < 0 && c.after > 0 {
				f := &figs[c.after-1]
				applyChange(&f.Figure, c.tok, c.sign)
				f.to = max(f.to, c.tok.unitEnd)
			}
			continue
		}
		k := 1
		for i+k < len(changes) && changes[i+k].group == c.group {
			k++
		}
		for j := 0; j < k; j++ {
			target := c.after - k + j
			if target < 0 {
				continue
			}
			f := &figs[target]
			applyChange(&f.Figure, changes[i+j].tok, changes[i+j].sign)
			f.to = max(f.to, changes[i+j].tok.unitEnd)
		}
		i += k - 1
	}
}

// applyChange records a change on f: a percentage as ChangeRate, anything
// else (件, 个百分点) as Change with ChangeUnit. A redacted change keeps only
// its unit.
func applyChange(f *Figure, t token, sign float64) {
	if t.vague { // "同比增加300余件": keeps its place in a 分别 group, gives nothing
		return
	}
	if rateUnits[t.unit] {
		if t.value != nil && !t.redacted {
			v := sign * *t.value
			f.ChangeRate = &v
		}
		return
	}
	f.ChangeUnit = t.unit
	if t.value != nil && !t.redacted {
		v := sign * *t.value
		f.Change = &v
	}
}

// maxClause bounds the clauses read around a number: text that runs on
// for longer without a break is not read as one clause, and a sentence
// without punctuation costs a bounded amount per number.
const maxClause = 200

// clauseStart returns where the clause holding position i starts: after the
// last boundary before it (at most maxClause runes back), and not before
// text earlier figures used.
func clauseStart(rs []rune, i, consumed int) int {
	k := i
	for k > 0 && i-k < maxClause && !isBoundary(rs[k-1]) {
		k--
	}
	return max(k, min(consumed, i))
}

// metricStart locates metric m in rs[cs:end], for the figure's span.
func metricStart(rs []rune, cs, end int, m string) int {
	seg := string(rs[cs:end])
	if k := strings.Index(seg, m); k >= 0 {
		return cs + len([]rune(seg[:k]))
	}
	return cs
}

// isJoiner reports whether the text between two numbers only joins them:
// "XX%和XX%", "15%、20%".
func isJoiner(s string) bool {
	s = strings.TrimSpace(s)
	return s == "和" || s == "、" || s == "与" || s == "及"
}

// startsWithNumber reports whether s opens with another number and unit
// ("XX%和XX%"), not with a noun that merely starts with a numeral (两级法院).
func startsWithNumber(s string) bool {
	rs := []rune(s)
	if len(rs) == 0 {
		return false
	}
	t, _, ok := readNumber(rs, 0)
	if !ok {
		return false
	}
	_, _, ok = matchUnit(rs, t.end)
	return ok
}

// baseUnit strips a magnitude from a unit: 万件 → 件.
func baseUnit(u string) string {
	rs := []rune(u)
	if len(rs) > 1 {
		if _, ok := magnitude[rs[0]]; ok {
			return string(rs[1:])
		}
	}
	return u
}
