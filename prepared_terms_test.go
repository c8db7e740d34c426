package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"

	"gorm.io/gorm"

	"courtql/graph/search"
	"courtql/model"
)

// indexOnly hides the search index's PrepareTerms from the loader, so the
// writer segments every text itself, as before terms were prepared ahead.
type indexOnly struct{ ix *search.Index }

func (o indexOnly) IndexTx(tx *gorm.DB, c model.IndexChanges) error { return o.ix.IndexTx(tx, c) }

// TestPreparedTermsIndexAsBefore loads the seeds and the held-out articles
// (simplified and traditional script, one meeting and several) twice: once
// with the terms segmented ahead by the extraction workers, reusing the
// words extraction cut for keywords (model.IndexChanges.Terms), and once
// with the writer segmenting every text as it did before. The search rows
// (entries and the FTS terms of body and extra) must be the same, and the
// first load must not have cut a page text that extraction had cut.
func TestPreparedTermsIndexAsBefore(t *testing.T) {
	dir := t.TempDir()
	var files []string
	for _, pat := range []string{"seeds/*.txt", "testdata/holdout*/docs/*.txt"} {
		m, _ := filepath.Glob(pat)
		files = append(files, m...)
	}
	for i, f := range files {
		b, _ := os.ReadFile(f)
		os.WriteFile(filepath.Join(dir, fmt.Sprintf("%03d_%s", i, filepath.Base(f))), b, 0o644)
	}
	ctx := context.Background()
	log := slog.New(slog.NewTextHandler(io.Discard, nil))

	var mu sync.Mutex
	cut := map[string]int{} // texts the first load's index segmented
	counting := func(s string) []string {
		mu.Lock()
		cut[s]++
		mu.Unlock()
		return tokenize(s)
	}
	load := func(name string, prepared bool) ([]string, *backend) {
		st, err := openBackend(ctx, filepath.Join(t.TempDir(), name), 0, log)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(st.close)
		if prepared {
			ix, err := search.Open(st.db, counting)
			if err != nil {
				t.Fatal(err)
			}
			ix.UseExtractionWords()
			st.idx, st.loader.Indexer = ix, ix
		} else {
			st.loader.Indexer = indexOnly{st.idx}
		}
		st.loader.BatchSize = 7
		if sum, err := st.loader.Load(ctx, dir); err != nil || sum.Err() != nil || sum.Created == 0 {
			t.Fatalf("load: %+v %v", sum, err)
		}
		var rows []string
		err = st.db.Raw(`SELECT e.type || ':' || e.entity_id || ':' || e.document_id || ':' || e.body || ':' ||
			e.extra || ':' || f.body || ':' || f.extra FROM search_entries e JOIN search_fts f ON f.docid = e.id`).
			Scan(&rows).Error
		if err != nil {
			t.Fatal(err)
		}
		slices.Sort(rows)
		return rows, st
	}
	got, st := load("prepared.db", true)
	want, _ := load("writer.db", false)
	if len(want) == 0 {
		t.Fatal("nothing indexed")
	}
	if !slices.Equal(got, want) {
		t.Errorf("prepared terms give %d rows, the writer's own %d; first difference %s", len(got), len(want), firstDiff(want, got))
	}

	var texts []string
	if err := st.db.Raw(`SELECT d.text FROM documents d WHERE EXISTS (SELECT 1 FROM meetings m WHERE m.document_id = d.id)`).
		Scan(&texts).Error; err != nil {
		t.Fatal(err)
	}
	reused := 0
	for _, s := range texts {
		switch cut[s] {
		case 0:
			reused++
		case 1:
		default:
			t.Errorf("a page text was segmented %d times for the index: %.40q", cut[s], s)
		}
	}
	if reused == 0 {
		t.Errorf("no page text of %d took extraction's words", len(texts))
	}
	t.Logf("%d page texts indexed, %d with extraction's words", len(texts), reused)
}
