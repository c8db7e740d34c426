package stats

import (
	"regexp"
	"strings"

	"courtql/loader/text"
)

// metricLead are words that open a metric clause without being part of what
// is counted: "全院共受理各类案件6560" → 受理各类案件.
var metricLead = []string{"其中", "共有", "现有", "共计", "累计", "合计", "总计", "共", "全年", "此外", "另外", "同时", "并", "分别", "均", "总共"}

// metricTail are words between a metric and its number: "受理案件共XX件",
// "结案率达到95%", "执结率为XX%".
var metricTail = []string{"共计", "累计", "合计", "总计", "共", "达到", "达", "为", "是",
	"计", "有", "分别", "人民币", "均", "同比", "环比", "仅", "已达"}

// metricFrame cuts a long clause after its framing: "院领导带队到各个人民法庭开展调研走访11次"
// → 到各个人民法庭开展调研走访; and after the verb that reports the figure, so
// the metric is the noun phrase measured: "会上通报了1至11月全院法官人均结案数156件"
// → 法官人均结案数 (period and scope are then cut from its front).
var metricFrame = regexp.MustCompile(`^.*(?:带队|先后|共计|累计|合计|其中|分别|(?:通报|介绍|公布|汇报|报告|宣读)了|数据显示|统计显示)`)

// changeBase are the comparison phrases before a change verb: "同比增加",
// "比去年同期分别增长", "较上年下降", and other bases: "较年初减少41件",
// "比年初下降5.2%", "较上年同期增加", "与上月末相比上升".
var changeBase = regexp.MustCompile(`(?:同比|环比|(?:比|较|与|相比|相较)` +
	`(?:去年|上年|上一年|前年|上半年|上季度|上一季度|上个月|上月|上周|上期|年初|月初|季初|[0-9]{4}年|` +
	// a span of years or a plan period: 比前五年, 较上一个五年, 比过去五年, 比“十二五”期间, 较上届
	`(?:前|上一?个?|过去)[0-9一二三四五六七八九十两]+年|[“"]?十[一二三四五六七八九]五[”"]?(?:期间|时期)?|上一?届)` +
	`(?:同期|全年|年初|年末|年底|度|末|底|初)?(?:相比|相较)?|分别|均|了)+$`)

// singleRuneList matches 审、执结 where 、 only splits one character of a
// verb pair, to read 审执结.
var singleRuneList = regexp.MustCompile(`(^|[^\p{Han}]|、)(\p{Han})、`)

// cleanMetric turns the clause before a number into a metric: period, scope
// and framing words cut off the front, linking words off the back.
func cleanMetric(s string) string {
	s = strings.TrimSpace(s)
	// a list before 分别为 is the metric when its items cannot be paired
	// with the values (see distribMetrics): "结案率、结收比分别为93.1%"
	if loc := distribTail.FindStringIndex(s); loc != nil && loc[0] > 0 {
		s = s[:loc[0]]
	}
	if loc := metricFrame.FindStringIndex(s); loc != nil && loc[1] < len(s) {
		s = s[loc[1]:]
	}
	for changed := true; changed && s != ""; {
		changed = false
		if loc := periodRe.FindStringIndex(s); loc != nil && loc[0] == 0 && loc[1] > 0 {
			s, changed = s[loc[1]:], true
		}
		if loc := scopePrefixRe.FindStringIndex(s); loc != nil && loc[1] > 0 && loc[1] < len(s) {
			s, changed = s[loc[1]:], true
		}
		if p, ok := hasPrefixAny(s, metricLead); ok && len(p) < len(s) {
			s, changed = s[len(p):], true
		}
		s = strings.TrimLeft(s, "、，,的 ")
	}
	for changed := true; changed && s != ""; {
		changed = false
		for _, t := range metricTail {
			if strings.HasSuffix(s, t) && len(t) < len(s) && !partOfWord(s, t) {
				s, changed = strings.TrimSuffix(s, t), true
			}
		}
		if loc := changeBase.FindStringIndex(s); loc != nil && loc[0] > 0 && !partOfWord(s, s[loc[0]:]) {
			s, changed = s[:loc[0]], true
		}
	}
	for singleRuneList.MatchString(s) {
		s = singleRuneList.ReplaceAllString(s, "$1$2")
	}
	return strings.Trim(s, "、，,:：的 ")
}

// readAfter reads the noun phrase a count is put before: rs[i:] up to a
// clause boundary or a cut word, at most 16 runes. "7次专门会议,4次……" → 专门会议.
func readAfter(rs []rune, i int) string {
	j := i
	for j < len(rs) && j-i < 16 && !isBoundary(rs[j]) && rs[j] != '、' {
		if j > i {
			if _, ok := hasPrefixAny(string(rs[j:min(len(rs), j+4)]), afterCuts); ok {
				break
			}
		}
		j++
	}
	return string(rs[i:j])
}

// isBoundary reports whether r ends a figure's clause: text.Doc's clause
// ends, and the stops of a figure's window (parentheses, spaces, line
// breaks, ellipsis and dash).
func isBoundary(r rune) bool {
	if text.IsClauseEnd(r) {
		return true
	}
	switch r {
	case '(', ')', '（', '）', ' ', '\t', '\n', '\u3000', '…', '—':
		return true
	}
	return false
}

// tailWords are words that end a metric although they end in a metricTail
// word: "平均审理天数平均为38天" keeps 平均, "人均" keeps 均.
var tailWords = []string{"平均", "人均", "均衡"}

// partOfWord reports whether tail t at the end of s belongs to a longer word.
func partOfWord(s, t string) bool {
	for _, w := range tailWords {
		if strings.HasSuffix(w, t) && w != t && strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}
