package main

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

// soakConfig is what `go run ./bench soak` runs.
type soakConfig struct {
	Root        string
	Duration    time.Duration
	Warmup      time.Duration
	Concurrency int
	Preload     int
	Seed        uint64
	CorpusBase  string
	Ports       [2]int
	Out         string
	Command     string
	// ProfileDir, when set, receives the server's heap profiles at the end
	// of the warm-up and of the soak (go tool pprof -diff_base).
	ProfileDir string
}

// soakResult is what the soak measured.
type soakResult struct {
	Date             time.Time
	Commit           string
	Command          string
	Machine          machine
	Load             loadResult
	Ingested, Lost   int
	IngestErrors     int
	IngestTimeouts   int
	IngestFirstError string
	IngestP50        time.Duration
	RSSStart, RSSEnd int64
	// HeapStart, HeapEnd are the Go heap in use (go_memstats_heap_inuse_bytes)
	// over the same windows as the RSS: what of RSS is Go's own.
	HeapStart, HeapEnd int64
	// CPU is the server's user+system CPU time over the timed load: per
	// query it compares runs on a shared machine better than req/s does.
	CPU    time.Duration
	Errors []string
	Config soakConfig
}

func runSoakCommand(ctx context.Context, root string, args []string) error {
	fs := flag.NewFlagSet("soak", flag.ContinueOnError)
	cfg := soakConfig{Root: root, Command: "go run ./bench soak " + strings.Join(args, " ")}
	fs.DurationVar(&cfg.Duration, "duration", 60*time.Second, "timed length of the mixed load")
	fs.DurationVar(&cfg.Warmup, "warmup", 30*time.Second, "the same load (queries and ingest) before the start RSS is read, so caches, pools and the heap goal settle")
	fs.IntVar(&cfg.Concurrency, "concurrency", 64, "query clients")
	fs.IntVar(&cfg.Preload, "preload", 200, "articles loaded with `courtql load` before serving")
	fs.Uint64Var(&cfg.Seed, "seed", 1, "corpus generator seed")
	fs.StringVar(&cfg.CorpusBase, "corpus-dir", filepath.Join(os.TempDir(), "courtql-bench"), "where corpora are generated and reused")
	ports := fs.String("ports", "18300-18399", "loopback port range for the server")
	fs.StringVar(&cfg.Out, "out", "", "markdown report to update (the soak section between its markers)")
	quick := fs.Bool("quick", false, "5 s, 50 preloaded articles (what CI runs)")
	fs.StringVar(&cfg.ProfileDir, "profile-dir", "", "write the server's heap profiles after the warm-up and at the end to this directory")
	if err := fs.Parse(args); err != nil {
		return err
	}
	var err error
	if cfg.Ports, err = parsePorts(*ports); err != nil {
		return err
	}
	if *quick {
		cfg.Duration, cfg.Warmup, cfg.Preload = 5*time.Second, time.Second, 50
	}
	res, err := runSoak(ctx, cfg)
	if err != nil {
		return err
	}
	fmt.Print(res.markdown())
	if cfg.Out != "" {
		if err := writeSection(cfg.Out, "soak", res.markdown()); err != nil {
			return err
		}
	}
	if len(res.Errors) > 0 {
		return fmt.Errorf("soak failed: %s", strings.Join(res.Errors, "; "))
	}
	return nil
}

