package stats

import (
	"strings"
	"unicode/utf8"
)

// Rules that tell a reported figure about the courts' work from a number that
// only counts the parts of a speech, names something, or dates it.

// enumNouns head the counted noun in an outline of a speech or a plan rather
// than in a report of work done: "从七个方面对下半年工作提出要求",
// "等11个方面总结回顾了2015年工作", "确保圆满完成今年七项工作任务",
// "十个前沿问题", "七个盟市两级法院".
var enumNouns = []string{"方面", "要求", "任务", "问题", "原则", "理念", "环节", "意识", "自信", "维护",
	"目标", "盟市", "地市", "市州", "个字", "方针", "要点", "举措"}

// cnCountNouns are what a count written in Chinese numerals may count and
// still be a reported figure ("执行工作四项核心指标", "出台了……三个若干指导意见").
// Chinese-numeral counts of anything else are outline items or rhetoric
// ("三项重点任务", "两个“一站式”建设", "三家基层法院以……作经验交流发言").
var cnCountNouns = []string{"指标", "指导意见", "文件", "制度", "办法", "机制",
	"法庭", "案件", "案例", "培训", "课"}

// listCountUnits are the classifiers with which a number may merely count the
// items just listed: "本溪、阜新、朝阳等三家中院", "“登记财产”“执行合同”……等五项营商环境评估指标".
var listCountUnits = map[string]bool{"个": true, "项": true, "家": true, "名": true,
	"位": true, "所": true, "条": true, "场": true, "部": true}

// afterStops start the text after a figure when the figure's metric is the
// text before it ("受理案件389861件,同比", "共30人参加会议"), not after it.
var afterStops = []string{"同比", "环比", "较", "比", "占", "以上", "左右", "其中", "分别",
	"参加", "出席", "列席", "参会", "到会", "与会", "增长", "上升", "下降",
	"增加", "减少", "提高", "降低", "居", "位居", "排名", "排在", "高于", "低于", "高于", "低于", "的", "和",
	"及", "与", "或", "为", "是", "等", "以", "之", "均", "都", "已", "次", "以内"}

// afterCuts end the noun phrase read after a count: "四项核心指标和18项质效指标稳步提升",
// "将16个人民法庭调整为5个中心法庭", "指导7家基层法院按照……".
var afterCuts = []string{"和", "及", "与", "以及", "并", "按照", "按", "调整", "稳步",
	"不断", "持续", "进一步", "得到", "取得", "实现", "均", "都", "全部", "已",
	"正在", "参加", "出席", "通过", "进行", "开展", "组建", "等"}

// comparators open a clause that compares the previous figure with a
// benchmark; the clause's own figure gets the previous metric plus the
// comparison: "案件结收比XX%,……,高于全省平均水平XX个百分点" → 案件结收比高于全省平均水平.
var comparators = []string{"高于", "低于", "超过", "超出", "多于", "少于", "领先", "落后"}

// quoteOpen and quoteClose delimit quoted slogans and titles, whose numbers
// are names: "“六个持续”", "《关于……的三个规定》".
var quoteOpen = map[rune]rune{'“': '”', '「': '」', '『': '』', '《': '》', '〈': '〉', '‘': '’'}

// maxQuote is how far back insideQuote looks for an opening quote: a
// quoted slogan or title is short, and a bounded look keeps a long sentence
// linear.
const maxQuote = 200

// insideQuote reports whether position i of rs lies inside a quotation or a
// title, looking back within the sentence (at most maxQuote runes). ASCII
// double quotes alternate.
func insideQuote(rs []rune, i int) bool {
	var stack []rune
	ascii := false
	for k := max(0, i-maxQuote); k < i; k++ {
		r := rs[k]
		if c, ok := quoteOpen[r]; ok {
			stack = append(stack, c)
			continue
		}
		if len(stack) > 0 && r == stack[len(stack)-1] {
			stack = stack[:len(stack)-1]
			continue
		}
		if r == '"' {
			ascii = !ascii
		}
	}
	return len(stack) > 0 || ascii
}

// listCount returns how many items the text just before a count lists:
// 、-separated names or adjacent quoted/titled items, optionally closed by 等.
// It returns 0 when there is no list. "本溪、阜新、朝阳等" → 3.
func listCount(before string) int {
	s := strings.TrimSpace(before)
	closed := strings.HasSuffix(s, "等")
	s = strings.TrimSuffix(strings.TrimSuffix(s, "等"), "这")
	if s == "" {
		return 0
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	q, depth := 0, 0
	for _, r := range s {
		if _, ok := quoteOpen[r]; ok {
			if depth == 0 {
				q++
			}
			depth++
		} else if depth > 0 && isQuoteClose(r) {
			depth--
		}
	}
	if q >= 2 && (closed || isQuoteClose(last)) {
		// items quoted one after another may contain 、 themselves
		return q
	}
	parts := strings.Split(s, "、")
	if len(parts) < 2 {
		return 0
	}
	for _, p := range parts {
		if p == "" {
			return 0
		}
	}
	// the count must close the list: "朝阳等三家", "玉溪三地", not "……生活工作的三个"
	if !closed && utf8.RuneCountInString(parts[len(parts)-1]) > 4 {
		return 0
	}
	return len(parts)
}

func isQuoteClose(r rune) bool {
	for _, c := range quoteOpen {
		if c == r {
			return true
		}
	}
	return false
}

func hasPrefixAny(s string, xs []string) (string, bool) {
	for _, x := range xs {
		if strings.HasPrefix(s, x) {
			return x, true
		}
	}
	return "", false
}

func containsAny(s string, xs []string) bool {
	for _, x := range xs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}
