// Package segment owns courtql's one word segmenter: gse's dictionary plus
// the domain dictionary shipped in this package, loaded once per process.
//
// gse is the source of the dictionary and the reference for every cut, but
// its own Segmenter holds the dictionary in about 195 MiB of heap and takes
// 1.6 CPU-seconds to load, which every process (serve, load) paid before its
// first search. Segmenter keeps the same words in a sorted string table
// (about 20 MiB) and runs gse's algorithm over it (DAG of dictionary words,
// the most probable path by frequency, gse's HMM for unknown runs), so its
// cuts are gse's word for word (the tests compare them on the seeds, the
// development articles and fuzzed text). The table is built once from gse's
// embedded dictionaries and cached in the user's cache directory
// (segment-dictionary.bin), so later starts read it in a few milliseconds.
package segment

import (
	_ "embed"
	"fmt"
	"sync"
	"time"
	_ "unsafe" // go:linkname

	"github.com/go-ego/gse/hmm"
)

// domainDict holds court forms, posts and legal terms ("word freq pos" lines)
// that gse's general dictionary cuts apart (审判委员会专职委员, 人民法庭).
//
//go:embed dict/courts.txt
var domainDict string

// gse's embedded Chinese dictionaries (simplified, traditional). They are
// unexported; linking to them saves shipping a second 8.6 MB copy.
//
//go:linkname gseZhS github.com/go-ego/gse.zhS
var gseZhS string

//go:linkname gseZhT github.com/go-ego/gse.zhT
var gseZhT string

// Segmenter cuts Chinese text into words as gse does. It is safe for
// concurrent use.
type Segmenter struct {
	dict *dictionary
}

// Find is gse's Segmenter.Find: a dictionary word's frequency and part of
// speech; for a string that only begins some word, 0, "", true; else false.
func (s *Segmenter) Find(word string) (freq float64, pos string, ok bool) {
	return s.dict.find(word)
}

var (
	once     sync.Once
	seg      *Segmenter
	err      error
	loadTook time.Duration
	hmmOnce  sync.Once
)

// Default returns the process-wide segmenter, loading its dictionary on
// first use: from the cache when it is there and current, else built from
// the dictionaries (and the cache written for the next process).
//
// The domain dictionary comes before gse's because gse keeps the first
// entry of a word it sees twice.
func Default() (*Segmenter, error) {
	once.Do(func() {
		t0 := time.Now()
		d, e := loadCached(cachePath(), dictionaryTexts()...)
		loadTook = time.Since(t0)
		if e != nil {
			err = fmt.Errorf("load segmenter dictionary: %w", e)
			return
		}
		loadHMM()
		seg = &Segmenter{dict: d}
	})
	return seg, err
}

// dictionaryTexts are the dictionaries in gse's load order (gse reads
// zhS+zhT as one text; zhS ends with a newline, so apart they give the same
// lines without an 8.6 MB concatenation).
func dictionaryTexts() []string {
	return []string{domainDict, gseZhS, gseZhT}
}

// loadHMM loads gse's HMM emission model (package state of gse/hmm), once:
// gse loads it each time a Segmenter loads a dictionary, which writes maps
// other goroutines may be reading.
func loadHMM() {
	hmmOnce.Do(func() { hmm.LoadModel() })
}

// LoadTime reports how long the first Default call took to load the
// dictionary (0 before it ran).
func LoadTime() time.Duration {
	return loadTook
}
