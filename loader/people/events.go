package people

// The event passes: who has the floor from which point of the text on
// (see the package doc). A directive is given the speaker in force where
// it is said.

import (
	"regexp"
	"strings"

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

func sortEvents(evs []event) {
	for i := 1; i < len(evs); i++ {
		for j := i; j > 0 && evs[j].pos < evs[j-1].pos; j-- {
			evs[j], evs[j-1] = evs[j-1], evs[j]
		}
	}
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
