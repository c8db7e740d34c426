package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"courtql/loader/segment"
)

// suiteConfig is what `go run ./bench` measures and where it writes.
type suiteConfig struct {
	Root        string // repo root
	Sizes       []int
	Seed        uint64
	CorpusBase  string
	Duration    time.Duration // per load measurement
	Warmup      time.Duration
	Peer        bool
	PeerWorkers int
	PeerDir     string
	Ports       [2]int
	Out         string
	JSON        string
	Command     string
	Quick       bool
	// DBServer is a PostgreSQL server URL: each size is loaded into a new
	// database on it (dropped afterwards) instead of an SQLite file.
	DBServer string
}

// sizeResult is everything measured at one corpus size.
type sizeResult struct {
	Size                int
	Ingest              ingestResult
	Healthz             time.Duration // server start to /healthz 200 on the loaded store
	FirstSearch         time.Duration // a search sent right after that
	FirstSearchTimedOut bool
	ResponseBytes       int // nested query answer
	Nested              map[int]summary
	Cached              map[int]summary // nil when the server has no response cache
	CacheHeader         string          // X-Cache of a repeated nested query (HIT when the cache answers)
	Search              summary         // one client
	ServingPeakRSS      int64           // nested query at c=32
	Bare                map[int]summary // the bare net/http handler, same bytes
}

// results is one run of the suite.
type results struct {
	Date     time.Time
	Commit   string
	Command  string
	Machine  machine
	Quick    bool
	Sizes    []sizeResult
	Gse      gseResult
	Peer     *peerResult
	Database string // what the store was: SQLite or PostgreSQL
	Errors   []string
	Notes    []string // slow outcomes that do not fail the run
	// Warmup and Duration of each load measurement.
	Warmup, Duration time.Duration
}

// concurrencies of the nested-query load.
var concurrencies = []int{1, 16, 64}

func runSuite(ctx context.Context, cfg suiteConfig) (res *results, err error) {
	res = &results{Date: time.Now().UTC(), Commit: gitCommit(cfg.Root), Command: cfg.Command,
		Machine: describeMachine(), Quick: cfg.Quick, Warmup: cfg.Warmup, Duration: cfg.Duration,
		Database: "SQLite (a file in the temporary directory)"}
	if cfg.DBServer != "" {
		res.Database = "PostgreSQL on loopback (a new database per size, dropped after)"
	}
	tmp, err := os.MkdirTemp("", "courtql-bench-")
	if err != nil {
		return nil, err
	}
	defer func() { removeUnlessFailed(tmp, err != nil || res.failed()) }()
	bin, set, err := buildAndReadSources(cfg.Root, tmp)
	if err != nil {
		return nil, err
	}
	hasCache := serverHasFlag(bin, "response-cache-bytes")
	for i, n := range cfg.Sizes {
		log.Printf("corpus of %d articles (seed %d) under %s", n, cfg.Seed, cfg.CorpusBase)
		c, err := writeCorpus(cfg.CorpusBase, set, cfg.Seed, n)
		if err != nil {
			return nil, err
		}
		if i == 0 {
			log.Printf("gse alone on the corpus")
			if res.Gse, err = measureGse(c, 300); err != nil {
				return nil, err
			}
		}
		sr, err := measureSize(ctx, cfg, bin, tmp, c, hasCache, res)
		if err != nil {
			return nil, err
		}
		res.Sizes = append(res.Sizes, sr)
	}
	if cfg.Peer && len(res.Sizes) > 0 {
		log.Printf("PostGraphile peer (WORKERS=%d)", cfg.PeerWorkers)
		p, err := measurePeer(ctx, cfg, res.Sizes[0].ResponseBytes)
		if err != nil {
			res.Errors = append(res.Errors, "peer: "+err.Error())
		} else {
			res.Peer = p
		}
	}
	return res, nil
}

