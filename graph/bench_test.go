package graph

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"

	"gorm.io/driver/sqlite"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"
)

// benchDB is the database benchmarks read: COURTQL_BENCH_DB names a loaded
// courtql database (e.g. made by `courtql load`), else 100 seeded meetings.
func benchDB(b *testing.B) *gorm.DB {
	b.Helper()
	if path := os.Getenv("COURTQL_BENCH_DB"); path != "" {
		db, err := gorm.Open(sqlite.Open("file:"+path+"?mode=ro&_busy_timeout=5000"), &gorm.Config{Logger: logger.Discard})
		if err != nil {
			b.Fatal(err)
		}
		return db
	}
	db, _ := testDB(b)
	seed(b, db, 100)
	return db
}

// BenchmarkQueries runs queries through the handler (gqlgen, batching, SQL,
// JSON), one level deeper per case, so the cost of each level is the
// difference to the case before.
func BenchmarkQueries(b *testing.B) {
	db := benchDB(b)
	h := testHandler(db, Options{})
	cases := []struct{ name, query string }{
		{"meetings page", `{ meetings(first: 20) { edges { node { name date kind } } } }`},
		{"+host", `{ meetings(first: 20) { edges { node { name date kind host { name } } } } }`},
		{"+courts", `{ meetings(first: 20) { edges { node { name date kind host { name } courts { name } } } } }`},
		{"+attendances", `{ meetings(first: 20) { edges { node { name date kind host { name } courts { name }
			attendances { roles titles speaker { name } } } } } }`},
		{"+directives", `{ meetings(first: 20) { edges { node { name date kind host { name } courts { name }
			attendances { roles titles speaker { name } }
			directives(first: 20) { edges { node { text ordinal speaker { name } } } } } } } }`},
		{"benchmark query", benchQuery},
		{"benchmark query with totalCount", benchQueryTotals},
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	for _, c := range cases {
		body := `{"query":` + quote(c.query) + `}`
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				// The server's requests carry a timeout; a cancellable
				// context changes how the SQLite driver steps rows.
				req := httptest.NewRequestWithContext(ctx, http.MethodPost, "/query", strings.NewReader(body))
				req.Header.Set("Content-Type", "application/json")
				w := httptest.NewRecorder()
				h.ServeHTTP(w, req)
				if w.Code != http.StatusOK || strings.Contains(w.Body.String(), `"errors"`) {
					b.Fatalf("%d %s", w.Code, w.Body.String())
				}
			}
		})
	}
}

func quote(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`, "\t", `\t`)
	return `"` + r.Replace(s) + `"`
}
