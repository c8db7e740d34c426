package people

import (
	"regexp"
	"strings"

	"courtql/loader/text"
)

// lessonLeads open the lessons drawn from past work; a 必须 after one states
// a lesson, not an instruction:
//
//	我们深刻体会到,必须始终坚持党对法院工作的绝对领导
//	实践证明,必须坚持改革创新
var lessonLeads = strings.Fields("体会到 认识到 感到 感受到 证明 启示")

// pastOpener opens a sentence about the period under review; a 必须 in it
// tells what had to be faced, not what to do:
//
//	过去一年,我们必须面对案多人少的突出矛盾,必须应对新类型案件的挑战
var pastOpener = regexp.MustCompile(`^(?:过去|回顾|去年|上一年|一年来|(?:[一二三四五六七八九十两几多]|[0-9]+)年来|今年以来|前一阶段)`)

// reviewBefore reports whether the 必须 at i in the sentence starting at s
// belongs to a review or a lesson.
func reviewBefore(f []rune, s, i int) bool {
	for s < i && isBlank(f[s]) {
		s++
	}
	if pastOpener.MatchString(string(f[s:i])) {
		return true
	}
	t := string(f[s:i])
	for _, w := range lessonLeads {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}

// assessedMust is a 必须 clause with no object that closes an assessment:
// the problem must draw attention, the quality must rise.
//
//	…等问题必须引起高度重视。 …部分案件审理质量必须进一步提高。
var assessedMust = regexp.MustCompile(`^必须(?:引起[^,;。]{0,6}重视|(?:进一步|尽快|切实|不断|持续|着力)?(?:提高|提升|改进|改善|加强|解决|扭转|纠正)|[^,;。]{0,10}加以(?:解决|改进|整改|纠正|重视))[。;!]?$`)

// assessmentOpen is a lead of an assessment paragraph: 会议指出,…
var assessmentOpen = regexp.MustCompile(`(?:指出|认为|分析)[,:]`)

// instructionOpen is a lead that ends an assessment: 会议要求,…
var instructionOpen = regexp.MustCompile(`(?:要求|强调|部署)[,:]`)

// assessmentInForce reports whether sentence sp of paragraph p continues an
// assessment opened earlier in the paragraph (会议指出,…) and is itself an
// assessed 必须 clause, not an instruction:
//
//	会议指出,上半年…总体平稳。但…等问题必须引起高度重视。
//
// A 要求 or 强调 lead between them ends the assessment.
func (x *extractor) assessmentInForce(p text.Para, sp text.Span, ms []mention) bool {
	lead, verb := x.leadAt(sp.Start, sp.End, ms)
	if lead < 0 || verb || !mustAt(x.f, lead) {
		return false
	}
	if !assessedMust.MatchString(string(x.f[lead:x.trimItem(lead, sp.End).End])) {
		return false
	}
	before := string(x.f[p.Start:sp.Start])
	a := assessmentOpen.FindAllStringIndex(before, -1)
	if a == nil {
		return false
	}
	last := a[len(a)-1][1]
	return !instructionOpen.MatchString(before[last:])
}
