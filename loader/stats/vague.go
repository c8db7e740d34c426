package stats

import (
	"regexp"
	"strings"
)

// Rules that tell a reported figure from a number that is only an
// approximation, a threshold, a rank, a page counter, or part of an
// instruction. Such numbers are not statistics (the holdout convention, kept
// consistent with the official gold, which never annotates one).
//
// Decision on 约 ("约3000件"): it is an approximation like 近 and 逾, so the
// number is not annotated as a reported figure either.

// vaguePrefixes before a number make it an approximation or a bound:
// "近3000件", "逾16万件", "超过200件", "约45%", "不足1%".
var vaguePrefixes = []string{"近", "逾", "超过", "超出", "超", "约", "大约", "将近",
	"接近", "不足", "不到", "未满"}

// vagueCnPrefixes before a Chinese numeral make it indefinite: "数十件",
// "几十次", "上千件", "成百件". Before Arabic digits 数 is usually the end of a
// metric ("收案数3000件"), so these apply to Chinese numerals only.
var vagueCnPrefixes = []string{"数", "几", "上", "成"}

// vagueSuffixes after a unit make the figure an approximation or a
// threshold: "30人左右", "95%以上", "一年以上", "30天以内".
var vagueSuffixes = []string{"左右", "上下", "以上", "以下", "以内", "之内", "开外", "有余"}

// rankVerb before 前/后 + number makes a rank, not a count: "收案占比居前两位",
// "位居全省前三名", "排名后10%".
var rankVerb = regexp.MustCompile(`(?:居|排名|排在|排|位列|名列|列)[^,，;；。]{0,8}[前后]$`)

// rankUnits with 前/后 right before the number always make a rank: "前三名", "前10位".
var rankUnits = map[string]bool{"位": true, "名": true, "强": true}

// counterRe matches the page furniture just before a view counter:
// "浏览量:1,204", "点击:[ 538 ]", "阅读 2310 次".
var counterRe = regexp.MustCompile(`(?:浏览|阅读|点击|访问|点赞|转发|评论|人气)` +
	`(?:量|数|次数|人数)?\s*[:：]?\s*[\[【(（]?\s*$`)

// modalRe finds the modal of an instruction (group 1): "要强化审判管理,紧盯超12个月未结案件",
// "会议要求,……", "务必", "必须", "力争". 要 in compounds (重要, 主要, 需要,
// 要素, 纪要, 要点, 要案) is not a modal, nor is the noun 要求 ("按照省院要求").
var modalRe = regexp.MustCompile(`(?:^|[^主重需纪纲摘提只必首概简扼总])(要)[^求素点件案闻害务道员职览旨领了]` +
	`|(要求)(?:[,，:：]|各|全|干警)|(务必|必须|力争|(?:确保)[^了])`)

// reportCue in a sentence marks it as a report even if it also has a modal:
// "要巩固成绩,今年以来全院受理案件1200件,同比增长5%": a comparison, a
// "since"/"as of" period or a month range only a report gives.
var reportCue = regexp.MustCompile(`同比|环比|比去年|较去年|比上年|较上年|通报|以来|截至|截止` +
	`|[0-9一二三四五六七八九十]{1,2}(?:至|-|到)[0-9一二三四五六七八九十]{1,2}月`)

// isVague reports whether token t in rs is an approximation, a bound or a
// threshold rather than a figure.
func isVague(rs []rune, t token) bool {
	if t.approx || inRange(rs, t) {
		return true
	}
	before := string(rs[max(0, t.start-3):t.start])
	for _, p := range vaguePrefixes {
		if strings.HasSuffix(before, p) {
			return true
		}
	}
	if t.chinese {
		for _, p := range vagueCnPrefixes {
			if strings.HasSuffix(before, p) {
				return true
			}
		}
	}
	after := string(rs[t.unitEnd:min(len(rs), t.unitEnd+2)])
	for _, s := range vagueSuffixes {
		if strings.HasPrefix(after, s) {
			return true
		}
	}
	return false
}

// isRank reports whether t is a rank: "居前两位", "前三名", "排名后10%".
func isRank(rs []rune, t token) bool {
	if t.start == 0 {
		return false
	}
	prev := rs[t.start-1]
	if prev != '前' && prev != '后' {
		return false
	}
	return rankUnits[baseUnit(t.unit)] || rankVerb.MatchString(string(rs[max(0, t.start-12):t.start]))
}

// isCounter reports whether t is a page counter: "浏览:[ 417 ]次".
func isCounter(rs []rune, t token) bool {
	return counterRe.MatchString(string(rs[max(0, t.start-8):t.start]))
}

// instructionFrom returns where the instruction part of a sentence begins
// (its first modal), or len(rs) when the sentence reports rather than
// instructs. Numbers after it describe a condition or a target
// ("紧盯超12个月未结案件", "结案率要达到95%"), not a reported figure.
func instructionFrom(rs []rune) int {
	s := string(rs)
	if reportCue.MatchString(s) {
		return len(rs)
	}
	loc := modalRe.FindStringSubmatchIndex(s)
	if loc == nil {
		return len(rs)
	}
	for g := 2; g < len(loc); g += 2 {
		if loc[g] >= 0 {
			return len([]rune(s[:loc[g]]))
		}
	}
	return len(rs)
}
