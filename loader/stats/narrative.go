package stats

import (
	"regexp"
	"strings"
)

// Rules that tell the courts' work figures from the amounts and counts of one
// case retold at a meeting: "被告人王某……骗取62名投资人钱款,涉案金额1200万元",
// "以诈骗罪判处其有期徒刑3年,并处罚金5万元", "当事人刘某……虚构借款80万元提起诉讼,
// 被依法处以罚款10万元". Such numbers describe the case, not the courts' work.

// caseOpener marks a sentence that tells one case: a party named by surname
// and 某 ("被告人王某", "當事人劉某某"), one case ("一案", "该案", "案中",
// "介绍了一起……案例"; not "和法官一起研究案件"), or a sentence passed or a fine imposed on someone
// ("判处其有期徒刑3年", "并处罚金5万元", "被依法处以罚款10万元").
// 本案 and 一案 inside a longer word are no case: 终本案件 (cases closed by
// ending this round of enforcement, "终本案件合格率100%"), 统一案件办理标准.
var caseOpener = regexp.MustCompile(
	`(?:被告人|被告|原告|被害人|受害人|当事人|申请人|被执行人|上诉人|犯罪嫌疑人|投资人)\p{Han}{1,2}某` +
		`|(?:^|[^统])一案|该案|(?:^|[^终])本案|此案|案中|(?:了|介绍|通报|讲述|剖析|审理)一起[^,，;；。:：]{0,20}?(?:案件|案例|案)` +
		`|罚金|处以罚款|(?:判处)[^,，;；。]{0,10}(?:有期徒刑|无期徒刑|拘役|管制|死刑)`)

// caseOpenerRunes are runes one of which every match of caseOpener holds
// (某, 案, 罚, 判): a sentence with none of them skips the regexp.
const caseOpenerRunes = "某案罚判"

// opensCase is caseOpener.MatchString(s), skipping the regexp when it
// cannot match.
func opensCase(s string) bool {
	return strings.ContainsAny(s, caseOpenerRunes) && caseOpener.MatchString(s)
}

// caseWords continue a case told earlier in the same paragraph: once a case is
// opened, a later sentence with one of them still tells it ("涉案金额……",
// "法院判决被告返还借款80万元").
var caseWords = regexp.MustCompile(`被告人|被告|当事人|原告|被害人|受害人|投资人|判处|判决` +
	`|罚款|处以|涉案|诈骗|骗取|起诉|提起诉讼|虚假诉讼|赃款|退赔`)

// aggregateCue marks a sentence that reports the courts' work as a whole even
// if it names a case in passing: "今年以来,全市法院共审结涉众型案件35件,其中张某等一案……",
// "同比", "全院", "累计".
var aggregateCue = regexp.MustCompile(`同比|环比|全市法院|全省法院|全区法院|两级法院|三级法院` +
	`|全院|共受理|共审结|累计|以来|截至|截止`)

// caseStory reports whether sentence s tells a case, given whether the
// paragraph already does (open), and whether the paragraph does after it.
func caseStory(s string, open bool) (story, stillOpen bool) {
	if aggregateCue.MatchString(s) {
		return false, false
	}
	if opensCase(s) {
		return true, true
	}
	if open && caseWords.MatchString(s) {
		return true, true
	}
	return false, open
}
