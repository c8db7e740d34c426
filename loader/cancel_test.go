package loader

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// longLine is about n runes of court news with no punctuation at all: the
// input whose extraction once ran for minutes (issue 10, item 1).
func longLine(n int) string {
	const chunk = "云南省高级人民法院召开全省法院院长座谈会院长张某某出席会议并讲话全省法院受理案件389861件同比上升15%昆明市中级人民法院参加会议要求各级法院要抓好执行工作"
	return strings.Repeat(chunk, n/len([]rune(chunk)))
}

// returnsWithin runs f and fails the test if it has not returned within d
// (f is then left running: the test binary ends it).
func returnsWithin[T any](t *testing.T, d time.Duration, f func() T) T {
	t.Helper()
	done := make(chan T, 1)
	go func() { done <- f() }()
	select {
	case v := <-done:
		return v
	case <-time.After(d):
		t.Fatalf("still running %v after the context was cancelled", d)
	}
	var zero T
	return zero
}

// cancelBound is how long after its context ends an extraction may run on:
// loose for a shared machine, far below the minutes an uncancelled 1 MB line
// takes.
func cancelBound() time.Duration {
	if raceEnabled {
		return 40 * time.Second
	}
	return 8 * time.Second
}

// TestIngestStopsWhenCancelled: ingestDocument's request deadline reaches
// extraction, which stops instead of keeping a core busy for minutes.
func TestIngestStopsWhenCancelled(t *testing.T) {
	l := &Loader{DB: openDB(t), MaxFileBytes: -1}
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	err := returnsWithin(t, cancelBound(), func() error {
		_, err := l.Ingest(ctx, "line", longLine(350_000))
		return err
	})
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("err = %v, want the context's deadline", err)
	}
}

// TestLoadStopsWhenCancelled: cancelling a load (SIGTERM to load or serve)
// stops the extraction of a long file and stores nothing half-done.
func TestLoadStopsWhenCancelled(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "line.txt"), []byte(longLine(350_000)), 0o644); err != nil {
		t.Fatal(err)
	}
	db := openDB(t)
	l := &Loader{DB: db, MaxFileBytes: -1}
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(300*time.Millisecond, cancel)
	sum := returnsWithin(t, cancelBound(), func() Summary {
		sum, _ := l.Load(ctx, dir)
		return sum
	})
	if sum.Created != 0 || len(sum.Failed) != 0 {
		t.Errorf("summary %+v after cancel, want nothing stored and no failure reported", sum)
	}
}
