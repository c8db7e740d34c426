package extract

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkExtract measures the whole pipeline over the five seeds; run with
// go test ./loader/extract -run XXX -bench Extract -benchmem.
func BenchmarkExtract(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join(seedsDir, "*.txt"))
	var docs []string
	size := 0
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, string(raw))
		size += len(raw)
	}
	Extract("warm-up", docs[0]) // load gse and OpenCC dictionaries outside the timer
	b.SetBytes(int64(size))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for j, d := range docs {
			Extract(files[j], d)
		}
	}
}
