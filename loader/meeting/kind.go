package meeting

import (
	"sort"
	"strings"
	"unicode"
)

// kinds are the head nouns a meeting name ends with (simplified: the text
// contract of loader/extract). The longest one that ends a name is its kind: 党组扩大会议
// beats 扩大会议 beats 会议. Parentheses are matched in ASCII form (党组(扩大)会议
// also matches 党组(扩大)会议) and the kind is returned as the text writes it.
var kinds = sortLongestFirst(withHuiyi([]string{
	// party-group meetings
	"党组(扩大)会议", "党组扩大会议", "党组扩大会", "党组会议", "党组会", "扩大会议", "扩大会",
	"理论学习中心组学习会", "中心组学习会", "中心组学习", "民主生活会", "组织生活会",
	// a study session is a meeting without 会议 in its name: "党组理论学习中心组
	// 举行2023年第十次集体学习" → 集体学习; "…第十二次集体学习会议" stays 会议.
	"集体学习",
	// by medium
	"电视电话会议", "视频会议", "视频会", "电视电话会", "网络视频会议",
	// named meetings
	"工作会议", "院长会议", "联席会议", "专题会议", "协调会议", "推进会议", "部署会议", "领导小组会议",
	// a plenary session is a kind of its own: 市委政法委员会全体会议, 党组全体会议
	"全体会议",
	// a 专业法官会议 (judges' panel advising on hard cases) is a kind of its own,
	// like 院长会议: "南充中院召开民商事专业法官会议".
	"专业法官会议",
	"审判委员会会议", "院务会议", "办公会议", "例会", "座谈会议",
	// a 院长办公会 is a kind of its own, not an 办公会 (浏阳 2023年第9次院长办公会)
	"院长办公会议", "院长办公会", "审委会会议",
	// X会
	"座谈会", "推进会", "分析会", "调度会", "调研会", "部署会", "动员会", "总结会", "表彰会", "培训会",
	"研讨会", "论证会", "协调会", "联席会", "现场会", "通报会", "交流会", "务虚会", "评查会", "会商会",
	"恳谈会", "见面会", "对接会", "发布会", "新闻发布会", "述职会", "述职述廉会", "讲评会", "点评会",
	"观摩会", "评审会", "推介会", "启动会", "约谈会", "通气会", "誓师会", "誓师大会", "警示教育大会",
	// 动员部署 is one fixed compound (mobilise and deploy), kept whole like
	// 述职述廉会; a purpose word before a medium is not (推进视频会 → 视频会, holdout3 400).
	"动员部署会", "动员部署会议", "动员部署大会",
	"动员大会", "推进大会", "表彰大会", "总结大会", "干部大会", "干警大会", "干部会", "中层干部会",
	"院务会", "办公会", "联络会", "评议会", "汇报会", "反馈会", "学习会", "报告会", "分享会", "恳谈会议",
	// assessing and reviewing work: 年度工作总结暨考评会, 案件质量评估会, 审判态势研判会
	"考评会", "考核会", "测评会", "评估会", "研判会", "复盘会",
	// talks held as a meeting: 廉政谈话会, 集体谈话会
	"谈话会",
	"大会", "年会",
	// a meeting of the holders of one post: 执行局长会议 (not 局长会议), 庭长会议
	"执行局长会议", "局长会议", "庭长会议", "主任会议", "部长会议",
	// and their standing meetings
	"庭长例会", "院长例会", "局长例会", "主任例会",
	// a standing meeting by its period: 周例会, 月例会, 季度例会
	"周例会", "月例会", "季度例会",
	// bare nouns, lowest priority by length
	"会议", "座谈",
}))

// withHuiyi adds X会议 for every X会 kind: a 点评会 is also written 点评会议
// and 会商会 会商会议, and either form is the same compound head noun.
// 大会 and 年会 are heads without a 会议 form, and a 学习会议 is a 会议 held
// to study ("集体学习会议" → 会议), not a 学习会.
func withHuiyi(list []string) []string {
	out := append([]string(nil), list...)
	for _, k := range list {
		if r := []rune(k); len(r) >= 3 && r[len(r)-1] == '会' && !strings.HasSuffix(k, "大会") && !strings.HasSuffix(k, "学习会") {
			out = append(out, k+"议")
		}
	}
	return out
}

