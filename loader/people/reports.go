package people

import (
	"regexp"
	"strings"
)

// reportLead is a clause whose subject is the work report summarised:
// 报告要求, 工作报告指出, 报告还强调. Its instructions are those of the person
// who gave the report.
var reportLead = regexp.MustCompile(`^(?:[\p{Han}]{0,6}工作)?报告(?:中|还|并|同时|进一步|明确|特别)*(?:要求|强调|指出|提出|认为|明确|分析)`)

// reportGiven is what follows a person who gives the report: 作工作报告,
// 代表院党组作工作报告, 作了题为…的报告.
var reportGiven = regexp.MustCompile(`^(?:同志)?[^,;。]{0,12}?(?:作|做)(?:了)?[^,;。]{0,20}?报告`)

// reportGivenRunes is the longest text reportGiven can match (2+12+1+1+20+2
// runes): it is anchored at the start, so matching only that many runes of
// the sentence gives the same answer, and a sentence as long as a whole
// unpunctuated line is no longer copied once per mention (that copy made
// extraction quadratic in the line's length).
const reportGivenRunes = 38

// reportEvents returns an event at each clause led by the report, giving the
// floor to the attendee who gave it:
//
//	院长汪建平代表院党组作工作报告,…孙立群主持会议。…报告要求,全市法院要…
func (x *extractor) reportEvents(ms []mention, people []person) []event {
	reporter := -1
	for _, p := range people {
		if p.att < 0 {
			continue
		}
		for _, k := range p.mentions {
			m := ms[k]
			if reportGiven.MatchString(string(x.f[m.cend:min(x.sentenceEnd(m.cend), m.cend+reportGivenRunes)])) {
				reporter = p.att
				break
			}
		}
		if reporter >= 0 {
			break
		}
	}
	if reporter < 0 {
		return nil
	}
	var out []event
	for _, c := range x.clauses() {
		if reportLead.MatchString(strings.TrimLeft(string(x.f[c.Start:c.End]), " \u3000")) {
			out = append(out, event{pos: c.Start, speaker: reporter})
		}
	}
	return out
}
