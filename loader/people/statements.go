package people

import (
	"regexp"
	"strings"

	"courtql/loader/text"
)

// copulaClause is a first clause saying what something is (X是Y), not what
// to do; 但是, 于是, 还是, 或是, 总是, 凡是, 要是, 可是, 只是 are no copula.
var copulaClause = regexp.MustCompile(`^[^,;。:]{1,30}?[^但于还或总凡要可只就]是`)

// factClause is a first clause stating a fact: a copula (copulaClause), a
// verb of relation between two things (现代化离不开信息化, 执行工作事关…,
// 成效取决于…) or the stage things are at (当前正处于…关键期, 目前正值…).
var factClause = regexp.MustCompile(`^[^,;。:]{1,30}?(?:[^但于还或总凡要可只就]是|离不开|关系到|关系着|关乎|事关|取决于|决定着|意味着|标志着|处于|正值)`)

// strongInstructions instruct as the modal 要 does: 必须站在…高度,强力推进….
var strongInstructions = []string{"必须", "务必", "应当"}

// firstInstruction returns where the first modal 要 or strong instruction
// word of [s,e) stands, -1 when there is none.
func firstInstruction(f []rune, s, e int) int {
	y := firstModal(f, s, e)
	if y < 0 {
		y = e
	}
	for _, w := range strongInstructions {
		if i := indexRunes(f[s:y], w); i >= 0 {
			y = s + i
		}
	}
	if y == e {
		return -1
	}
	return y
}

// indexRunes returns the rune offset of w in f, -1 when absent.
func indexRunes(f []rune, w string) int {
	ws := []rune(w)
	for i := 0; i+len(ws) <= len(f); i++ {
		if string(f[i:i+len(ws)]) == w {
			return i
		}
	}
	return -1
}

// significance is a clause on the weight of something: 具有十分重要的意义.
var significance = regexp.MustCompile(`具有[^,;。]{0,12}(?:意义|作用)`)

// stateEndings are predicates that end a sentence stating how things stand
// or will stand, not what to do: unchanged (这一定位没有变, 局面没有根本改变),
// coexisting (机遇和挑战并存), an overall state (执行工作总体平稳, 质效稳中向好),
// a prospect (少年审判大有可为), a judgement (形势不容乐观), a recurrence
// (问题仍时有发生), a gap still open (与群众期待还有差距, 还有提升空间), a
// result reached (实现了良好开局).
var stateEndings = []string{
	`并存`, `(?:没有|未)(?:根本|实质性?|明显)?(?:改变|变)`, `不会(?:改)?变`, `不变`,
	`总体(?:平稳|向好|良好|稳定)`, `稳中(?:向好|有进|有升)`,
	`大有可为`, `大有作为`, `前景广阔`,
	`不容乐观`, `时有发生`,
	`(?:还|仍|尚)(?:有|存在)(?:一定|较大|很大|不少)?的?(?:差距|(?:提升|提高|改进|进步)?空间|短板|不足)`,
	`(?:实现|取得)了[^,;。]{0,6}(?:开局|成效|成绩|进展)`,
}

// situation is a clause stating how things stand, not what to do: a state
// predicate ends the sentence (stateEndings) or 仍然/依然 rates a state
// (任务依然艰巨).
var situation = regexp.MustCompile(`(?:` + strings.Join(stateEndings, `|`) + `)[”"]?$|(?:仍然|依然|仍)(?:十分|比较|较为|相当)?(?:严峻|复杂|艰巨|繁重|突出|较大|较重|较多|不少)`)

// instructionWords make a sentence an instruction without 要.
var instructionWords = strings.Fields("必须 务必 应当 确保 坚决 切实 着力 努力")

// statementAt reports whether the words in [s,e) (after a lead such as
// 会议强调,) state a fact or an assessment rather than give an instruction:
// a copula, significance or situation clause with no modal 要 nor
// instruction word.
//
//	会议强调,人民法庭是人民法院的“神经末梢”,是服务乡村振兴…的前沿阵地。
//	会议指出,当前法院工作面临的机遇和挑战并存。
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
	return factClause.MatchString(t) || significance.MatchString(t) || situation.MatchString(strings.TrimRight(t, "。!? "))
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

// bareRequirement reports whether the 要求 at lead closes its sentence
// [lead,e) with no content: 院长茅仲华就…工作提出明确要求。 reports that
// requirements were made; what they are follows in other sentences.
func (x *extractor) bareRequirement(lead, e int) bool {
	if !hasPrefixAt(x.f, lead, "要求") {
		return false
	}
	for i := lead + 2; i < e; i++ {
		if !isBlank(x.f[i]) && !strings.ContainsRune("。!?”", x.f[i]) {
			return false
		}
	}
	return true
}

// reportedFigure is a figure as a report gives it: 8765件, 7,012件, 94.38%,
// 3.45亿元, 120人.
var reportedFigure = regexp.MustCompile(`\d[\d,.]*\s*(?:[万亿]?(?:件|元|人|名|个|次|起|宗|户)|%|个百分点)`)

// reportsFigures reports whether the sentence sp, read in a speech
// paragraph with no lead of its own, reports figures rather than instructs:
// 会议通报了…情况:全州法院共新收执行案件8765件,执结7012件。 A sentence with
// an instruction word (必须, 确保 …) or opening like one (进一步, 加强 …)
// still instructs.
func (x *extractor) reportsFigures(sp text.Span) bool {
	t := string(x.f[sp.Start:sp.End])
	if !reportedFigure.MatchString(t) {
		return false
	}
	if tr := x.trimItem(sp.Start, sp.End); instructionOpener.MatchString(string(x.f[tr.Start:tr.End])) {
		return false // 进一步压降长期未结案件,力争结案率达到95%。
	}
	for _, w := range instructionWords {
		if strings.Contains(t, w) {
			return false
		}
	}
	return true
}