func measureSize(ctx context.Context, cfg suiteConfig, bin, tmp string, c corpus, hasCache bool, res *results) (sizeResult, error) {
	n := len(c.files)
	sr := sizeResult{Size: n, Nested: map[int]summary{}, Bare: map[int]summary{}}
	db := filepath.Join(tmp, fmt.Sprintf("n%d.db", n))
	if cfg.DBServer != "" {
		url, drop, err := createDatabase(ctx, cfg.DBServer, fmt.Sprintf("courtql_bench_n%d_%d", n, os.Getpid()))
		if err != nil {
			return sr, err
		}
		defer drop()
		db = url
	}
	log.Printf("ingest %d articles", n)
	var err error
	if sr.Ingest, err = measureIngest(ctx, bin, db, filepath.Join(tmp, fmt.Sprintf("load-n%d.log", n)), c); err != nil {
		return sr, err
	}
	log.Printf("ingest: %.1f s, %.1f articles/s, first 10%% %.1f/s, last 10%% %.1f/s, peak RSS %.0f MiB",
		sr.Ingest.Seconds, sr.Ingest.Rate, sr.Ingest.FirstRate, sr.Ingest.LastRate, mib(sr.Ingest.PeakRSS))

	var uncached []string
	if hasCache {
		uncached = []string{"--response-cache-bytes", "0"}
	}
	srv, err := startServer(bin, db, filepath.Join(tmp, fmt.Sprintf("serve-n%d.log", n)), cfg.Ports, uncached, nil)
	if err != nil {
		return sr, err
	}
	defer srv.stop()
	if sr.Healthz, err = srv.waitHealthy(ctx, 5*time.Minute); err != nil {
		return sr, err
	}
	client := newClient(64)
	api := srv.url("/query")
	t0 := time.Now()
	_, err = postGraphQL(ctx, client, api, searchQuery, map[string]any{"q": searchTerms[0]}, nil)
	sr.FirstSearch = time.Since(t0)
	switch {
	case errors.Is(err, errTimeout):
		sr.FirstSearchTimedOut = true
		res.note("first search at %d: server timeout after %v", n, sr.FirstSearch.Round(time.Millisecond))
	case err != nil:
		res.fail("first search at %d: %v", n, err)
	}
	// Later measurements start once search answers (the server may still be
	// loading gse's dictionaries in the background).
	if err := primeSearch(ctx, client, api); err != nil {
		return sr, err
	}
	log.Printf("start-up: /healthz after %v, first search %v", sr.Healthz.Round(time.Millisecond), sr.FirstSearch.Round(time.Millisecond))

	body, err := postGraphQL(ctx, client, api, nestedQuery, nil, nil)
	if err != nil {
		return sr, fmt.Errorf("nested query: %w", err)
	}
	sr.ResponseBytes = len(body)
	nested := func(ctx context.Context, _ int) (string, error) {
		_, err := postGraphQL(ctx, client, api, nestedQuery, nil, nil)
		return "nested", err
	}
	for _, conc := range concurrencies {
		sr.Nested[conc] = res.load(ctx, fmt.Sprintf("nested c=%d at %d", conc, n), conc, cfg, nested)
	}
	sr.Search = res.load(ctx, fmt.Sprintf("search c=1 at %d", n), 1, cfg, func(ctx context.Context, w int) (string, error) {
		q := searchTerms[int(time.Now().UnixNano()/1000)%len(searchTerms)]
		_, err := postGraphQL(ctx, client, api, searchQuery, map[string]any{"q": q}, nil)
		return "search", err
	})
	pid := srv.cmd.Process.Pid
	if err := resetPeak(pid); err != nil {
		res.fail("reset peak RSS: %v", err)
	}
	res.load(ctx, fmt.Sprintf("nested c=32 at %d (RSS)", n), 32, cfg, nested)
	if m, err := readMemory(pid); err == nil {
		sr.ServingPeakRSS = m.HWM
		log.Printf("serving peak RSS at c=32: %.0f MiB", mib(m.HWM))
	}
	if !srv.alive() {
		res.fail("server died under load at %d (log %s)", n, srv.log.Name())
	}
	if err := srv.stop(); err != nil {
		res.fail("%v", err)
	}

	if hasCache {
		cached, err := startServer(bin, db, filepath.Join(tmp, fmt.Sprintf("serve-cached-n%d.log", n)), cfg.Ports,
			[]string{"--response-cache-bytes", fmt.Sprint(64 << 20)}, nil)
		if err != nil {
			return sr, err
		}
		if _, err := cached.waitHealthy(ctx, 5*time.Minute); err != nil {
			cached.stop()
			return sr, err
		}
		capi := cached.url("/query")
		if err := primeSearch(ctx, client, capi); err != nil {
			cached.stop()
			return sr, err
		}
		sr.CacheHeader = cacheHeader(ctx, client, capi)
		sr.Cached = map[int]summary{}
		for _, conc := range concurrencies[1:] {
			sr.Cached[conc] = res.load(ctx, fmt.Sprintf("nested cached c=%d at %d", conc, n), conc, cfg, func(ctx context.Context, _ int) (string, error) {
				_, err := postGraphQL(ctx, client, capi, nestedQuery, nil, nil)
				return "cached", err
			})
		}
		if err := cached.stop(); err != nil {
			res.fail("%v", err)
		}
	}

	bare, err := serveBare(cfg.Ports, body)
	if err != nil {
		return sr, err
	}
	defer bare.Close()
	burl := "http://" + bare.Addr + "/query"
	for _, conc := range concurrencies {
		sr.Bare[conc] = res.load(ctx, fmt.Sprintf("bare handler c=%d", conc), conc, cfg, func(ctx context.Context, _ int) (string, error) {
			_, err := postGraphQL(ctx, client, burl, nestedQuery, nil, nil)
			return "bare", err
		})
	}
	return sr, nil
}

