// Package segment owns courtql's one gse segmenter: gse's own dictionary plus
// the domain dictionary shipped in this package, loaded once per process.
package segment

import (
	_ "embed"
	"fmt"
	"sync"
	"time"

	"github.com/go-ego/gse"
)

// domainDict holds court forms, posts and legal terms ("word freq pos" lines)
// that gse's general dictionary cuts apart (审判委员会专职委员, 人民法庭).
//
//go:embed dict/courts.txt
var domainDict string

var (
	once     sync.Once
	seg      *gse.Segmenter
	err      error
	loadTook time.Duration
)

// Default returns the process-wide segmenter, loading its dictionaries on
// first use. gse's Segmenter is safe for concurrent reads once loaded.
//
// Both dictionaries come from go:embed (gse's own through LoadDictEmbed), so a
// built binary works without the Go module cache. The domain dictionary is
// loaded first because gse keeps the first entry of a word it sees twice.
func Default() (*gse.Segmenter, error) {
	once.Do(func() {
		t0 := time.Now()
		s, e := load()
		loadTook = time.Since(t0)
		if e != nil {
			err = fmt.Errorf("load segmenter dictionaries: %w", e)
			return
		}
		seg = s
	})
	return seg, err
}

// LoadTime reports how long the first Default call took to load the
// dictionaries (0 before it ran).
func LoadTime() time.Duration {
	return loadTook
}

func load() (*gse.Segmenter, error) {
	var s gse.Segmenter
	s.SkipLog = true
	if e := s.LoadDictStr(domainDict); e != nil {
		return nil, fmt.Errorf("domain dictionary: %w", e)
	}
	loadWords(&s, gseZhS+gseZhT) // what LoadDictEmbed("zh") loads, in a third less time
	return &s, nil
}
