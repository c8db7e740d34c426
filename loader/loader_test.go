package loader

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
	"gorm.io/gorm"

	"courtql/internal/dbtest"
	"courtql/loader/store"
	"courtql/model"
)

const seedsDir = "../seeds"

func openDB(t *testing.T) *gorm.DB {
	t.Helper()
	db, err := store.Open(dbtest.Target(t, "test.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return db
}

// counts returns the row count of every table.
func counts(t *testing.T, db *gorm.DB) map[string]int64 {
	t.Helper()
	out := map[string]int64{}
	for _, m := range model.All() {
		var n int64
		if err := db.Model(m).Count(&n).Error; err != nil {
			t.Fatal(err)
		}
		stmt := &gorm.Statement{DB: db}
		_ = stmt.Parse(m)
		out[stmt.Schema.Table] = n
	}
	return out
}

func seedFile(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(seedsDir, name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestLoadTwiceAddsNothing(t *testing.T) {
	db := openDB(t)
	l := &Loader{DB: db}
	ctx := context.Background()
	sum, err := l.Load(ctx, seedsDir)
	if err != nil || sum.Err() != nil {
		t.Fatalf("first load: %v %v", err, sum.Err())
	}
	if sum.Created != 5 {
		t.Fatalf("created %d documents, want 5", sum.Created)
	}
	before := counts(t, db)
	if before["meetings"] == 0 || before["courts"] == 0 {
		t.Fatalf("nothing extracted: %v", before)
	}
	sum, err = l.Load(ctx, seedsDir)
	if err != nil || sum.Unchanged != 5 || sum.Created+sum.Replaced != 0 {
		t.Fatalf("second load: %+v %v", sum, err)
	}
	if after := counts(t, db); !equalCounts(before, after) {
		t.Errorf("second load changed rows: %v → %v", before, after)
	}
}

func TestChangedTextReplacesEntities(t *testing.T) {
	db := openDB(t)
	l := &Loader{DB: db}
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "a.txt")
	seed := seedFile(t, "000_54217dd4817d8caf.txt")
	if err := os.WriteFile(path, seed, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := l.Load(ctx, dir); err != nil {
		t.Fatal(err)
	}
	before := counts(t, db)
	changed := strings.Replace(string(seed), "8月10日", "8月11日", 1)
	if err := os.WriteFile(path, []byte(changed), 0o644); err != nil {
		t.Fatal(err)
	}
	sum, err := l.Load(ctx, dir)
	if err != nil || sum.Replaced != 1 {
		t.Fatalf("reload: %+v %v", sum, err)
	}
	after := counts(t, db)
	for _, table := range []string{"documents", "meetings", "attendances", "directives", "statistics"} {
		if before[table] != after[table] {
			t.Errorf("%s: %d rows before, %d after replacing", table, before[table], after[table])
		}
	}
	var m model.Meeting
	if err := db.Take(&m).Error; err != nil {
		t.Fatal(err)
	}
	if m.DateText != nil && !strings.Contains(*m.DateText, "11") {
		t.Errorf("meeting not replaced: date text %q", *m.DateText)
	}
}

func TestGBKCopyGivesSameResult(t *testing.T) {
	for _, name := range []string{"000_54217dd4817d8caf.txt", "004_7b31a25cd35ccddf.txt"} {
		seed := seedFile(t, name)
		gbk, err := simplifiedchinese.GB18030.NewEncoder().Bytes(seed) // GBK cannot encode every rune of the seeds
		if err != nil {
			t.Fatal(err)
		}
		dirU, dirG := t.TempDir(), t.TempDir()
		os.WriteFile(filepath.Join(dirU, name), seed, 0o644)
		os.WriteFile(filepath.Join(dirG, name), gbk, 0o644)
		dbU, dbG := openDB(t), openDB(t)
		if _, err := (&Loader{DB: dbU}).Load(context.Background(), dirU); err != nil {
			t.Fatal(err)
		}
		sum, err := (&Loader{DB: dbG}).Load(context.Background(), dirG)
		if err != nil || sum.Err() != nil {
			t.Fatalf("GBK load: %v %v", err, sum.Err())
		}
		var a, b []model.Directive
		dbU.Order("id").Find(&a)
		dbG.Order("id").Find(&b)
		if len(a) != len(b) {
			t.Fatalf("%s: %d directives from UTF-8, %d from GBK", name, len(a), len(b))
		}
		for i := range a {
			if a[i].Text != b[i].Text {
				t.Errorf("directive %d differs: %q vs %q", i, a[i].Text, b[i].Text)
			}
		}
		if !equalCounts(counts(t, dbU), counts(t, dbG)) {
			t.Errorf("%s: row counts differ: %v vs %v", name, counts(t, dbU), counts(t, dbG))
		}
	}
}

func TestBadFilesAreReportedAndOthersLoad(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a_empty.txt"), nil, 0o644)
	os.WriteFile(filepath.Join(dir, "b_binary.txt"), []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00"), 0o644)
	os.WriteFile(filepath.Join(dir, "c_good.txt"), seedFile(t, "000_54217dd4817d8caf.txt"), 0o644)
	db := openDB(t)
	sum, err := (&Loader{DB: db}).Load(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Created != 1 || len(sum.Failed) != 2 {
		t.Fatalf("summary %+v, want 1 created and 2 failed", sum)
	}
	msg := sum.Err().Error()
	for _, want := range []string{"a_empty.txt", "empty", "b_binary.txt", "binary"} {
		if !strings.Contains(msg, want) {
			t.Errorf("error %q does not mention %q", msg, want)
		}
	}
	// A bad file loaded later must not lose what is stored.
	os.WriteFile(filepath.Join(dir, "c_good.txt"), []byte{0, 1, 2, 3, 0, 0, 0, 0}, 0o644)
	(&Loader{DB: db}).Load(context.Background(), dir)
	var n int64
	db.Model(&model.Meeting{}).Count(&n)
	if n == 0 {
		t.Error("a bad version of a stored file deleted its meetings")
	}
}

func TestMissingPath(t *testing.T) {
	_, err := (&Loader{DB: openDB(t)}).Load(context.Background(), "no/such/dir")
	if err == nil || !strings.Contains(err.Error(), "no/such/dir") {
		t.Fatalf("err = %v, want one naming the path", err)
	}
}

func equalCounts(a, b map[string]int64) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}
