package people

import (
	"regexp"
	"strings"

	"courtql/loader/court"
	"courtql/loader/text"
)

// institutionLead matches a clause whose subject is the meeting or a body,
// not a person, and whose verb opens an instruction: 会议强调, 会议要求,
// 新疆高院党组就…提出了具体要求, 陕西高院明确要求. Directives after it have
// no named speaker.
var institutionLead = regexp.MustCompile(`^(?:会议|会上|大会|全会|座谈会|[\p{Han}]{0,10}?(?:党组|党委|法院|高院|中院))[^,;:。]{0,40}?(?:强调|要求|指出|提出|希望|认为|明确|部署)`)

// objectPreposition opens a clause whose court is the object of a
// preposition, not the subject: 对法院的审判能力提出更高要求.
var objectPreposition = regexp.MustCompile(`^(?:对|向|为|与|把|给|按照|根据|依照)`)

// attendListLead opens a list of the people present, who all attend
// whatever their posts: 出席会议的有市委常委、政法委书记王建华,县法院院长李明…,
// 参加会议的还有…, 参会人员有….
var attendListLead = regexp.MustCompile(`(?:出席|参加|列席)(?:本次|此次)?(?:会议|座谈会|活动)?的(?:领导|人员|同志|嘉宾)?还?(?:有|包括)|(?:出席|参加|列席)(?:会议|座谈会)?(?:的)?(?:领导|人员|同志)还?(?:有|包括)|参会(?:人员|领导)还?(?:有|包括)`)

// pronounLead is a clause whose subject is a pronoun for the speaker in
// force and whose verb opens an instruction: 他提出四点要求:, 她强调,.
var pronounLead = regexp.MustCompile(`^(?:他|她)(?:还|并|同时|进一步|特别|再次|最后|随后|接着)*[^,;:。]{0,20}?(?:强调|要求|指出|提出|希望|认为|表示)`)

// pronounAct is a clause whose subject is a pronoun for the speaker in
// force and whose verb is a role of its own: 随后,他对…情况进行了通报.
var pronounAct = regexp.MustCompile(`^(?:他|她)(?:又|还|并|随后|最后|接着|同时)*[^,;:。]{0,50}?(通报|传达|总结|点评)(?:了|工作|情况|[,;。]|$)`)

// pronounRoles maps pronounAct's verb to its role.
var pronounRoles = map[string]string{"通报": RoleReport, "传达": RoleRelay, "总结": RoleSummary, "点评": RoleReport}

// pronounActs gives the role of each pronounAct clause to the attendee in
// force there:
//
//	霍精锐介绍了…。随后,他对…完成情况进行了通报 → 霍精锐 通报
func (x *extractor) pronounActs(evs []event, atts []Attendance) {
	for _, c := range x.clauses() {
		sm := pronounAct.FindStringSubmatch(string(x.f[c.Start:c.End]))
		if sm == nil {
			continue
		}
		if k := speakerAt(evs, c.Start); k >= 0 {
			atts[k].Roles = addRole(atts[k].Roles, pronounRoles[sm[1]])
		}
	}
}

// event is a change of the speaker in force: a person acting at the
// meeting (speaker >= 0) or the meeting itself (speaker -1).
type event struct {
	pos     int
	speaker int
}

// person is everyone mentioned under one name.
type person struct {
	name     string
	mentions []int
	att      int // index in the attendances, -1 when the person has no role
}

