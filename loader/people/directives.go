package people

import (
	"regexp"
	"strings"

	"courtql/loader/text"
)

// strongLead opens a paragraph whose every sentence is an instruction, with
// or without 要 (辽宁高院: 会议特别强调,要…。要求…。充分发挥…。):
//
//	(会议|会上)? adverb* (强调|要求) [,:]
var strongLead = regexp.MustCompile(`^(?:会议|会上|大会)?(?:还|并|同时|进一步|特别|再次|明确|又)*(?:强调|要求)[,:]`)

// strongAfterName is the same lead after a person's name: 张萍强调,…
var strongAfterName = regexp.MustCompile(`^(?:同志)?(?:还|并|同时|进一步|特别|再次|明确|又)*(?:强调|要求)[,:]`)

// listAnnounce is a clause that announces the list after it: 重点抓好四个方面工作:,
// 从三个方面抓好落实:, 提出五点要求:.
var listAnnounce = regexp.MustCompile(`(?:[一二三四五六七八九十两几]+|[0-9]+)(?:个|项|点|条|大)?(?:方面|项|点|条|件事)`)

// introInstruction returns the instruction in an enumeration's intro that
// stands before a separate clause announcing the list:
//
//	intro := … clause-with-要 , announce :      (the 要 clause is a directive)
//
// e.g. 马文涛在报告中要求,|全市法院要锚定…目标|,重点抓好四个方面工作:(一)…
// An intro whose 要 is in the announcing clause itself, or with no
// announcing clause, only leads into the list (他要求全省各级法院从三个方面
// 贯彻落实好…精神,一要…; 下一步,我们要以更高的标准…。一是要…).
func (x *extractor) introInstruction(intro text.Span) (text.Span, bool) {
	s, e := intro.Start, intro.End
	for e > s && isBlank(x.f[e-1]) {
		e--
	}
	if e <= s || x.f[e-1] != ':' {
		return text.Span{}, false
	}
	comma := -1
	for i := e - 2; i > s; i-- {
		if x.f[i] == ',' || x.f[i] == ';' || x.f[i] == '。' {
			comma = i
			break
		}
	}
	if comma < 0 || x.f[comma] != ',' || !listAnnounce.MatchString(string(x.f[comma+1:e-1])) {
		return text.Span{}, false
	}
	y := firstModal(x.f, s, comma)
	if y < 0 {
		return text.Span{}, false
	}
	start := s
	for i := y - 1; i > s; i-- {
		if x.f[i] == ',' || x.f[i] == ':' || x.f[i] == ';' || x.f[i] == '。' {
			start = i + 1
			break
		}
	}
	t := x.trimItem(start, comma)
	return t, t.Len() > 1
}

// ledIntro is a sentence head whose lead verb reports what the meeting or
// a speaker said: 会议指出, | 张明强调,.
var ledIntro = regexp.MustCompile(`^[^,;:。]{0,30}?(?:指出|强调)[,:]`)

// ledIntroSentence returns the sentence just before an enumeration's first
// item when it is an instruction of its own: a whole sentence led by 指出
// or 强调 whose first clause states a fact (X是…, X离不开Y; factClause)
// and a later clause holds the modal 要 or 必须, announcing no list.
//
//	会议指出,创建…是法庭工作的重中之重,人民法庭要发挥…优势,…。|一要走好群众路线。
//	会议指出,现代化离不开信息化,必须…强力推进智慧法院建设。|一要深刻认识重要意义。
//
// A sentence without such a lead only frames the list (下一步,我们要以更
// 高的标准…继续推动…。|一是要…) and stays out.
func (x *extractor) ledIntroSentence(e enumeration) (text.Span, bool) {
	first := e.items[0].Start
	k := first - 1
	for k > 0 && isBlank(x.f[k]) {
		k--
	}
	sp, ok := x.d.SentenceAt(k)
	if !ok || k < 0 || sp.End > first || sp.Start < x.lo || !e.intro.Contains(sp) && x.sentenceStart(first) != first {
		return text.Span{}, false
	}
	t := x.trimItem(sp.Start, sp.End)
	st := string(x.f[t.Start:t.End])
	if t.Len() == 0 || x.f[t.End-1] != '。' || !ledIntro.MatchString(st) || listIntro.MatchString(st) || listAnnounce.MatchString(st) {
		return text.Span{}, false
	}
	lead := t.Start + len([]rune(ledIntro.FindString(st)))
	y := firstInstruction(x.f, lead, t.End)
	if y < 0 {
		return text.Span{}, false
	}
	// The lead first states a fact (X是…), then draws the instruction from
	// it; an instruction straight after the lead (王乐群强调,全省法院要深刻
	// 把握…。一是要…) sums up the list and only introduces it.
	if !factClause.MatchString(string(x.f[lead:y])) || firstInstruction(x.f, lead, x.clauseEnd(lead)) >= 0 {
		return text.Span{}, false
	}
	return t, true
}

