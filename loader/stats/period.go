package stats

import (
	"regexp"
	"strings"
)

const cnNum = `[0-9０-９一二三四五六七八九十两XＸ×]`

// periodRe matches the time a figure covers. Alternatives, with examples:
//
//	截至9月底 / 截至目前 / 截止6月30日      "截至9月底,全院共受理各类案件6560"
//	今年1至7月 / 1-10月份                  "今年1至7月,全省法院受理案件389861件"
//	前三季度 / 前X个月 / 上半年 / 第一季度   "今年前X个月,全市法院共受理案件XX件"
//	今年以来 / 年初以来 / 2016年以来         "今年以来全省法院……"
//	五年来 / 近三年来 / 过去五年            "五年来,全区法院共受理各类案件123.5万件"
//	目前 / 2020年 / 全年
var periodRe = regexp.MustCompile(`截[至止](?:目前|今年?|[^,，;；:：。]{1,10}?(?:底|末|止|日|号))` +
	`|(?:(?:今年|去年|本年|当年|全年|[0-9]{4}年)(?:度)?)?(?:` + cnNum + `{1,2}(?:至|-|－|—|~|～|到)` + cnNum + `{1,2}月份?` +
	`|前` + cnNum + `{1,2}(?:个月|季度)|[上下]半年|第?[一二三四1-4]季度|年初以来|以来)` +
	// a span of years: 五年来, 近三年来, 过去五年
	`|(?:近|过去)?` + cnNum + `{1,2}年(?:来|间)|(?:近|过去)` + cnNum + `{1,2}年` +
	`|本届以来|今年|去年|[0-9]{4}年(?:度)?|目前|当前|全年`)

// periodRunes are runes one of which every match of periodRe holds (截至,
// 月, 季度, 年, 以来, 目前, 当前): a text with none of them has no period.
// TestPrefiltersKeepMatches checks this on every sentence of the articles.
const periodRunes = "截月季年以目当"

// findPeriod returns the last period expression in s, or "".
//
// The last one before the figure governs it: "去年年底至今年年初……今年前X个月,全市法院共受理案件XX件".
func findPeriod(s string) string {
	if !strings.ContainsAny(s, periodRunes) {
		return "" // no match possible: skip the regexp (most clauses)
	}
	all := periodRe.FindAllString(s, -1)
	if len(all) == 0 {
		return ""
	}
	return all[len(all)-1]
}
