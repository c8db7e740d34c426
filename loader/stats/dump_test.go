package stats

import (
	"os"
	"path/filepath"
	"testing"

	"courtql/loader/court"
	"courtql/loader/text"
)

func TestDumpDebug(t *testing.T) {
	if os.Getenv("STATS_DUMP") == "" {
		t.Skip()
	}
	fs, _ := filepath.Glob(filepath.Join(shared, "seeds", "*.txt"))
	fs2, _ := filepath.Glob(filepath.Join(shared, "dev", "docs", "*.txt"))
	for _, f := range append(fs, fs2...) {
		raw, _ := os.ReadFile(f)
		c := minimalClean(string(raw))
		d := text.New(c)
		for _, x := range Extract(d, text.Span{End: len(d.Runes)}, court.Scan(c)) {
			t.Logf("%s | %s | %s %s | P=%s S=%s | ch=%s%s r=%s | %q", filepath.Base(f)[:3], x.Metric, fv(x.Value), x.Unit, x.Period, x.Scope, fv(x.Change), x.ChangeUnit, fv(x.ChangeRate), d.Slice(x.Span))
		}
	}
}
