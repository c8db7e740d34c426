package graph

import (
	"regexp"
	"strings"
	"testing"

	"gorm.io/gorm"

	"courtql/graph/sqlcount"
	"courtql/internal/dbtest"
)

// tableScan is a query-plan line reading a whole table without an index.
var tableScan = regexp.MustCompile(`^SCAN [a-z_]+$`)

// TestRootConnectionsUseIndexes runs EXPLAIN QUERY PLAN on every statement
// of each root connection's orderings and filters, on the first page and on
// the page after a cursor: none may sort in a temporary B-tree, and none may
// scan a table without an index, except where the case says why.
func TestRootConnectionsUseIndexes(t *testing.T) {
	if dbtest.Postgres() {
		t.Skip("EXPLAIN QUERY PLAN is SQLite's; PostgreSQL plans depend on its statistics")
	}
	db, count := testDB(t)
	seed(t, db, 30)
	c := testClient(t, db, Options{})
	court, meeting, speaker := globalID(typeCourt, "court-high"), globalID(typeMeeting, "meeting-0"), globalID(typeSpeaker, "speaker-0")
	tests := []struct {
		name, field, args string
		// scanOK explains why a plan may read the table without an index.
		scanOK string
	}{
		{"courts by name", "courts", ``, ""},
		{"courts of a level", "courts", `filter: {level: INTERMEDIATE}`, ""},
		{"courts of a province", "courts", `filter: {province: "云南省"}`, ""},
		{"courts of a city", "courts", `filter: {city: "昆明市"}`, ""},
		{"courts by name part", "courts", `filter: {nameContains: "昆明"}`, ""},
		{"meetings newest first", "meetings", ``, ""},
		{"meetings by date", "meetings", `orderBy: {field: DATE}`, ""},
		{"meetings by date desc", "meetings", `orderBy: {field: DATE, direction: DESC}`, ""},
		{"meetings by name", "meetings", `orderBy: {field: NAME}`, ""},
		{"meetings by name desc", "meetings", `orderBy: {field: NAME, direction: DESC}`, ""},
		{"meetings of a host", "meetings", `filter: {host: "` + court + `"}`, ""},
		{"meetings of a host by name", "meetings", `filter: {host: "` + court + `"}, orderBy: {field: NAME}`, ""},
		{"meetings of a kind", "meetings", `filter: {kind: "座谈会"}`, ""},
		{"meetings of a kind by name", "meetings", `filter: {kind: "座谈会"}, orderBy: {field: NAME, direction: DESC}`, ""},
		{"meetings from a date", "meetings", `filter: {dateFrom: "2023-03-01"}`, ""},
		{"meetings to a date", "meetings", `filter: {dateTo: "2023-06-01"}, orderBy: {field: DATE}`, ""},
		{"meetings of a court", "meetings", `filter: {court: "` + court + `"}`, ""},
		{"meetings of a speaker", "meetings", `filter: {speaker: "` + speaker + `"}`, ""},
		{"meetings with a keyword", "meetings", `filter: {keyword: "审判"}`, ""},
		{"meetings with a topic", "meetings", `filter: {topic: "执行工作"}`, ""},
		{"speakers", "speakers", ``, ""},
		{"speakers of a court", "speakers", `filter: {court: "` + court + `"}`, ""},
		{"speakers by name part", "speakers", `filter: {nameContains: "张"}`, "a substring LIKE cannot seek a B-tree; the scan runs in id order and stops at the page's end"},
		{"speakers by title", "speakers", `filter: {title: "院长"}`, "a substring LIKE cannot seek a B-tree; the scan runs in id order and stops at the page's end"},
		{"directives", "directives", ``, ""},
		{"directives of a meeting", "directives", `filter: {meeting: "` + meeting + `"}`, ""},
		{"directives of a speaker", "directives", `filter: {speaker: "` + speaker + `"}`, ""},
		{"directives of a topic", "directives", `filter: {topic: "执行工作"}`, ""},
		{"directives with a keyword", "directives", `filter: {keyword: "执行"}`, ""},
		{"statistics", "statistics", ``, ""},
		{"statistics of a metric", "statistics", `filter: {metric: "受理案件"}`, ""},
		{"statistics of a unit", "statistics", `filter: {unit: "件"}`, ""},
		{"statistics of a meeting", "statistics", `filter: {meeting: "` + meeting + `"}`, ""},
		{"statistics redacted", "statistics", `filter: {redacted: true}`, ""},
		{"statistics of a court", "statistics", `filter: {court: "` + court + `"}`, "the court is the meeting's host: statistics are read in id order, each checked through the meeting's primary key, until the page is full"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := "first: 2"
			if tt.args != "" {
				args += ", " + tt.args
			}
			var resp map[string]struct {
				TotalCount int
				PageInfo   struct{ EndCursor *string }
			}
			count.Reset()
			c.MustPost(`{ `+tt.field+`(`+args+`) { totalCount pageInfo { endCursor } } }`, &resp)
			stmts := count.Statements()
			if end := resp[tt.field].PageInfo.EndCursor; end != nil {
				count.Reset()
				c.MustPost(`{ `+tt.field+`(`+args+`, after: "`+*end+`") { totalCount pageInfo { endCursor } } }`, &resp)
				stmts = append(stmts, count.Statements()...)
			} else {
				t.Errorf("%s: empty first page; the case tests nothing after a cursor", tt.name)
			}
			for _, st := range stmts {
				for _, line := range explain(t, db, st) {
					if strings.Contains(line, "TEMP B-TREE") && strings.Contains(line, "ORDER BY") {
						t.Errorf("sorts in a temporary B-tree:\n%s\n%s", st.SQL, line)
					}
					if tableScan.MatchString(line) && tt.scanOK == "" && !orderedByID(st.SQL) {
						t.Errorf("scans a table without an index:\n%s\n%s", st.SQL, line)
					}
				}
			}
		})
	}
}

// orderedByID reports whether a paging statement reads rows in primary-key
// order: its table scan is then a range read in output order that the LIMIT
// ends.
func orderedByID(sql string) bool {
	return strings.Contains(sql, "ORDER BY id ") && strings.Contains(sql, "LIMIT")
}

// explain returns the detail lines of st's query plan.
func explain(t *testing.T, db *gorm.DB, st sqlcount.Statement) []string {
	t.Helper()
	var rows []struct{ Detail string }
	if err := db.Raw("EXPLAIN QUERY PLAN "+st.SQL, st.Args...).Scan(&rows).Error; err != nil {
		t.Fatalf("explain %s: %v", st.SQL, err)
	}
	out := make([]string, len(rows))
	for i, r := range rows {
		out[i] = r.Detail
	}
	return out
}
