// Package people finds the speakers of a meeting report (names, posts,
// roles) and the directives they issue.
//
// Extract runs an ordered table of named passes (see passes) over one
// intermediate representation, a draft that grows in four stages:
//
//	mentions → persons → attendances and events → directives
//
// A mention is a name read from its context, never from a name list (a
// surname table and gse's dictionary only check it); a person is every
// mention under one name; an attendance is a person with a role; an event
// gives the floor to a speaker (or to the meeting) from a point of the
// text on, so each directive gets the speaker in force where it is said.
//
// The passes, in order, each with the pattern it reads:
//
// Mentions
//
//  1. bylineMentionPass: a transcript's byline, 党组书记、院长  孙立军
//  2. groupMentionPass: names after a group or delegate label, 院领导A、B参加会议; 办案标兵代表吕品、徐学军上台作了经验介绍
//  3. chainMentionPass: post chain, then the name, 党组书记、院长张学群
//  4. postAfterMentionPass: name, then a post, 黄美园副院长, 王彦凯专委
//  5. verbMentionPass: bare name, then a role verb, 贺荣主持, 张海波指出
//  6. listedMentionPass: a bare name after 、 shares the posts, 副院长周海、刘洋出席会议
//  7. repeatMentionPass: later occurrences of a name already read, …郑军强调
//  8. surnameRefPass: surname and post for a person named before, 胡院长要求
//  9. mentionGapPass: text order, and the gaps that join coordinated subjects
//
// Persons and attendances
//
//  10. rolePass: role verbs after each name, 副院长唐斌通报前三季度… → 通报
//  11. attendListPass: everyone after 出席会议的有 attends
//  12. bylineRolePass: a transcript's byline speaks
//  13. coordinationPass: subjects joined by 、 share the verb, 王勇、张春和参加会议
//  14. pronounSpeakerPass: 白振川对…给予肯定。他强调,… → 白振川 speaks
//  15. personPass: mentions grouped by name
//  16. attendancePass: persons with a role, their titles and court
//
// Events (who has the floor)
//
//  17. actEventPass: each acting mention and each sentence-opening name, 王建华对该院工作给予肯定,希望…
//  18. institutionEventPass: the meeting or a body, 会议强调,…
//  19. reportEventPass: the work report's giver, …报告要求,…
//  20. pronounEventPass: 他/她 + lead verb gives the floor back, 他提出四点要求:
//  21. pronounActPass: 他/她 + a role of its own, 随后,他对…进行了通报 → 通报
//  22. bylineFloorPass: a transcript is all its byline person's
//
// Directives
//
//  23. enumerationPass: 一是/一要/第一/首先/(一)/1. runs, 院长王芳要求,一要提高站位;二要压实责任
//  24. enumerationDirectivePass: items as ordinal directives; introductions with their own instruction
//  25. listTaskPass: task paragraphs after 抓好以下几方面工作。
//  26. sentencePass: 要/要求/强调/希望/必须 sentences, carried across a speech, 各级法院要紧抓执法办案
//  27. tailPass: the rest of a sentence another speaker took inside a list item
//  28. requestPass: participants' requests to the court are dropped
//  29. interviewPass: an interview after the report is dropped
//  30. orderPass: text order
//
// Each pass has a doc comment with its pattern and a real example; to add
// a rule, add a row to a pass's rule data, or a pass to the table.
package people

import (
	"regexp"
	"strings"

	"courtql/loader/court"
	"courtql/loader/segment"
	"courtql/loader/text"
)

// Attendance is one named person at the meeting.
type Attendance struct {
	Name   string
	Court  *court.Court // nil when the text gives no court (e.g. 街道 officials)
	Titles []string     // posts, e.g. 党组书记, 院长
	Roles  []string     // normalised: 讲话, 主持, 总结, 通报, 传达, 交流发言, 出席
	Span   text.Span    // where the name and its post or role were read
}

// Directive is one instruction issued at the meeting.
type Directive struct {
	Speaker string // Name of an Attendance; "" when issued by the meeting (会议强调)
	Ordinal int    // position in an enumeration (一是 = 1); 0 when not enumerated
	Text    string
	Span    text.Span
}

// draft is the intermediate representation the passes fill in.
type draft struct {
	ms      []mention    // every person mention, in text order after mentionGapPass
	byline  bool         // a mention is a transcript's byline
	people  []person     // mentions grouped by name
	atts    []Attendance // persons with a role
	evs     []event      // changes of the speaker in force, in text order
	enums   []enumeration
	blocked []text.Span // enumeration items, their intros and task paragraphs: no sentence rules there
	dirs    []Directive
}

// speaker returns the name of the attendee in force at pos ("" for the meeting).
func (d *draft) speaker(pos int) string {
	if k := speakerAt(d.evs, pos); k >= 0 {
		return d.atts[k].Name
	}
	return ""
}

// isBlocked reports whether sp overlaps a blocked span.
func (d *draft) isBlocked(sp text.Span) bool {
	for _, b := range d.blocked {
		if b.Len() > 0 && sp.Start < b.End && b.Start < sp.End {
			return true
		}
	}
	return false
}

// Stages of the passes; findMentions runs the first alone.
const (
	stageMentions = iota
	stagePersons
	stageEvents
	stageDirectives
)

// pass is one named step over the draft.
type pass struct {
	name  string
	stage int
	run   func(*extractor, *draft)
}

