package graph

import (
	"fmt"
	"strings"
	"testing"
)

// benchQuery is issue 7's benchmark query: a page of meetings with every
// nested list the front page shows.
const benchQuery = `{ meetings(first: 20) { edges { node { name date kind host { name } courts { name }
  attendances { roles titles speaker { name } }
  directives(first: 20) { edges { node { text ordinal speaker { name } } } }
  statistics(first: 20) { edges { node { metric value unit } } } } } } }`

// benchQueryTotals is benchQuery asking every connection for totalCount.
const benchQueryTotals = `{ meetings(first: 20) { totalCount edges { node { name date kind host { name } courts { name }
  attendances { roles titles speaker { name } }
  directives(first: 20) { totalCount edges { node { text ordinal speaker { name } } } }
  statistics(first: 20) { totalCount edges { node { metric value unit } } } } } } }`

// n1Query walks every nested field of every type, through fragments and
// aliases, two levels below the root page.
const n1Query = `{ meetings(first: 100) { edges { node { ...M
  document { source } keywords { word }
  attendances { meeting { name } speaker { ...S } }
  statistics(first: 100) { totalCount edges { node { meeting { name } } } } } } } }
fragment M on Meeting {
  host { name aliases parent { name } meetings(first: 2) { edges { node { name } } } }
  courts { name }
  directives(first: 100) { edges { node { keywords { word } meeting { name } speaker { name } } } }
  few: directives(first: 1) { edges { node { text } } }
}
fragment S on Speaker { name titles court { name } attendances { roles } directives(first: 5) { totalCount } }`

// TestStatementCounts counts every SQL statement for queries over 5 and 50
// meetings: nested fields load once per list field and level, so the count
// is exact and does not depend on the number of rows.
func TestStatementCounts(t *testing.T) {
	tests := []struct {
		name  string
		query string
		want  int64
	}{
		// meetings, host, courts, attendances, their speakers, directives,
		// their speakers, statistics
		{"benchmark query", benchQuery, 8},
		// the same and a COUNT for each of the three connections
		{"benchmark query with totalCount", benchQueryTotals, 11},
		// meetings; M: host, its aliases, parent, meetings; courts;
		// directives, their keywords, meeting, speaker; few; document,
		// keywords; attendances, their meeting, speaker; S: court,
		// attendances (shared by titles), directives, their count;
		// statistics, their count, their meeting
		{"every nested field", n1Query, 23},
	}
	for _, n := range []int{5, 50} {
		db, count := testDB(t)
		seed(t, db, n)
		c := testClient(t, db, Options{})
		for _, tt := range tests {
			t.Run(fmt.Sprintf("%s/%d meetings", tt.name, n), func(t *testing.T) {
				var resp struct {
					Meetings struct{ Edges []struct{} }
				}
				count.Reset()
				c.MustPost(tt.query, &resp)
				want := min(n, 20)
				if strings.Contains(tt.query, "first: 100") {
					want = n
				}
				if len(resp.Meetings.Edges) != want {
					t.Fatalf("got %d meetings, want %d", len(resp.Meetings.Edges), want)
				}
				if got := count.Load(); got != tt.want {
					t.Errorf("%d meetings: %d statements, want %d:\n%s", n, got, tt.want, count)
				}
			})
		}
	}
}
