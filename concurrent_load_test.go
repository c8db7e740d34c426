package main

import (
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"gorm.io/driver/postgres"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"

	"courtql/internal/dbtest"
)

// TestConcurrentLoadsOnPostgres runs two `load` processes at once on
// overlapping directories against one PostgreSQL store, and expects both
// to succeed and the store to hold what one load of all the files gives:
// each document once, each court and speaker once, every document indexed.
// It runs when COURTQL_TEST_POSTGRES is set.
func TestConcurrentLoadsOnPostgres(t *testing.T) {
	server := os.Getenv(dbtest.EnvPostgres)
	if server == "" {
		t.Skip(dbtest.EnvPostgres + " is not set")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "courtql")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	// Articles 0-39 in a, 20-59 in b: 20 files in both, with the same names
	// (a file's source is its name), and courts and speakers shared by all.
	corpus := writeCorpus(t, filepath.Join(dir, "all"), 60)
	var names []string // relative to corpus, as loads name their sources
	filepath.WalkDir(corpus, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(corpus, p)
			names = append(names, rel)
		}
		return err
	})
	if len(names) != 60 {
		t.Fatalf("corpus has %d files", len(names))
	}
	a, b := filepath.Join(dir, "a"), filepath.Join(dir, "b")
	for i, n := range names {
		raw, err := os.ReadFile(filepath.Join(corpus, n))
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range []string{a, b} {
			if d == a && i >= 40 || d == b && i < 20 {
				continue
			}
			p := filepath.Join(d, n)
			os.MkdirAll(filepath.Dir(p), 0o755)
			if err := os.WriteFile(p, raw, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}

	shared := dbtest.NewPostgres(t, server)
	cmds := []*exec.Cmd{exec.Command(bin, "load", "--db", shared, a), exec.Command(bin, "load", "--db", shared, b)}
	outs := make([]chan []byte, len(cmds))
	for i, c := range cmds {
		outs[i] = make(chan []byte, 1)
		go func() {
			out, err := c.CombinedOutput()
			if err != nil {
				out = append(out, []byte(fmt.Sprintf("\nexit: %v", err))...)
			}
			outs[i] <- out
		}()
	}
	failed := false
	for i := range cmds {
		out := <-outs[i]
		if cmds[i].ProcessState == nil || !cmds[i].ProcessState.Success() {
			failed = true
			t.Errorf("load %d failed:\n%s", i, tail(out))
		}
	}
	if failed {
		return
	}

	one := dbtest.NewPostgres(t, server)
	runLoad(t, bin, one, corpus)

	got, want := storeCounts(t, shared), storeCounts(t, one)
	if want["documents"] != 60 || want["courts"] == 0 || want["speakers"] == 0 {
		t.Fatalf("one load of all the files stored %v", want)
	}
	for table, n := range want {
		if got[table] != n {
			t.Errorf("%s: %d after two concurrent loads, %d after one load of all", table, got[table], n)
		}
	}
}

// storeCounts counts the rows of the store's tables and of the distinct
// natural keys that must not repeat.
func storeCounts(t *testing.T, url string) map[string]int64 {
	t.Helper()
	db, err := gorm.Open(postgres.Open(url), &gorm.Config{Logger: logger.Discard})
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		if s, err := db.DB(); err == nil {
			s.Close()
		}
	}()
	out := map[string]int64{}
	for name, q := range map[string]string{
		"documents":         `SELECT count(*) FROM documents`,
		"distinct sources":  `SELECT count(DISTINCT source) FROM documents`,
		"courts":            `SELECT count(*) FROM courts`,
		"distinct courts":   `SELECT count(DISTINCT name) FROM courts`,
		"speakers":          `SELECT count(*) FROM speakers`,
		"distinct speakers": `SELECT count(*) FROM (SELECT DISTINCT name, court_id FROM speakers) s`,
		"meetings":          `SELECT count(*) FROM meetings`,
		"attendances":       `SELECT count(*) FROM attendances`,
		"directives":        `SELECT count(*) FROM directives`,
		"search entries":    `SELECT count(*) FROM search_entries`,
		"indexed documents": `SELECT count(*) FROM search_documents s JOIN documents d ON d.id = s.document_id AND d.hash = s.hash`,
	} {
		var n int64
		if err := db.Raw(q).Row().Scan(&n); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		out[name] = n
	}
	return out
}
