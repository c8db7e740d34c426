package store

import (
	"context"
	"errors"
	"testing"

	"courtql/internal/dbtest"
	"courtql/loader/extract"
	"courtql/model"
)

// TestCancelledBatchStoresNothing: the batch's statements run without the
// caller's cancellation, so the batch checks it itself: a batch whose
// context is cancelled stores none of its items and says why, and the next
// batch stores normally.
func TestCancelledBatchStoresNothing(t *testing.T) {
	db, err := Open(dbtest.Target(t, "c.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer Close(db)
	items := []Item{
		{Result: extract.Result{Source: "a.txt", Text: "甲"}, Hash: HashText([]byte("甲"))},
		{Result: extract.Result{Source: "b.txt", Text: "乙"}, Hash: HashText([]byte("乙"))},
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := SaveBatch(ctx, db, nil, items); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled batch: error %v, want context.Canceled", err)
	}
	var n int64
	if err := db.Model(&model.Document{}).Count(&n).Error; err != nil || n != 0 {
		t.Fatalf("after a cancelled batch: %d documents (%v), want 0", n, err)
	}
	if _, err := SaveBatch(context.Background(), db, nil, items); err != nil {
		t.Fatal(err)
	}
	if err := db.Model(&model.Document{}).Count(&n).Error; err != nil || n != 2 {
		t.Errorf("after a batch: %d documents (%v), want 2", n, err)
	}
}
