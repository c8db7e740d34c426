// Package extract turns one decoded article into courtql's entities. It is a
// pure function of its input: no database, no clock.
//
// The text contract: every extractor (court, meeting, people, stats,
// keyword) receives simplified script. Extract cleans the page, converts
// text, title and page context with script.Simplify (OpenCC t2s, rune for
// rune, so the rune count and every offset stay those of the cleaned text
// that is stored), runs the extractors on the copy, and writes the strings
// they return back in the article's own script. Extractors therefore keep
// no traditional-script duplicates of their word lists.
package extract

import (
	"context"
	"regexp"
	"slices"
	"strings"

	"courtql/loader/clean"
	"courtql/loader/court"
	"courtql/loader/keyword"
	"courtql/loader/meeting"
	"courtql/loader/people"
	"courtql/loader/stats"
	"courtql/loader/text"
)

// Result is everything read from one article.
type Result struct {
	Source      string    `json:"source"`
	Title       string    `json:"title,omitempty"`
	PublishedAt string    `json:"publishedAt,omitempty"`
	Text        string    `json:"-"`
	Courts      []Court   `json:"courts"`
	Meetings    []Meeting `json:"meetings"`
	// Words are Text cut by segment.Default().Cut(Text, true) when
	// extraction cut the whole text anyway (for the keywords of a meeting
	// that spans the page, in a page written in simplified script), so the
	// search index need not cut it again; nil otherwise.
	Words []string `json:"-"`
}

// Court is a court the article names, with every form it used.
type Court struct {
	court.Court
	Aliases []string `json:"aliases,omitempty"`
}

// Meeting is one meeting with everything said and reported at it.
type Meeting struct {
	meeting.Meeting
	Attendances []people.Attendance `json:"attendances"`
	Directives  []Directive         `json:"directives"`
	Statistics  []stats.Figure      `json:"statistics"`
	Keywords    []keyword.Keyword   `json:"keywords"`
}

// Directive is an instruction with its topic and keywords.
type Directive struct {
	people.Directive
	Topic    string            `json:"topic,omitempty"`
	Keywords []keyword.Keyword `json:"keywords,omitempty"`
	// Words are Text cut by segment.Default().Cut(Text, true), for the
	// keywords, when the page is in simplified script (so Text is what was
	// cut); nil otherwise.
	Words []string `json:"-"`
}

// Diagnostics are warnings about an article that was still extracted.
type Diagnostics []string

const (
	meetingKeywords   = 10
	directiveKeywords = 5
)

// Extract reads one article. raw must already be decoded to UTF-8.
func Extract(source, raw string) (Result, Diagnostics) {
	res, diag, _ := ExtractContext(context.Background(), source, raw)
	return res, diag
}

