package extract

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

const seedsDir = "../../seeds"

// TestGolden compares the extraction of every seed with the project's own
// golden file (not the hand-checked gold in ../shared: goldens record what
// the code does, so a diff shows every change in behaviour for review).
func TestGolden(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(seedsDir, "*.txt"))
	if len(files) == 0 {
		t.Fatal("no seeds found")
	}
	for _, f := range files {
		name := filepath.Base(f)
		t.Run(name, func(t *testing.T) {
			raw, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			res, _ := Extract(name, string(raw))
			got, err := json.MarshalIndent(res, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := filepath.Join("testdata", "golden", strings.TrimSuffix(name, ".txt")+".json")
			if *update {
				os.MkdirAll(filepath.Dir(golden), 0o755)
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./loader/extract -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("extraction of %s differs from %s; review with -update and git diff", name, golden)
			}
		})
	}
}

// TestSpansCoverValues checks the evidence spans: each lies inside the text
// and contains what was extracted from it.
func TestSpansCoverValues(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(seedsDir, "*.txt"))
	devFiles, _ := filepath.Glob(filepath.Join(sharedDir, "dev", "docs", "*.txt"))
	for _, f := range append(files, devFiles...) {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		res, _ := Extract(filepath.Base(f), string(raw))
		runes := []rune(res.Text)
		slice := func(start, end int) string {
			if start < 0 || end > len(runes) || start > end {
				t.Errorf("%s: span [%d,%d) outside text of %d runes", filepath.Base(f), start, end, len(runes))
				return ""
			}
			return string(runes[start:end])
		}
		for _, m := range res.Meetings {
			for _, a := range m.Attendances {
				if s := slice(a.Span.Start, a.Span.End); !strings.Contains(s, a.Name) {
					t.Errorf("%s: attendance span %q lacks name %q", filepath.Base(f), s, a.Name)
				}
			}
			for _, d := range m.Directives {
				if s := slice(d.Span.Start, d.Span.End); !strings.Contains(s, strings.TrimSpace(d.Text)) {
					t.Errorf("%s: directive span %q lacks its text %q", filepath.Base(f), s, d.Text)
				}
			}
			for _, st := range m.Statistics {
				s := slice(st.Span.Start, st.Span.End)
				if !strings.Contains(st.Text, s) {
					t.Errorf("%s: statistic span %q not inside its sentence %q", filepath.Base(f), s, st.Text)
				}
				if st.Unit != "" && !strings.Contains(s, strings.TrimPrefix(strings.TrimPrefix(st.Unit, "万"), "亿")) && !strings.Contains(s, st.Unit) {
					t.Errorf("%s: statistic span %q lacks unit %q", filepath.Base(f), s, st.Unit)
				}
			}
		}
	}
}
