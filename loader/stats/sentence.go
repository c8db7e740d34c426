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

// readSentence reads the figures of one sentence. The rules, in the order
// tried for each number-with-unit:
//
//  1. change: the clause before the number ends with a change verb.
//     "同比增加52481件,上升15.56%" → Change/ChangeRate of the figure before;
//     "比去年同期分别增长XX%和XX%" → one each to the figures before, in order;
//     "收案数同比上升8.35%" → a figure of its own with Value nil.
//     Then, before the rules below: a 分别 list, "一审服判息诉率、调解撤诉率分别为91.36%和42.18%"
//     → one listed metric per value; a share, "其中民事案件6789件,占55%" → the
//     item's metric (民事案件); see share.go.
//  2. comparison: "高于全省平均水平XX个百分点" → metric = previous metric + 高于全省平均水平.
//  3. count before a noun: "组织召开了7次专门会议", "将16个人民法庭调整为……" → metric after.
//  4. metric before: "全省法院受理案件389861件" → metric 受理案件.
func readSentence(rs []rune) []localFigure {
	toks := scanTokens(rs)
	cues := cuesOf(rs)
	instr := instructionFrom(rs)
	var figs []localFigure
	var changes []changeRef
	groups := 0
	consumed := 0 // offset up to which text has been used by earlier figures
	lastWasChange := -1
	elidedUnits(rs, toks)
	var pending []string // metrics of a 分别 list still waiting for their values
	pendingAt := -1      // the token that must take pending[0]
	for ti, t := range toks {
		cs := clauseStart(rs, t.start, consumed)
		before := string(rs[cs:t.start])

		// not figures at all: ranks (居前两位), page counters (浏览:[ 417 ]次),
		// conditions and targets in an instruction (要……紧盯超12个月未结案件)
		if t.start >= instr || isRank(rs, t) || isCounter(rs, t) {
			consumed = max(consumed, t.unitEnd)
			continue
		}
		// a baseline, not a figure: "新收案件3120件,较去年同期的2890件上升7.96%";
		// the change after it belongs to the figure before
		if isBaseline(before) {
			consumed = max(consumed, t.unitEnd)
			continue
		}

		vague := isVague(rs, t)
		t.vague = vague

		// 0. ratio: "收结案比1:1.05" → 收结案比 1.05, no unit; a 1:x not after a
		// ratio's name is wording ("按1:1比例配套"), not a figure
		if t.ratio {
			consumed = max(consumed, t.unitEnd)
			if m := cleanMetric(before); !vague && isRatioMetric(m) {
				v := *t.value
				figs = append(figs, localFigure{Figure: Figure{Metric: m, Value: &v}, from: metricStart(rs, cs, t.start, m), to: t.unitEnd, numAt: t.start})
			}
			continue
		}

		// 1. changes
		sign, prefix, isChange := changeVerb(before)
		cont := false
		if !isChange && lastWasChange == ti-1 && len(changes) > 0 && isJoiner(before) {
			isChange, cont = true, true
			sign = changes[len(changes)-1].sign
		}
		if isChange {
			if cont || isBarePrefix(prefix) {
				lastWasChange = ti
				c := changeRef{tok: t, sign: sign, after: len(figs), group: -1}
				if cont {
					c.group = changes[len(changes)-1].group
				} else if strings.Contains(before, "分别") || strings.Contains(before, "分别") {
					c.group, c.distrib = groups, true
					groups++
				}
				changes = append(changes, c)
				consumed = t.unitEnd
				continue
			}
			m := cleanMetric(prefix)
			if m == "" {
				continue
			}
			f := localFigure{Figure: Figure{Metric: m}, from: metricStart(rs, cs, t.start, m), to: t.unitEnd, numAt: t.start, vague: vague}
			applyChange(&f.Figure, t, sign)
			figs = append(figs, f)
			consumed = t.unitEnd
			continue
		}

		// enumeration-summary: "本溪、阜新、朝阳等三家中院"
		if listCountUnits[baseUnit(t.unit)] && t.value != nil && listCount(before) == int(*t.value) && *t.value >= 2 {
			continue
		}

		// background: "24小时自助诉讼服务站", "有3个集体被……评为", "等8个基层法院……参加会议",
		// "有2件来自泉州法院" (see background.go)
		if isBackground(rs, t, before, cues) {
			consumed = max(consumed, t.unitEnd)
			continue
		}

		f := localFigure{Figure: Figure{Unit: t.unit, Redacted: t.redacted}, to: t.unitEnd, numAt: t.start, vague: vague}
		if !t.redacted {
			v := *t.value
			f.Value = &v
		}

		// distributed list: "一审服判息诉率、调解撤诉率分别为91.36%和42.18%" → one metric per value, in order
		if len(pending) > 0 && ti == pendingAt && isJoiner(before) {
			f.Metric, pending, pendingAt = pending[0], pending[1:], ti+1
			f.from = t.start
			figs = append(figs, f)
			consumed = t.unitEnd
			continue
		}
		pending = nil
		if ms := distribMetrics(before, joinedRun(rs, toks[ti:])); ms != nil {
			f.Metric, pending, pendingAt = ms[0], ms[1:], ti+1
			f.from = metricStart(rs, cs, t.start, ms[0])
			figs = append(figs, f)
			consumed = t.unitEnd
			continue
		}

		// share: "其中民事案件6789件,占55%" → 民事案件 55%; "约占55%" is vague
		if rateUnits[t.unit] || t.unit == "‰" {
			prev := ""
			if len(figs) > 0 {
				prev = figs[len(figs)-1].Metric
			}
			if m, approx, ok := readShare(before, prev); ok {
				f.Metric, f.from = m, cs
				f.vague = f.vague || approx
				figs = append(figs, f)
				consumed = t.unitEnd
				continue
			}
		}

		// 2. comparison with a benchmark
		if cmp, ok := hasPrefixAny(strings.TrimSpace(before), comparators); ok && len(figs) > 0 && cmp != "" {
			f.Metric = figs[len(figs)-1].Metric + strings.TrimSpace(before)
			f.from = cs
			figs = append(figs, f)
			consumed = t.unitEnd
			continue
		}

		// 3. count before the noun it counts
		after := readAfter(rs, t.unitEnd)
		_, stop := hasPrefixAny(after, afterStops)
		if after != "" && !stop && !startsWithNumber(after) {
			// a count qualifying the subject of another figure is its scope:
			// "三个人民法庭共新收案件612件" → 新收案件 612件 (scope 三个人民法庭)
			if hasLaterFigure(rs, t.unitEnd, toks[ti+1:]) {
				consumed = t.unitEnd
				continue
			}
			if containsAny(after, enumNouns) || baseUnit(t.unit) == "条" || baseUnit(t.unit) == "条" {
				consumed = t.unitEnd + len([]rune(after))
				continue
			}
			if t.chinese && !containsAny(after, cnCountNouns) {
				consumed = t.unitEnd + len([]rune(after))
				continue
			}
			f.Metric = after
			f.from, f.to = t.start, t.unitEnd+len([]rune(after))
			figs = append(figs, f)
			consumed = f.to
			continue
		}

		// 4. metric before the number
		m := cleanMetric(before)
		if m == "" || containsAny(m, enumNouns) && t.chinese {
			continue
		}
		f.Metric = m
		f.from = metricStart(rs, cs, t.start, m)
		figs = append(figs, f)
		consumed = t.unitEnd
	}
	attachChanges(figs, changes)
	out := figs[:0]
	for _, f := range figs {
		if !f.vague {
			out = append(out, f)
		}
	}
	return out
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
