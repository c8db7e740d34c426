package loader

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"gorm.io/gorm"

	"courtql/model"
)

// fakeIndexer records what it is asked to index, inside the transaction,
// and fails when told to.
type fakeIndexer struct {
	calls [][]uint
	fail  error
}

func (f *fakeIndexer) IndexTx(tx *gorm.DB, c model.IndexChanges) error {
	documents := c.Documents
	// The rows it indexes are visible inside the transaction.
	var n int64
	if err := tx.Model(&model.Document{}).Where("id IN ?", documents).Count(&n).Error; err != nil {
		return err
	}
	f.calls = append(f.calls, slices.Clone(documents))
	return f.fail
}

func TestBatchesIndexAndNotify(t *testing.T) {
	dir := t.TempDir()
	names, _ := filepath.Glob(filepath.Join(seedsDir, "*.txt"))
	for _, n := range names {
		b, _ := os.ReadFile(n)
		os.WriteFile(filepath.Join(dir, filepath.Base(n)), b, 0o644)
	}
	ix := &fakeIndexer{}
	var events []Event
	l := &Loader{DB: openDB(t), Indexer: ix, BatchSize: 2,
		Listeners: []Listener{func(_ context.Context, e Event) { events = append(events, e) }}}
	sum := loadWithin(t, l, dir)
	if sum.Created != len(names) {
		t.Fatalf("summary %+v", sum)
	}
	// Batches of at most two documents, each indexed in its transaction.
	var indexed []uint
	for _, c := range ix.calls {
		if len(c) > 2 {
			t.Errorf("a transaction indexed %d documents, batch size is 2", len(c))
		}
		indexed = append(indexed, c...)
	}
	if len(indexed) != len(names) || len(ix.calls) < (len(names)+1)/2 {
		t.Errorf("indexed %v in %d calls, want %d documents", indexed, len(ix.calls), len(names))
	}
	if len(events) != len(names) {
		t.Fatalf("%d events, want one per document (%d)", len(events), len(names))
	}
	for i, e := range events {
		if e.Kind != DocumentStored || e.Document.ID == 0 || len(e.Meetings) == 0 {
			t.Errorf("event %d = %+v", i, e)
		}
		if i > 0 && e.Document.Source < events[i-1].Document.Source {
			t.Errorf("stored out of file order: %s after %s", e.Document.Source, events[i-1].Document.Source)
		}
	}
	if err := l.Delete(context.Background(), events[0].Document.ID); err != nil {
		t.Fatal(err)
	}
	if last := events[len(events)-1]; last.Kind != DocumentDeleted || last.Document.ID != events[0].Document.ID {
		t.Errorf("delete event = %+v", last)
	}
	if last := ix.calls[len(ix.calls)-1]; !slices.Equal(last, []uint{events[0].Document.ID}) {
		t.Errorf("delete indexed %v, want the deleted document", last)
	}
}

func TestIndexFailureStoresNothing(t *testing.T) {
	db := openDB(t)
	boom := errors.New("index unavailable")
	var events int
	l := &Loader{DB: db, Indexer: &fakeIndexer{fail: boom},
		Listeners: []Listener{func(context.Context, Event) { events++ }}}
	_, err := l.Ingest(context.Background(), "a.txt", string(seedFile(t, "000_54217dd4817d8caf.txt")))
	if !errors.Is(err, boom) {
		t.Fatalf("err = %v, want the index failure", err)
	}
	for table, n := range counts(t, db) {
		if n != 0 {
			t.Errorf("%s has %d rows after a failed index: the document and its search rows must commit together", table, n)
		}
	}
	if events != 0 {
		t.Errorf("%d events for a document not stored", events)
	}
}
