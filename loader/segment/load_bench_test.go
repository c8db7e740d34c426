package segment

import (
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/go-ego/gse"
)

// BenchmarkLoadDictionaries compares loading gse's own Segmenter with
// building the compact table and reading it from the cache, reporting CPU
// time per load (wall time is meaningless on a shared machine).
//
//	go test ./loader/segment -run XXX -bench LoadDictionaries -benchtime 2x
func BenchmarkLoadDictionaries(b *testing.B) {
	cache := filepath.Join(b.TempDir(), "dict.bin")
	if _, err := loadCached(cache, dictionaryTexts()...); err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct {
		name string
		load func() error
	}{
		{"gse", func() error {
			var s gse.Segmenter
			s.SkipLog, s.NotLoadHMM = true, true
			if err := s.LoadDictStr(domainDict); err != nil {
				return err
			}
			return s.LoadDictEmbed("zh")
		}},
		{"build", func() error { _, err := buildDictionary(dictionaryTexts()...); return err }},
		{"cache", func() error { _, err := loadCached(cache, dictionaryTexts()...); return err }},
	} {
		b.Run(c.name, func(b *testing.B) {
			cpu0 := cpuTime()
			for i := 0; i < b.N; i++ {
				if err := c.load(); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric((cpuTime()-cpu0).Seconds()/float64(b.N), "cpu-s/op")
		})
	}
}

// BenchmarkCut compares gse's Cut with Segmenter.Cut on the articles.
//
//	go test ./loader/segment -run XXX -bench Cut
func BenchmarkCut(b *testing.B) {
	std := referenceOrSkip(b)
	s, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	var texts []string
	for _, t := range articles(b) {
		texts = append(texts, t)
	}
	for _, c := range []struct {
		name string
		cut  func(string) []string
	}{
		{"gse", func(t string) []string { return std.Cut(t, true) }},
		{"compact", func(t string) []string { return s.Cut(t, true) }},
	} {
		b.Run(c.name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				c.cut(texts[i%len(texts)])
			}
		})
	}
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
