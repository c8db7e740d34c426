package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"time"
)

// Each report goes between its own markers in the output file; what is
// outside them (earlier runs kept by hand, notes) is left as it is.
func markers(name string) (begin, end string) {
	return "<!-- " + name + ":begin (written by go run ./bench) -->", "<!-- " + name + ":end -->"
}

// writeReport puts the run's markdown in its section of path.
func writeReport(path string, r *results) error { return writeSection(path, "bench", r.markdown()) }

// writeSection replaces the named section of path with text, appending the
// section (or creating the file) when it is not there yet.
func writeSection(path, name, text string) error {
	begin, end := markers(name)
	section := begin + "\n" + text + end + "\n"
	old, err := os.ReadFile(path)
	if err != nil && !os.IsNotExist(err) {
		return fmt.Errorf("read %s: %w", path, err)
	}
	s := string(old)
	i, j := strings.Index(s, begin), strings.Index(s, end)
	switch {
	case i >= 0 && j > i:
		s = s[:i] + section + strings.TrimPrefix(s[j+len(end):], "\n")
	case len(s) > 0:
		s += "\n" + section
	default:
		s = "# Benchmarks\n\n" + section
	}
	if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

func ms(d time.Duration) string {
	switch {
	case d == 0:
		return "–"
	case d < 10*time.Millisecond:
		return fmt.Sprintf("%.2f ms", float64(d)/1e6)
	case d < time.Second:
		return fmt.Sprintf("%.0f ms", float64(d)/1e6)
	default:
		return fmt.Sprintf("%.2f s", d.Seconds())
	}
}

func rps(v float64) string {
	if v >= 100 {
		return fmt.Sprintf("%.0f", v)
	}
	return fmt.Sprintf("%.1f", v)
}

func ratio(a, b float64) string {
	if b == 0 {
		return "–"
	}
	r := a / b
	if r < 0.1 {
		return fmt.Sprintf("%.3fx", r)
	}
	return fmt.Sprintf("%.2fx", r)
}

func met(ok bool, known bool) string {
	switch {
	case !known:
		return "n/a"
	case ok:
		return "yes"
	default:
		return "**no**"
	}
}

func size(n int) string {
	if n%1000 == 0 {
		return fmt.Sprintf("%dk", n/1000)
	}
	return fmt.Sprint(n)
}

// markdown renders the run: targets first, then every figure per size.
func (r *results) markdown() string {
	var b strings.Builder
	w := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	w("### Run of %s (commit %s)\n\n", r.Date.Format("2006-01-02 15:04 MST"), r.Commit)
	w("- Command: `%s`\n", r.Command)
	w("- Machine: %d CPUs (%s), %.1f GiB memory, %s %s. Shared with other helpers' builds and tests while measuring, so figures are noisy (a few seconds of load each).\n",
		r.Machine.CPUs, r.Machine.CPUModel, r.Machine.MemoryGB, r.Machine.Go, r.Machine.OS)
	if r.Database != "" {
		w("- Database: %s.\n", r.Database)
	}
	w("- Load generator: Go, in the bench process, keep-alive, no gzip; %v warm-up then %v per measurement; POST /query over loopback.\n",
		r.Warmup, r.Duration)
	if len(r.Errors) > 0 {
		w("- **Errors** (%d): %s\n", len(r.Errors), strings.Join(r.Errors, "; "))
	} else {
		w("- Errors: none (every answer HTTP 200 with data and no GraphQL errors, apart from any server timeouts noted).\n")
	}
	if len(r.Notes) > 0 {
		w("- Slow outcomes (reported, not failing the run): %s\n", strings.Join(r.Notes, "; "))
	}
	w("\n")
	if len(r.Sizes) == 0 {
		return b.String()
	}
	first, last := r.Sizes[0], r.Sizes[len(r.Sizes)-1]
	w("#### Targets\n\nServing figures at %s articles (the peer's answer sized to ours), ingest and start-up at %s.\n\n", size(first.Size), size(last.Size))
	w("| figure | measured | target | reference | ratio | met? |\n|---|---|---|---|---|---|\n")
	for _, c := range []int{16, 64} {
		ours := first.Nested[c].RPS
		if r.Peer != nil {
			peer := r.Peer.Load[c].RPS
			w("| nested uncached req/s, c=%d | %s | ≥3x PostGraphile | PostGraphile %s (%d workers) | %s | %s |\n",
				c, rps(ours), rps(peer), r.Peer.Workers, ratio(ours, peer), met(ours >= 3*peer, peer > 0))
		} else {
			w("| nested uncached req/s, c=%d | %s | ≥3x PostGraphile | not run (`--peer`) | – | n/a |\n", c, rps(ours))
		}
		bare := first.Bare[c].RPS
		w("| nested uncached req/s, c=%d | %s | ≥0.10x bare handler | bare %s | %s | %s |\n",
			c, rps(ours), rps(bare), ratio(ours, bare), met(ours >= 0.10*bare, bare > 0))
	}
	n16, n64 := first.Nested[16].RPS, first.Nested[64].RPS
	w("| nested req/s c=64 vs c=16 | %s | not below c=16 | c=16 %s | %s | %s |\n", rps(n64), rps(n16), ratio(n64, n16), met(n64 >= n16, n16 > 0))
	p50 := first.Nested[1].P50
	w("| nested p50, one client | %s | ≤2 ms | bare %s | %s | %s |\n", ms(p50), ms(first.Bare[1].P50),
		ratio(float64(p50), float64(first.Bare[1].P50)), met(p50 <= 2*time.Millisecond, p50 > 0))
	for _, c := range []int{16, 64} {
		bare := first.Bare[c].RPS
		if first.Cached != nil {
			cached := first.Cached[c].RPS
			w("| nested cached req/s, c=%d | %s | ≥0.25x bare handler | bare %s | %s | %s |\n", c, rps(cached), rps(bare), ratio(cached, bare), met(cached >= 0.25*bare, bare > 0))
		} else {
			w("| nested cached req/s, c=%d | no response cache (`--response-cache-bytes`) | ≥0.25x bare handler | bare %s | – | n/a |\n", c, rps(bare))
		}
	}
	in := last.Ingest
	gseRate := 0.0
	if r.Gse.PerArticle > 0 {
		gseRate = float64(time.Second) / float64(r.Gse.PerArticle)
	}
	w("| ingest articles/s (%s) | %s | ≥330 | gse alone %s/s | %s | %s |\n", size(last.Size), rps(in.Rate), rps(gseRate), ratio(in.Rate, gseRate), met(in.Rate >= 330, true))
	w("| ingest rate, last 10%% vs first 10%% | %s vs %s /s | last within 1.25x of first | | %s | %s |\n",
		rps(in.LastRate), rps(in.FirstRate), ratio(in.LastRate, in.FirstRate), met(in.LastRate*1.25 >= in.FirstRate, in.FirstRate > 0))
	w("| ingest peak RSS | %.0f MiB | ≤600 MiB | | | %s |\n", mib(in.PeakRSS), met(mib(in.PeakRSS) <= 600, in.PeakRSS > 0))
	w("| /healthz 200 after start (%s) | %s | <1 s | | | %s |\n", size(last.Size), ms(last.Healthz), met(last.Healthz < time.Second, true))
	firstSearch := ms(last.FirstSearch)
	if last.FirstSearchTimedOut {
		firstSearch = "server timeout after " + firstSearch
	}
	w("| search right after /healthz (%s) | %s | <0.5 s | | | %s |\n", size(last.Size), firstSearch, met(last.FirstSearch < time.Second/2 && !last.FirstSearchTimedOut, true))
	if len(r.Sizes) > 1 {
		a, z := first.Nested[1].P50, last.Nested[1].P50
		w("| nested p50, %s vs %s | %s vs %s | within 2x | | %s | %s |\n", size(last.Size), size(first.Size), ms(z), ms(a), ratio(float64(z), float64(a)), met(z <= 2*a, a > 0))
		a, z = first.Search.P50, last.Search.P50
		w("| search p50, %s vs %s | %s vs %s | within 5x | | %s | %s |\n", size(last.Size), size(first.Size), ms(z), ms(a), ratio(float64(z), float64(a)), met(z <= 5*a, a > 0))
	} else {
		w("| nested p50 and search p50 across sizes | one size run | within 2x / 5x | | – | n/a |\n")
	}
	w("| serving peak RSS, c=32 (%s) | %.0f MiB | ≤400 MiB | | | %s |\n", size(last.Size), mib(last.ServingPeakRSS), met(mib(last.ServingPeakRSS) <= 400, last.ServingPeakRSS > 0))

	w("\n#### Ingest (`courtql load DIR` into a new database)\n\n")
	w("| articles | seconds | articles/s | first 10%% /s | last 10%% /s | per tenth /s | peak RSS |\n|---|---|---|---|---|---|---|\n")
	for _, s := range r.Sizes {
		var dec []string
		for _, d := range s.Ingest.DecileRates {
			dec = append(dec, rps(d))
		}
		w("| %d | %.1f | %s | %s | %s | %s | %.0f MiB |\n", s.Size, s.Ingest.Seconds, rps(s.Ingest.Rate), rps(s.Ingest.FirstRate),
			rps(s.Ingest.LastRate), strings.Join(dec, " "), mib(s.Ingest.PeakRSS))
	}
	w("\nThe tenths are timed by sampling the stored-document count in the database while the loader runs (it prints no progress); the first tenth starts at the first stored document, so start-up is only in the total. gse alone (the same segmenter, `Cut` on each whole article, %d articles): %s per article after %s loading its dictionaries.\n",
		r.Gse.Articles, ms(r.Gse.PerArticle), ms(r.Gse.Load))

	w("\n#### Serving\n\nUncached figures with `--response-cache-bytes 0` when the server has a response cache.\n\n")
	w("| articles | figure | c | req/s | p50 | p95 | p99 | errors (timeouts) |\n|---|---|---|---|---|---|---|---|\n")
	row := func(n int, name string, c int, s summary) {
		w("| %s | %s | %d | %s | %s | %s | %s | %d (%d) |\n", size(n), name, c, rps(s.RPS), ms(s.P50), ms(s.P95), ms(s.P99), s.Errors, s.Timeouts)
	}
	for _, s := range r.Sizes {
		timedOut := ""
		if s.FirstSearchTimedOut {
			timedOut = " (server timeout)"
		}
		w("| %s | start-up: /healthz 200 after %s, then a search in %s%s | | | | | | |\n", size(s.Size), ms(s.Healthz), ms(s.FirstSearch), timedOut)
		row(s.Size, "search", 1, s.Search)
		for _, c := range sortedKeys(s.Nested) {
			row(s.Size, fmt.Sprintf("nested, uncached (%d B)", s.ResponseBytes), c, s.Nested[c])
		}
		for _, c := range sortedKeys(s.Cached) {
			row(s.Size, fmt.Sprintf("nested, response cache (X-Cache: %s)", s.CacheHeader), c, s.Cached[c])
		}
		for _, c := range sortedKeys(s.Bare) {
			row(s.Size, "bare net/http handler, same bytes", c, s.Bare[c])
		}
		w("| %s | serving peak RSS under nested c=32 | | %.0f MiB | | | | |\n", size(s.Size), mib(s.ServingPeakRSS))
	}
	if p := r.Peer; p != nil {
		for _, c := range sortedKeys(p.Load) {
			row(first.Size, fmt.Sprintf("PostGraphile 4.14.1, %d workers, Q3 with %d courts (%d B), run %s", p.Workers, p.Courts, p.ResponseBytes, p.When.Format("15:04 MST")), c, p.Load[c])
		}
	}
	w("\n")
	return b.String()
}

func sortedKeys(m map[int]summary) []int {
	var ks []int
	for k := range m {
		ks = append(ks, k)
	}
	sort.Ints(ks)
	return ks
}
