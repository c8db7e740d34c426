package graph

import (
	"context"
	"errors"
	"reflect"
	"sort"
	"testing"
	"time"

	"gorm.io/gorm"

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
	rd, err := readerOf(db, nil)
	if err != nil {
		t.Fatal(err)
	}
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
			union, err := windowRows(ctx, rd, "meeting_id", "", ids, orderBySeq, tt.c, tt.limit, parent)
			if err != nil {
				t.Fatal(err)
			}
			window, err := windowRows(ctx, rd, "meeting_id", "", many, orderBySeq, tt.c, tt.limit, parent)
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
				all, err := windowRows(ctx, rd, "meeting_id", "", ids, orderBySeq, tt.c, -1, parent)
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

// TestReaderScansAsGorm: every model type the reader scans by hand reads back
// as GORM reads it (apart from the timestamps the graph never shows).
func TestReaderScansAsGorm(t *testing.T) {
	db, _ := testDB(t)
	seed(t, db, 6)
	rd, err := readerOf(db, nil)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	check := func(name string, viaGorm, viaReader any, err error) {
		t.Helper()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if reflect.ValueOf(viaGorm).Len() == 0 {
			t.Fatalf("%s: no rows seeded; the case tests nothing", name)
		}
		if !reflect.DeepEqual(viaGorm, viaReader) {
			t.Errorf("%s: GORM and the reader differ:\n%+v\n%+v", name, viaGorm, viaReader)
		}
	}
	same := func(name string, load func() (gormRows, readerRows any, err error)) {
		t.Helper()
		g, r, err := load()
		check(name, g, r, err)
	}
	same("courts", func() (any, any, error) { return both[model.Court](ctx, db, rd) })
	same("court aliases", func() (any, any, error) { return both[model.CourtAlias](ctx, db, rd) })
	same("documents", func() (any, any, error) { return both[model.Document](ctx, db, rd) })
	same("meetings", func() (any, any, error) { return both[model.Meeting](ctx, db, rd) })
	same("speakers", func() (any, any, error) { return both[model.Speaker](ctx, db, rd) })
	same("attendances", func() (any, any, error) { return both[model.Attendance](ctx, db, rd) })
	same("directives", func() (any, any, error) { return both[model.Directive](ctx, db, rd) })
	same("statistics", func() (any, any, error) { return both[model.Statistic](ctx, db, rd) })
	same("keywords", func() (any, any, error) { return both[model.Keyword](ctx, db, rd) })
}

// both reads every row of T in id order through GORM and through the
// reader, with the timestamps the reader skips cleared.
func both[T any](ctx context.Context, db *gorm.DB, rd *reader) ([]*T, []*T, error) {
	var viaGorm []*T
	if err := db.Order("id").Find(&viaGorm).Error; err != nil {
		return nil, nil, err
	}
	ids := make([]uint, len(viaGorm))
	for i, r := range viaGorm {
		ids[i] = rowID(r)
		switch v := any(r).(type) {
		case *model.Court:
			v.CreatedAt = time.Time{}
		case *model.Document:
			v.LoadedAt = time.Time{}
		}
	}
	viaReader, err := byIDs[T](ctx, rd, ids)
	sort.Slice(viaReader, func(i, j int) bool { return rowID(viaReader[i]) < rowID(viaReader[j]) })
	return viaGorm, viaReader, err
}

// TestStatementTextsAreFew: IN lists and UNION ALL parts are padded, so
// groups of 1 to 64 parents use 7 statement texts per field, not 64.
func TestStatementTextsAreFew(t *testing.T) {
	db, count := testDB(t)
	seed(t, db, 3)
	rd, err := readerOf(db, nil)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	count.Reset()
	for n := 1; n <= 64; n++ {
		ids := make([]uint, n)
		for i := range ids {
			ids[i] = uint(i + 1)
		}
		if _, err := byIDs[model.Meeting](ctx, rd, ids); err != nil {
			t.Fatal(err)
		}
		if _, err := windowRows(ctx, rd, "meeting_id", "", ids, orderBySeq, nil, 2, func(d *model.Directive) uint { return d.MeetingID }); err != nil {
			t.Fatal(err)
		}
	}
	texts := map[string]bool{}
	for _, st := range count.Statements() {
		texts[st.SQL] = true
	}
	if got := int64(len(texts)); got != 14 || count.Load() != 128 {
		t.Errorf("%d statements with %d texts, want 128 with 14 (7 sizes x 2 fields)", count.Load(), got)
	}
}

func TestRebind(t *testing.T) {
	tests := []struct {
		postgres bool
		in, want string
	}{
		{false, "a = ? AND b IN (?,?)", "a = ? AND b IN (?,?)"},
		{true, "a = ? AND b IN (?,?)", "a = $1 AND b IN ($2,$3)"},
		{true, "SELECT 1", "SELECT 1"},
	}
	for _, tt := range tests {
		if got := (&reader{postgres: tt.postgres}).rebind(tt.in); got != tt.want {
			t.Errorf("rebind(%q, postgres=%v) = %q, want %q", tt.in, tt.postgres, got, tt.want)
		}
	}
}

// TestReadsStopWhenCancelled: a read whose request has ended (its timeout)
// runs no statement.
func TestReadsStopWhenCancelled(t *testing.T) {
	db, count := testDB(t)
	seed(t, db, 2)
	rd, err := readerOf(db, nil)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	count.Reset()
	if _, err := byIDs[model.Meeting](ctx, rd, []uint{1}); !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
	if n := count.Load(); n != 0 {
		t.Errorf("%d statements run after the request ended", n)
	}
}
