package people

import (
	"regexp"
	"strings"

	"courtql/loader/text"
)

// instructionOpener opens a sentence that gives an instruction without 要,
// read only where a speaker's instruction is in force (after 他强调,):
//
//	他强调,各级法院必须…。|务必紧盯关键指标,…。|进一步深化执行联动机制,…。
var instructionOpener = regexp.MustCompile(`^(?:同时|此外|另外|还|并|也)?,?(?:必须|务必|切实|坚决|进一步|全力|着力|始终|坚持|加强|深化|推进|持续|全面|扎实|不断|积极|主动|努力|牢固|严格|健全|完善|强化|统筹|聚焦|紧盯|抓好|做好|确保|推动|加大|加快|落实|树立|筑牢|守牢|优化|提升|提高|压实|坚守|自觉)`)

// leadPhrase opens a short paragraph head that states one task of a list
// announced before it: 坚持政治引领,推动党的绝对领导落实落细。
var leadPhrase = regexp.MustCompile(`^(?:坚持|强化|推动|聚焦|深化|加强|推进|健全|完善|提升|提高|突出|狠抓|抓好|筑牢|守牢|优化|树牢|锚定|紧扣|围绕|着力|全力|持续|严格|压实|夯实|服务|践行|增强|扛牢|统筹|把牢)`)

// maxLeadPhrase is the longest head sentence read as a list task.
const maxLeadPhrase = 40

// taskListIntro is an intro that announces tasks set out in the paragraphs
// after it: 抓好以下几方面工作。, 重点做好以下工作。, 他要求: (at the end).
var taskListIntro = regexp.MustCompile(`(?:以下|如下)[^,;。:]{0,8}(?:工作|任务|要求|方面|几点)[。:]?$|(?:要求|强调|提出)[:]$`)

// reportNotInstruction marks a sentence that reports results or states an
// assessment, even when it opens like an instruction: 取得了, 成效明显.
var reportNotInstruction = regexp.MustCompile(`取得|成效明显|成效显著|成绩|稳中向好|受到|被评为|得到了|有所(?:提升|提高|下降)|明显(?:提升|提高|增强)`)

// opensInstruction reports whether sentence sp opens with an
// instructionOpener and reports no result.
func (x *extractor) opensInstruction(sp text.Span) bool {
	t := x.trimItem(sp.Start, sp.End)
	if t.Len() < 4 {
		return false
	}
	s := string(x.f[t.Start:t.End])
	return instructionOpener.MatchString(s) && !reportNotInstruction.MatchString(s) && !x.statementAt(t.Start, t.End)
}

// instructionLeadIn reports whether sentence sp holds a speaker's lead verb
// (强调, 要求, 指出) after which the sentences that follow in the same
// speech carry the instruction: 他强调,…; 曹文杰在讲话中强调,….
func (x *extractor) instructionLeadIn(sp text.Span, ms []mention) bool {
	lead, verb := x.leadAt(sp.Start, sp.End, ms)
	if lead < 0 {
		return false
	}
	if verb {
		return !hasPrefixAt(x.f, lead, "希望")
	}
	// 全市法院必须…; 各级法院要…: a modal sentence of a speech also carries.
	return true
}

// listTasks finds the lead paragraphs announced by an intro sentence that
// closes a paragraph, each a task of the intro's speaker (ordinal 0):
//
//	龙启明要求,2024年,全省法院要以更高标准抓好以下几方面工作。
//	坚持政治引领,推动党的绝对领导落实落细。深入学习贯彻…。   → directive
//	坚持公正高效,推动审判质效持续提升。…                   → directive
//
// The intro only introduces the list and is no directive (seeds 000/002);
// it and the task paragraphs are returned as blocked spans. The list ends
// at the first paragraph that does not open with a leadPhrase or where
// another speaker takes the floor.
func (x *extractor) listTasks(ms []mention, speaker func(int) string) (out []Directive, blocked []text.Span) {
	paras := x.d.Paras
	for i, p := range paras {
		if p.End <= x.lo || p.Start >= x.hi || len(p.Sentences) == 0 || x.skipped(p.Start) {
			continue
		}
		last := p.Sentences[len(p.Sentences)-1].Span
		intro := x.trimItem(last.Start, last.End)
		if intro.Len() == 0 || !taskListIntro.MatchString(string(x.f[intro.Start:intro.End])) {
			continue
		}
		if lead, verb := x.leadAt(intro.Start, intro.End, ms); lead < 0 || !verb && !strings.Contains(string(x.f[intro.Start:intro.End]), "要求") {
			continue
		}
		who := speaker(intro.Start)
		var tasks []Directive
		var spans []text.Span
		for _, q := range paras[i+1:] {
			if q.Start >= x.hi || len(q.Sentences) == 0 || speaker(q.Start) != who {
				break
			}
			head := x.trimItem(q.Sentences[0].Start, q.Sentences[0].End)
			hs := string(x.f[head.Start:head.End])
			if head.Len() < 4 || head.Len() > maxLeadPhrase || !leadPhrase.MatchString(hs) || x.hasMentionIn(ms, q.Span) {
				break
			}
			tasks = append(tasks, Directive{Speaker: who, Text: x.d.Slice(head), Span: head})
			spans = append(spans, q.Span)
		}
		if len(tasks) == 0 {
			continue
		}
		out = append(out, tasks...)
		blocked = append(blocked, last)
		blocked = append(blocked, spans...)
	}
	return out, blocked
}

// hasMentionIn reports whether a person named in sp acts there (takes the
// floor), which ends a list of tasks.
func (x *extractor) hasMentionIn(ms []mention, sp text.Span) bool {
	for _, m := range ms {
		if m.start >= sp.Start && m.start < sp.End && len(m.roles) > 0 {
			return true
		}
	}
	return false
}

// carry holds the instruction in force across the sentences of a speech:
// after 他强调,…, a sentence opening with an instructionOpener is an
// instruction of the same speaker, until another speaker takes the floor
// or a sentence gives no instruction.
type carry struct {
	active  bool
	speaker string
}

// carriedDirective returns the directive of sentence sp when it continues
// the instruction in force (c), and updates c for the next sentence.
// ds are the directives the other rules read in sp.
func (x *extractor) carriedDirective(c *carry, sp text.Span, ds []Directive, ms []mention, speaker func(int) string) []Directive {
	who := speaker(sp.Start)
	if c.active && who != c.speaker {
		c.active = false
	}
	if lead, verb := x.leadAt(sp.Start, sp.End, ms); len(ds) == 0 && verb && x.bareRequirement(lead, sp.End) {
		// 院长…提出明确要求。|要…: the requirements follow.
		*c = carry{active: true, speaker: speaker(lead)}
		return nil
	}
	if len(ds) > 0 {
		if x.instructionLeadIn(sp, ms) {
			*c = carry{active: true, speaker: ds[len(ds)-1].Speaker}
		}
		return ds
	}
	if c.active && x.opensInstruction(sp) {
		if t := x.trimItem(sp.Start, sp.End); t.Len() > 1 {
			return []Directive{{Speaker: c.speaker, Text: x.d.Slice(t), Span: t}}
		}
	}
	c.active = false
	return nil
}