func runSoak(ctx context.Context, cfg soakConfig) (res *soakResult, err error) {
	res = &soakResult{Date: time.Now().UTC(), Commit: gitCommit(cfg.Root), Command: cfg.Command, Machine: describeMachine(), Config: cfg}
	tmp, err := os.MkdirTemp("", "courtql-soak-")
	if err != nil {
		return nil, err
	}
	defer func() { removeUnlessFailed(tmp, err != nil || res.failed()) }()
	bin, set, err := buildAndReadSources(cfg.Root, tmp)
	if err != nil {
		return nil, err
	}
	c, err := writeCorpus(cfg.CorpusBase, set, cfg.Seed, 1000)
	if err != nil {
		return nil, err
	}
	preload, fresh := c.files[:cfg.Preload], c.files[cfg.Preload:]
	db := filepath.Join(tmp, "soak.db")
	log.Printf("loading %d articles", len(preload))
	if out, err := exec.CommandContext(ctx, bin, append([]string{"load", "--db", db}, preload...)...).CombinedOutput(); err != nil {
		return nil, fmt.Errorf("preload: %w\n%s", err, out)
	}
	token := randomToken()
	var extra []string
	if cfg.ProfileDir != "" {
		if err := os.MkdirAll(cfg.ProfileDir, 0o755); err != nil {
			return nil, err
		}
		extra = []string{"--pprof", "127.0.0.1:0"}
	}
	srv, err := startServer(bin, db, filepath.Join(tmp, "serve.log"), cfg.Ports, extra, []string{"COURTQL_ADMIN_TOKEN=" + token})
	if err != nil {
		return nil, err
	}
	defer srv.stop()
	if _, err := srv.waitHealthy(ctx, 2*time.Minute); err != nil {
		return nil, err
	}
	client := newClient(cfg.Concurrency + 1)
	api := srv.url("/query")
	apq, err := registerAPQ(ctx, client, api)
	if err != nil {
		return nil, err
	}
	if err := primeSearch(ctx, client, api); err != nil {
		return nil, err
	}
	mixed := mixedLoad(client, api, apq, cfg.Concurrency)

	pid := srv.cmd.Process.Pid
	rss := sampleRSS(pid, client, srv.url("/metrics"))
	defer rss.stop()
	// The ingest runs through the warm-up too: the warm-up is the soak's own
	// workload, so what only ingest brings in (extraction's tables, the
	// writer's statements, a bigger heap goal) is in the start figure and
	// the growth measured after it is growth, not warming up.
	ingestCtx, stopIngest := context.WithCancel(ctx)
	var (
		wg  sync.WaitGroup
		ing ingestLog
	)
	wg.Add(1)
	go func() {
		defer wg.Done()
		ing = ingestWhile(ingestCtx, client, api, token, fresh)
	}()
	log.Printf("warm-up %v at c=%d while ingesting through the API", cfg.Warmup, cfg.Concurrency)
	if w := runLoad(ctx, cfg.Concurrency, 0, cfg.Warmup, mixed).All; w.Errors > 0 {
		res.Errors = append(res.Errors, fmt.Sprintf("warm-up: %d errors, first: %s", w.Errors, w.FirstError))
	}
	res.RSSStart, res.HeapStart = rss.meanOver(rssWindow)
	saveHeapProfile(ctx, client, srv, cfg.ProfileDir, "heap-start.pb.gz")

	log.Printf("soak %v at c=%d while ingesting through the API", cfg.Duration, cfg.Concurrency)
	cpu0, _ := readCPU(pid)
	res.Load = runLoad(ctx, cfg.Concurrency, 0, cfg.Duration, mixed)
	if cpu1, err := readCPU(pid); err == nil {
		res.CPU = cpu1 - cpu0
	}
	res.RSSEnd, res.HeapEnd = rss.meanOver(rssWindow)
	saveHeapProfile(ctx, client, srv, cfg.ProfileDir, "heap-end.pb.gz")
	stopIngest()
	wg.Wait()
	res.Ingested, res.IngestErrors, res.IngestTimeouts, res.IngestFirstError = len(ing.ids), ing.errors, ing.timeouts, ing.firstError
	sort.Slice(ing.latencies, func(i, j int) bool { return ing.latencies[i] < ing.latencies[j] })
	res.IngestP50 = percentile(ing.latencies, 50)

	log.Printf("checking the %d ingested documents", len(ing.ids))
	for id, source := range ing.ids {
		body, err := postGraphQL(ctx, client, api, documentQuery, map[string]any{"id": id}, nil)
		var r struct {
			Data struct {
				Node *struct{ Source string } `json:"node"`
			} `json:"data"`
		}
		if err == nil {
			err = json.Unmarshal(body, &r)
		}
		if err != nil || r.Data.Node == nil || r.Data.Node.Source != source {
			res.Lost++
		}
	}
	if n := res.Load.All.Errors - res.Load.All.Timeouts; n > 0 {
		res.Errors = append(res.Errors, fmt.Sprintf("%d query errors, first: %s", n, res.Load.All.FirstError))
	}
	if res.IngestErrors > res.IngestTimeouts {
		res.Errors = append(res.Errors, fmt.Sprintf("%d ingest errors, first: %s", res.IngestErrors, res.IngestFirstError))
	}
	if res.Lost > 0 {
		res.Errors = append(res.Errors, fmt.Sprintf("%d of %d ingested documents not found afterwards", res.Lost, res.Ingested))
	}
	if res.Ingested == 0 {
		res.Errors = append(res.Errors, "no document was ingested during the soak")
	}
	if !srv.alive() {
		res.Errors = append(res.Errors, "server died (log "+srv.log.Name()+")")
	} else if err := srv.stop(); err != nil {
		res.Errors = append(res.Errors, err.Error())
	}
	return res, nil
}

