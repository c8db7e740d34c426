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

// pronounActPass gives the role of each pronounAct clause to the attendee in
// force there:
//
//	霍精锐介绍了…。随后,他对…完成情况进行了通报 → 霍精锐 通报
func (x *extractor) pronounActPass(d *draft) {
	for _, c := range x.clauses() {
		sm := pronounAct.FindStringSubmatch(string(x.f[c.Start:c.End]))
		if sm == nil {
			continue
		}
		if k := speakerAt(d.evs, c.Start); k >= 0 {
			d.atts[k].Roles = addRole(d.atts[k].Roles, pronounRoles[sm[1]])
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

// rolePass reads each mention's roles from the words after its name up to
// the next mention that acts or the sentence end (see scanRoles). Later
// mentions first: a mention that does not act (自治区高院黄克院长重要讲话精神)
// does not end the predicate of the subject before it.
//
//	党组书记、院长张学群|在会上做了重要讲话 → 讲话
func (x *extractor) rolePass(d *draft) {
	ms := d.ms
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
}

// bylineRolePass gives 讲话 to the byline of a speech transcript
// (党组书记、院长  孙立军 over the speech): the whole text is his.
func (x *extractor) bylineRolePass(d *draft) {
	for k := range d.ms {
		if d.ms[k].byline {
			d.ms[k].roles = addRole(d.ms[k].roles, RoleSpeech)
			d.ms[k].roleEnd = d.ms[k].cend
			d.byline = true
		}
	}
}

// coordinationPass gives a coordinated subject the verb after its last
// member:
//
//	coordinated := mention (、|,|和|及|与) mention … roleVerb
//
// e.g. 王勇,张春和参加会议; …朱法铭、…戚信宠、…陈燕进行了座谈.
func (x *extractor) coordinationPass(d *draft) {
	ms := d.ms
	for k := len(ms) - 2; k >= 0; k-- {
		if len(ms[k].roles) == 0 && len(ms[k+1].roles) > 0 && ms[k+1].gap != "\x00" && isCoord(ms[k+1].gap) {
			ms[k].roles = append([]string(nil), ms[k+1].roles...)
			ms[k].roleEnd = ms[k+1].roleEnd
			ms[k].remark = ms[k+1].remark
		}
	}
}

// personPass groups the mentions by name into persons, in order of first
// mention: 院长郑军主持会议。…郑军强调 is one person.
func (x *extractor) personPass(d *draft) {
	byKey := map[string]int{}
	for k, m := range d.ms {
		i, ok := byKey[m.key]
		if !ok {
			i = len(d.people)
			byKey[m.key] = i
			d.people = append(d.people, person{name: m.name, att: -1})
		}
		d.people[i].mentions = append(d.people[i].mentions, k)
	}
}

// attendancePass turns every person with a role into an attendance: the
// titles of all mentions (split on 、 and 兼), the roles, the court (see
// personCourt). A 表示 after the person's 发言 reports that 发言 and adds
// no speech (…应邀参加座谈并发言。…陈光明表示,…).
func (x *extractor) attendancePass(d *draft) {
	ms := d.ms
	for pi := range d.people {
		p := &d.people[pi]
		a := Attendance{Name: p.name}
		first := -1
		for _, k := range p.mentions {
			m := ms[k]
			if m.remark && len(m.roles) == 1 && hasRole(a.Roles, RoleExchange) {
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
		p.att = len(d.atts)
		d.atts = append(d.atts, a)
	}
}

// actEventPass gives the floor to an attendee at each mention that acts,
// and at each mention that opens a sentence whatever the verb:
//
//	王建华对该院上半年工作给予肯定,希望该院… → 王建华 has the floor
func (x *extractor) actEventPass(d *draft) {
	for _, p := range d.people {
		if p.att < 0 {
			continue
		}
		for _, k := range p.mentions {
			if len(d.ms[k].roles) > 0 {
				d.evs = append(d.evs, event{pos: d.ms[k].start, speaker: p.att})
			}
		}
	}
	for _, p := range d.people {
		if p.att < 0 {
			continue
		}
		for _, k := range p.mentions {
			if m := d.ms[k]; len(m.roles) == 0 && x.opensSentence(m) {
				d.evs = append(d.evs, event{pos: m.start, speaker: p.att})
			}
		}
	}
}

// institutionEventPass gives the floor to the meeting (no named speaker)
// at each clause led by the meeting or a body (see institutionLead):
//
//	会议强调,… ; 陕西高院明确要求,…
//
// Not where the body is an object (对法院的审判能力提出更高要求) or the
// addressee of a modal (各级法院要对照会议部署).
func (x *extractor) institutionEventPass(d *draft) {
	for _, c := range x.clauses() {
		loc := institutionLead.FindStringIndex(string(x.f[c.Start:c.End]))
		if loc == nil {
			continue
		}
		end := c.Start + len([]rune(string(x.f[c.Start:c.End])[:loc[1]]))
		if objectPreposition.MatchString(string(x.f[c.Start:end])) {
			continue
		}
		if x.f[end-3] == '的' || firstModal(x.f, c.Start, end-2) >= 0 || mustIn(x.f, c.Start, end-2) {
			continue
		}
		if !namedIn(d.ms, text.Span{Start: c.Start, End: end}) {
			d.evs = append(d.evs, event{pos: c.Start, speaker: -1})
		}
	}
}

// reportEventPass gives the floor to the reporter at each clause led by
// the work report (see reportEvents): …作工作报告。…报告要求,全市法院要….
func (x *extractor) reportEventPass(d *draft) {
	d.evs = append(d.evs, x.reportEvents(d.ms, d.people)...)
	sortEvents(d.evs)
}

// pronounEventPass gives the floor back to the last person who acted at a
// clause led by a pronoun, even after a clause led by the meeting:
//
//	他提出四点要求:… ; 林振华到会指导。…他指出,… (a speech by him)
//
// The remarks of one who reports, sums up, relays or speaks in the
// exchange belong to that act (冉小红通报,…。她指出), and 他在总结时强调
// stays the summary.
func (x *extractor) pronounEventPass(d *draft) {
	var pron []event
	for _, c := range x.clauses() {
		if !pronounLead.MatchString(string(x.f[c.Start:c.End])) {
			continue
		}
		sp := -1
		for _, e := range d.evs {
			if e.pos > c.Start {
				break
			}
			if e.speaker >= 0 {
				sp = e.speaker
			}
		}
		if sp < 0 {
			continue
		}
		pron = append(pron, event{pos: c.Start, speaker: sp})
		if !strings.Contains(string(x.f[c.Start:c.End]), "总结") && !hasSpeakingRole(d.atts[sp].Roles) {
			d.atts[sp].Roles = addRole(d.atts[sp].Roles, RoleSpeech)
		}
	}
	d.evs = append(d.evs, pron...)
	sortEvents(d.evs)
}

// bylineFloorPass gives a transcript's whole text to its byline person:
// others named in it (王志刚同志传达了…) are reported, not given the floor.
func (x *extractor) bylineFloorPass(d *draft) {
	if !d.byline {
		return
	}
	for _, p := range d.people {
		if p.att >= 0 && d.ms[p.mentions[0]].byline {
			d.evs = []event{{pos: x.lo, speaker: p.att}}
		}
	}
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

// attendListPass gives 出席 to the people listed after an attendListLead
// in the same sentence who have no role of their own:
//
//	出席会议的有市委常委、政法委书记王建华,县法院院长李明… → 出席
func (x *extractor) attendListPass(d *draft) {
	ms := d.ms
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
