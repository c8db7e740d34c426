package transport

import (
	stdgzip "compress/gzip"
	"io"
	"os"
	"testing"

	"github.com/klauspost/compress/gzip"
)

// BenchmarkGzip compresses a real nested-query response (the benchmark
// query's 28 KB answer on the bench corpus) with the standard library's gzip
// and with klauspost/compress's, which the server uses, side by side in one
// run; the compressed size is reported per response.
func BenchmarkGzip(b *testing.B) {
	body, err := os.ReadFile("testdata/nested-response.json")
	if err != nil {
		b.Fatal(err)
	}
	run := func(b *testing.B, zw interface {
		io.WriteCloser
		Reset(io.Writer)
	}) {
		var n countingWriter
		b.SetBytes(int64(len(body)))
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			n = 0
			zw.Reset(&n)
			_, _ = zw.Write(body)
			_ = zw.Close()
		}
		b.ReportMetric(float64(n), "gzipped-bytes")
	}
	b.Run("compress/gzip", func(b *testing.B) {
		zw, _ := stdgzip.NewWriterLevel(io.Discard, stdgzip.DefaultCompression)
		run(b, zw)
	})
	b.Run("klauspost", func(b *testing.B) {
		zw, _ := gzip.NewWriterLevel(io.Discard, gzipLevel)
		run(b, zw)
	})
}

// countingWriter counts the bytes written to it.
type countingWriter int

func (c *countingWriter) Write(p []byte) (int, error) {
	*c += countingWriter(len(p))
	return len(p), nil
}
