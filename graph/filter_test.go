package graph

import (
	"fmt"
	"testing"
)

// TestFilters checks one row per filter argument against the seed of 10
// meetings (see seed): totals of the filtered root connection.
func TestFilters(t *testing.T) {
	db, _ := testDB(t)
	seed(t, db, 10)
	c := testClient(t, db, Options{})
	high := globalID(typeCourt, "court-high")
	kunming := globalID(typeCourt, "court-0")
	m0 := globalID(typeMeeting, "meeting-0")
	sp0 := globalID(typeSpeaker, "speaker-0")
	tests := []struct {
		field, filter string
		want          int
	}{
		{"courts", `{level: HIGH}`, 1},
		{"courts", `{province: "云南省"}`, 3},
		{"courts", `{city: "曲靖市"}`, 1},
		{"courts", `{nameContains: "中级"}`, 2},
		{"courts", `{nameContains: "云南高院"}`, 1},           // by alias
		{"courts", `{nameContains: "%"}`, 0},              // LIKE wildcards are literal
		{"meetings", fmt.Sprintf(`{host: %q}`, high), 4},  // i = 0, 3, 6, 9
		{"meetings", fmt.Sprintf(`{court: %q}`, high), 7}, // host, or second court (i%3 == 2)
		{"meetings", `{kind: "座谈会"}`, 5},                  // even i
		{"meetings", `{dateFrom: "2023-05-01"}`, 4},       // months 5..10 minus undated i=4, 9
		{"meetings", `{dateTo: "2023-02-01"}`, 2},         // i = 0, 1
		{"meetings", `{dateFrom: "2023-02-01", dateTo: "2023-03-01"}`, 2},
		{"meetings", fmt.Sprintf(`{speaker: %q}`, sp0), 1},
		{"meetings", `{keyword: "词1"}`, 5},
		{"meetings", `{topic: "执行工作"}`, 10},
		{"meetings", `{topic: "无此主题"}`, 0},
		{"meetings", fmt.Sprintf(`{host: %q}`, globalID(typeCourt, "missing")), 0},
		{"speakers", `{nameContains: "张1"}`, 1},
		{"speakers", fmt.Sprintf(`{court: %q}`, kunming), 3},
		{"speakers", `{title: "院长"}`, 10},
		{"speakers", `{title: "庭长"}`, 0},
		{"directives", fmt.Sprintf(`{meeting: %q}`, m0), 3},
		{"directives", fmt.Sprintf(`{speaker: %q}`, sp0), 2},
		{"directives", `{topic: "队伍建设"}`, 10},
		{"directives", `{keyword: "执行"}`, 30},
		{"statistics", `{metric: "执结率"}`, 10},
		{"statistics", `{unit: "件"}`, 10},
		{"statistics", fmt.Sprintf(`{court: %q}`, high), 8},
		{"statistics", fmt.Sprintf(`{meeting: %q}`, m0), 2},
		{"statistics", `{redacted: true}`, 2}, // i = 3, 7
		{"statistics", `{redacted: false, metric: "受理案件"}`, 8},
	}
	for _, tt := range tests {
		t.Run(tt.field+tt.filter, func(t *testing.T) {
			var resp map[string]struct{ TotalCount int }
			c.MustPost(fmt.Sprintf(`{ %s(filter: %s) { totalCount edges { node { id } } } }`, tt.field, tt.filter), &resp)
			if got := resp[tt.field].TotalCount; got != tt.want {
				t.Errorf("totalCount = %d, want %d", got, tt.want)
			}
		})
	}
}
