package people

import (
	"regexp"

	"courtql/loader/text"
)

// relayedLead is a sentence whose instruction verb has transmitted content
// as its subject: the 强调 belongs to the meeting relayed, not to this one.
//
//	relayed := …传达… 精神 (强调|要求|指出|提出)
//
// 传达的会议精神强调,全省法院要坚持严格公正司法. With a comma the meeting
// itself goes on to instruct (会议传达学习了…精神,强调各级法院要…), as
// news pages usually write it, so that keeps its directive.
var relayedLead = regexp.MustCompile(`^[^。;]*传达[^。;]*精神(?:强调|要求|指出|提出)`)

// interviewLabel opens the first question of an interview or Q&A printed
// after the meeting report: 记者:今年全市法院工作的总体思路是什么?, 问:…
var interviewLabel = regexp.MustCompile(`^(?:记者|问|提问|主持人|Q)[::]`)

// speechLead opens a sentence with the speech or report as its subject:
// 讲话要求,…, 报告强调,…, 讲话中指出,….
var speechLead = regexp.MustCompile(`^(?:重要)?(?:讲话|报告)(?:中|还|并|同时|进一步)*(?:强调|要求|指出|提出)`)

// relayCue in the sentence before says the speech is relayed: 会议传达了…讲话精神.
var relayCue = regexp.MustCompile(`传达[^。;]*(?:讲话|报告|精神)`)

// relayed reports whether sentence sp states transmitted content: a
// relayedLead sentence, or a speechLead sentence right after one that
// relays a speech (会议传达了…讲话精神。讲话要求,全省法院要…).
func (x *extractor) relayed(sp text.Span) bool {
	s := string(x.f[sp.Start:sp.End])
	if relayedLead.MatchString(s) {
		return true
	}
	if !speechLead.MatchString(s) || sp.Start == 0 {
		return false
	}
	prev, ok := x.d.SentenceAt(sp.Start - 1)
	return ok && relayCue.MatchString(string(x.f[prev.Start:prev.End]))
}

// interviewCue announces an interview on the page: 会后,记者就会议有关情况专访了钟卫东.
var interviewCue = regexp.MustCompile(`专访|采访|访谈|答记者问|记者问`)

// interviewStart returns where an interview after the meeting report
// starts: the first paragraph of the page, not its first, that opens with
// a question label (记者:, 问:), or with a person's name and a colon after an
// interview cue (钟卫东:我们要…, when cleaning dropped the questions);
// len(text) when there is none. The answers are the interviewee's plans,
// not instructions of the meeting. The whole page is scanned because the
// interview may be cut off as a segment of its own.
func (x *extractor) interviewStart(ms []mention) int {
	cue := false
	for k, p := range x.d.Paras {
		if k > 0 && interviewLabel.MatchString(string(x.f[p.Start:p.End])) {
			return p.Start
		}
		if cue {
			for _, m := range ms {
				if m.start == p.Start && m.end < p.End && (x.f[m.end] == ':' || x.f[m.end] == '：') {
					return p.Start
				}
			}
		}
		cue = cue || interviewCue.MatchString(string(x.f[p.Start:p.End]))
	}
	return len(x.f)
}

// dropInterview removes the directives read inside an interview printed
// after the meeting report (see interviewStart).
func (x *extractor) dropInterview(ds []Directive, ms []mention) []Directive {
	from := x.interviewStart(ms)
	out := ds[:0]
	for _, d := range ds {
		if d.Span.Start < from {
			out = append(out, d)
		}
	}
	return out
}
