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

	"gorm.io/driver/sqlite"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"

	"courtql/graph/search"
	"courtql/graph/sqlcount"
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
// the whole stack (transport limits, batching, resolvers) over 5 and 50
// meetings: the count is exact and depends on the query's shape, not on the
// rows. Every statement kind counts (sqlcount wraps the driver's connections).
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
		dbPath := filepath.Join(t.TempDir(), "n1.db")
		st, err := openBackend(context.Background(), dbPath, 0, log)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(st.close)
		if _, err := st.loader.Load(context.Background(), dir); err != nil {
			t.Fatal(err)
		}
		// Serve from a second, counting pool on the same file: the
		// counter sits at the driver's connections, so it must be there
		// when the pool opens.
		sqlDB, count, err := sqlcount.Open(search.DriverName, "file:"+dbPath+"?_busy_timeout=5000")
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { sqlDB.Close() })
		loaded := st.db
		t.Cleanup(func() { closeDB(loaded) })
		if st.db, err = gorm.Open(sqlite.New(sqlite.Config{DriverName: search.DriverName, Conn: sqlDB}), &gorm.Config{Logger: logger.Discard}); err != nil {
			t.Fatal(err)
		}
		count.Reset() // gorm's version probe
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
	// One statement per list field and level: page, document, host, courts,
	// their aliases, attendances, their speakers, the speakers' courts,
	// directives, their count, their speakers, statistics, their count,
	// keywords.
	const want = 14
	if small != want || large != want {
		t.Errorf("statements: %d for 5 meetings, %d for 50, want %d", small, large, want)
	}
}