// mixedLoad rotates each worker through the nested query, a search, the next
// page of meetings (following endCursor, from the start again at the end) and
// the persisted query over GET by its hash.
func mixedLoad(client *http.Client, api, apqURL string, conc int) call {
	iter := make([]int, conc+1)
	cursors := make([]any, conc+1)
	return func(ctx context.Context, w int) (string, error) {
		i := iter[w]
		iter[w]++
		switch (w + i) % 4 {
		case 0:
			_, err := postGraphQL(ctx, client, api, nestedQuery, nil, nil)
			return "nested", err
		case 1:
			_, err := postGraphQL(ctx, client, api, searchQuery, map[string]any{"q": searchTerms[(w+i)%len(searchTerms)]}, nil)
			return "search", err
		case 2:
			body, err := postGraphQL(ctx, client, api, pageQuery, map[string]any{"after": cursors[w]}, nil)
			if err != nil {
				return "page", err
			}
			var r struct {
				Data struct {
					Meetings struct {
						PageInfo struct {
							HasNextPage bool
							EndCursor   *string
						}
					}
				}
			}
			if err := json.Unmarshal(body, &r); err != nil {
				return "page", fmt.Errorf("page: %w", err)
			}
			if p := r.Data.Meetings.PageInfo; p.HasNextPage && p.EndCursor != nil {
				cursors[w] = *p.EndCursor
			} else {
				cursors[w] = nil
			}
			return "page", nil
		default:
			req, err := http.NewRequestWithContext(ctx, http.MethodGet, apqURL, nil)
			if err != nil {
				return "apq", err
			}
			_, err = doGraphQL(client, req)
			return "apq", err
		}
	}
}

// primeSearch waits for one search to succeed: the server loads gse's
// dictionaries in the background after /healthz, and 64 clients queueing
// behind that load would time out in the warm-up.
func primeSearch(ctx context.Context, client *http.Client, api string) error {
	deadline := time.Now().Add(2 * time.Minute)
	for {
		_, err := postGraphQL(ctx, client, api, searchQuery, map[string]any{"q": searchTerms[0]}, nil)
		if err == nil || time.Now().After(deadline) || ctx.Err() != nil {
			if err != nil {
				return fmt.Errorf("first search: %w", err)
			}
			return nil
		}
		time.Sleep(500 * time.Millisecond)
	}
}

// registerAPQ sends the persisted query once with its text and returns the
// GET URL that names it by hash alone.
func registerAPQ(ctx context.Context, client *http.Client, api string) (string, error) {
	sum := sha256.Sum256([]byte(apqQuery))
	ext := fmt.Sprintf(`{"persistedQuery":{"version":1,"sha256Hash":"%s"}}`, hex.EncodeToString(sum[:]))
	reg, _ := http.NewRequestWithContext(ctx, http.MethodGet, api+"?"+url.Values{"query": {apqQuery}, "extensions": {ext}}.Encode(), nil)
	if _, err := doGraphQL(client, reg); err != nil {
		return "", fmt.Errorf("register persisted query: %w", err)
	}
	byHash := api + "?" + url.Values{"extensions": {ext}}.Encode()
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, byHash, nil)
	if _, err := doGraphQL(client, req); err != nil {
		return "", fmt.Errorf("persisted query by hash: %w", err)
	}
	return byHash, nil
}

// ingestLog is what the API ingest did: stored document IDs with their
// source, failures, and the latency of each mutation.
type ingestLog struct {
	ids        map[string]string
	errors     int
	timeouts   int
	firstError string
	latencies  []time.Duration
}

// ingestWhile sends files one after another through ingestDocument until
// ctx ends or the files run out.
func ingestWhile(ctx context.Context, client *http.Client, api, token string, files []string) ingestLog {
	l := ingestLog{ids: map[string]string{}}
	header := http.Header{"Authorization": {"Bearer " + token}}
	for _, f := range files {
		if ctx.Err() != nil {
			break
		}
		raw, err := os.ReadFile(f)
		if err != nil {
			l.errors++
			l.firstError = err.Error()
			continue
		}
		source := "soak/" + filepath.Base(f)
		t0 := time.Now()
		body, err := postGraphQL(context.WithoutCancel(ctx), client, api, ingestMutation,
			map[string]any{"in": map[string]any{"source": source, "text": string(raw)}}, header)
		l.latencies = append(l.latencies, time.Since(t0))
		var r struct {
			Data struct {
				IngestDocument struct {
					Document struct{ ID, Source string }
				}
			}
		}
		if err == nil {
			err = json.Unmarshal(body, &r)
		}
		if err == nil && r.Data.IngestDocument.Document.Source != source {
			err = fmt.Errorf("ingest %s: answer names source %q", source, r.Data.IngestDocument.Document.Source)
		}
		if err != nil {
			if l.errors == 0 {
				l.firstError = err.Error()
			}
			l.errors++
			if errors.Is(err, errTimeout) {
				l.timeouts++
			}
			continue
		}
		l.ids[r.Data.IngestDocument.Document.ID] = source
	}
	return l
}

