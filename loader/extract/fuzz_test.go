package extract

import (
	"os"
	"path/filepath"
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzExtract runs the whole pipeline on arbitrary text: it must not panic,
// must finish in bounded time, and every span must lie inside the text.
func FuzzExtract(f *testing.F) {
	seeds, _ := filepath.Glob(filepath.Join(seedsDir, "*.txt"))
	for _, s := range seeds {
		if b, err := os.ReadFile(s); err == nil {
			f.Add(string(b))
		}
	}
	f.Add("會議強調,一要認清形勢。二要(huì)保持優勢;三要加強調度。")
	f.Add("受理案件XX件,同比上升XX%;第一,要\u3000\u3000。")
	f.Fuzz(func(t *testing.T, raw string) {
		if !utf8.ValidString(raw) {
			return
		}
		start := time.Now()
		res, _ := Extract("fuzz.txt", raw)
		if d := time.Since(start); d > 5*time.Second && len(raw) < 20000 {
			t.Fatalf("Extract took %v on %d bytes", d, len(raw))
		}
		n := utf8.RuneCountInString(res.Text)
		in := func(what string, s, e int) {
			if s < 0 || e > n || s > e {
				t.Fatalf("%s span [%d,%d) outside text of %d runes", what, s, e, n)
			}
		}
		for _, m := range res.Meetings {
			in("meeting", m.Span.Start, m.Span.End)
			for _, a := range m.Attendances {
				in("attendance", a.Span.Start, a.Span.End)
			}
			for _, d := range m.Directives {
				in("directive", d.Span.Start, d.Span.End)
			}
			for _, s := range m.Statistics {
				in("statistic", s.Span.Start, s.Span.End)
			}
		}
	})
}

func TestIsAliasForm(t *testing.T) {
	for s, want := range map[string]bool{
		"云南高院": true, "省高院": true, "元阳县法院": true, "天津三中院": true, "北京二中院": true, "婺北法庭": true,
		"阜新": false, "朝阳等三家中院": false, "贵南五县法院": false, "七里河两区法院": false, "长沙、株洲两个中院": false,
	} {
		if got := isAliasForm(s); got != want {
			t.Errorf("isAliasForm(%q) = %v, want %v", s, got, want)
		}
	}
}
