package loader

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"courtql/loader/store"
	"courtql/model"
)

// loadWithin runs Load and fails the test if it does not return in time
// (a FIFO once hung it for ever).
func loadWithin(t *testing.T, l *Loader, paths ...string) Summary {
	t.Helper()
	type result struct {
		sum Summary
		err error
	}
	done := make(chan result, 1)
	go func() {
		sum, err := l.Load(context.Background(), paths...)
		done <- result{sum, err}
	}()
	select {
	case r := <-done:
		if r.err != nil {
			t.Fatal(r.err)
		}
		return r.sum
	case <-time.After(30 * time.Second):
		t.Fatal("Load did not return within 30 s")
	}
	return Summary{}
}

// failure returns the failure reported for the file named name, or "".
func failure(sum Summary, name string) string {
	for _, f := range sum.Failed {
		if filepath.Base(f.Path) == name {
			return f.Error()
		}
	}
	return ""
}

func TestBadFileKinds(t *testing.T) {
	seed := seedFile(t, "000_54217dd4817d8caf.txt")
	outside := t.TempDir()
	os.WriteFile(filepath.Join(outside, "secret.txt"), seed, 0o644)

	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a_good.txt"), seed, 0o644)
	if err := syscall.Mkfifo(filepath.Join(dir, "b_fifo.txt"), 0o644); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	os.WriteFile(filepath.Join(dir, "c_big.txt"), append(seed, strings.Repeat("很长的文字。", 20000)...), 0o644)
	os.Symlink(filepath.Join(outside, "secret.txt"), filepath.Join(dir, "d_out.txt"))
	os.Symlink(filepath.Join(dir, "e_loop.txt"), filepath.Join(dir, "e_loop.txt"))
	os.Symlink(filepath.Join(dir, "a_good.txt"), filepath.Join(dir, "f_inside.txt"))

	l := &Loader{DB: openDB(t), MaxFileBytes: 100_000}
	sum := loadWithin(t, l, dir)
	tests := []struct {
		file string
		want []string // in the failure message; nil: no failure
	}{
		{"a_good.txt", nil},
		{"b_fifo.txt", []string{"b_fifo.txt", "not a regular file", "named pipe"}},
		{"c_big.txt", []string{"c_big.txt", "over the limit of 100000 bytes"}},
		{"d_out.txt", []string{"d_out.txt", "outside"}},
		{"e_loop.txt", []string{"e_loop.txt", "loop"}},
		{"f_inside.txt", nil},
	}
	for _, tt := range tests {
		msg := failure(sum, tt.file)
		if tt.want == nil {
			if msg != "" {
				t.Errorf("%s failed: %s", tt.file, msg)
			}
			continue
		}
		for _, w := range tt.want {
			if !strings.Contains(msg, w) {
				t.Errorf("%s: failure %q does not say %q", tt.file, msg, w)
			}
		}
	}
	// The link inside the directory has the good file's text: one document,
	// two sources.
	if sum.Created != 1 || sum.Duplicates != 1 {
		t.Errorf("created %d, duplicates %d; want 1 and 1 (%+v)", sum.Created, sum.Duplicates, sum)
	}
}

func TestFIFOGivenByName(t *testing.T) {
	p := filepath.Join(t.TempDir(), "pipe.txt")
	if err := syscall.Mkfifo(p, 0o644); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	sum := loadWithin(t, &Loader{DB: openDB(t)}, p)
	if msg := failure(sum, "pipe.txt"); !strings.Contains(msg, "named pipe") {
		t.Errorf("failure %q, want a named pipe refused", msg)
	}
}

func TestIngestSizeLimit(t *testing.T) {
	l := &Loader{DB: openDB(t), MaxFileBytes: 1000}
	_, err := l.Ingest(context.Background(), "big", strings.Repeat("法院", 1000))
	if model.ErrorCode(err) != model.EInvalid || !strings.Contains(err.Error(), "limit of 1000 bytes") {
		t.Errorf("err = %v, want BAD_USER_INPUT naming the limit", err)
	}
}

func TestSameTextTwoNames(t *testing.T) {
	seed := seedFile(t, "000_54217dd4817d8caf.txt")
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.txt"), seed, 0o644)
	os.WriteFile(filepath.Join(dir, "b.txt"), seed, 0o644)
	db := openDB(t)
	l := &Loader{DB: db}
	sum := loadWithin(t, l, dir)
	if sum.Created != 1 || sum.Duplicates != 1 {
		t.Fatalf("summary %+v, want 1 created and 1 duplicate", sum)
	}
	if !strings.Contains(strings.Join(sum.Warnings, "\n"), "b.txt: duplicate of a.txt") {
		t.Errorf("warnings %q, want b.txt reported as a duplicate of a.txt", sum.Warnings)
	}
	var sources []store.DocumentSource
	db.Find(&sources)
	if len(sources) != 1 || sources[0].Source != "b.txt" {
		t.Errorf("duplicate sources %+v, want b.txt", sources)
	}
	before := counts(t, db)
	if sum := loadWithin(t, l, dir); sum.Unchanged != 2 {
		t.Errorf("second load %+v, want both unchanged", sum)
	}
	// b.txt gets a text of its own: it becomes a document.
	os.WriteFile(filepath.Join(dir, "b.txt"), append(seed, "\n补记。"...), 0o644)
	if sum := loadWithin(t, l, dir); sum.Created != 1 {
		t.Errorf("after b.txt changed: %+v, want it created", sum)
	}
	db.Find(&sources)
	if len(sources) != 0 {
		t.Errorf("duplicate sources %+v after b.txt changed, want none", sources)
	}
	if after := counts(t, db); after["documents"] != before["documents"]+1 {
		t.Errorf("documents %d → %d, want one more", before["documents"], after["documents"])
	}
}

func TestOneBadByteKeepsTheFile(t *testing.T) {
	seed := seedFile(t, "000_54217dd4817d8caf.txt")
	i := len(seed) / 2
	for seed[i]&0xC0 == 0x80 { // the start of a character
		i++
	}
	damaged := append(append(append([]byte{}, seed[:i]...), 0xFF), seed[i:]...)
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "damaged.txt"), damaged, 0o644)
	sum := loadWithin(t, &Loader{DB: openDB(t)}, dir)
	if sum.Created != 1 || len(sum.Failed) != 0 {
		t.Fatalf("summary %+v, want the file loaded", sum)
	}
	if w := strings.Join(sum.Warnings, "\n"); !strings.Contains(w, "damaged.txt: 1 invalid UTF-8 byte(s) replaced") {
		t.Errorf("warnings %q, want one naming the file and the replacement", w)
	}
}
