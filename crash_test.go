package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"gorm.io/driver/sqlite"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"
)

// TestKilledLoadResumes builds the real binary, loads a corpus, kills the
// load with SIGKILL at several points (each kill on the database the
// previous one left), checks that no kill left a document stored without
// its search rows, loads again to the end and expects exactly what a clean
// load of the same files gives: same rows by UID, same search rows, a sound
// database file, every document searchable.
func TestKilledLoadResumes(t *testing.T) {
	// 300 keeps go test ./... within reach on a busy machine; set
	// COURTQL_CRASH_ARTICLES=2000 for the full-size run.
	articles := 300
	if testing.Short() {
		articles = 120
	}
	if n, err := strconv.Atoi(os.Getenv("COURTQL_CRASH_ARTICLES")); err == nil && n > 0 {
		articles = n
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "courtql")
	build := exec.Command("go", "build", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	corpus := writeCorpus(t, filepath.Join(dir, "corpus"), articles)

	clean := filepath.Join(dir, "clean.db")
	runLoad(t, bin, clean, corpus)

	crashed := filepath.Join(dir, "crashed.db")
	// Kill points part-way through the corpus, each a little after the store
	// reached its share, so the kill lands inside extraction or a batch's
	// transaction rather than right after a commit.
	for _, k := range []struct {
		share float64
		after time.Duration
	}{{0.1, 0}, {0.4, 150 * time.Millisecond}, {0.75, 400 * time.Millisecond}} {
		target := int64(k.share * float64(articles))
		stored := killLoad(t, bin, crashed, corpus, target, k.after)
		t.Logf("killed %v after %d of %d documents were stored: %d stored", k.after, target, articles, stored)
		if ids := unindexed(t, crashed); len(ids) > 0 {
			t.Errorf("kill at %d documents left %d documents without search rows: %v", target, len(ids), ids[:min(5, len(ids))])
		}
	}
	runLoad(t, bin, crashed, corpus)

	want, got := dumpStore(t, clean), dumpStore(t, crashed)
	if len(want) == 0 {
		t.Fatal("clean load stored nothing")
	}
	for table, rows := range want {
		if !slices.Equal(rows, got[table]) {
			t.Errorf("%s differs after killed loads: %d rows, clean load %d (first difference %s)",
				table, len(got[table]), len(rows), firstDiff(rows, got[table]))
		}
	}
	if ok := integrity(t, crashed); ok != "ok" {
		t.Errorf("integrity_check = %q", ok)
	}
	if ids := unindexed(t, crashed); len(ids) > 0 {
		t.Errorf("%d documents not searchable after the final load", len(ids))
	}
	// Searching works the same in both.
	for _, q := range []string{"执行", "审判质效", "院长", "座谈会"} {
		if a, b := searchTotal(t, clean, q), searchTotal(t, crashed, q); a != b || a == 0 {
			t.Errorf("search %q: %d hits after killed loads, %d in the clean load", q, b, a)
		}
	}
}

// writeCorpus copies the real articles into n files in subdirectories, each
// copy made distinct by trailing newlines (which extraction ignores).
func writeCorpus(t *testing.T, dir string, n int) string {
	t.Helper()
	var src []string
	for _, pat := range []string{"seeds/*.txt", "testdata/holdout*/docs/*.txt"} {
		m, _ := filepath.Glob(pat)
		src = append(src, m...)
	}
	sort.Strings(src)
	for i := range n {
		raw, err := os.ReadFile(src[i%len(src)])
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dir, fmt.Sprintf("c%03d", i/len(src)), filepath.Base(src[i%len(src)]))
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, append(raw, strings.Repeat("\n", i/len(src))...), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func runLoad(t *testing.T, bin, db, corpus string) {
	t.Helper()
	out, err := exec.Command(bin, "load", "--db", db, corpus).CombinedOutput()
	if err != nil {
		t.Fatalf("load: %v\n%s", err, tail(out))
	}
}

// killLoad starts a load and kills it with SIGKILL the given time after the
// store holds target documents (or more than before, if it already held
// target); it returns the documents stored by then.
func killLoad(t *testing.T, bin, db, corpus string, target int64, after time.Duration) int64 {
	t.Helper()
	cmd := exec.Command(bin, "load", "--db", db, corpus)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan struct{})
	go func() { cmd.Wait(); close(exited) }()
	target = max(target, countDocuments(db)+1)
	deadline := time.Now().Add(10 * time.Minute)
	for countDocuments(db) < target && time.Now().Before(deadline) {
		select {
		case <-exited:
			t.Logf("load ended before it could be killed")
			return countDocuments(db)
		case <-time.After(20 * time.Millisecond):
		}
	}
	select {
	case <-exited:
		t.Logf("load ended before it could be killed")
	case <-time.After(after):
		cmd.Process.Signal(syscall.SIGKILL)
		<-exited
	}
	return countDocuments(db)
}

func openRead(t *testing.T, path string) *gorm.DB {
	t.Helper()
	db, err := gorm.Open(sqlite.Open("file:"+path+"?_busy_timeout=5000"), &gorm.Config{Logger: logger.Discard})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { closeDB(db) })
	return db
}

