package main

import (
	"context"
	"io"
	"log/slog"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"gorm.io/gorm"
)

// evalQuery is the shape ../shared/tools/extract-eval and dashboards read: a
// page of meetings with every nested list.
const evalQuery = `{ meetings(first: 100) { edges { node {
  title name kind date document { source } host { name } courts { name aliases }
  attendances { roles titles speaker { name court { name } } }
  directives(first: 100) { totalCount edges { node { ordinal text speaker { name } } } }
  statistics(first: 100) { totalCount edges { node { metric value unit } } }
  keywords { word }
} } } }`

// TestNoNPlusOneThroughTheServer counts SQL statements for one query through
// the whole stack (transport limits, dataloaders, resolvers) over 5 and 50
// meetings: the count must depend on the query's depth, not on the rows.
func TestNoNPlusOneThroughTheServer(t *testing.T) {
	statements := func(copies int) (int64, int) {
		dir := t.TempDir()
		seeds, _ := filepath.Glob("seeds/*.txt")
		for i := 0; i < copies; i++ {
			for _, f := range seeds {
				b, _ := os.ReadFile(f)
				// A different trailing blank line per copy: identical texts
				// would be stored once, as duplicates.
				b = append(b, strings.Repeat("\n", i+1)...)
				os.WriteFile(filepath.Join(dir, string(rune('a'+i))+"_"+filepath.Base(f)), b, 0o644)
			}
		}
		log := slog.New(slog.NewTextHandler(io.Discard, nil))
		st, err := openBackend(context.Background(), filepath.Join(t.TempDir(), "n1.db"), 0, log)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(st.close)
		if _, err := st.loader.Load(context.Background(), dir); err != nil {
			t.Fatal(err)
		}
		db := st.db
		var count atomic.Int64
		db.Callback().Query().After("gorm:query").Register("test:count", func(*gorm.DB) { count.Add(1) })
		db.Callback().Raw().After("gorm:raw").Register("test:count_raw", func(*gorm.DB) { count.Add(1) })
		var ready atomic.Bool
		ready.Store(true)
		srv := httptest.NewServer(newHandler(st, serveConfig{}, log, &ready))
		defer srv.Close()
		res := post(t, srv.URL, evalQuery, nil)
		if len(res.Errors) > 0 {
			t.Fatal(res.Errors)
		}
		return count.Load(), len(res.Data)
	}
	small, smallBytes := statements(1)
	large, largeBytes := statements(10)
	t.Logf("statements: %d for 5 meetings (%d bytes), %d for 50 (%d bytes)", small, smallBytes, large, largeBytes)
	if largeBytes < 5*smallBytes {
		t.Fatalf("the larger corpus did not answer more data")
	}
	// Batches are cut by a time window, so a busy machine may split one in
	// two; an N+1 would add at least 45 statements here.
	if large > small+3 {
		t.Errorf("statement count grows with meetings: %d for 5, %d for 50", small, large)
	}
}