// requestAddressee is a court addressed right after 希望: 希望大陆法院…, 希望贵院….
var requestAddressee = regexp.MustCompile(`^希望[\p{Han}]{0,4}(?:法院|贵院|法官)`)

// dropRequests removes the 希望… addressed to a court by a speaker who has
// no court (台资企业协会副会长…发言表示,希望大陆法院…): a request to the
// court, not an instruction of the meeting. A partner's 希望双方… stays.
func (x *extractor) dropRequests(ds []Directive, atts []Attendance) []Directive {
	out := ds[:0]
	for _, d := range ds {
		if d.Speaker != "" && x.participantRequest(d, atts) {
			// 人大常委会委员…发言。谢丽萍建议,法院要…: a request, not an instruction.
			continue
		}
		if d.Speaker != "" && requestAddressee.MatchString(string(x.f[d.Span.Start:d.Span.End])) {
			if a := findAtt(atts, d.Speaker); a != nil && a.Court == nil {
				continue
			}
		}
		if d.Speaker != "" && hasPrefixAt(x.f, d.Span.Start, "希望") {
			// 澳門律師公會副會長…發言。…何嘉倫表示,…希望兩地法律界加強交流: a
			// participant's wish, not an instruction; a non-court co-host
			// who 讲话 (检察长…出席会议并讲话,…希望双方…) keeps his.
			if a := findAtt(atts, d.Speaker); a != nil && a.Court == nil && !hasRole(a.Roles, RoleSpeech) && !hasRole(a.Roles, RoleChair) {
				continue
			}
		}
		out = append(out, d)
	}
	return out
}

// pronounAt reports whether f[i] is 他 or 她 opening a clause at or after s:
// 他希望各协作单位继续支持法庭工作.
func pronounAt(f []rune, i, s int) bool {
	if i < s || f[i] != '他' && f[i] != '她' {
		return false
	}
	return i == s || strings.ContainsRune(",;:。", f[i-1])
}

func findAtt(atts []Attendance, name string) *Attendance {
	for i := range atts {
		if atts[i].Name == name {
			return &atts[i]
		}
	}
	return nil
}

// strongPara reports whether paragraph p opens with a strong lead.
func (x *extractor) strongPara(p text.Para, ms []mention) bool {
	if strongLead.MatchString(string(x.f[p.Start:p.End])) {
		return true
	}
	for _, m := range ms {
		if (m.cstart == p.Start || m.start == p.Start) && len(m.roles) > 0 {
			return strongAfterName.MatchString(string(x.f[m.cend:p.End]))
		}
	}
	for _, pr := range []string{"他", "她"} {
		if hasPrefixAt(x.f, p.Start, pr) {
			return strongAfterName.MatchString(string(x.f[p.Start+1 : p.End]))
		}
	}
	return false
}

