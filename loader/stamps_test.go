package loader

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"courtql/loader/store"
)

// TestFileStamps checks that a second load trusts a file's stamp (size and
// mtime) without reading the file, and reads it again whenever the stamp
// cannot be trusted.
func TestFileStamps(t *testing.T) {
	const name = "000_54217dd4817d8caf.txt"
	orig := seedFile(t, name)
	tests := []struct {
		name string
		// edit changes the file (or the store) between the two loads.
		edit func(t *testing.T, l *Loader, path string)
		want func(Summary) bool
	}{
		{
			// Proves the file is not read: its bytes changed, the stamp did not.
			name: "same size and mtime, bytes changed",
			edit: func(t *testing.T, _ *Loader, path string) {
				info, err := os.Stat(path)
				if err != nil {
					t.Fatal(err)
				}
				writeFile(t, path, bytes.Repeat([]byte("x"), len(orig)))
				if err := os.Chtimes(path, info.ModTime(), info.ModTime()); err != nil {
					t.Fatal(err)
				}
			},
			want: func(s Summary) bool { return s.Unchanged == 1 && s.Created+s.Replaced == 0 },
		},
		{
			name: "mtime moved, same bytes",
			edit: func(t *testing.T, _ *Loader, path string) {
				later := time.Now().Add(time.Hour)
				if err := os.Chtimes(path, later, later); err != nil {
					t.Fatal(err)
				}
			},
			want: func(s Summary) bool { return s.Unchanged == 1 && s.Created+s.Replaced == 0 },
		},
		{
			name: "text changed",
			edit: func(t *testing.T, _ *Loader, path string) {
				writeFile(t, path, append(append([]byte{}, orig...), "\n本院召开会议。\n"...))
			},
			want: func(s Summary) bool { return s.Replaced == 1 },
		},
		{
			// The stamp still matches, but its source no longer holds the hash.
			name: "document deleted from the store",
			edit: func(t *testing.T, l *Loader, _ string) {
				var ids []uint
				if err := l.DB.Table("documents").Pluck("id", &ids).Error; err != nil || len(ids) != 1 {
					t.Fatalf("documents %v: %v", ids, err)
				}
				if err := l.Delete(context.Background(), ids[0]); err != nil {
					t.Fatal(err)
				}
			},
			want: func(s Summary) bool { return s.Created == 1 },
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, name)
			writeFile(t, path, orig)
			l := &Loader{DB: openDB(t)}
			if sum := loadWithin(t, l, dir); sum.Created != 1 || sum.Err() != nil {
				t.Fatalf("first load: %+v", sum)
			}
			tt.edit(t, l, path)
			sum := loadWithin(t, l, dir)
			if !tt.want(sum) || sum.Err() != nil {
				t.Fatalf("second load: %+v", sum)
			}
			// Whatever happened, the stamp now describes the file as it is.
			info, err := os.Stat(path)
			if err != nil {
				t.Fatal(err)
			}
			stamps, err := store.KnownStamps(context.Background(), l.DB)
			if err != nil {
				t.Fatal(err)
			}
			abs, _ := filepath.Abs(path)
			if s := stamps[abs]; s.Size != info.Size() || s.ModTime != info.ModTime().UnixNano() {
				t.Errorf("stamp %+v, file size %d mtime %d", s, info.Size(), info.ModTime().UnixNano())
			}
		})
	}
}

func writeFile(t *testing.T, path string, b []byte) {
	t.Helper()
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}