// passes is the order of extraction; the package doc lists it with examples.
var passes = []pass{
	{"bylineMention", stageMentions, (*extractor).bylineMentionPass},
	{"groupMention", stageMentions, (*extractor).groupMentionPass},
	{"chainMention", stageMentions, (*extractor).chainMentionPass},
	{"postAfterMention", stageMentions, (*extractor).postAfterMentionPass},
	{"verbMention", stageMentions, (*extractor).verbMentionPass},
	{"listedMention", stageMentions, (*extractor).listedMentionPass},
	{"repeatMention", stageMentions, (*extractor).repeatMentionPass},
	{"surnameRef", stageMentions, (*extractor).surnameRefPass},
	{"mentionGap", stageMentions, (*extractor).mentionGapPass},

	{"role", stagePersons, (*extractor).rolePass},
	{"attendList", stagePersons, (*extractor).attendListPass},
	{"bylineRole", stagePersons, (*extractor).bylineRolePass},
	{"coordination", stagePersons, (*extractor).coordinationPass},
	{"pronounSpeaker", stagePersons, (*extractor).pronounSpeakerPass},
	{"person", stagePersons, (*extractor).personPass},
	{"attendance", stagePersons, (*extractor).attendancePass},

	{"actEvent", stageEvents, (*extractor).actEventPass},
	{"institutionEvent", stageEvents, (*extractor).institutionEventPass},
	{"reportEvent", stageEvents, (*extractor).reportEventPass},
	{"pronounEvent", stageEvents, (*extractor).pronounEventPass},
	{"pronounAct", stageEvents, (*extractor).pronounActPass},
	{"bylineFloor", stageEvents, (*extractor).bylineFloorPass},

	{"enumeration", stageDirectives, (*extractor).enumerationPass},
	{"enumerationDirective", stageDirectives, (*extractor).enumerationDirectivePass},
	{"listTask", stageDirectives, (*extractor).listTaskPass},
	{"sentence", stageDirectives, (*extractor).sentencePass},
	{"tail", stageDirectives, (*extractor).tailPass},
	{"request", stageDirectives, (*extractor).requestPass},
	{"interview", stageDirectives, (*extractor).interviewPass},
	{"order", stageDirectives, (*extractor).orderPass},
}

// Extract finds the speakers and directives in the part of d covered by
// within. d must be in simplified script (loader/extract converts it).
// mentions are the court mentions of d's text; host is the meeting's host
// court (a speaker with a court post but no court named belongs to it;
// may be nil).
func Extract(d *text.Doc, within text.Span, mentions []court.Mention, host *court.Court) ([]Attendance, []Directive) {
	x := newExtractor(d, within, mentions, host)
	if x == nil {
		return nil, nil
	}
	var dr draft
	for _, p := range passes {
		p.run(x, &dr)
	}
	for i := range dr.dirs {
		// The text as written, hard wraps included (see unwrap).
		dr.dirs[i].Text = d.Slice(dr.dirs[i].Span)
	}
	return dr.atts, dr.dirs
}

// newExtractor prepares d for the passes, or returns nil when within holds
// no text.
func newExtractor(d *text.Doc, within text.Span, mentions []court.Mention, host *court.Court) *extractor {
	if d == nil || len(d.Runes) == 0 {
		return nil
	}
	u := unwrap(d)
	x := &extractor{d: u, r: d.Runes, f: fold(u.Runes), host: host,
		lo: max(0, within.Start), hi: min(len(d.Runes), within.End)}
	if x.lo >= x.hi {
		return nil
	}
	for _, m := range mentions {
		if m.Start >= 0 && m.End <= len(d.Runes) && m.Start < m.End {
			x.mentions = append(x.mentions, m)
		}
	}
	if seg, err := segment.Default(); err == nil {
		x.seg = seg
	}
	links := false
	for _, p := range u.Paras {
		// 相关链接: and 上一篇:…: the headlines from there on are other articles'.
		line := string(x.f[p.Start:p.End])
		links = links || relatedLinks.MatchString(line) || pageNav.MatchString(line)
		if links || skipPara(x.f[p.Start:p.End]) {
			x.skip = append(x.skip, p.Span)
		}
	}
	if x.lo > 0 || x.hi < len(d.Runes) {
		// People named outside the meeting's part (an article reporting
		// two meetings) are still known by name inside it: 许文彬在推进会上强调.
		whole := *x
		whole.lo, whole.hi = 0, len(d.Runes)
		for _, m := range whole.findMentions() {
			if !m.ref && (m.start < x.lo || m.start >= x.hi) {
				x.known = append(x.known, m)
			}
		}
	}
	return x
}

// relatedLinks labels the list of other articles' headlines at a page's
// end: 相关链接:, 相关新闻, 延伸阅读, 推荐阅读, alone on a line or before the
// first headline (相关报道:…).
var relatedLinks = regexp.MustCompile(`^\s*[【\[]?(?:相关链接|相关新闻|相关阅读|相关文章|相关报道|相关稿件|延伸阅读|推荐阅读|热点推荐|精彩推荐|猜你喜欢|往期回顾|往期推荐|更多新闻|更多阅读|热门文章|最新文章|点击排行)[】\]]?\s*(?:[::].*)?$`)

// pageNav is a line that links the previous or next article: 上一篇:…,
// 下一条:…, 上一页:….
var pageNav = regexp.MustCompile(`^\s*[【\[]?(?:上一篇|下一篇|上一条|下一条|上一页|下一页|前一篇|后一篇)[】\]]?\s*[::]`)

// skipPara reports whether a paragraph is a credit or caption line.
func skipPara(f []rune) bool {
	s := strings.TrimLeft(string(f), " \t\u3000")
	for _, p := range skipParaPrefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}
