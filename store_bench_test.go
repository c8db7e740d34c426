package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"courtql/loader/extract"
	"courtql/loader/store"
	"courtql/loader/textio"
)

// benchArticles extracts the real articles once (seeds, dev corpus,
// held-out sets), outside any timer.
func benchArticles(b *testing.B) []store.Item {
	b.Helper()
	var files []string
	for _, pat := range []string{"seeds/*.txt", "../shared/dev/docs/*.txt", "testdata/holdout*/docs/*.txt"} {
		m, _ := filepath.Glob(pat)
		files = append(files, m...)
	}
	sort.Strings(files)
	var items []store.Item
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		s, err := textio.Decode(raw)
		if err != nil {
			continue
		}
		res, _ := extract.Extract(filepath.Base(f), s)
		items = append(items, store.Item{Result: res, Hash: store.HashText(raw)})
	}
	if len(items) == 0 {
		b.Fatal("no articles")
	}
	return items
}

// copies returns n items made from the articles under distinct sources and
// hashes, as distinct documents (their entities are shared: same courts,
// same speakers), starting at copy number from.
func copies(items []store.Item, from, n int) []store.Item {
	out := make([]store.Item, n)
	for i := range out {
		k := from + i
		it := items[k%len(items)]
		it.Result.Source = fmt.Sprintf("copy%06d/%s", k, it.Result.Source)
		it.Hash = store.HashText([]byte(it.Result.Source + it.Hash))
		out[i] = it
	}
	return out
}

// BenchmarkStoreBatch measures the writer alone (extraction done before):
// one transaction of 64 documents with their entities and search rows, into
// an empty store and into one already holding 10,000 documents. The two
// should cost about the same: nothing in the store path scans the store.
//
//	go test -run XXX -bench StoreBatch -benchtime 20x .
func BenchmarkStoreBatch(b *testing.B) {
	items := benchArticles(b)
	const batch = 64
	for _, held := range []int{0, 10000} {
		b.Run(fmt.Sprintf("held=%d", held), func(b *testing.B) {
			log := slog.New(slog.NewTextHandler(io.Discard, nil))
			st, err := openBackend(context.Background(), filepath.Join(b.TempDir(), "bench.db"), 0, log)
			if err != nil {
				b.Fatal(err)
			}
			defer st.close()
			ctx := context.Background()
			for done := 0; done < held; done += batch {
				if _, err := store.SaveBatch(ctx, st.db, st.idx, copies(items, done, batch)); err != nil {
					b.Fatal(err)
				}
			}
			next := held
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				part := copies(items, next, batch)
				next += batch
				b.StartTimer()
				saved, err := store.SaveBatch(ctx, st.db, st.idx, part)
				if err != nil {
					b.Fatal(err)
				}
				for _, s := range saved {
					if s.Err != nil || s.Outcome != store.Created {
						b.Fatalf("%v %v", s.Outcome, s.Err)
					}
				}
			}
			b.ReportMetric(float64(b.N*batch)/b.Elapsed().Seconds(), "docs/s")
		})
	}
}

// BenchmarkLoad measures the whole load path (read, extract in parallel,
// store in batches with search rows) over 300 copies of the real articles,
// or over the directory COURTQL_BENCH_CORPUS names (e.g. one written by
// loader/internal/synthcorpus).
//
//	go test -run XXX -bench 'Load$' -benchtime 1x -cpuprofile cpu.out .
func BenchmarkLoad(b *testing.B) {
	dir := os.Getenv("COURTQL_BENCH_CORPUS")
	if dir == "" {
		dir = b.TempDir()
		var raws []string
		for _, pat := range []string{"seeds/*.txt", "../shared/dev/docs/*.txt", "testdata/holdout*/docs/*.txt"} {
			m, _ := filepath.Glob(pat)
			raws = append(raws, m...)
		}
		sort.Strings(raws)
		for i := range 300 {
			raw, err := os.ReadFile(raws[i%len(raws)])
			if err != nil {
				b.Fatal(err)
			}
			// The same text with i trailing newlines: a distinct document.
			p := filepath.Join(dir, fmt.Sprintf("%03d", i/100), fmt.Sprintf("%03d_%s", i, filepath.Base(raws[i%len(raws)])))
			os.MkdirAll(filepath.Dir(p), 0o755)
			if err := os.WriteFile(p, append(raw, strings.Repeat("\n", i+1)...), 0o644); err != nil {
				b.Fatal(err)
			}
		}
	}
	extract.Extract("warm-up", "8月10日,云南省高级人民法院召开座谈会。") // load dictionaries outside the timer
	n := 0
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		st, err := openBackend(context.Background(), filepath.Join(b.TempDir(), "load.db"), 0, log)
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		sum, err := st.loader.Load(context.Background(), dir)
		if err != nil || sum.Created == 0 {
			b.Fatalf("%+v %v", sum, err)
		}
		n += sum.Created
		b.StopTimer()
		st.close()
		b.StartTimer()
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "docs/s")
}