// speakers turns mentions into attendances and the events that set the
// speaker in force.
func (x *extractor) speakers(ms []mention) ([]Attendance, []event) {
	// Roles: each mention reads up to the next mention or the sentence end.
	// Later mentions first: a mention that does not act (自治区高院黄克院长
	// 重要讲话精神) does not end the predicate of the subject before it.
	for k := len(ms) - 1; k >= 0; k-- {
		stop := x.sentenceEnd(ms[k].cend)
		var crossed []int
		for j := k + 1; j < len(ms) && ms[j].ustart < stop; j++ {
			if ms[j].ustart < ms[k].cend {
				continue
			}
			if len(ms[j].roles) > 0 {
				stop = ms[j].ustart
				break
			}
			crossed = append(crossed, ms[j].ustart)
		}
		x.scanRoles(&ms[k], stop, crossed)
	}
	x.attendLists(ms)
	byline := false
	for k := range ms {
		if ms[k].byline {
			ms[k].roles = addRole(ms[k].roles, RoleSpeech)
			ms[k].roleEnd = ms[k].cend
			byline = true
		}
	}
	// A coordinated subject shares the verb after its last member:
	// 王勇,张春和参加会议; …朱法銘、…戚信寵、…陳燕進行了座談.
	for k := len(ms) - 2; k >= 0; k-- {
		if len(ms[k].roles) == 0 && len(ms[k+1].roles) > 0 && ms[k+1].gap != "\x00" && isCoord(ms[k+1].gap) {
			ms[k].roles = append([]string(nil), ms[k+1].roles...)
			ms[k].roleEnd = ms[k+1].roleEnd
			ms[k].remark = ms[k+1].remark
		}
	}
	x.pronounSpeakers(ms)
	// People, in order of first mention.
	var people []person
	byKey := map[string]int{}
	for k, m := range ms {
		i, ok := byKey[m.key]
		if !ok {
			i = len(people)
			byKey[m.key] = i
			people = append(people, person{name: m.name, att: -1})
		}
		people[i].mentions = append(people[i].mentions, k)
	}
	var atts []Attendance
	for pi := range people {
		p := &people[pi]
		var a Attendance
		a.Name = p.name
		first := -1
		for _, k := range p.mentions {
			m := ms[k]
			if m.remark && len(m.roles) == 1 && hasRole(a.Roles, RoleExchange) {
				// …应邀参加座谈并发言。…陈光明表示,…: the 表示 reports the
				// 发言 already made, not another speech (holdout5 README);
				// so does 郭思远、邵丽萍…就…提出了意见建议 after their 发言.
				m.roles = nil
			}
			for _, t := range m.titles {
				for _, st := range splitTitles(t) {
					a.Titles = addTitle(a.Titles, st)
				}
			}
			for _, r := range m.roles {
				a.Roles = addRole(a.Roles, r)
			}
			if first < 0 && len(m.roles) > 0 {
				first = k
			}
		}
		if len(a.Roles) == 0 {
			continue
		}
		m := ms[first]
		a.Span = text.Span{Start: m.cstart, End: max(m.cend, m.roleEnd)}
		if a.Titles == nil {
			a.Titles = []string{}
		}
		a.Court = x.personCourt(ms, p.mentions, a.Titles)
		p.att = len(atts)
		atts = append(atts, a)
	}
	// Events: every mention of an attendee that acts, and every clause led
	// by the meeting or a body.
	var evs []event
	for _, p := range people {
		if p.att < 0 {
			continue
		}
		for _, k := range p.mentions {
			if len(ms[k].roles) > 0 {
				evs = append(evs, event{pos: ms[k].start, speaker: p.att})
			}
		}
	}
	// An attendee named at the head of a sentence takes the floor whatever
	// the verb: 王建华对该院上半年工作给予肯定,希望该院….
	for _, p := range people {
		if p.att < 0 {
			continue
		}
		for _, k := range p.mentions {
			if m := ms[k]; len(m.roles) == 0 && x.opensSentence(m) {
				evs = append(evs, event{pos: m.start, speaker: p.att})
			}
		}
	}
	for _, c := range x.clauses() {
		loc := institutionLead.FindStringIndex(string(x.f[c.Start:c.End]))
		if loc == nil {
			continue
		}
		end := c.Start + len([]rune(string(x.f[c.Start:c.End])[:loc[1]]))
		// 与自治区高院的要求相比, 各级法院要对照会议部署: a noun, or the
		// addressee of an instruction, not a body speaking.
		// 全市两级法院必须把…统一到省法院部署要求上来: 必须 likewise.
		// 对法院的审判能力提出更高要求: a body after a preposition is an object.
		if objectPreposition.MatchString(string(x.f[c.Start:end])) {
			continue
		}
		if x.f[end-3] == '的' || firstModal(x.f, c.Start, end-2) >= 0 || mustIn(x.f, c.Start, end-2) {
			continue
		}
		person := false
		for _, m := range ms {
			if m.start >= c.Start && m.start < end {
				person = true
			}
		}
		if !person {
			evs = append(evs, event{pos: c.Start, speaker: -1})
		}
	}
	evs = append(evs, x.reportEvents(ms, people)...)
	sortEvents(evs)
	// 他提出四点要求: the pronoun gives the floor back to the last person
	// who acted, even after a clause led by the meeting.
	var pron []event
	for _, c := range x.clauses() {
		if !pronounLead.MatchString(string(x.f[c.Start:c.End])) {
			continue
		}
		sp := -1
		for _, e := range evs {
			if e.pos > c.Start {
				break
			}
			if e.speaker >= 0 {
				sp = e.speaker
			}
		}
		if sp >= 0 {
			pron = append(pron, event{pos: c.Start, speaker: sp})
			// 他指出, 她强调: a speech by that person (林振华到会指导。…他指出);
			// but the remarks of one who reports, sums up, relays or
			// speaks in the exchange belong to that act (冉小红通报,…。她指出),
			// and 他在总结时强调 stays the summary.
			if !strings.Contains(string(x.f[c.Start:c.End]), "总结") && !hasSpeakingRole(atts[sp].Roles) {
				atts[sp].Roles = addRole(atts[sp].Roles, RoleSpeech)
			}
		}
	}
	evs = append(evs, pron...)
	sortEvents(evs)
	x.pronounActs(evs, atts)
	if byline {
		// A transcript is all the byline person's words; others named in it
		// (王志刚同志传达了…) are reported, not given the floor.
		for _, p := range people {
			if p.att >= 0 && ms[p.mentions[0]].byline {
				evs = []event{{pos: x.lo, speaker: p.att}}
			}
		}
	}
	return atts, evs
}