func countDocuments(path string) int64 {
	db, err := gorm.Open(sqlite.Open("file:"+path+"?_busy_timeout=5000"), &gorm.Config{Logger: logger.Discard})
	if err != nil {
		return 0
	}
	defer closeDB(db)
	var n int64
	db.Raw(`SELECT count(*) FROM documents`).Scan(&n)
	return n
}

// unindexed lists the documents without search rows (as search.Repair
// finds them).
func unindexed(t *testing.T, path string) []uint {
	t.Helper()
	var ids []uint
	err := openRead(t, path).Raw(`SELECT d.id FROM documents d
		LEFT JOIN search_documents s ON s.document_id = d.id AND s.hash = d.hash
		WHERE s.document_id IS NULL`).Scan(&ids).Error
	if err != nil {
		t.Fatal(err)
	}
	return ids
}

func integrity(t *testing.T, path string) string {
	t.Helper()
	var ok string
	if err := openRead(t, path).Raw(`PRAGMA integrity_check`).Scan(&ok).Error; err != nil {
		t.Fatal(err)
	}
	return ok
}

// dumpQueries render every stored row by its stable keys, not its IDs.
var dumpQueries = map[string]string{
	"documents": `SELECT uid || '|' || source || '|' || hash || '|' || COALESCE(title, '') || '|' || COALESCE(published_at, '') FROM documents`,
	"meetings": `SELECT m.uid || '|' || d.uid || '|' || m.seq || '|' || m.name || '|' || m.kind || '|' || COALESCE(m.date, '') || '|' || COALESCE(h.uid, '')
		FROM meetings m JOIN documents d ON d.id = m.document_id LEFT JOIN courts h ON h.id = m.host_id`,
	"meeting_courts": `SELECT m.uid || '|' || c.uid || '|' || x.seq FROM meeting_courts x JOIN meetings m ON m.id = x.meeting_id JOIN courts c ON c.id = x.court_id`,
	"courts": `SELECT c.uid || '|' || c.name || '|' || c.level || '|' || COALESCE(c.province, '') || '|' || COALESCE(c.city, '') || '|' || COALESCE(p.uid, '')
		FROM courts c LEFT JOIN courts p ON p.id = c.parent_id`,
	"court_aliases": `SELECT c.uid || '|' || a.alias FROM court_aliases a JOIN courts c ON c.id = a.court_id`,
	"speakers":      `SELECT s.uid || '|' || s.name || '|' || COALESCE(c.uid, '') FROM speakers s LEFT JOIN courts c ON c.id = s.court_id`,
	"attendances": `SELECT m.uid || '|' || s.uid || '|' || a.seq || '|' || a.roles || '|' || a.titles || '|' || a.span_start
		FROM attendances a JOIN meetings m ON m.id = a.meeting_id JOIN speakers s ON s.id = a.speaker_id`,
	"directives": `SELECT x.uid || '|' || m.uid || '|' || COALESCE(s.uid, '') || '|' || x.seq || '|' || COALESCE(x.ordinal, '') || '|' || x.text || '|' || COALESCE(x.topic, '')
		FROM directives x JOIN meetings m ON m.id = x.meeting_id LEFT JOIN speakers s ON s.id = x.speaker_id`,
	"statistics": `SELECT x.uid || '|' || m.uid || '|' || x.metric || '|' || COALESCE(x.value, '') || '|' || COALESCE(x.unit, '') || '|' || x.text
		FROM statistics x JOIN meetings m ON m.id = x.meeting_id`,
	"keywords": `SELECT m.uid || '|' || COALESCE(d.uid, '') || '|' || k.word || '|' || k.seq FROM keywords k
		JOIN meetings m ON m.id = k.meeting_id LEFT JOIN directives d ON d.id = k.directive_id`,
	"document_sources": `SELECT x.source || '|' || d.uid FROM document_sources x JOIN documents d ON d.id = x.document_id`,
	"search_entries":   `SELECT type || '|' || body FROM search_entries`,
	"search_fts":       `SELECT body || '|' || extra FROM search_fts`,
	"search_documents": `SELECT d.uid || '|' || s.hash FROM search_documents s JOIN documents d ON d.id = s.document_id`,
}

