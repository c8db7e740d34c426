package graph

import (
	"context"
	"reflect"
	"testing"

	"courtql/model"
)

// TestWindowRowsFormsAgree: windowRows reads a page per parent with UNION
// ALL for small groups and a window function for large ones, and all rows
// without a limit; every form must give the same rows in the same order.
func TestWindowRowsFormsAgree(t *testing.T) {
	db, _ := testDB(t)
	seed(t, db, 12)
	var ids []uint
	db.Model(&model.Meeting{}).Order("id").Pluck("id", &ids)
	many := append([]uint(nil), ids...)
	for i := range maxUnionParents + 1 {
		many = append(many, uint(100000+i)) // no such meetings: only forces the window form
	}
	after := &cursor{Order: orderBySeq.name, Key: 0, ID: 0}
	parent := func(d *model.Directive) uint { return d.MeetingID }
	ctx := context.Background()
	tests := []struct {
		name  string
		c     *cursor
		limit int
	}{
		{"first 2", nil, 2},
		{"2 after the first", after, 2},
		{"more than there are", nil, 50},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.c != nil {
				var first model.Directive
				db.Where("meeting_id = ?", ids[0]).Order("seq, id").First(&first)
				tt.c = &cursor{Order: orderBySeq.name, Key: first.Seq, ID: first.ID}
			}
			union, err := windowRows(ctx, db, "directives", "meeting_id", "", ids, orderBySeq, tt.c, tt.limit, parent)
			if err != nil {
				t.Fatal(err)
			}
			window, err := windowRows(ctx, db, "directives", "meeting_id", "", many, orderBySeq, tt.c, tt.limit, parent)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(union, window) {
				t.Errorf("union and window forms differ:\n%v\n%v", union, window)
			}
			if got := len(union[ids[0]]); got != min(tt.limit, 3-btoi(tt.c != nil)) {
				t.Errorf("first meeting: %d directives", got)
			}
			if tt.limit > 3 {
				all, err := windowRows(ctx, db, "directives", "meeting_id", "", ids, orderBySeq, tt.c, -1, parent)
				if err != nil {
					t.Fatal(err)
				}
				if !reflect.DeepEqual(union, all) {
					t.Errorf("limited and unlimited forms differ")
				}
			}
		})
	}
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}
