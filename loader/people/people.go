// Package people finds the speakers of a meeting report (names, posts,
// roles) and the directives they issue.
package people

import (
	"courtql/loader/court"
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
// within. host is the meeting's host court (a speaker with a court post but
// no court named belongs to it). STUB: finds nothing.
func Extract(d *text.Doc, within text.Span, mentions []court.Mention, host *court.Court) ([]Attendance, []Directive) {
	return nil, nil
}
