package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"testing"

	"courtql/graph/search"
	"courtql/internal/dbtest"
)

// TestSearchSameOnPostgres loads the seeds and the holdout articles into
// SQLite and into PostgreSQL and expects every query to give the same hits
// on both, page by page: same entities in the same order, same snippets,
// same scores. It runs when COURTQL_TEST_POSTGRES is set.
func TestSearchSameOnPostgres(t *testing.T) {
	server := os.Getenv(dbtest.EnvPostgres)
	if server == "" {
		t.Skip(dbtest.EnvPostgres + " is not set")
	}
	var files []string
	for _, pat := range []string{"seeds/*.txt", "testdata/holdout/docs/*.txt"} {
		m, _ := filepath.Glob(pat)
		files = append(files, m...)
	}
	dir := t.TempDir()
	for _, f := range files {
		b, _ := os.ReadFile(f)
		os.WriteFile(filepath.Join(dir, filepath.Base(f)), b, 0o644)
	}
	ctx := context.Background()
	open := func(target string) *backend {
		st, err := openBackend(ctx, target, 0, slog.New(slog.NewTextHandler(io.Discard, nil)))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(st.close)
		if sum, err := st.loader.Load(ctx, dir); err != nil || sum.Err() != nil {
			t.Fatalf("load into %s: %v %v", target, err, sum.Err())
		}
		return st
	}
	lite := open(filepath.Join(t.TempDir(), "s.db"))
	pg := open(dbtest.NewPostgres(t, server))

	queries := []string{"法院", "执行", "执行难", "审判", "会议", "院长", "法官", "案件", "工作", "司法改革",
		"党组书记", "队伍建设", "结案", "审判委员会", "人民法院 执行", "会议 强调", "2019", "副院长 讲话", "的", "没有这个词"}
	found := 0
	for _, q := range queries {
		for _, types := range [][]string{nil, {search.TypeDirective}, {search.TypeSpeaker, search.TypeCourt}} {
			t.Run(fmt.Sprintf("%s %v", q, types), func(t *testing.T) {
				la, pa := "", ""
				for page := 0; ; page++ {
					lh, lt, ln, lerr := lite.idx.Search(ctx, q, types, 7, la)
					ph, pt, pn, perr := pg.idx.Search(ctx, q, types, 7, pa)
					if lerr != nil || perr != nil {
						t.Fatalf("page %d: sqlite %v, postgres %v", page, lerr, perr)
					}
					if lt != pt || ln != pn || len(lh) != len(ph) {
						t.Fatalf("page %d: sqlite %d hits of %d (more %v), postgres %d of %d (more %v)", page, len(lh), lt, ln, len(ph), pt, pn)
					}
					for i := range lh {
						l, p := lh[i], ph[i]
						if l.Type != p.Type || l.ID != p.ID || l.Snippet != p.Snippet || l.Score != p.Score {
							t.Fatalf("page %d hit %d: sqlite %s %d %v %q, postgres %s %d %v %q",
								page, i, l.Type, l.ID, l.Score, l.Snippet, p.Type, p.ID, p.Score, p.Snippet)
						}
					}
					if page == 0 {
						found += lt
					}
					if !ln {
						break
					}
					la, pa = lh[len(lh)-1].Cursor, ph[len(ph)-1].Cursor
				}
			})
		}
	}
	if found == 0 {
		t.Error("no query found anything")
	}
}
