// Command bench measures courtql over real HTTP on loopback: ingest of a
// generated corpus, start-up, the nested query, search, memory, against
// references measured in the same run (a bare net/http handler, gse alone,
// PostGraphile with --peer), and writes BENCHMARKS.md. `bench soak` runs
// mixed queries at concurrency 64 while documents are ingested.
//
//	go run ./bench [--sizes 1000,10000] [--peer] [--out BENCHMARKS.md]
//	go run ./bench --quick --out /tmp/bench.md     what CI runs; fails only on errors
//	go run ./bench soak [--duration 60s] [--quick]
//	go run ./bench corpus [--size 10000] [--seed 1]    only write (or find) a corpus, print its directory
//
// It fails (exit 1) on errors only: non-200 answers, GraphQL errors, a crashed
// server, lost documents. Slow figures are reported, never failed.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"log"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

func main() {
	log.SetFlags(log.Ltime)
	log.SetPrefix("bench ")
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:]); err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(os.Stderr, "bench:", err)
		}
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string) error {
	root, err := repoRoot()
	if err != nil {
		return err
	}
	if len(args) > 0 && args[0] == "soak" {
		return runSoakCommand(ctx, root, args[1:])
	}
	if len(args) > 0 && args[0] == "corpus" {
		return runCorpusCommand(root, args[1:])
	}
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	sizes := fs.String("sizes", "1000", "comma-separated corpus sizes (articles)")
	seed := fs.Uint64("seed", 1, "corpus generator seed")
	corpusBase := fs.String("corpus-dir", filepath.Join(os.TempDir(), "courtql-bench"), "where corpora are generated and reused")
	dur := fs.Duration("duration", 8*time.Second, "timed length of each load measurement")
	warmup := fs.Duration("warmup", time.Second, "untimed warm-up before each load measurement")
	quick := fs.Bool("quick", false, "1k corpus, 2 s per measurement, no peer (what CI runs)")
	peer := fs.Bool("peer", false, "also measure PostGraphile via ../shared/peer (setup.sh, stop.sh)")
	peerWorkers := fs.Int("peer-workers", 2, "PostGraphile cluster workers")
	ports := fs.String("ports", "18300-18399", "loopback port range for the servers started")
	out := fs.String("out", "BENCHMARKS.md", "markdown report (the section between the bench markers is replaced)")
	jsonOut := fs.String("json", "", "also write the raw results as JSON")
	dbServer := fs.String("db-server", "", "a PostgreSQL server URL (postgres://…/DB): measure courtql on a new database there instead of SQLite")
	if err := fs.Parse(args); err != nil {
		return err
	}
	cfg := suiteConfig{Root: root, Seed: *seed, CorpusBase: *corpusBase, Duration: *dur, Warmup: *warmup,
		Peer: *peer, PeerWorkers: *peerWorkers, PeerDir: filepath.Join(root, "../shared/peer"),
		Out: *out, JSON: *jsonOut, Quick: *quick, Command: "go run ./bench " + strings.Join(args, " "), DBServer: *dbServer}
	if cfg.Sizes, err = parseSizes(*sizes); err != nil {
		return err
	}
	if cfg.Ports, err = parsePorts(*ports); err != nil {
		return err
	}
	if *quick {
		cfg.Sizes, cfg.Duration, cfg.Warmup, cfg.Peer = []int{1000}, 2*time.Second, 300*time.Millisecond, false
	}
	res, err := runSuite(ctx, cfg)
	if err != nil {
		return err
	}
	if err := writeReport(cfg.Out, res); err != nil {
		return err
	}
	log.Printf("report written to %s", cfg.Out)
	if cfg.JSON != "" {
		raw, _ := json.MarshalIndent(res, "", "  ")
		if err := os.WriteFile(cfg.JSON, raw, 0o644); err != nil {
			return fmt.Errorf("write %s: %w", cfg.JSON, err)
		}
	}
	if len(res.Errors) > 0 {
		return fmt.Errorf("%d errors: %s", len(res.Errors), strings.Join(res.Errors, "; "))
	}
	return nil
}

// repoRoot is the directory of the module's go.mod, from the working
// directory upwards.
func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("no go.mod above the working directory: run from the courtql repo")
		}
		dir = parent
	}
}

func parseSizes(s string) ([]int, error) {
	var out []int
	for _, f := range strings.Split(s, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 10 {
			return nil, fmt.Errorf("--sizes: %q is not a corpus size of at least 10", f)
		}
		out = append(out, n)
	}
	return out, nil
}

func parsePorts(s string) ([2]int, error) {
	lo, hi, ok := strings.Cut(s, "-")
	a, err1 := strconv.Atoi(lo)
	b, err2 := strconv.Atoi(hi)
	if !ok || err1 != nil || err2 != nil || a <= 0 || b < a || b > 65535 {
		return [2]int{}, fmt.Errorf("--ports: %q is not a range LO-HI", s)
	}
	return [2]int{a, b}, nil
}

// runCorpusCommand writes a corpus (or finds it already written) and prints
// its directory, for loading by hand.
func runCorpusCommand(root string, args []string) error {
	fs := flag.NewFlagSet("corpus", flag.ContinueOnError)
	n := fs.Int("size", 1000, "articles")
	seed := fs.Uint64("seed", 1, "generator seed")
	base := fs.String("corpus-dir", filepath.Join(os.TempDir(), "courtql-bench"), "where corpora are generated and reused")
	if err := fs.Parse(args); err != nil {
		return err
	}
	set, err := readSources(defaultSources(root))
	if err != nil {
		return err
	}
	c, err := writeCorpus(*base, set, *seed, *n)
	if err != nil {
		return err
	}
	fmt.Println(c.dir)
	return nil
}
