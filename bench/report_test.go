package main

import (
	"os"
	"path/filepath"
	"testing"
)

// writeSection replaces only its own section and keeps what is around it.
func TestWriteSection(t *testing.T) {
	path := filepath.Join(t.TempDir(), "B.md")
	if err := writeSection(path, "bench", "first\n"); err != nil {
		t.Fatal(err)
	}
	b, e := markers("bench")
	sb, se := markers("soak")
	kept := "# Benchmarks\n\nnotes kept by hand\n\n" + b + "\nold\n" + e + "\n\n" + sb + "\nsoak\n" + se + "\n\n## Before\nold figures\n"
	if err := os.WriteFile(path, []byte(kept), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := writeSection(path, "bench", "new\n"); err != nil {
		t.Fatal(err)
	}
	want := "# Benchmarks\n\nnotes kept by hand\n\n" + b + "\nnew\n" + e + "\n\n" + sb + "\nsoak\n" + se + "\n\n## Before\nold figures\n"
	if got, _ := os.ReadFile(path); string(got) != want {
		t.Errorf("after writeSection:\n%s\nwant:\n%s", got, want)
	}
}
