// Package segment owns courtql's one gse segmenter: gse's own dictionary plus
// the domain dictionary shipped in this package, loaded once per process.
package segment

import (
	"sync"

	"github.com/go-ego/gse"
)

var (
	once sync.Once
	seg  *gse.Segmenter
	err  error
)

// Default returns the process-wide segmenter, loading its dictionaries on
// first use. gse's Segmenter is safe for concurrent reads once loaded.
func Default() (*gse.Segmenter, error) {
	once.Do(func() {
		s, e := gse.New()
		if e != nil {
			err = e
			return
		}
		seg = &s
	})
	return seg, err
}
