package keyword

import (
	"testing"
	"time"

	"courtql/loader/segment"
)

// TestLoadTimes logs what the first call costs: the segmenter's
// dictionaries, then gse's IDF table, then OpenCC.
func TestLoadTimes(t *testing.T) {
	t0 := time.Now()
	if _, err := segment.Default(); err != nil {
		t.Fatal(err)
	}
	t1 := time.Now()
	idfOnce.Do(loadIdf)
	t2 := time.Now()
	Topic("執行")
	t3 := time.Now()
	t.Logf("segmenter %v, idf %v (%d words), opencc %v", t1.Sub(t0), t2.Sub(t1), len(idf), t3.Sub(t2))
}