// sentenceAdverbs may stand, with a comma, before the subject that opens a
// sentence: 会上,王建华对…; 随后,李明….
var sentenceAdverbs = strings.Fields("会上 会议上 座谈中 座谈会上 随后 接着 最后 同时 此外 另外 其后 之后 期间")

// opensSentence reports whether mention m is the subject at the head of a
// sentence (or after one of sentenceAdverbs and a comma), not a possessive
// (王建华的讲话…).
func (x *extractor) opensSentence(m mention) bool {
	if m.cend < x.hi && x.f[m.cend] == '的' {
		return false
	}
	s0 := min(m.ustart, m.cstart, m.start)
	for _, p := range x.d.Paras {
		if s0 < p.Start || s0 >= p.End {
			continue
		}
		for _, st := range p.Sentences {
			if st.Start > s0 || s0 >= st.End {
				continue
			}
			if st.Start == s0 || x.afterBullets(st.Start, s0) {
				// ▶|白振川对…: list marks before the subject.
				return true
			}
			lead := strings.TrimSpace(string(x.f[st.Start:s0]))
			for _, a := range sentenceAdverbs {
				if lead == a+"," {
					return true
				}
			}
			return false
		}
	}
	return false
}

func sortEvents(evs []event) {
	for i := 1; i < len(evs); i++ {
		for j := i; j > 0 && evs[j].pos < evs[j-1].pos; j-- {
			evs[j], evs[j-1] = evs[j-1], evs[j]
		}
	}
}