func randomToken() string {
	b := make([]byte, 16)
	rand.Read(b)
	return hex.EncodeToString(b)
}

// markdown renders the soak for BENCHMARKS.md.
func (r *soakResult) markdown() string {
	var b strings.Builder
	w := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	w("### Soak of %s (commit %s)\n\n", r.Date.Format("2006-01-02 15:04 MST"), r.Commit)
	w("- Command: `%s`\n", r.Command)
	w("- %v of mixed queries at concurrency %d after %v of warm-up under the same load, on a store of %d articles, while `ingestDocument` added articles one after another (warm-up included).\n",
		r.Config.Duration, r.Config.Concurrency, r.Config.Warmup, r.Config.Preload)
	w("- Machine: %d CPUs (%s), %.1f GiB, %s; shared with other helpers, so figures are noisy.\n\n", r.Machine.CPUs, r.Machine.CPUModel, r.Machine.MemoryGB, r.Machine.Go)
	growth := 0.0
	if r.RSSStart > 0 {
		growth = float64(r.RSSEnd)/float64(r.RSSStart) - 1
	}
	w("| figure | measured | target | met? |\n|---|---|---|---|\n")
	w("| query errors (of them server timeouts) | %d (%d) of %d | 0 | %s |\n", r.Load.All.Errors, r.Load.All.Timeouts, r.Load.All.Requests+r.Load.All.Errors, met(r.Load.All.Errors == 0, true))
	w("| ingest errors (of them server timeouts) | %d (%d) | 0 | %s |\n", r.IngestErrors, r.IngestTimeouts, met(r.IngestErrors == 0, true))
	w("| documents lost (ingested, not found by `node(id:)` afterwards) | %d of %d | 0 | %s |\n", r.Lost, r.Ingested, met(r.Lost == 0 && r.Ingested > 0, true))
	w("| query p99, all kinds | %s | | |\n", ms(r.Load.All.P99))
	w("| RSS after warm-up → end (means over %v) | %.0f → %.0f MiB (%+.1f%%) | within 10%% | %s |\n", rssWindow, mib(r.RSSStart), mib(r.RSSEnd), 100*growth, met(growth <= 0.10, r.RSSStart > 0))
	heapGrowth := 0.0
	if r.HeapStart > 0 {
		heapGrowth = float64(r.HeapEnd)/float64(r.HeapStart) - 1
	}
	w("| of it the Go heap in use, same windows | %.0f → %.0f MiB (%+.1f%%) | | |\n", mib(r.HeapStart), mib(r.HeapEnd), 100*heapGrowth)
	w("| ingestDocument p50 under load | %s (%d documents) | | |\n", ms(r.IngestP50), r.Ingested)
	if n := r.Load.All.Requests; n > 0 && r.CPU > 0 {
		w("| server CPU (user+system) per query, ingest included | %.2f ms (%.1f s for %d queries) | | |\n", float64(r.CPU.Microseconds())/1000/float64(n), r.CPU.Seconds(), n)
	}
	w("\n")
	w("| kind | req/s | p50 | p95 | p99 | errors |\n|---|---|---|---|---|---|\n")
	kinds := make([]string, 0, len(r.Load.ByKind))
	for k := range r.Load.ByKind {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		s := r.Load.ByKind[k]
		w("| %s | %s | %s | %s | %s | %d |\n", k, rps(s.RPS), ms(s.P50), ms(s.P95), ms(s.P99), s.Errors)
	}
	s := r.Load.All
	w("| all | %s | %s | %s | %s | %d |\n\n", rps(s.RPS), ms(s.P50), ms(s.P95), ms(s.P99), s.Errors)
	if len(r.Errors) > 0 {
		w("**Errors:** %s\n\n", strings.Join(r.Errors, "; "))
	}
	return b.String()
}

func (r *soakResult) failed() bool { return r == nil || len(r.Errors) > 0 }

// rssWindow is how long the start and end RSS are averaged over: a single
// reading lands on a random point of the GC cycle, whose heap goal is twice
// the live heap, so two single readings differed by tens of percent with
// nothing growing.
const rssWindow = 5 * time.Second