// leadAt returns the offset of the first instruction lead in [s,e): the
// modal 要, the verb 要求, 强调 followed by , : or 要, or 希望 opening a
// clause; -1 when there is none. verbLead tells whether it was a verb
// (要求/强调/希望), after which ;-separated parts are separate instructions.
func (x *extractor) leadAt(s, e int, ms []mention) (pos int, verbLead bool) {
	f := x.f
	pos = -1
	subjEnd := map[int]bool{}
	for _, m := range ms {
		subjEnd[m.cend] = true
		if m.cend+2 <= len(f) && hasPrefixAt(f, m.cend, "同志") {
			subjEnd[m.cend+2] = true
		}
	}
	for i := s; i < e; i++ {
		switch {
		case hasPrefixAt(f, i, "要求") && !(i > 0 && notModalBefore[f[i-1]]):
			if x.verbYaoqiu(i, -1) || subjEnd[i] {
				return i, true
			}
		case hasPrefixAt(f, i, "强调") && i+2 < e && (f[i+2] == ',' || f[i+2] == ':' || f[i+2] == '要'):
			return i, true
		case hasPrefixAt(f, i, "希望") && (i == s || strings.ContainsRune(",;:", f[i-1]) || subjEnd[i] || hasSuffixAt(f, i, "并") || hasSuffixAt(f, i, "还") || pronounAt(f, i-1, s)) && !hasPrefixAt(f, i+2, "的"):
			return i, true
		case f[i] == '要' && firstModal(f, i, i+1) == i:
			return i, false
		case mustAt(f, i) && !assessedBefore(f, s, i) && !reviewBefore(f, s, i):
			return i, false
		}
	}
	return pos, false
}

// sentenceDirectives turns one sentence into zero or more directives.
//
//	各级法院要紧抓执法办案…。          one directive (modal 要)
//	陕西高院明确要求,各级法院要…;提升…;要用…   one per ;-part (verb lead)
//	会议特别强调,…。充分发挥…。       every sentence of a strong-lead paragraph
func (x *extractor) sentenceDirectives(sp text.Span, strong bool, ms []mention, speaker func(int) string) []Directive {
	lead, verb := x.leadAt(sp.Start, sp.End, ms)
	if lead < 0 && !strong {
		return nil
	}
	anchor := lead
	if anchor < 0 {
		anchor = sp.Start
	}
	who := speaker(anchor)
	if lead >= 0 && (x.storyQuote([2]int{sp.Start, sp.End}, lead, who) || x.outsiderVoice(sp, lead)) {
		return nil
	}
	if (lead < 0 || verb) && x.statementAfterLead(sp.Start, lead, sp.End) {
		return nil
	}
	if lead < 0 && x.reportsFigures(sp) {
		return nil
	}
	if verb && x.bareRequirement(lead, sp.End) {
		return nil
	}
	if lead >= 0 {
		if q := x.quotedDirectives(text.Span{Start: lead, End: sp.End}, who); len(q) > 1 {
			return q
		}
	}
	parts := x.semicolonParts(sp)
	var out []Directive
	if verb && len(parts) > 1 {
		for _, pt := range parts {
			if pt.End <= anchor {
				continue
			}
			if pt.Start <= anchor {
				for i := anchor - 1; i > pt.Start; i-- {
					if x.f[i] == ',' || x.f[i] == ':' {
						pt.Start = i + 1
						break
					}
				}
			}
			if t := x.trimItem(pt.Start, pt.End); t.Len() > 1 {
				out = append(out, Directive{Speaker: who, Text: x.d.Slice(t), Span: t})
			}
		}
		return out
	}
	start := sp.Start
	for _, pt := range parts {
		if pt.End <= anchor {
			start = pt.End + 1
		}
	}
	if !verb {
		if out := x.modalParts(start, sp.End, parts, who); len(out) > 1 {
			return out
		}
	}
	if verb && lead > start {
		// …出席会议并讲话,希望县法院… — the instruction starts at its lead's clause.
		for i := lead - 1; i > start; i-- {
			if x.f[i] == ',' || x.f[i] == ':' {
				start = i + 1
				break
			}
		}
	}
	t := x.trimItem(min(start, sp.End), sp.End)
	if t.Len() <= 1 {
		return nil
	}
	return []Directive{{Speaker: who, Text: x.d.Slice(t), Span: t}}
}

// quoteOpen and quoteClose pair the quotation marks that may hold a
// speaker's own words.
var (
	quoteOpen  = []rune("「『“")
	quoteClose = []rune("」』”")
)

