package people

import (
	"regexp"
	"strings"
)

// copulaClause is a first clause saying what something is (X是Y), not what
// to do; 但是, 于是, 还是, 或是, 总是, 凡是, 要是, 可是, 只是 are no copula.
var copulaClause = regexp.MustCompile(`^[^,;。:]{1,30}?[^但于还或总凡要可只就]是`)

// significance is a clause on the weight of something: 具有十分重要的意义.
var significance = regexp.MustCompile(`具有[^,;。]{0,12}(?:意义|作用)`)

// instructionWords make a sentence an instruction without 要.
var instructionWords = strings.Fields("必须 务必 应当 确保 坚决 切实 着力 努力")

// statementAt reports whether the words in [s,e) (after a lead such as
// 会议强调,) state a fact or an assessment rather than give an instruction:
// a copula or significance clause with no modal 要 nor instruction word.
//
//	会议强调,人民法庭是人民法院的“神经末梢”,是服务乡村振兴…的前沿阵地。
func (x *extractor) statementAt(s, e int) bool {
	if s >= e || hasModal(x.f, s, e) {
		return false
	}
	t := string(x.f[s:e])
	for _, w := range instructionWords {
		if strings.Contains(t, w) {
			return false
		}
	}
	return copulaClause.MatchString(t) || significance.MatchString(t)
}

// statementAfterLead reports whether the sentence [lead,e) led by 强调 or
// 指出 (or a sentence of a strong paragraph with no lead, from s) is a
// statement; lead < 0 when there is none.
func (x *extractor) statementAfterLead(s, lead, e int) bool {
	from := s
	if lead >= 0 {
		if !hasPrefixAt(x.f, lead, "强调") && !hasPrefixAt(x.f, lead, "指出") {
			return false
		}
		from = lead + 2
	}
	for from < e && strings.ContainsRune(",:: ", x.f[from]) {
		from++
	}
	return x.statementAt(from, e)
}
