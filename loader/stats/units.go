package stats

import "strings"

// units are the measure words and signs a reported figure ends with, longest
// first so 个百分点 wins over 个 and 人(次) over 人.
var units = sortByLen([]string{
	"个百分点", "百分点",
	"人(次)", "人（次）", "人次", "件次", "户次", "场次", "批次",
	"%", "％", "‰",
	"件", "起", "宗", "个", "项", "次", "人", "名", "位", "家", "堂", "份", "篇",
	"条", "场", "期", "批", "户", "元", "天", "小时", "倍", "所",
	"间", "台", "套", "部", "本", "册", "张", "封", "单",
})

// rateUnits are the units of a change rate: a change in them goes to
// ChangeRate, any other to Change with ChangeUnit.
var rateUnits = map[string]bool{"%": true, "％": true}

// unitBlocked lists what may not follow a unit character because the two
// form a word instead (个月 is a duration, 人民 a name, 家庭 a noun, 条件 …).
var unitBlocked = map[string][]string{
	"个": {"月", "季度", "工作日", "小时"}, "人": {"民", "员", "大", "才", "士"},
	"名": {"义", "单", "称", "额", "誉"},
	"位": {"置", "于", "居", "列", "一体"}, "家": {"庭", "属", "乡", "长", "人"},
	"期": {"间", "限", "望", "待", "刊"}, "所": {"以", "有", "在", "长", "属"},
	"条": {"件", "例", "款", "规"}, "部": {"门", "署", "分", "长"},
	"场": {"所", "景", "合"}, "天": {"气", "下", "然"},
	"本": {"院", "市", "省", "区", "级", "着", "身", "质"}, "单": {"位"},
	"起": {"来", "步", "诉", "草"},
	"台": {"账", "阶"}, "间": {"隔"}, "张": {"力"},
}

// approxMarks sit between a number and its unit and make it approximate:
// "三万余件", "二十多次", "十来人".
const approxMarks = "余余多来来"

// matchUnit reads a unit at rs[i:], with an optional magnitude before it
// (万件, 亿元) and an optional approximation (余, 多, 来) before or after it. It returns
// the unit as written (magnitude included, approximation dropped) and the
// offset just past it.
//
//	unit = ["余"|"多"] [万|亿|千] base
func matchUnit(rs []rune, i int) (string, int, bool) {
	j := i
	if j < len(rs) && strings.ContainsRune(approxMarks, rs[j]) {
		j++
	}
	mag := ""
	if j < len(rs) {
		if _, ok := magnitude[rs[j]]; ok {
			mag = string(rs[j])
			j++
		}
	}
	if mag != "" && j < len(rs) && strings.ContainsRune(approxMarks, rs[j]) {
		j++
	}
	rest := string(rs[j:min(len(rs), j+6)])
	for _, u := range units {
		if !strings.HasPrefix(rest, u) {
			continue
		}
		end := j + len([]rune(u))
		after := string(rs[end:min(len(rs), end+3)])
		for _, b := range unitBlocked[u] {
			if strings.HasPrefix(after, b) {
				return "", i, false
			}
		}
		if mag != "" && (u == "%" || u == "％" || u == "‰" || strings.Contains(u, "百分")) {
			return "", i, false
		}
		return mag + u, end, true
	}
	return "", i, false
}

func sortByLen(xs []string) []string {
	for i := 1; i < len(xs); i++ {
		for j := i; j > 0 && len([]rune(xs[j])) > len([]rune(xs[j-1])); j-- {
			xs[j], xs[j-1] = xs[j-1], xs[j]
		}
	}
	return xs
}
