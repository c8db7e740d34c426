package stats

import (
	"regexp"
	"strings"
)

// Rules that tell the meeting's work figures from background counts: numbers
// inside a facility's or service's name, honours won, the courts in an
// attendance list, and where listed selected cases came from.

// durationUnits before a noun make the number part of a name, not a count of
// the noun: "24小时自助诉讼服务站", "24小时法院", "7天服务窗口".
var durationUnits = map[string]bool{"小时": true, "天": true}

// honourRe, on the clause after a count, makes the count one of honours won:
// "有3个集体被最高人民法院评为……先进集体", "2名法官荣获全国法院办案标兵称号".
var honourRe = regexp.MustCompile(`^[^,，;；。]*?(?:被[^,，;；。]*?(?:评为|授予|表彰|命名为|记[^,，;；。]{0,6}功)` +
	`|荣获|获评|获得[^,，;；。]*?(?:称号|表彰))`)

// attendRe marks a sentence that lists who took part in the meeting or
// spoke at it: "荆州区法院、江陵县法院等8个基层法院分管副院长……在分会场参加会议",
// "一中、二中等6个中院在会上作了发言", "5家成员单位先后作交流汇报".
var attendRe = regexp.MustCompile(`参加|出席|列席|参会|与会|分会场|发言|作汇报|作了汇报|交流汇报|经验介绍|表态`)

// unitNouns are what a count of courts or bodies in an attendance list counts:
// "8个基层法院", "6个中院", "5家成员单位".
var unitNouns = []string{"法院", "中院", "法庭", "单位", "部门"}

// provenance words right after a count say where listed items came from:
// "最高人民法院发布的涉侨典型案例中,有2件来自泉州法院".
var provenance = []string{"来自", "出自", "选自"}

// agendaRe, in the clause before a count, makes the count one of the items a
// meeting deliberated, not the courts' work: "研究讨论了三起刑事案件和两起民事案件",
// "审议了5个议题", "听取了2件重大案件的汇报".
var agendaRe = regexp.MustCompile(`讨论|研究|审议|听取`)

// agendaNouns are what a deliberated count counts: cases and agenda items.
var agendaNouns = []string{"案件", "议题"}

// outcomeRe, on the clause before a count, finds a verb by which the meeting
// itself produced something (group 1 is the text after it): "形成倾向性意见5条",
// "形成了2份会议纪要", "达成共识3项", "代表委员提出意见建议12条".
var outcomeRe = regexp.MustCompile(`(?:形成|达成|提出)了?([^,，;；。:：]{0,16})$`)

// outcomeNouns are what a meeting produces: opinions, consensus, minutes, suggestions.
var outcomeNouns = []string{"意见", "共识", "纪要", "建议"}

// workOutputs are suggestions a court or procuratorate issues as its work, so a
// count of them stays a figure: "提出司法建议36条".
var workOutputs = []string{"司法建议", "检察建议"}

// isMeetingOutcome reports whether t counts what this meeting itself produced
// ("形成倾向性意见5条", "形成会议纪要2份"), not the courts' work. A sentence
// reporting a period ("今年以来共形成倾向性意见120条") keeps its figure.
func isMeetingOutcome(rs []rune, t token, after string, reports bool) bool {
	m := outcomeRe.FindStringSubmatch(string(rs[clauseStart(rs, t.start, 0):t.start]))
	if m == nil {
		return false
	}
	obj := m[1] + after
	if !containsAny(obj, outcomeNouns) || containsAny(obj, workOutputs) {
		return false
	}
	return !reports
}

// sentenceCues are what isBackground asks of the whole sentence, read once
// per sentence so that a long one costs no more per figure.
type sentenceCues struct {
	attends bool // a participation verb: 参加, 出席, 分会场
	reports bool // a report cue: 同比, 以来, 截至
}

func cuesOf(rs []rune) sentenceCues {
	s := string(rs)
	return sentenceCues{attends: attendRe.MatchString(s), reports: reportCue.MatchString(s)}
}

// honouredRe is what follows a count of people an honour is given to: an
// optional period, whom, and the verb — "12月份办案标兵和工作标兵进行表彰",
// "优秀法官予以通报表扬".
var honouredRe = regexp.MustCompile(`^(?:[0-9一二三四五六七八九十]{1,2}月份?|第?[一二三四]季度|上半年|下半年|年度|全年)?` +
	`([^,，;；。:：]{2,20}?)(?:进行|予以)(表彰|通报表扬|表扬|奖励|嘉奖)`)