// ExtractContext reads one article like Extract, and stops with ctx.Err()
// once ctx is done: it checks between passes, per meeting, and inside the
// passes whose loops grow with the text. Work is linear in the length of raw.
func ExtractContext(ctx context.Context, source, raw string) (Result, Diagnostics, error) {
	var diag Diagnostics
	if err := ctx.Err(); err != nil {
		return Result{}, nil, err
	}
	page := clean.Clean(raw)
	if err := ctx.Err(); err != nil {
		return Result{}, nil, err
	}
	// Extract from a simplified copy; report in the article's own script.
	sc := newScripts(page.Text)
	d := text.New(sc.simp)
	mentions, err := court.ScanContext(ctx, sc.simp, page.Context)
	if err != nil {
		return Result{}, nil, err
	}
	for i := range mentions {
		mentions[i].Text = string(sc.origRunes[mentions[i].Start:mentions[i].End])
	}
	res := Result{Source: source, Title: page.Title, PublishedAt: page.PublishedAt, Text: page.Text,
		Courts: collectCourts(mentions)}
	if len(d.Paras) == 0 {
		return res, append(diag, "no text after cleaning"), nil
	}
	title := newScripts(page.Title)
	found := meeting.Find(d, title.simp, page.PublishedAt, mentions)
	if err := ctx.Err(); err != nil {
		return Result{}, nil, err
	}
	for _, m := range found {
		if err := ctx.Err(); err != nil {
			return Result{}, nil, err
		}
		// Short forms (市中院) resolve within this meeting's part of the page:
		// a roundup's second meeting is not in the first one's city.
		local := meeting.SpanMentions(d.Runes, mentions, m.Span)
		atts, dirs := people.Extract(d, m.Span, local, m.Host)
		for i, a := range atts {
			if a.Court != nil {
				c := a.Court.Institution() // a tribunal's head speaks for its basic court
				atts[i].Court = &c
			}
		}
		if err := ctx.Err(); err != nil {
			return Result{}, nil, err
		}
		figs := stats.Extract(d, m.Span, local)
		out := Meeting{Meeting: m, Attendances: atts, Statistics: figs}
		spanText := d.Slice(m.Span)
		if words := sc.cut(spanText); words != nil {
			out.Keywords = keyword.TopWords(words, meetingKeywords)
			if res.Words == nil && spanText == res.Text {
				res.Words = words
			}
		} else {
			out.Keywords = keyword.Top(spanText, meetingKeywords)
		}
		out.Title = title.restore(m.Title)
		for _, dir := range dirs {
			x := Directive{Directive: dir, Topic: keyword.Topic(dir.Text)}
			if words := sc.cut(dir.Text); words != nil {
				x.Keywords, x.Words = keyword.TopWords(words, directiveKeywords), words
			} else {
				x.Keywords = keyword.Top(dir.Text, directiveKeywords)
			}
			out.Directives = append(out.Directives, x)
		}
		sc.restoreMeeting(&out)
		res.Meetings = append(res.Meetings, out)
	}
	if len(res.Meetings) == 0 {
		diag = append(diag, "no meeting found")
	}
	resolveParents(&res)
	return res, diag, nil
}

// resolveParents gives every court of res its resolved parent chain
// (court.Court.ParentCourt), so the store reads parents instead of running
// the court grammar.
func resolveParents(res *Result) {
	memo := map[string]court.Court{}
	with := func(c court.Court) court.Court {
		if r, ok := memo[c.Name]; ok && r.Parent == c.Parent {
			return r
		}
		r := c.WithParents()
		memo[c.Name] = r
		return r
	}
	for i := range res.Courts {
		res.Courts[i].Court = with(res.Courts[i].Court)
	}
	for i := range res.Meetings {
		m := &res.Meetings[i]
		if m.Host != nil {
			h := with(*m.Host)
			m.Host = &h
		}
		for j := range m.Courts {
			m.Courts[j] = with(m.Courts[j])
		}
		for j := range m.Attendances {
			if a := &m.Attendances[j]; a.Court != nil {
				c := with(*a.Court)
				a.Court = &c
			}
		}
	}
}

// collectCourts merges mentions into one Court per full name, keeping every
// written form other than the full name as an alias, in order of appearance.
func collectCourts(mentions []court.Mention) []Court {
	idx := map[string]int{}
	var out []Court
	for _, m := range mentions {
		i, ok := idx[m.Court.Name]
		if !ok {
			i = len(out)
			idx[m.Court.Name] = i
			out = append(out, Court{Court: m.Court})
		}
		if m.Text != m.Court.Name && isAliasForm(m.Text) && !slices.Contains(out[i].Aliases, m.Text) {
			out[i].Aliases = append(out[i].Aliases, m.Text)
		}
	}
	return out
}

// isAliasForm keeps as aliases only forms that name one court on their own
// (云南高院, 省高院, 元阳县法院, 天津三中院), not a place cut from a list such as
// 本溪、阜新、朝阳等三家中院 or 共和、同德、贵南五县法院 (阜新, 朝阳等三家中院,
// 贵南五县法院).
func isAliasForm(s string) bool {
	return (strings.HasSuffix(s, "院") || strings.HasSuffix(s, "庭")) && !strings.ContainsAny(s, "、等") &&
		!countedCourts.MatchString(s)
}

// countedCourts ends a list of courts with its count: 五县法院, 三家中院, 两个中院.
var countedCourts = regexp.MustCompile(`[两二三四五六七八九十]+(?:个|家|所|县|区|市)+(?:基层)?(?:法院|中院)$`)
