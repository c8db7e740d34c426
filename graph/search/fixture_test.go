package search

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"unicode"

	"gorm.io/gorm"

	"courtql/internal/dbtest"
	"courtql/model"
)

// fakeTokenize stands in for gse in unit tests: words are the texts between
// spaces and punctuation, so tests choose the segmentation by spacing.
func fakeTokenize(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) })
}

// fixture is a temporary database opened with DriverName plus helpers that
// insert rows directly.
type fixture struct {
	t   *testing.T
	db  *gorm.DB
	ix  *Index
	seq int
}

func newFixture(t *testing.T, tok Tokenizer) *fixture {
	t.Helper()
	db := dbtest.Open(t, DriverName, "?_foreign_keys=1&_busy_timeout=5000&_synchronous=OFF")
	if err := db.AutoMigrate(model.All()...); err != nil {
		t.Fatal(err)
	}
	ix, err := Open(db, tok)
	if err != nil {
		t.Fatal(err)
	}
	return &fixture{t: t, db: db, ix: ix}
}

func (f *fixture) uid() string {
	f.seq++
	return fmt.Sprintf("u%d", f.seq)
}

func (f *fixture) create(v any) {
	f.t.Helper()
	if err := f.db.Create(v).Error; err != nil {
		f.t.Fatal(err)
	}
}

func (f *fixture) doc(text string) *model.Document {
	d := &model.Document{UID: f.uid(), Source: f.uid() + ".txt", Hash: "h", Text: text}
	f.create(d)
	return d
}

func (f *fixture) meeting(doc *model.Document, name, kind string) *model.Meeting {
	m := &model.Meeting{UID: f.uid(), DocumentID: doc.ID, Name: name, Kind: kind}
	f.create(m)
	return m
}

func (f *fixture) directive(m *model.Meeting, text string) *model.Directive {
	d := &model.Directive{UID: f.uid(), MeetingID: m.ID, Text: text}
	f.create(d)
	return d
}

func (f *fixture) statistic(m *model.Meeting, metric, text string) *model.Statistic {
	s := &model.Statistic{UID: f.uid(), MeetingID: m.ID, Metric: metric, Text: text}
	f.create(s)
	return s
}

func (f *fixture) speaker(m *model.Meeting, name, titles string) *model.Speaker {
	s := &model.Speaker{UID: f.uid(), Name: name}
	f.create(s)
	f.create(&model.Attendance{MeetingID: m.ID, SpeakerID: s.ID, Titles: titles})
	return s
}

func (f *fixture) court(name string, aliases ...string) *model.Court {
	c := &model.Court{UID: f.uid(), Name: name, Level: model.LevelHigh}
	f.create(c)
	for _, a := range aliases {
		f.create(&model.CourtAlias{CourtID: c.ID, Alias: a})
	}
	return c
}

func (f *fixture) rebuild() {
	f.t.Helper()
	if err := f.ix.Rebuild(context.Background()); err != nil {
		f.t.Fatal(err)
	}
}

// search runs a search that must succeed.
func (f *fixture) search(query string, types []string, first int, after string) ([]Hit, int, bool) {
	f.t.Helper()
	hits, total, next, err := f.ix.Search(context.Background(), query, types, first, after)
	if err != nil {
		f.t.Fatalf("Search(%q): %v", query, err)
	}
	return hits, total, next
}

// refs renders hits as "Type:ID" for comparisons.
func refs(hits []Hit) []string {
	out := make([]string, len(hits))
	for i, h := range hits {
		out[i] = fmt.Sprintf("%s:%d", h.Type, h.ID)
	}
	return out
}

func ref(typ string, id uint) string { return fmt.Sprintf("%s:%d", typ, id) }
