package people

import (
	"strings"

	"courtql/loader/text"
)

// pronounSpeakerPass gives the floor to a person who acts with no role verb
// at the head of a sentence when the next clause of the paragraph hands
// the word on with a pronoun:
//
//	name … 。 (他|她) … (强调|要求|指出|…)
//
// e.g. ▶白振川对洛川法院近年来的工作给予充分肯定。他强调:1️⃣要… — 白振川
// speaks, and the items after 他强调 are his.
func (x *extractor) pronounSpeakerPass(d *draft) {
	ms := d.ms
	cls := x.clauses()
	for k := range ms {
		m := &ms[k]
		if len(m.roles) > 0 || m.ref || !x.opensSentence(*m) {
			continue
		}
		para := x.paraOf(m.start)
		for _, c := range cls {
			if c.Start < m.cend || c.Start >= para.End {
				continue
			}
			if namedIn(ms, text.Span{Start: m.cend, End: c.Start}) {
				break
			}
			cl := string(x.f[c.Start:c.End])
			if !pronounLead.MatchString(cl) {
				continue
			}
			if !strings.Contains(cl, "总结") {
				m.roles = addRole(m.roles, RoleSpeech)
				m.roleEnd = m.cend
			}
			break
		}
	}
}

// namedIn reports whether a person is named in sp.
func namedIn(ms []mention, sp text.Span) bool {
	for _, m := range ms {
		if m.start >= sp.Start && m.start < sp.End {
			return true
		}
	}
	return false
}
