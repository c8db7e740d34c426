package meeting

import (
	"regexp"
	"strings"

	"courtql/loader/court"
	"courtql/loader/text"
)

// An article reports several meetings only when it says plainly that another
// one was held: a sentence of its own that opens with a new date or a
// sequence word and has a court (or 该院) 召开/举行 a meeting of another name.
// "3月6日下午,该院召开全院审判执行工作推进会" after "3月5日上午,…召开党组会议";
// "同日下午,该院还召开了干警大会"; "随后,市中院召开座谈会".
var (
	// sequenceLead: the sentence follows on from the meeting before.
	sequenceLead = regexp.MustCompile(`同日|同天|当日|当天|次日|翌日|随后|随即|紧接着|紧接著|接着|接著|之后`)
	// sameDayLead: the new meeting shares the previous one's date.
	sameDayLead = regexp.MustCompile(`同日|同天|当日|当天`)
	// partOfMeeting: the sentence reports a part or a side event of the same
	// meeting (会前/会后/会上, 分会场), or an earlier one (此前).
	partOfMeeting = regexp.MustCompile(`会前|会后|会上|会议|分会场|此前|之前|曾|期间|以来`)
	// reported: the sentence is someone's words about a meeting, not the
	// article's report of one: "会议指出,3月28日湖南高院召开的…".
	reported = regexp.MustCompile(`指出|强调|表示|认为|要求|提出|提到|介绍`)
)

const maxLeadRunes = 40 // a new meeting's lead (date, subject) before its verb

// later is a further meeting found after the first.
type later struct {
	c     candidate
	start int // offset where its part of the text begins
	date  written
	dated bool
	same  bool // same day as the meeting before
}

// laterMeetings lists the meetings the text reports after the first one, c0
// (dated d0 when ok0), in order.
func laterMeetings(d *text.Doc, cands []candidate, c0 candidate, d0 written, ok0 bool) []later {
	rs := d.Runes
	var out []later
	names := []string{cleanName(string(rs[c0.start:c0.end]))}
	dates := []written{}
	if ok0 {
		dates = append(dates, d0)
	}
	after := sentenceEnd(rs, c0.end)
	for _, c := range cands {
		if c.start < after || !c.strong || c.trigger < 0 {
			continue
		}
		s0 := sentenceStart(rs, c.trigger)
		lead := string(rs[s0:c.trigger])
		// "召开的X会" is a meeting referred to, not one reported.
		if c.trigger+2 < len(rs) && rs[c.trigger+2] == '的' {
			continue
		}
		if len([]rune(lead)) > maxLeadRunes || partOfMeeting.MatchString(lead) || reported.MatchString(lead) ||
			referringClause.MatchString(lead) || vagueDateRe.MatchString(lead) {
			continue
		}
		name := cleanName(string(rs[c.start:c.end]))
		if seenName(names, name) {
			continue
		}
		l := later{c: c, start: paraOrSentenceStart(d, s0)}
		w, dated := findDate(lead)
		switch {
		case dated && !seenDate(dates, w):
			l.date, l.dated = w, true
		case !dated && sequenceLead.MatchString(lead):
			l.same = sameDayLead.MatchString(lead)
		default:
			continue
		}
		if l.dated {
			dates = append(dates, w)
		}
		names = append(names, name)
		out = append(out, l)
		after = sentenceEnd(rs, c.end)
	}
	return out
}

// seenName reports a name already given to a meeting, or one that is part of
// it (推进会 after 全院审判执行工作推进会).
func seenName(names []string, name string) bool {
	for _, n := range names {
		if strings.Contains(n, name) || strings.Contains(name, n) {
			return true
		}
	}
	return false
}

func seenDate(dates []written, w written) bool {
	for _, d := range dates {
		if d.month == w.month && d.day == w.day {
			return true
		}
	}
	return false
}

// paraOrSentenceStart is the start of the paragraph when the sentence at s
// opens it, else s.
func paraOrSentenceStart(d *text.Doc, s int) int {
	for _, p := range d.Paras {
		if p.Start <= s && s < p.End {
			if strings.TrimSpace(string(d.Runes[p.Start:s])) == "" {
				return p.Start
			}
			return s
		}
	}
	return s
}

// laterMeeting builds a further meeting from its lead; prev is the meeting
// before it, whose host and date a 该院/同日 lead takes over.
func laterMeeting(rs []rune, mentions []court.Mention, l later, span text.Span, prev Meeting, titleLine, pub string) Meeting {
	c := l.c
	mentions = SpanMentions(rs, mentions, span) // its own part resolves 市中院, not the page's first city
	m := Meeting{Span: span, Name: cleanName(string(rs[c.start:c.end]))}
	m.Kind = kindOf(m.Name)
	if m.Kind == "" {
		m.Kind = m.Name
	}
	if titleLine != "" && strings.Contains(titleLine, m.Kind) {
		m.Title = titleLine
	}
	switch {
	case l.dated:
		m.DateText, m.Date = l.date.text, resolve(l.date, pub)
	case l.same:
		m.DateText, m.Date = prev.DateText, prev.Date
	}
	s0 := sentenceStart(rs, c.trigger)
	var host court.Court
	if heldByOtherBody(rs, c, m.Name) {
		// held by the 政法委, the 人大常委会 …: no court host
	} else if h, ok := subjectBefore(rs, mentions, c.trigger); ok {
		host = h
	} else if vh, _, ok := visit(rs, mentions, s0, sentenceEnd(rs, c.end)); ok {
		host = vh
	} else if prev.Host != nil {
		host = *prev.Host // "该院召开…", or no subject: the court before
	}
	if host.Name != "" {
		m.Host = &host
	}
	m.Courts = participants(rs, mentions, m.Host, nil, span.Start, span.End)
	return m
}
