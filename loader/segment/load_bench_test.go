package segment

import (
	"syscall"
	"testing"
	"time"
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