// rssSampler reads a process's RSS every 100 ms, and its Go heap in use
// from its /metrics every 500 ms.
type rssSampler struct {
	mu      sync.Mutex
	samples []rssSample
	done    chan struct{}
}

type rssSample struct {
	at   time.Time
	rss  int64
	heap int64 // 0: not read at this sample
}

func sampleRSS(pid int, client *http.Client, metricsURL string) *rssSampler {
	s := &rssSampler{done: make(chan struct{})}
	go func() {
		t := time.NewTicker(100 * time.Millisecond)
		defer t.Stop()
		for i := 0; ; i++ {
			if m, err := readMemory(pid); err == nil {
				x := rssSample{at: time.Now(), rss: m.RSS}
				if i%5 == 0 {
					x.heap = scrapeGauge(client, metricsURL, "go_memstats_heap_inuse_bytes")
				}
				s.mu.Lock()
				s.samples = append(s.samples, x)
				s.mu.Unlock()
			}
			select {
			case <-s.done:
				return
			case <-t.C:
			}
		}
	}()
	return s
}

func (s *rssSampler) stop() { close(s.done) }

// meanOver returns the mean RSS and Go heap of the samples of the last d,
// 0 where there are none.
func (s *rssSampler) meanOver(d time.Duration) (rss, heap int64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	from := time.Now().Add(-d)
	var sum, n, hsum, hn int64
	for _, x := range s.samples {
		if x.at.Before(from) {
			continue
		}
		sum += x.rss
		n++
		if x.heap > 0 {
			hsum += x.heap
			hn++
		}
	}
	if n > 0 {
		rss = sum / n
	}
	if hn > 0 {
		heap = hsum / hn
	}
	return rss, heap
}

// readCPU is a process's user+system CPU time from /proc/PID/stat.
func readCPU(pid int) (time.Duration, error) {
	raw, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0, fmt.Errorf("read cpu: %w", err)
	}
	// The command name (field 2) may hold spaces: count from its ')'.
	i := strings.LastIndexByte(string(raw), ')')
	f := strings.Fields(string(raw[i+1:]))
	if len(f) < 13 {
		return 0, fmt.Errorf("read cpu: short /proc/%d/stat", pid)
	}
	utime, err1 := strconv.ParseInt(f[11], 10, 64) // field 14
	stime, err2 := strconv.ParseInt(f[12], 10, 64) // field 15
	if err := errors.Join(err1, err2); err != nil {
		return 0, fmt.Errorf("read cpu: %w", err)
	}
	const clockTicks = 100 // USER_HZ on Linux
	return time.Duration(utime+stime) * time.Second / clockTicks, nil
}

// scrapeGauge reads one unlabelled gauge from a Prometheus text page, 0 if
// it cannot.
func scrapeGauge(client *http.Client, url, name string) int64 {
	resp, err := client.Get(url)
	if err != nil {
		return 0
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(body), "\n") {
		if v, ok := strings.CutPrefix(line, name+" "); ok {
			f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
			if err == nil {
				return int64(f)
			}
		}
	}
	return 0
}

// saveHeapProfile writes the server's heap profile to dir/name when dir is
// set (the server then serves pprof on the loopback address it logged).
func saveHeapProfile(ctx context.Context, client *http.Client, srv *server, dir, name string) {
	if dir == "" {
		return
	}
	addr, err := pprofAddr(srv.log.Name())
	if err == nil {
		var req *http.Request
		req, err = http.NewRequestWithContext(ctx, http.MethodGet, "http://"+addr+"/debug/pprof/heap", nil)
		if err == nil {
			var resp *http.Response
			if resp, err = client.Do(req); err == nil {
				var raw []byte
				raw, err = io.ReadAll(resp.Body)
				resp.Body.Close()
				if err == nil {
					err = os.WriteFile(filepath.Join(dir, name), raw, 0o644)
				}
			}
		}
	}
	if err != nil {
		log.Printf("heap profile %s: %v", name, err)
		return
	}
	log.Printf("wrote %s", filepath.Join(dir, name))
}

// pprofAddr finds the address the server logged `pprof listening` with.
func pprofAddr(logPath string) (string, error) {
	raw, err := os.ReadFile(logPath)
	if err != nil {
		return "", err
	}
	for _, line := range strings.Split(string(raw), "\n") {
		if !strings.Contains(line, `msg="pprof listening"`) {
			continue
		}
		if _, a, ok := strings.Cut(line, " addr="); ok {
			return strings.Fields(a)[0], nil
		}
	}
	return "", fmt.Errorf("no pprof address in %s", logPath)
}
