// Package meeting finds the meetings an article reports: name, kind, date,
// host and participating courts.
//
// An article usually reports one meeting, named in its lead sentence
// ("8月10日,云南省高级人民法院召开全省中级法院院长座谈会"); Find returns that one
// meeting spanning the whole text. When the text plainly reports further
// meetings (split.go), each gets its own part of the text.
//
// Input is simplified script (the text contract of loader/extract); the
// word lists here hold simplified forms only.
package meeting

import (
	"regexp"
	"strings"

	"courtql/loader/court"
	"courtql/loader/text"
)

// Meeting is one meeting as the article reports it.
type Meeting struct {
	Title    string // the article headline when it reports this meeting
	Name     string // e.g. 全省中级法院院长座谈会
	Kind     string // head noun: 座谈会, 推进会, 工作会议 ...
	Date     string // YYYY-MM-DD, "" when the year (or day) cannot be known
	DateText string // as written, e.g. 8月10日
	Host     *court.Court
	Courts   []court.Court // host first, then every court taking part
	Span     text.Span     // the part of the text reporting this meeting
}

// titleDash opens a headline's second line: "——大通法院召开第三季度审判执行质效分析会".
const titleDash = "—-－ \u3000"

// Find returns the meetings reported by d. title and publishedAt come from
// the page header (clean.Page); mentions are court.Scan(d.Text).
//
// The meeting is the first one the text says is held (召开/举行 next to its
// name, or "这次…会"), else the first one it names that is not cited
// ("贯彻…会议精神"), else the one the headline names. No meeting → nil.
func Find(d *text.Doc, title, publishedAt string, mentions []court.Mention) []Meeting {
	rs := d.Runes
	m := Meeting{Span: text.Span{Start: 0, End: len(rs)}}
	titleLine, titleCand, titleRunes := headline(title)
	m.Title = titleLine

	cands := findNames(rs)
	c, found := pickHeld(rs, cands)
	switch {
	case found:
		m.Name = cleanName(string(rs[c.start:c.end]))
	case titleCand != nil:
		m.Name = cleanName(string(titleRunes[titleCand.start:titleCand.end]))
		c = candidate{trigger: -1}
	default:
		return nil
	}
	m.Kind = kindOf(m.Name)
	if m.Kind == "" {
		m.Kind = m.Name
	}

	// The lead: the sentence naming the meeting and the one before it in
	// the same paragraph (dev 201: the date and the visit come first).
	s0 := sentenceStart(rs, c.start)
	from := s0
	if s0 > 0 && rs[s0-1] != '\n' {
		from = sentenceStart(rs, s0-1)
	}
	to := sentenceEnd(rs, c.end)
	if !found {
		s0, from, to = 0, 0, sentenceEnd(rs, 0)
	}

	if publishedAt == "" {
		publishedAt = headerDate(title)
	}
	w, dated := meetingDate(rs, from, s0, c)
	if !dated && found {
		w, dated = eventDate(rs, s0)
	}
	if dated {
		if w.year == 0 {
			w.year = nameYear(m.Name)
		}
		m.DateText = w.text
		m.Date = resolve(w, publishedAt)
	}
	var more []later
	if found {
		more = laterMeetings(d, cands, c, w, dated)
	}
	if len(more) > 0 {
		m.Span.End = more[0].start
	}

	host, visited, hasVisit := hostOf(rs, mentions, c, found, from, to, m.Name, titleLine, d.Text)
	if host.Name != "" {
		m.Host = &host
	}
	var extra []court.Court
	if hasVisit {
		extra = append(extra, visited)
	}
	m.Courts = participants(rs, SpanMentions(rs, mentions, m.Span), m.Host, extra, 0, m.Span.End)
	out := []Meeting{m}
	for i, l := range more {
		span := text.Span{Start: l.start, End: len(rs)}
		if i+1 < len(more) {
			span.End = more[i+1].start
		}
		out = append(out, laterMeeting(rs, mentions, l, span, out[len(out)-1], titleLine, publishedAt))
	}
	return out
}

// pick returns the first held meeting, else the first named one.
func pick(cands []candidate) (candidate, bool) {
	for _, c := range cands {
		if c.strong {
			return c, true
		}
	}
	if len(cands) > 0 {
		return cands[0], true
	}
	return candidate{}, false
}

// pickHeld is pick over the body, where a held meeting named in a subtitle
// line yields to the same kind of meeting held in a later sentence: the
// subtitle repeats the headline in short and rarely carries the date or the
// full name ("上海召开法院审判管理工作会议"
// over "2月29日下午,上海市高级人民法院召开全市法院审判管理工作会议。").
func pickHeld(rs []rune, cands []candidate) (candidate, bool) {
	c, ok := pick(cands)
	if !ok || !c.strong || !inSubtitle(rs, c) {
		return c, ok
	}
	kind := kindOf(cleanName(string(rs[c.start:c.end])))
	for _, l := range cands {
		if l.start > c.start && l.strong && !inSubtitle(rs, l) && kindOf(cleanName(string(rs[l.start:l.end]))) == kind {
			return l, true
		}
	}
	return c, true
}

// maxSubtitleRunes bounds a subtitle line; a longer line is prose.
const maxSubtitleRunes = 40

// inSubtitle reports a name on a short line of its own without sentence
// punctuation: a subtitle or repeated headline, not the report's lead.
func inSubtitle(rs []rune, c candidate) bool {
	start, end := c.start, c.end
	for start > 0 && rs[start-1] != '\n' && c.end-start <= maxSubtitleRunes {
		start--
	}
	for end < len(rs) && rs[end] != '\n' && end-start <= maxSubtitleRunes {
		end++
	}
	if end-start > maxSubtitleRunes || start > 0 && rs[start-1] != '\n' {
		return false
	}
	return !strings.ContainsAny(string(rs[start:end]), "。，,；;！!？?：:")
}