// attendLists gives 出席 to the people listed after an attendListLead in
// the same sentence who have no role of their own.
func (x *extractor) attendLists(ms []mention) {
	for _, p := range x.d.Paras {
		if p.End <= x.lo || p.Start >= x.hi {
			continue
		}
		for _, st := range p.Sentences {
			s := string(x.f[st.Start:st.End])
			loc := attendListLead.FindStringIndex(s)
			if loc == nil {
				continue
			}
			from := st.Start + len([]rune(s[:loc[1]]))
			for k := range ms {
				m := &ms[k]
				if m.ustart >= from && m.start < st.End && len(m.roles) == 0 && !m.ref {
					m.roles = []string{RoleAttend}
					m.roleEnd = m.cend
				}
			}
		}
	}
}

// isCoord reports whether gap joins two subjects of one verb: 、 和 及 …,
// also with a delegate label before the second (负责人胡炜和办案标兵代表吕品…上台作了经验介绍).
func isCoord(gap string) bool {
	switch gap {
	case "、", ",", "和", "及", "与", "以及":
		return true
	}
	return delegateGap.MatchString(gap)
}

// delegateGap is a coordinator followed by a delegateLabel.
var delegateGap = regexp.MustCompile(`^(?:和|及|与|以及|、)[\p{Han}]{2,6}代表$`)

// personCourt is the court written before the person's first mention that
// names one; else the tribunal's basic court when a tribunal it did not
// read is written before the post (城关法庭庭长, see tribunalCourt); else
// the court of the person listed just before with 、
// (婺城法院張永偉院長、林慧君副院長); else the host when a title is a court
// post (和正兴, 党组副书记、常务副院长); else nil (街道 officials, a person
// given no post).
func (x *extractor) personCourt(ms []mention, idx []int, titles []string) *court.Court {
	for _, k := range idx {
		if ms[k].court != nil {
			return ms[k].court
		}
	}
	for _, k := range idx {
		if ms[k].tribunal {
			// 城关法庭庭长李四: the tribunal's basic court, not the court of
			// the person listed before nor a visiting court.
			return x.tribunalCourt(ms[k].tunit)
		}
		if ms[k].group {
			return x.host
		}
	}
	courtTitle := false
	for _, t := range titles {
		if isCourtTitle(string(fold([]rune(t)))) {
			courtTitle = true
		}
	}
	if !courtTitle {
		return nil
	}
	for _, k := range idx {
		for j := k; j > 0 && ms[j].gap == "、"; j-- {
			if ms[j-1].court != nil {
				return ms[j-1].court
			}
		}
	}
	return x.host
}

// sentenceEnd returns the end of the sentence holding rune offset i.
func (x *extractor) sentenceEnd(i int) int {
	if sp, ok := x.d.SentenceAt(i); ok {
		return sp.End
	}
	return min(i+1, len(x.f))
}

// clauses cuts the text in [lo,hi) at , ; : 。 ! ? and line ends.
func (x *extractor) clauses() []text.Span {
	var out []text.Span
	for _, p := range x.d.Paras {
		if p.End <= x.lo || p.Start >= x.hi {
			continue
		}
		s := max(p.Start, x.lo)
		e := min(p.End, x.hi)
		for i := s; i <= e; i++ {
			if i == e || isClauseEnd(x.f[i]) {
				if i > s {
					out = append(out, text.Span{Start: s, End: i})
				}
				s = i + 1
			}
		}
	}
	return out
}

func isClauseEnd(r rune) bool {
	switch r {
	case ',', ';', ':', '。', '!', '?':
		return true
	}
	return false
}

// speakerAt returns the index of the attendance in force at pos, or -1.
func speakerAt(evs []event, pos int) int {
	sp := -1
	for _, e := range evs {
		if e.pos > pos {
			break
		}
		sp = e.speaker
	}
	return sp
}

func hasRole(roles []string, r string) bool {
	for _, o := range roles {
		if o == r {
			return true
		}
	}
	return false
}

// hasSpeakingRole reports whether roles hold an act that has its own
// remarks: 通报, 总结, 传达, 交流发言.
func hasSpeakingRole(roles []string) bool {
	for _, r := range roles {
		switch r {
		case RoleReport, RoleSummary, RoleRelay, RoleExchange:
			return true
		}
	}
	return false
}