// kindRunes holds kinds as runes, in the same order, for the scan.
var kindRunes = func() [][]rune {
	out := make([][]rune, len(kinds))
	for i, k := range kinds {
		out[i] = []rune(k)
	}
	return out
}()

func sortLongestFirst(list []string) []string {
	out := make([]string, 0, len(list))
	seen := map[string]bool{}
	for _, k := range list {
		if !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return len([]rune(out[i])) > len([]rune(out[j])) })
	return out
}

// kindNotAfter: a bare 大会/会议 after these names a congress or plenum, not a
// meeting of the courts ("全国人民代表大会", "十九届四中全会").
var kindNotAfter = []string{"人民代表", "代表", "全委", "全会"}

// foldParens maps full-width parentheses to ASCII so lexicon entries match both.
func foldParens(r rune) rune {
	switch r {
	case '（':
		return '('
	case '）':
		return ')'
	}
	return r
}

// kindEndingAt returns the longest kind that ends exactly at rune offset end
// of rs, and its length in runes (0 when none).
func kindEndingAt(rs []rune, end int) int {
	for ki, kr := range kindRunes {
		k := kinds[ki]
		if len(kr) > end {
			continue
		}
		ok := true
		for i := range kr {
			if foldParens(rs[end-len(kr)+i]) != kr[i] {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		before := string(rs[max(0, end-len(kr)-4) : end-len(kr)])
		bad := false
		for _, w := range kindNotAfter {
			if strings.HasSuffix(before, w) && (k == "大会" || k == "会议") {
				bad = true
			}
		}
		if !bad {
			return len(kr)
		}
	}
	return 0
}

// kindOf returns the kind of a meeting name: the head noun of its first
// conjunct when 和/及/与 join two meetings held together, "党组扩大会和中层干部会"
// → 党组扩大会 (dev 209); 暨 joins two names of one meeting, whose head noun
// ends the whole name: "全区法院涉诉信访工作总结表彰暨2016年立案信访工作推进电视电话会议"
// → 电视电话会议 (dev 212), "全州法院“三项重点工作”推进会暨审判长联席会议" → 联席会议.
func kindOf(name string) string {
	rs := []rune(name)
	beforeJi := "" // the head noun of a conjunct ending in 暨, if nothing follows
	for end := 1; end <= len(rs); end++ {
		n := kindEndingAt(rs, end)
		if n == 0 {
			continue
		}
		if end < len(rs) && rs[end] == '暨' {
			if beforeJi == "" {
				beforeJi = string(rs[end-n : end])
			}
			continue
		}
		if end == len(rs) || conjunction[rs[end]] || rs[end] == '(' || rs[end] == '（' {
			return string(rs[end-n : end])
		}
	}
	if k := wordHui(rs); k != "" {
		return k
	}
	return beforeJi
}

// bodyEndings end the name of a body, not of a meeting: 人大常委会,
// 审判委员会, 法学会, 工会.
var bodyEndings = strings.Fields("委员会 常委会 理事会 董事会 监事会 协会 学会 工会 商会 议会 基金会 联合会 促进会 研究会 全会 晚会")

// wordHui returns the compound head noun of a name that ends in a word and
// 会 outside the kinds list (考评会, 评估会, 复盘会): the last two runes and
// 会. A 会议 is left to the list, its word is no kind of its own
// (党风廉政建设会议 → 会议).
func wordHui(rs []rune) string {
	n := len(rs)
	if n < 4 || rs[n-1] != '会' || !unicode.Is(unicode.Han, rs[n-2]) || !unicode.Is(unicode.Han, rs[n-3]) {
		return ""
	}
	for _, b := range bodyEndings {
		if strings.HasSuffix(string(rs), b) {
			return ""
		}
	}
	return string(rs[n-3:])
}