func dumpStore(t *testing.T, path string) map[string][]string {
	t.Helper()
	db := openRead(t, path)
	out := map[string][]string{}
	for table, q := range dumpQueries {
		var rows []string
		if err := db.Raw(q).Scan(&rows).Error; err != nil {
			t.Fatalf("dump %s: %v", table, err)
		}
		sort.Strings(rows)
		out[table] = rows
	}
	return out
}

func searchTotal(t *testing.T, path, q string) int {
	t.Helper()
	st, err := openBackend(context.Background(), path, 0, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	defer st.close()
	_, total, _, err := st.idx.Search(context.Background(), q, nil, 1, "")
	if err != nil {
		t.Fatal(err)
	}
	return total
}

func firstDiff(a, b []string) string {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return fmt.Sprintf("%q vs %q", a[i], b[i])
		}
	}
	return "(one is a prefix of the other)"
}

func tail(b []byte) string {
	if len(b) > 2000 {
		return "…" + string(b[len(b)-2000:])
	}
	return string(b)
}

// TestStartupRepairsUnindexedDocuments: a database an older version left with
// documents committed but their search rows missing (its kill -9 between the
// two transactions) is repaired when it is next opened: by `load`, which would
// otherwise skip those files as unchanged, and by `serve`. Search then answers
// as it did before the rows were lost.
func TestStartupRepairsUnindexedDocuments(t *testing.T) {
	dir := t.TempDir()
	corpus := writeCorpus(t, filepath.Join(dir, "corpus"), 12)
	db := filepath.Join(dir, "c.db")
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	loadAll := func() {
		t.Helper()
		if err := load(context.Background(), db, 0, []string{corpus}, io.Discard, io.Discard, quiet); err != nil {
			t.Fatal(err)
		}
	}
	loadAll()
	queries := []string{"执行", "院长", "座谈会"}
	want := map[string]int{}
	for _, q := range queries {
		want[q] = searchTotal(t, db, q)
	}

	// Drop every search row of half the documents, as the old crash did.
	var ids []uint
	w := openWrite(t, db)
	if err := w.Raw(`SELECT id FROM documents WHERE id % 2 = 0`).Scan(&ids).Error; err != nil || len(ids) == 0 {
		t.Fatalf("documents to unindex: %v %v", ids, err)
	}
	for _, stmt := range []string{
		`DELETE FROM search_fts WHERE docid IN (SELECT id FROM search_entries WHERE document_id IN ?)`,
		`DELETE FROM search_entries WHERE document_id IN ?`,
		`DELETE FROM search_documents WHERE document_id IN ?`,
	} {
		if err := w.Exec(stmt, ids).Error; err != nil {
			t.Fatal(err)
		}
	}
	closeDB(w)
	if got := unindexed(t, db); len(got) != len(ids) {
		t.Fatalf("%d documents unindexed after the deletes, want %d", len(got), len(ids))
	}

	loadAll() // every file is unchanged: only the start-up check can index them
	if got := unindexed(t, db); len(got) > 0 {
		t.Errorf("%d documents still without search rows after load: %v", len(got), got)
	}
	for _, q := range queries {
		if got := searchTotal(t, db, q); got != want[q] || got == 0 {
			t.Errorf("search %q: %d hits after the repair, %d before the rows were lost", q, got, want[q])
		}
	}
}

// openWrite opens the database at path for the test to damage.
func openWrite(t *testing.T, path string) *gorm.DB {
	t.Helper()
	db, err := gorm.Open(sqlite.Open("file:"+path+"?_busy_timeout=5000"), &gorm.Config{Logger: logger.Discard})
	if err != nil {
		t.Fatal(err)
	}
	return db
}
