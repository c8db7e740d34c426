package people

import (
	"regexp"
	"strings"

	"courtql/loader/court"
	"courtql/loader/text"
)

// attendListLead opens a list of the people present, who all attend
// whatever their posts: 出席会议的有市委常委、政法委书记王建华,县法院院长李明…,
// 参加会议的还有…, 参会人员有….
var attendListLead = regexp.MustCompile(`(?:出席|参加|列席)(?:本次|此次)?(?:会议|座谈会|活动)?的(?:领导|人员|同志|嘉宾)?还?(?:有|包括)|(?:出席|参加|列席)(?:会议|座谈会)?(?:的)?(?:领导|人员|同志)还?(?:有|包括)|参会(?:人员|领导)还?(?:有|包括)`)

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
		if ms[k].outside {
			return nil
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

// clauses cuts the text in [lo,hi) at , ; : 。 ! ? and line ends (text.Doc's
// clause boundaries).
func (x *extractor) clauses() []text.Span {
	return x.d.Clauses(text.Span{Start: x.lo, End: x.hi})
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
