package graph

import (
	"encoding/base64"
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/99designs/gqlgen/client"
	"gorm.io/driver/sqlite"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"

	"courtql/model"
)

// cursorQueries read every connection that takes `after`, at the root and
// nested, in every ordering.
var cursorQueries = []string{
	`query($a: String) { courts(first: 2, after: $a) { totalCount } }`,
	`query($a: String) { meetings(first: 2, after: $a) { edges { node { id } } } }`,
	`query($a: String) { meetings(first: 2, after: $a, orderBy: {field: DATE, direction: ASC}) { edges { node { id } } } }`,
	`query($a: String) { meetings(first: 2, after: $a, orderBy: {field: NAME, direction: ASC}) { edges { node { id } } } }`,
	`query($a: String) { meetings(first: 2, after: $a, orderBy: {field: NAME, direction: DESC}) { edges { node { id } } } }`,
	`query($a: String) { speakers(first: 2, after: $a) { edges { node { id } } } }`,
	`query($a: String) { directives(first: 2, after: $a) { edges { node { id } } } }`,
	`query($a: String) { statistics(first: 2, after: $a) { edges { node { id } } } }`,
	`query($a: String) { courts(first: 1) { edges { node { meetings(first: 2, after: $a) { totalCount } } } } }`,
	`query($a: String) { meetings(first: 1) { edges { node {
	   directives(first: 2, after: $a) { totalCount } statistics(first: 2, after: $a) { totalCount } } } } }`,
	`query($a: String) { speakers(first: 1) { edges { node { directives(first: 2, after: $a) { totalCount } } } } }`,
}

// cursorDB is a database with one row of each kind a cursor points into.
func cursorDB(tb testing.TB, dir string) *gorm.DB {
	db, err := gorm.Open(sqlite.Open(filepath.Join(dir, "cursor.db")), &gorm.Config{Logger: logger.Discard})
	if err != nil {
		tb.Fatal(err)
	}
	if err := db.AutoMigrate(model.All()...); err != nil {
		tb.Fatal(err)
	}
	court := model.Court{UID: "c", Name: "云南省高级人民法院", Level: model.LevelHigh}
	doc := model.Document{UID: "d", Source: "a.txt", Hash: "h", Text: "正文"}
	for _, row := range []any{&court, &doc} {
		if err := db.Create(row).Error; err != nil {
			tb.Fatal(err)
		}
	}
	m := model.Meeting{UID: "m", DocumentID: doc.ID, Name: "座谈会", Kind: "座谈会", Date: ptr("2023-01-01"), HostID: &court.ID}
	if err := db.Create(&m).Error; err != nil {
		tb.Fatal(err)
	}
	sp := model.Speaker{UID: "s", Name: "张三", CourtID: &court.ID}
	if err := db.Create(&sp).Error; err != nil {
		tb.Fatal(err)
	}
	for _, row := range []any{
		&model.MeetingCourt{MeetingID: m.ID, CourtID: court.ID},
		&model.Directive{UID: "dir", MeetingID: m.ID, SpeakerID: &sp.ID, Text: "要求"},
		&model.Statistic{UID: "st", MeetingID: m.ID, Metric: "受理案件", Text: "句子"},
	} {
		if err := db.Create(row).Error; err != nil {
			tb.Fatal(err)
		}
	}
	return db
}

// cursorErrors runs every cursor query with after and returns the codes of
// the errors it gets ("" for an error without a code: an internal one).
func cursorErrors(tb testing.TB, c *client.Client, after string) map[string]string {
	out := map[string]string{}
	for _, q := range cursorQueries {
		var resp any
		err := c.Post(q, &resp, client.Var("a", after))
		if err == nil {
			continue
		}
		var errs []struct {
			Message    string
			Extensions map[string]any
		}
		if jerr := json.Unmarshal([]byte(err.Error()), &errs); jerr != nil {
			out[q] = err.Error()
			continue
		}
		for _, e := range errs {
			code, _ := e.Extensions["code"].(string)
			if code != model.EInvalid {
				out[q] = e.Message + " [" + code + "]"
			}
		}
	}
	return out
}

func forged(payload string) string {
	return base64.RawURLEncoding.EncodeToString([]byte(payload))
}