// honouredCount reads a count of honoured people (名/人/位) as the figure
// "verb + whom": "对吕某等10名12月份办案标兵和工作标兵进行表彰" → 表彰办案标兵和工作标兵.
// end is where the verb ends.
func honouredCount(rs []rune, t token) (metric string, end int, ok bool) {
	if u := baseUnit(t.unit); u != "名" && u != "人" && u != "位" {
		return "", 0, false
	}
	window := string(rs[t.unitEnd:min(len(rs), t.unitEnd+40)])
	m := honouredRe.FindStringSubmatchIndex(window)
	if m == nil {
		return "", 0, false
	}
	return window[m[4]:m[5]] + window[m[2]:m[3]], t.unitEnd + len([]rune(window[:m[1]])), true
}

// isBackground reports whether token t, with the text before it in its
// clause, is a background count rather than a work figure of the meeting.
// It reads at most maxClause runes after t.
func isBackground(rs []rune, t token, before string, cues sentenceCues) bool {
	rest := string(rs[t.unitEnd:min(len(rs), t.unitEnd+maxClause)])
	after := strings.TrimSpace(readAfter(rs, t.unitEnd))
	// "24小时自助诉讼服务站": a duration before a noun names a facility
	if durationUnits[baseUnit(t.unit)] && after != "" {
		if _, stop := hasPrefixAny(after, afterStops); !stop {
			return true
		}
	}
	// "有2件来自泉州法院": the source of selected items
	if _, ok := hasPrefixAny(rest, provenance); ok {
		return true
	}
	// "研究讨论了三起刑事案件和两起民事案件": the agenda of the meeting
	if after != "" && containsAny(after, agendaNouns) && agendaRe.MatchString(string(rs[clauseStart(rs, t.start, 0):t.start])) {
		return true
	}
	// "形成倾向性意见5条": what the meeting itself produced
	if isMeetingOutcome(rs, t, after, cues.reports) {
		return true
	}
	// "有3个集体被……评为先进集体": honours
	if honourRe.MatchString(rest) {
		return true
	}
	// "通报了全市12个基层法院的审判质效情况": a count of courts that scopes
	// what follows it
	if n, ok := hasPrefixAny(after, scopeUnitNouns); ok && strings.HasPrefix(after[len(n):], "的") {
		return true
	}
	// "3名法官作经验介绍": a count of those who spoke at the meeting
	if speakerUnits[baseUnit(t.unit)] && speakRe.MatchString(clauseRest(rest)) {
		return true
	}
	// "A法院、B法院等8个基层法院……参加会议": the size of an attendance list;
	// "共30人参加会议" counts attendance and stays a figure
	if cues.attends {
		b := strings.TrimSpace(before)
		if strings.HasSuffix(b, "等") || containsAny(after, unitNouns) {
			return true
		}
		// "路兴华及8家企业负责人参加座谈", "和5名企业代表参加会议": the heads
		// or delegates of a count of bodies joined to the list of those present
		if _, joined := hasSuffixAny(b, listJoiners); joined && containsAny(clauseRest(after), delegateNouns) {
			return true
		}
	}
	return false
}

// listJoiners join a count to the people listed before it.
var listJoiners = []string{"及", "和", "与", "以及", "、"}

// delegateNouns are the people a count of bodies sends: 负责人, 代表.
var delegateNouns = []string{"负责人", "负责同志", "代表"}

// scopeUnitNouns are the courts a count before 的 scopes: "12个基层法院的".
var scopeUnitNouns = []string{"基层人民法院", "基层法院", "中级法院", "人民法庭", "法院", "中院", "法庭"}

// speakerUnits count people or bodies who may take the floor.
var speakerUnits = map[string]bool{"名": true, "位": true, "人": true, "个": true, "家": true}

// speakRe, in a count's clause, makes the count one of those who spoke at
// the meeting: "3名法官作经验介绍", "5家成员单位先后作交流发言".
var speakRe = regexp.MustCompile(`^[^,，;；。]{0,12}?(?:作|进行|做)了?[^,，;；。]{0,4}(?:发言|经验介绍|汇报|表态)`)

// clauseRest is rest up to the end of its clause.
func clauseRest(rest string) string {
	if i := strings.IndexAny(rest, ",，;；。"); i >= 0 {
		return rest[:i]
	}
	return rest
}
