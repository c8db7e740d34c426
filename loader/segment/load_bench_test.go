package segment

import (
	"fmt"
	"syscall"
	"testing"
	"time"

	"github.com/go-ego/gse"
)

// BenchmarkLoadDictionaries compares the dictionary load through gse's
// LoadDictEmbed with loadWords, reporting CPU time per load (wall time is
// meaningless on a shared machine).
//
//	go test ./loader/segment -run XXX -bench LoadDictionaries -benchtime 2x
func BenchmarkLoadDictionaries(b *testing.B) {
	for _, c := range []struct {
		name string
		load func() error
	}{
		{"gse", func() error { _, err := loadStandard(); return err }},
		{"fast", func() error { _, err := load(); return err }},
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

func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// loadStandard loads the dictionaries through gse's own LoadDictEmbed, for
// the test that keeps loadWords equivalent.
func loadStandard() (*gse.Segmenter, error) {
	var s gse.Segmenter
	s.SkipLog = true
	if e := s.LoadDictStr(domainDict); e != nil {
		return nil, fmt.Errorf("domain dictionary: %w", e)
	}
	if e := s.LoadDictEmbed("zh"); e != nil {
		return nil, fmt.Errorf("gse embedded dictionary: %w", e)
	}
	return &s, nil
}
