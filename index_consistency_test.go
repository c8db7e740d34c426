package main

import (
	"context"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"courtql/internal/dbtest"
)

// TestIncrementalIndexMatchesRebuild loads articles in small batches,
// replaces one, makes another a duplicate and deletes a third, each time
// indexing only what the transaction touched, and expects exactly the
// search rows a full rebuild gives.
func TestIncrementalIndexMatchesRebuild(t *testing.T) {
	dir := t.TempDir()
	var files []string
	for _, pat := range []string{"seeds/*.txt", "testdata/holdout/docs/*.txt"} {
		m, _ := filepath.Glob(pat)
		files = append(files, m...)
	}
	for _, f := range files {
		b, _ := os.ReadFile(f)
		os.WriteFile(filepath.Join(dir, filepath.Base(f)), b, 0o644)
	}
	st, err := openBackend(context.Background(), dbtest.Target(t, "i.db"), 0, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	defer st.close()
	st.loader.BatchSize = 3
	ctx := context.Background()
	load := func() {
		t.Helper()
		if sum, err := st.loader.Load(ctx, dir); err != nil || sum.Err() != nil {
			t.Fatalf("load: %v %v", err, sum.Err())
		}
	}
	load()
	// Replace one article (a speaker's titles change), turn another into a
	// copy of a third, delete a fourth.
	first := filepath.Join(dir, filepath.Base(files[0]))
	b, _ := os.ReadFile(first)
	changed := strings.Replace(string(b), "党组书记、院长张学群", "党组书记、审判委员会委员张学群", 1)
	if changed == string(b) {
		t.Fatalf("%s: no title to change", first)
	}
	os.WriteFile(first, []byte(changed), 0o644)
	b, _ = os.ReadFile(filepath.Join(dir, filepath.Base(files[1])))
	os.WriteFile(filepath.Join(dir, filepath.Base(files[2])), b, 0o644)
	load()
	var id uint
	st.db.Raw(`SELECT id FROM documents WHERE source = ?`, filepath.Base(files[3])).Scan(&id)
	if err := st.loader.Delete(ctx, id); err != nil {
		t.Fatal(err)
	}

	dump := func() []string {
		var rows []string
		q := `SELECT e.type || ':' || e.entity_id || ':' || e.document_id || ':' || e.body || ':' || f.body
			FROM search_entries e JOIN search_fts f ON f.docid = e.id`
		if dbtest.Postgres() {
			q = `SELECT e.type || ':' || e.entity_id || ':' || e.document_id || ':' || e.body || ':' ||
				e.terms::text || ':' || e.term_counts::text || ':' || e.body_len || ':' || e.extra_len
				FROM search_entries e`
		}
		err := st.db.Raw(q).Scan(&rows).Error
		if err != nil {
			t.Fatal(err)
		}
		slices.Sort(rows)
		return rows
	}
	got := dump()
	if err := st.idx.Rebuild(ctx); err != nil {
		t.Fatal(err)
	}
	want := dump()
	if len(want) == 0 {
		t.Fatal("nothing indexed")
	}
	if !slices.Equal(got, want) {
		t.Errorf("incremental index has %d rows, a rebuild %d; first difference %s", len(got), len(want), firstDiff(want, got))
	}
}