// headline returns the headline line that names a meeting (a second line's
// dash removed), with the meeting found in it.
func headline(title string) (string, *candidate, []rune) {
	for _, line := range strings.Split(title, "\n") {
		line = strings.TrimLeft(strings.TrimSpace(line), titleDash)
		rs := []rune(line)
		if c, ok := pick(findNames(rs)); ok {
			return line, &c, rs
		}
	}
	return "", nil, nil
}

// meetingDate reads the meeting's date from its lead: the first date before
// the name in its sentence ("8月10日,云南省高级人民法院召开…"), or between the
// name and its verb ("…会议于3月5日召开"), or else in the sentence before.
// "连日来"/"近日" leads give none.
func meetingDate(rs []rune, from, s0 int, c candidate) (written, bool) {
	lead := string(rs[s0:max(s0, c.start)])
	if c.end > c.start {
		after := string(rs[c.end:min(len(rs), c.end+maxTailRunes)])
		if loc := triggerAfter.FindStringIndex(after); loc != nil {
			lead += "," + after[:loc[1]]
		}
	}
	if todayRe.MatchString(lead) {
		if m := datelineRe.FindStringSubmatchIndex(lead); m != nil {
			w := written{month: atoi(lead, m[2], m[3]), day: atoi(lead, m[4], m[5]), text: lead[m[0]:m[1]]}
			return w, w.day >= 1 && w.day <= 31 && w.month <= 12
		}
	}
	if vagueDateRe.MatchString(lead) {
		return written{}, false
	}
	// A dateline gives the filing day; a date written after it is the
	// meeting's: "人民网通化8月4日电 (记者 刘某)8月3日,…召开" → 8月3日.
	if m := datelineRe.FindStringIndex(lead); m != nil {
		if w, ok := findDate(lead[m[1]:]); ok {
			return w, true
		}
	}
	if w, ok := findDate(lead); ok {
		return w, true
	}
	// A day-only date in the lead's own sentence: "福建省高级人民法院22日在福州召开…".
	if w, ok := findDay(lead); ok && !strings.ContainsAny(lead, "月") {
		return w, true
	}
	if from < s0 {
		prev := string(rs[from:s0])
		if !vagueDateRe.MatchString(prev) {
			return findDate(prev)
		}
	}
	return written{}, false
}

// hostOf returns the court holding the meeting, in order of evidence: none
// when another body holds it (heldByOtherBody), the subject of 召开, the visiting court of an inspection visit, the court the
// headline names, the court a 全省/全市 name implies, the first court of the
// lead, the first court of the text.
func hostOf(rs []rune, mentions []court.Mention, c candidate, found bool, from, to int,
	name, titleLine, all string) (host, visited court.Court, hasVisit bool) {
	vh, vv, isVisit := visit(rs, mentions, from, to)
	// A meeting of the 政法委 or the 人大常委会 has no court host, and no
	// court of the lead or the text stands in for one.
	if found && heldByOtherBody(rs, c, name) {
		return court.Court{}, court.Court{}, false
	}
	if found && c.trigger >= 0 {
		// "湖南高院副院长一行到长沙中院调研并召开座谈会": the visited court is
		// the nearest subject, but the visitor holds the meeting.
		if h, ok := subjectBefore(rs, mentions, c.trigger); ok && !(isVisit && h.Name == vv.Name) {
			return h, court.Court{}, false
		}
	}
	if isVisit {
		return vh, vv, true
	}
	if titleLine != "" {
		trs := []rune(titleLine)
		tms := court.Scan(titleLine)
		if loc := titleVerbRe.FindStringIndex(titleLine); loc != nil {
			if h, ok := subjectBefore(trs, tms, len([]rune(titleLine[:loc[0]]))); ok {
				return h, court.Court{}, false
			}
		}
	}
	if h, ok := scopeCourt(name, all, mentions); ok {
		return h, court.Court{}, false
	}
	for _, m := range mentions {
		if m.Start >= from && m.End <= to {
			return m.Court.Institution(), court.Court{}, false
		}
	}
	if len(mentions) > 0 {
		return mentions[0].Court.Institution(), court.Court{}, false
	}
	return court.Court{}, court.Court{}, false
}

// afterEventRe opens a lead that follows another event of the same day:
// "揭牌仪式后,天荒坪人民法庭召开座谈会", "仪式结束后,召开座谈会".
var afterEventRe = regexp.MustCompile(`^[^,，。]{0,12}?(仪式|典礼|活动|揭牌)(?:结束)?(?:后|之后)`)

const eventLookback = 6 // sentences searched back for the event's date

// eventDate dates a meeting held right after another event by that
// event's date: "9月27日上午,…人民法庭揭牌仪式在…举行。…\n揭牌仪式后,…召开座谈会".
func eventDate(rs []rune, s0 int) (written, bool) {
	m := afterEventRe.FindStringSubmatch(string(rs[s0:min(len(rs), s0+20)]))
	if m == nil {
		return written{}, false
	}
	end := s0
	for n := 0; n < eventLookback && end > 0; n++ {
		start := sentenceStart(rs, end-1)
		sent := string(rs[start:end])
		if strings.Contains(sent, m[1]) {
			if w, ok := findDate(sent); ok {
				return w, true
			}
		}
		end = start
	}
	return written{}, false
}