// quotedDirectives returns one directive per quotation in sp that opens
// with the modal 要, the speaker's instructions in his own words:
//
//	他要求全院法官「要平等保护两岸当事人合法权益」,并且「要进一步完善…机制」。
func (x *extractor) quotedDirectives(sp text.Span, who string) []Directive {
	var out []Directive
	for i := sp.Start; i < sp.End; i++ {
		k := runeIndex(quoteOpen, x.f[i])
		if k < 0 {
			continue
		}
		j := i + 1
		for j < sp.End && x.f[j] != quoteClose[k] {
			j++
		}
		if j >= sp.End {
			break
		}
		if x.opensWithModal(i+1, j) {
			if t := x.trimItem(i+1, j); t.Len() > 1 {
				out = append(out, Directive{Speaker: who, Text: x.d.Slice(t), Span: t})
			}
		}
		i = j
	}
	return out
}

func runeIndex(rs []rune, r rune) int {
	for i, x := range rs {
		if x == r {
			return i
		}
	}
	return -1
}

// semicolonParts cuts a span at ;.
func (x *extractor) semicolonParts(sp text.Span) []text.Span {
	var out []text.Span
	s := sp.Start
	for i := sp.Start; i < sp.End; i++ {
		if x.f[i] == ';' {
			out = append(out, text.Span{Start: s, End: i})
			s = i + 1
		}
	}
	return append(out, text.Span{Start: s, End: sp.End})
}

func sortDirectives(ds []Directive) {
	for i := 1; i < len(ds); i++ {
		for j := i; j > 0 && ds[j].Span.Start < ds[j-1].Span.Start; j-- {
			ds[j], ds[j-1] = ds[j-1], ds[j]
		}
	}
}

// yaoOpeners may stand before the modal 要 that opens a ;-part (还要, 同时要).
var yaoOpeners = strings.Fields("也 还 更 又 并 都 同时 同时还 同时也 尤其 特别")

// addressee opens a part with whom it asks, right before its 要: 各部门,
// 各人民法庭, 全体干警, 全院, 两级法院 (at most eight runes, no comma).
var addressee = regexp.MustCompile(`^(?:各|全体|全院|全市|全省|全区|全县|全州|广大|每个|每名|所有|两级)`)

// opensWithModal reports whether the part starting at s opens with the
// modal 要, alone, after one of yaoOpeners or after its addressee
// (各人民法庭要…).
func (x *extractor) opensWithModal(s, e int) bool {
	t := x.trimItem(s, e)
	if t.Len() == 0 {
		return false
	}
	if firstModal(x.f, t.Start, t.Start+1) == t.Start {
		return true
	}
	if addressee.MatchString(string(x.f[t.Start:min(t.End, t.Start+2)])) {
		for k := t.Start + 1; k < min(t.End, t.Start+9) && isHan(x.f[k]); k++ {
			if x.f[k] == '要' {
				return firstModal(x.f, k, k+1) == k
			}
		}
	}
	for _, w := range yaoOpeners {
		k := t.Start + len([]rune(w))
		if k < t.End && hasPrefixAt(x.f, t.Start, w) && firstModal(x.f, k, k+1) == k {
			return true
		}
	}
	return false
}

// modalParts cuts a 要 sentence at each ; that is followed by its own 要;
// a part without one stays with the part before it:
//
//	…要主动对标先进…;要加强与市中院业务庭的沟通对接…   two directives
//	要推广诉讼档案电子化,…;加大…;坚持…              one directive
func (x *extractor) modalParts(start, end int, parts []text.Span, who string) []Directive {
	var out []Directive
	cur := start
	flush := func(e int) {
		if t := x.trimItem(min(cur, e), e); t.Len() > 1 {
			out = append(out, Directive{Speaker: who, Text: x.d.Slice(t), Span: t})
		}
	}
	for _, pt := range parts {
		if pt.Start <= start || pt.End <= start {
			continue
		}
		if x.opensWithModal(pt.Start, pt.End) {
			flush(pt.Start - 1)
			cur = pt.Start
		}
	}
	flush(end)
	return out
}

// clauseEnd returns the end of the clause that starts at i (at , ; : 。).
func (x *extractor) clauseEnd(i int) int { return x.d.ClauseEndAt(i) }
