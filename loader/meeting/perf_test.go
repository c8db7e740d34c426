package meeting

import (
	"os"
	"strings"
	"testing"
	"time"

	"courtql/loader/clean"
	"courtql/loader/court"
	"courtql/loader/text"
)

// TestLargeInput guards against quadratic scans: a long page must still be
// read in well under a second.
func TestLargeInput(t *testing.T) {
	raw, err := os.ReadFile("../../seeds/003_3a53edf0c006dba0.txt")
	if err != nil {
		t.Skip(err)
	}
	p := clean.Clean(strings.Repeat(string(raw), 10))
	d := text.New(p.Text)
	ms := court.Scan(p.Text)
	t0 := time.Now()
	Find(d, p.Title, p.PublishedAt, ms)
	dt := time.Since(t0)
	t.Logf("%d runes, %d mentions: %v", len(d.Runes), len(ms), dt)
	if dt > 2*time.Second {
		t.Errorf("Find took %v", dt)
	}
}
