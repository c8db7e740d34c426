// Package people finds the speakers of a meeting report (names, posts,
// roles) and the directives they issue.
//
// Names are read from their context, not from a name list: a post before
// the name (党组书记、院长张学群), a post after it (黃美園副院長), or a role
// verb after it (贺荣主持), with a surname table and gse's dictionary as
// checks. Directives are enumerated items (一是…二是…) and sentences led by
// 要, 要求, 强调 or 希望, each given the speaker in force where it is said.
package people

import (
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

// Extract finds the speakers and directives in the part of d covered by
// within. mentions are the court mentions of d's text; host is the
// meeting's host court (a speaker with a court post but no court named
// belongs to it; may be nil).
func Extract(d *text.Doc, within text.Span, mentions []court.Mention, host *court.Court) ([]Attendance, []Directive) {
	if d == nil || len(d.Runes) == 0 {
		return nil, nil
	}
	x := &extractor{d: d, r: d.Runes, f: fold(d.Runes), host: host,
		lo: max(0, within.Start), hi: min(len(d.Runes), within.End)}
	if x.lo >= x.hi {
		return nil, nil
	}
	for _, m := range mentions {
		if m.Start >= 0 && m.End <= len(d.Runes) && m.Start < m.End {
			x.mentions = append(x.mentions, m)
		}
	}
	if seg, err := segment.Default(); err == nil {
		x.seg = seg
	}
	for _, p := range d.Paras {
		if skipPara(x.f[p.Start:p.End]) {
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
	ms := x.findMentions()
	atts, evs := x.speakers(ms)
	dirs := x.directives(ms, atts, evs)
	return atts, dirs
}

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