// TestForgedCursorsAreBadUserInput: cursors that decode but do not describe a
// row (wrong key type, unknown ordering, no id) are refused as bad input, not
// passed to SQL to fail there.
func TestForgedCursorsAreBadUserInput(t *testing.T) {
	c := client.New(testHandler(cursorDB(t, t.TempDir()), Options{}))
	for _, after := range []string{
		forged(`{"o":"date-","k":{"a":1},"i":4}`),
		forged(`{"o":"date-","k":[1,2],"i":4}`),
		forged(`{"o":"date-","k":5,"i":4}`),
		forged(`{"o":"name","k":true,"i":4}`),
		forged(`{"o":"seq","k":"x","i":4}`),
		forged(`{"o":"seq","k":1.5,"i":4}`),
		forged(`{"o":"seq","k":1e300,"i":4}`),
		forged(`{"o":"id","k":"x","i":4}`),
		forged(`{"o":"id","i":0}`),
		forged(`{"o":"id","i":18446744073709551615}`),
		forged(`{"o":"; DROP TABLE meetings","i":4}`),
		forged(`{"o":"date-","i":4}`),
		forged(`null`),
		forged(`[]`),
		forged(`"x"`),
		"%%%",
	} {
		for q, got := range cursorErrors(t, c, after) {
			t.Errorf("after %s:\n%s\ngot %s, want only BAD_USER_INPUT", after, q, got)
		}
	}
}

// FuzzCursorNeverInternal: whatever `after` a client sends, every connection
// answers with data or BAD_USER_INPUT, never an internal error.
func FuzzCursorNeverInternal(f *testing.F) {
	for _, s := range []cursor{
		{Order: "date-", Key: "2023-01-01", ID: 1}, {Order: "seq", Key: 0, ID: 1},
		{Order: "id", ID: 1}, {Order: "name", Key: "a", ID: 1},
	} {
		f.Add(encodeCursor(s))
	}
	f.Add(forged(`{"o":"date-","k":{"a":1},"i":4}`))
	f.Add("")
	c := client.New(testHandler(cursorDB(f, f.TempDir()), Options{}))
	f.Fuzz(func(t *testing.T, after string) {
		for q, got := range cursorErrors(t, c, after) {
			t.Errorf("after %q:\n%s\ngot %s", after, q, got)
		}
	})
}

// TestCursorsWhereSelected: cursors are encoded only for connections that
// select one, and every way of selecting one gets them: edges.cursor,
// pageInfo's start and end cursors, a fragment on the edge type, and an
// alias of the same connection beside one that selects none.
func TestCursorsWhereSelected(t *testing.T) {
	db, _ := testDB(t)
	seed(t, db, 3)
	c := testClient(t, db, Options{})
	tests := []struct {
		name, query string
	}{
		{"edges", `{ meetings(first: 2) { edges { cursor } } }`},
		{"page info", `{ meetings(first: 2) { pageInfo { endCursor startCursor } } }`},
		{"fragment on the edge", `{ meetings(first: 2) { edges { ...E } } } fragment E on MeetingEdge { cursor }`},
		{"alias beside one without", `{ meetings(first: 1) { edges { node { a: directives(first: 2) { edges { node { text } } }
			b: directives(first: 2) { edges { cursor } } } } } }`},
		{"nested after one without", `{ meetings(first: 1) { edges { node { a: statistics(first: 2) { totalCount }
			b: statistics(first: 2) { pageInfo { endCursor } } } } } }`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var resp map[string]any
			c.MustPost(tt.query, &resp)
			var cursors []string
			var walk func(v any)
			walk = func(v any) {
				switch x := v.(type) {
				case map[string]any:
					for k, e := range x {
						if s, ok := e.(string); ok && (k == "cursor" || k == "endCursor" || k == "startCursor") {
							cursors = append(cursors, s)
						}
						walk(e)
					}
				case []any:
					for _, e := range x {
						walk(e)
					}
				}
			}
			walk(resp)
			if len(cursors) == 0 {
				t.Fatalf("no cursors in %v", resp)
			}
			for _, s := range cursors {
				if _, err := decodeCursor(s); err != nil {
					t.Errorf("cursor %q: %v", s, err)
				}
			}
		})
	}
}
