package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"courtql/loader/extract"
)

func testSources(t *testing.T) *sourceSet {
	t.Helper()
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	set, err := readSources(defaultSources(root))
	if err != nil {
		t.Fatal(err)
	}
	return set
}

// The same seed gives the same bytes; another seed gives other articles.
func TestCorpusIsDeterministic(t *testing.T) {
	set := testSources(t)
	a, err := writeCorpus(t.TempDir(), set, 7, 30)
	if err != nil {
		t.Fatal(err)
	}
	b, err := writeCorpus(t.TempDir(), set, 7, 30)
	if err != nil {
		t.Fatal(err)
	}
	c, err := writeCorpus(t.TempDir(), set, 8, 30)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	sameAsOtherSeed := 0
	for i := range a.files {
		ra, rb, rc := read(t, a.files[i]), read(t, b.files[i]), read(t, c.files[i])
		if !bytes.Equal(ra, rb) {
			t.Errorf("%s: seed 7 gave different bytes on a second run", filepath.Base(a.files[i]))
		}
		if bytes.Equal(ra, rc) {
			sameAsOtherSeed++
		}
		if seen[string(ra)] {
			t.Errorf("%s repeats an earlier article", filepath.Base(a.files[i]))
		}
		seen[string(ra)] = true
	}
	if sameAsOtherSeed > 0 {
		t.Errorf("%d articles identical under seeds 7 and 8", sameAsOtherSeed)
	}
}

// A corpus already generated is reused, not written again.
func TestCorpusIsReused(t *testing.T) {
	set := testSources(t)
	dir := t.TempDir()
	a, err := writeCorpus(dir, set, 1, 10)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(a.files[0], []byte("marker"), 0o644); err != nil {
		t.Fatal(err)
	}
	b, err := writeCorpus(dir, set, 1, 10)
	if err != nil {
		t.Fatal(err)
	}
	if got := string(read(t, b.files[0])); got != "marker" {
		t.Errorf("corpus was regenerated instead of reused")
	}
}

// Every generated article extracts to at least one meeting with a speaker,
// and the corpus as a whole has directives and statistics.
func TestCorpusArticlesExtract(t *testing.T) {
	if testing.Short() {
		t.Skip("extraction loads gse")
	}
	set := testSources(t)
	c, err := writeCorpus(t.TempDir(), set, 3, 40)
	if err != nil {
		t.Fatal(err)
	}
	var directives, statistics, speakerless int
	for _, f := range c.files {
		res, _ := extract.Extract(filepath.Base(f), string(read(t, f)))
		if len(res.Meetings) == 0 {
			t.Errorf("%s: no meeting extracted from:\n%.600s", filepath.Base(f), read(t, f))
			continue
		}
		speakers := 0
		for _, m := range res.Meetings {
			speakers += len(m.Attendances)
			directives += len(m.Directives)
			statistics += len(m.Statistics)
		}
		if speakers == 0 {
			speakerless++
		}
	}
	// A template can be a speech whose page names no speaker (seed 002 is
	// one), so a few articles may have none; most must.
	if speakerless > len(c.files)/4 {
		t.Errorf("%d of %d articles have meetings without speakers", speakerless, len(c.files))
	}
	if directives == 0 || statistics == 0 {
		t.Errorf("corpus extracted %d directives and %d statistics, want some of each", directives, statistics)
	}
}

func read(t *testing.T, path string) []byte {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return raw
}
