// Package meeting finds the meetings an article reports: name, kind, date,
// host and participating courts.
package meeting

import (
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

// Find returns the meetings reported by d. title and publishedAt come from
// the page header (clean.Page). STUB: one meeting spanning the whole text.
func Find(d *text.Doc, title, publishedAt string, mentions []court.Mention) []Meeting {
	m := Meeting{Title: title, Name: "会议", Kind: "会议", Span: text.Span{Start: 0, End: len(d.Runes)}}
	if len(mentions) > 0 {
		c := mentions[0].Court
		m.Host = &c
		m.Courts = []court.Court{c}
	}
	return []Meeting{m}
}
