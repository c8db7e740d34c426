// Package stats reads the figures a court report gives: number and unit,
// metric, period, scope, change and change rate, redacted placeholders.
//
// Convention: a figure's value and unit are kept as written, the magnitude
// staying in the unit (10.14万件 → Value 10.14, Unit 万件; XX亿元 → Unit 亿元),
// so a redacted figure and a written one carry the same unit. Chinese
// numerals are converted (十一次 → 11 次). Not figures: ranks (居全省第3位,
// 居前两位), approximations and bounds (三万余件, 近千万元, 约5%, 95%以上),
// numbers in an instruction (要……紧盯超12个月未结案件), ranges (3至5件) and page
// counters; see vague.go and range.go. A ratio 1:x after a ratio's name is a
// figure with value x and no unit (收结案比1:1.05 → 1.05). See ParseNumber for
// folding a magnitude into a value.
//
// Input is simplified script (the text contract of loader/extract); the
// word lists here hold simplified forms only.
//
// # Passes
//
// Extract reads a table row as a whole (table.go: "全院 | 结案率 | 89.04%"),
// else each sentence of a paragraph, skipping case retellings (narrative.go).
// readSentence (sentence.go) gives every number with its unit to the passes
// of sentencePasses, in order, until one takes it; each pass is a method of
// sentenceReader whose doc comment gives its pattern:
//
//  1. notFigure: in the instruction part of the sentence, a rank or a page
//     counter — "要……紧盯超12个月未结案件", "居全省第3位", "浏览:[ 417 ]次";
//  2. baseline: the comparison base itself — "较去年同期的2890件上升7.96%";
//  3. ratio: "收结案比1:1.05" → 收结案比 1.05;
//  4. change: after a change verb, to the figure(s) before or a figure of its
//     own — "同比增加52481件,上升15.56%", "分别比前五年上升35.2%和33.1%",
//     "收案数同比上升8.35%", one per metric of a list "民商事案件、刑事案件结案率同比分别上升5.1%、3.2%";
//  5. background: a list count or the background of the meeting — "本溪、阜新、朝阳等三家中院",
//     "24小时自助诉讼服务站", "有3个集体被……评为先进集体", "等8个基层法院……参加会议";
//  6. distributed: a 分别 list — "一审服判息诉率、调解撤诉率分别为91.36%和42.18%";
//  7. share: "其中民事案件6789件,占55%";
//  8. comparison: with a benchmark — "高于全省平均水平XX个百分点";
//  9. honoured: people honoured — "对王某等12名办案能手进行表彰" → 表彰办案能手;
//  10. countBeforeNoun: "组织召开了7次专门会议";
//  11. metricBefore: the metric before the number, its clause cut to the noun
//     phrase measured (metric.go) — "会上通报了1至11月全院法官人均结案数156件" → 法官人均结案数.
//
// To add a rule, add a pass to sentencePasses at its place and a line here
// (TestPassExamplesDocumented checks both, and the example).
//
// Period (period.go) and scope (scope.go) are read before each figure; a
// change stated apart is merged into its figure (change.go). Every pass reads
// a bounded window around its number, so a sentence without punctuation
// costs linear time.
package stats

import (
	"courtql/loader/court"
	"courtql/loader/text"
)

// Figure is one reported figure.
type Figure struct {
	Metric     string   // e.g. 受理案件
	Value      *float64 // nil when redacted (XX) or only a change is given
	Unit       string   // e.g. 件, %, 亿元, 个百分点
	Period     string   // e.g. 1至7月
	Scope      string   // e.g. 全省法院, or a court's full name
	Change     *float64 // signed absolute change
	ChangeUnit string
	ChangeRate *float64 // signed percent
	Redacted   bool
	Text       string    // the sentence it was read from
	Span       text.Span // where the figure (metric through change) was read
}

// Extract finds the figures in the part of d covered by within.
func Extract(d *text.Doc, within text.Span, mentions []court.Mention) []Figure {
	if d == nil {
		return nil
	}
	within.Start, within.End = max(within.Start, 0), min(within.End, len(d.Runes))
	sc := newScoper(d, mentions)
	var out []Figure
	lastPeriod := "" // the last period named in prose, for table rows under it
	for _, p := range d.Paras {
		if sp := (text.Span{Start: max(p.Start, within.Start), End: min(p.End, within.End)}); sp == p.Span {
			if rows, ok := readRow(d.Runes[p.Start:p.End]); ok {
				for _, f := range rows {
					fig := f.Figure
					fig.Text = p.Text
					fig.Span = text.Span{Start: p.Start + f.from, End: p.Start + f.to}
					fig.Period = lastPeriod
					if fig.Scope = f.scope; fig.Scope == "" {
						fig.Scope = sc.scope(p.Start, p.Start+f.numAt)
					}
					out = append(out, fig)
				}
				continue
			}
		}
		paraPeriod := ""
		story := false // the paragraph is retelling a case (see narrative.go)
		for _, s := range p.Sentences {
			sp := text.Span{Start: max(s.Start, within.Start), End: min(s.End, within.End)}
			if sp.Len() <= 0 {
				continue
			}
			rs := d.Runes[sp.Start:sp.End]
			sentText := string(rs)
			figs := readSentence(rs)
			var inStory bool
			if inStory, story = caseStory(sentText, story); inStory {
				figs = nil // a case's amounts and counts are not the courts' work figures
			}
			for _, f := range figs {
				fig := f.Figure
				fig.Text = sentText
				fig.Span = text.Span{Start: sp.Start + f.from, End: sp.Start + f.to}
				fig.Period = findPeriod(string(rs[max(0, f.numAt-maxClause):f.numAt]))
				if fig.Period == "" {
					fig.Period = paraPeriod
				}
				fig.Scope = sc.scope(sp.Start, sp.Start+f.numAt)
				out = append(out, fig)
			}
			per := findPeriod(sentText)
			if paraPeriod == "" {
				paraPeriod = per
			}
			if per != "" {
				lastPeriod = per
			}
		}
	}
	return mergeChanges(out)
}
