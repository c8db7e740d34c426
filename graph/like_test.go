package graph

import (
	"fmt"
	"testing"

	"courtql/model"
)

// TestContainsFiltersIgnoreASCIICase: nameContains and title match Latin
// letters in any case on every database (SQLite's LIKE does; PostgreSQL's
// LIKE would not), and LIKE's wildcards stay literal.
func TestContainsFiltersIgnoreASCIICase(t *testing.T) {
	db, _ := testDB(t)
	court := model.Court{UID: "court-spc", Name: "SPC 最高人民法院", Level: model.LevelSupreme}
	if err := db.Create(&court).Error; err != nil {
		t.Fatal(err)
	}
	if err := db.Create(&model.Speaker{UID: "speaker-li", Name: "Li Ming", CourtID: &court.ID}).Error; err != nil {
		t.Fatal(err)
	}
	c := testClient(t, db, Options{})
	tests := []struct {
		field, filter string
		want          int
	}{
		{"courts", `{nameContains: "spc"}`, 1},
		{"courts", `{nameContains: "SPC"}`, 1},
		{"courts", `{nameContains: "S_C"}`, 0},
		{"speakers", `{nameContains: "LI MING"}`, 1},
		{"speakers", `{nameContains: "li m"}`, 1},
		{"speakers", `{nameContains: "L%"}`, 0},
	}
	for _, tt := range tests {
		t.Run(tt.field+tt.filter, func(t *testing.T) {
			var resp map[string]struct{ TotalCount int }
			c.MustPost(fmt.Sprintf(`{ %s(filter: %s) { totalCount } }`, tt.field, tt.filter), &resp)
			if got := resp[tt.field].TotalCount; got != tt.want {
				t.Errorf("totalCount = %d, want %d", got, tt.want)
			}
		})
	}
}
