package court

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

func FuzzScan(f *testing.F) {
	for _, tc := range formCases {
		f.Add(tc.text)
	}
	for _, s := range noMention {
		f.Add(s)
	}
	f.Add("桓仁县法院华来法庭齐铁法院哈铁中院\x00市一中院")
	f.Add("最高法")
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		r := []rune(text)
		last := 0
		for _, m := range Scan(text) {
			if m.Start < last || m.End <= m.Start || m.End > len(r) {
				t.Fatalf("bad span %d:%d after %d in %d runes", m.Start, m.End, last, len(r))
			}
			if string(r[m.Start:m.End]) != m.Text {
				t.Fatalf("Text %q != runes %q", m.Text, string(r[m.Start:m.End]))
			}
			if m.Court.Name == "" {
				t.Fatalf("mention %q without a name", m.Text)
			}
			last = m.End
		}
	})
}

func BenchmarkScan(b *testing.B) {
	paths, _ := filepath.Glob(filepath.Join(sharedDir, "seeds", "*.txt"))
	var text string
	for _, p := range paths {
		if data, err := os.ReadFile(p); err == nil {
			text += string(data)
		}
	}
	if text == "" {
		for _, tc := range formCases {
			text += tc.text + "\n"
		}
	}
	Scan(text) // build the gazetteer and the converter
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		Scan(text)
	}
}
