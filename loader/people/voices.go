package people

import (
	"regexp"
	"strings"

	"courtql/loader/text"
)

// outsiderWords name people who speak in a story or an interview but hold
// no post at the meeting: parties and victims of a retold case, lawyers,
// members of the public, and anyone speaking to a reporter.
var outsiderWords = strings.Fields(`被害人 被告人 原告 被告 当事人 申请人 申请执行人 被执行人 犯罪嫌疑人 律师 市民 群众 村民 居民
	老人 大爷 大妈 阿姨 投资人 家属 网友 侨胞 受访 接受采访 告诉记者 对记者 向记者`)

// speechVerbs introduce reported speech: 张某说:“…”, 赵某表示,….
var speechVerbs = strings.Fields("说 表示 称 坦言 感慨 告诉 直言 谈到")

// anonymized is a party written as surname + 某 (王某, 李某某), the way
// judgments and case stories hide names.
var anonymized = regexp.MustCompile(`\p{Han}某`)

// outsiderSpeech reports whether t, the words before or after a reported
// remark, introduce a speaker outside the meeting: an outsider word or an
// anonymized party together with a speech verb.
//
//	另一名被害人赵某表示,|要感谢法官耐心释法
//	…刘芳在接受采访时说:|“法院要多到社区走一走”
func outsiderSpeech(t string) bool {
	if !containsAnyWord([]rune(t), speechVerbs) {
		return false
	}
	return containsAnyWord([]rune(t), outsiderWords) || anonymized.MatchString(t)
}

// maxAttribution is the longest stretch read before or after a quotation
// for the person who says it.
const maxAttribution = 40

// outsiderVoice reports whether the lead at i in sentence sp is said by a
// person outside the meeting, so it gives no directive: the words before it
// in the sentence report an outsider's speech, or it stands in a quotation
// attributed to one (before: 被害人张某说:“…”; after: “…”律师陈某说。).
// A court speaker named in the attribution keeps the lead.
func (x *extractor) outsiderVoice(sp text.Span, i int) bool {
	p := x.paraOf(sp.Start)
	if q := x.openQuoteAt(p.Start, i); q >= 0 {
		before := x.clauseBefore(max(p.Start, q-maxAttribution), q)
		after := x.attributionAfter(i, p.End)
		return x.outsiderText(before) || x.outsiderText(after)
	}
	return x.outsiderText(x.clauseBefore(sp.Start, i))
}

// outsiderText reports whether attribution t names an outsider's speech and
// no speaker who has a court.
func (x *extractor) outsiderText(t string) bool {
	if !outsiderSpeech(t) {
		return false
	}
	for _, a := range x.atts {
		if a.Court != nil && strings.Contains(t, a.Name) {
			return false
		}
	}
	return true
}

// clauseBefore returns the folded text [s,e) after its last sentence end
// outside quotation marks.
func (x *extractor) clauseBefore(s, e int) string {
	for k := e - 1; k > s; k-- {
		if strings.ContainsRune("。!?”」』", x.f[k]) {
			s = k + 1
			break
		}
	}
	return string(x.f[s:e])
}

// attributionAfter returns the words after the quotation that holds i, up
// to the next sentence end: “…要让律师和当事人少跑路。”四川某律师事务所律师陈某说。
func (x *extractor) attributionAfter(i, end int) string {
	j := i
	for j < end && runeIndex(quoteClose, x.f[j]) < 0 {
		j++
	}
	if j >= end {
		return ""
	}
	k := j + 1
	for k < end && k-j < maxAttribution && !strings.ContainsRune("。!?“「『", x.f[k]) {
		k++
	}
	return string(x.f[j+1 : k])
}

// paraOf returns the paragraph holding offset i (the whole text when none).
func (x *extractor) paraOf(i int) text.Span {
	for _, p := range x.d.Paras {
		if p.Start <= i && i < p.End {
			return p.Span
		}
	}
	return text.Span{Start: 0, End: len(x.f)}
}

// requestVerbs make a non-court participant's words a request to the court,
// not an instruction: 谢丽萍建议,法院要加强执行公开.
var requestVerbs = strings.Fields("建议 希望 呼吁 期盼 期待")

// participantRequest reports whether directive d is a request: its words
// before the first modal hold a request verb, and its speaker has no court
// and neither chairs nor gives the speech of the meeting.
func (x *extractor) participantRequest(d Directive, atts []Attendance) bool {
	a := findAtt(atts, d.Speaker)
	if a == nil || a.Court != nil || hasRole(a.Roles, RoleSpeech) || hasRole(a.Roles, RoleChair) {
		return false
	}
	e := firstModal(x.f, d.Span.Start, d.Span.End)
	if e < 0 {
		e = d.Span.End
	}
	return containsAnyWord(x.f[d.Span.Start:e], requestVerbs)
}