// load runs one measurement and records its errors as failures of the run.
func (r *results) load(ctx context.Context, name string, conc int, cfg suiteConfig, do call) summary {
	s := runLoad(ctx, conc, cfg.Warmup, cfg.Duration, do).All
	log.Printf("%-28s %8.1f req/s  p50 %-9v p95 %-9v p99 %-9v errors %d", name, s.RPS,
		s.P50.Round(time.Microsecond), s.P95.Round(time.Microsecond), s.P99.Round(time.Microsecond), s.Errors)
	switch {
	case s.Errors > s.Timeouts:
		r.fail("%s: %d errors, first: %s", name, s.Errors, s.FirstError)
	case s.Timeouts > 0:
		r.note("%s: %d server timeouts", name, s.Timeouts)
	case s.Requests == 0:
		r.note("%s: no request completed within the measurement", name)
	}
	return s
}

// note records a slow outcome (a timeout, nothing completed): shown in the
// report, not failing the run.
func (r *results) note(format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	log.Printf("NOTE %s", msg)
	r.Notes = append(r.Notes, msg)
}

func (r *results) fail(format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	log.Printf("ERROR %s", msg)
	r.Errors = append(r.Errors, msg)
}

// serveBare serves body for every request from a plain net/http handler in
// this process: the ceiling a Go server answering with the same bytes has.
func serveBare(ports [2]int, body []byte) (*http.Server, error) {
	ln, err := listenInRange(ports[0], ports[1])
	if err != nil {
		return nil, err
	}
	srv := &http.Server{Addr: ln.Addr().String(), Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Write(body)
	})}
	go srv.Serve(ln)
	return srv, nil
}

// serverHasFlag reports whether `courtql serve -h` lists the flag.
func serverHasFlag(bin, flag string) bool {
	out, _ := execOutput(bin, "serve", "-h")
	return strings.Contains(out, "-"+flag)
}

// gseResult is gse segmenting the corpus on its own: the floor under the
// loader's time per article.
type gseResult struct {
	Load       time.Duration // the dictionaries
	PerArticle time.Duration
	Articles   int
}

func measureGse(c corpus, n int) (gseResult, error) {
	t0 := time.Now()
	seg, err := segment.Default()
	if err != nil {
		return gseResult{}, fmt.Errorf("gse: %w", err)
	}
	r := gseResult{Load: time.Since(t0)}
	var texts []string
	for _, f := range c.files[:min(n, len(c.files))] {
		raw, err := os.ReadFile(f)
		if err != nil {
			return r, err
		}
		texts = append(texts, string(raw))
	}
	t0 = time.Now()
	for _, t := range texts {
		seg.Cut(t, true)
	}
	r.Articles = len(texts)
	r.PerArticle = time.Since(t0) / time.Duration(len(texts))
	log.Printf("gse alone: dictionaries %v, %v per article", r.Load.Round(time.Millisecond), r.PerArticle.Round(time.Microsecond))
	return r, nil
}

func (r *results) failed() bool { return r == nil || len(r.Errors) > 0 }

// cacheHeader sends the nested query twice and returns the second answer's
// X-Cache header, to show the cached figures are cache hits.
func cacheHeader(ctx context.Context, client *http.Client, api string) string {
	var h string
	for i := 0; i < 2; i++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, api, strings.NewReader(`{"query":`+strconv.Quote(nestedQuery)+`}`))
		if err != nil {
			return err.Error()
		}
		req.Header.Set("Content-Type", "application/json")
		resp, err := client.Do(req)
		if err != nil {
			return err.Error()
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		h = resp.Header.Get("X-Cache")
	}
	return h
}

// buildAndReadSources builds the server binary into tmp and reads the real
// articles the corpus is made from: the first steps of both the suite and
// the soak.
func buildAndReadSources(root, tmp string) (bin string, set *sourceSet, err error) {
	log.Printf("building the server")
	if bin, err = buildServer(root, tmp); err != nil {
		return "", nil, err
	}
	if set, err = readSources(defaultSources(root)); err != nil {
		return "", nil, err
	}
	return bin, set, nil
}
