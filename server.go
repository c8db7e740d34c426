// Command courtql serves Chinese court-meeting news as a GraphQL graph:
// courts → meetings → speakers → directives → statistics.
//
//	courtql [serve] [--db courts.db] [--seeds seeds] [--addr :8080]   load new seeds, then serve
//	courtql load [--db courts.db] FILE|DIR...                          load articles and exit
//	courtql schema                                                     print the GraphQL SDL
//
// --db takes an SQLite file (the default, courts.db) or a postgres:// URL;
// $DATABASE_URL, when set, is its default.
//
// server.go is the only place that knows every package: it opens the
// database, loads, builds the search index and the HTTP handler, and shuts
// down gracefully on SIGINT/SIGTERM.
package main

import (
	"context"
	"database/sql"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strings"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"gorm.io/gorm"

	"courtql/graph"
	"courtql/graph/search"
	"courtql/graph/transport"
	"courtql/loader"
	"courtql/loader/segment"
	"courtql/loader/store"
	"courtql/loader/textio"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := Main(ctx, os.Args[1:], os.Stdout, os.Stderr, nil); err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(os.Stderr, "courtql:", err)
		}
		os.Exit(1)
	}
}

const usage = `usage:
  courtql [serve] [--db PATH|URL] [--db-replica URL]... [--seeds DIR] [--addr HOST:PORT] [--max-file-bytes N] [--production] [--cors-origins LIST]
                  [--response-cache-bytes N] [--trusted-documents FILE] [--redis redis://HOST:PORT/DB] [--pprof 127.0.0.1:PORT] [--read-timeout D] [--write-timeout D] [--idle-timeout D] [--shutdown-timeout D]
  courtql load [--db PATH|URL] [--max-file-bytes N] FILE|DIR...
  courtql schema
--db is an SQLite file (default courts.db) or a postgres://user@host:port/dbname URL.
environment: DATABASE_URL is --db's default when set; COURTQL_ADMIN_TOKEN enables the ingestDocument/deleteDocument mutations;
  COURTQL_METRICS_TOKEN protects GET /metrics (required to serve it with --production).
`

// Main runs one command. listening, when set, is told the address the
// server listens on (tests serve on 127.0.0.1:0).
func Main(ctx context.Context, args []string, stdout, stderr io.Writer, listening func(addr string)) error {
	cmd := "serve"
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		cmd, args = args[0], args[1:]
	}
	log := slog.New(slog.NewTextHandler(stderr, nil))
	switch cmd {
	case "serve":
		cfg, err := parseServe(args, stderr)
		if err != nil {
			return err
		}
		return serve(ctx, cfg, log, listening)
	case "load":
		fs := flag.NewFlagSet("load", flag.ContinueOnError)
		fs.SetOutput(stderr)
		dbPath := fs.String("db", defaultDB(), dbUsage)
		maxBytes := fs.Int64("max-file-bytes", textio.DefaultMaxBytes, "refuse article files larger than this many bytes (<= 0: no limit)")
		if err := fs.Parse(args); err != nil {
			return err
		}
		if fs.NArg() == 0 {
			return errors.New("load: give at least one FILE or DIR")
		}
		return load(ctx, *dbPath, *maxBytes, fs.Args(), stdout, stderr, log)
	case "schema":
		_, err := io.WriteString(stdout, graph.SDL())
		return err
	case "help", "-h", "--help":
		_, err := io.WriteString(stdout, usage)
		return err
	default:
		return fmt.Errorf("unknown command %q\n%s", cmd, usage)
	}
}

type serveConfig struct {
	DB, Seeds, Addr string
	// Replicas are --db-replica URLs.
	Replicas     []string
	MaxFileBytes int64
	Production   bool
	CORSOrigins  []string
	AdminToken   string
	// ResponseCacheBytes bounds the response cache; 0 turns it off.
	ResponseCacheBytes int64
	MetricsToken       string
	Timeouts           httpTimeouts
	// TrustedDocuments, when set, are the only operations served (id → query).
	TrustedDocuments map[string]string
	// Pprof, when set, is the loopback address Go's profiles are served on.
	Pprof string
	// Redis, when set, is the redis:// URL of the persisted-query and
	// response caches shared by server replicas.
	Redis string
}

func parseServe(args []string, stderr io.Writer) (serveConfig, error) {
	var cfg serveConfig
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&cfg.DB, "db", defaultDB(), dbUsage)
	fs.StringVar(&cfg.Seeds, "seeds", "seeds", "directory of articles loaded before serving (\"\" for none)")
	fs.StringVar(&cfg.Addr, "addr", ":8080", "address to listen on")
	fs.Int64Var(&cfg.MaxFileBytes, "max-file-bytes", textio.DefaultMaxBytes,
		"refuse seed files and ingested texts larger than this many bytes (<= 0: no limit)")
	fs.BoolVar(&cfg.Production, "production", false, "turn off introspection and GraphiQL; CORS only for --cors-origins")
	origins := fs.String("cors-origins", "", "comma-separated origins allowed by CORS (development allows any)")
	fs.Int64Var(&cfg.ResponseCacheBytes, "response-cache-bytes", 64<<20, "memory for cached query responses, emptied on every ingest and delete (0 turns the cache off)")
	cfg.Timeouts.register(fs)
	trusted := fs.String("trusted-documents", "", "JSON manifest of id → query; when set, only these operations run")
	fs.Func("db-replica", "a PostgreSQL read replica's postgres:// URL (repeatable): reads go to the replicas, writes to --db", func(u string) error {
		cfg.Replicas = append(cfg.Replicas, u)
		return nil
	})
	fs.StringVar(&cfg.Redis, "redis", "", "redis://host:port/db: keep persisted queries and cached responses there, shared by server replicas")
	fs.StringVar(&cfg.Pprof, "pprof", "", "serve Go's profiles (/debug/pprof/) on this loopback address, e.g. 127.0.0.1:6060")
	if err := fs.Parse(args); err != nil {
		return cfg, err
	}
	if fs.NArg() > 0 {
		return cfg, fmt.Errorf("serve: unexpected argument %q", fs.Arg(0))
	}
	if cfg.Pprof != "" {
		if err := checkLoopback(cfg.Pprof); err != nil {
			return cfg, err
		}
	}
	for _, o := range strings.Split(*origins, ",") {
		if o = strings.TrimSpace(o); o != "" {
			cfg.CORSOrigins = append(cfg.CORSOrigins, o)
		}
	}
	cfg.AdminToken = os.Getenv("COURTQL_ADMIN_TOKEN")
	cfg.MetricsToken = os.Getenv("COURTQL_METRICS_TOKEN")
	if *trusted != "" {
		docs, err := transport.LoadTrustedDocuments(*trusted)
		if err != nil {
			return cfg, err
		}
		cfg.TrustedDocuments = docs
	}
	return cfg, nil
}

// dbUsage documents --db for both commands.
const dbUsage = "SQLite database file, or a postgres://user@host:port/dbname URL (default $DATABASE_URL when set)"

// defaultDB is --db's default: $DATABASE_URL when set (as platforms that
// provision PostgreSQL pass it), else the SQLite file courts.db.
func defaultDB() string {
	if u := os.Getenv("DATABASE_URL"); u != "" {
		return u
	}
	return "courts.db"
}

// openDB opens the database with the search package's driver, so its bm25
// ranking function is available to every connection.
func openDB(path string, replicas []string, pragmas []string) (*gorm.DB, error) {
	db, err := store.Open(path, store.Options{DriverName: search.DriverName, Replicas: replicas, Pragmas: pragmas})
	if err != nil {
		return nil, err
	}
	// Concurrent requests read on several connections; database/sql keeps
	// only 2 idle by default, so the others were closed and reopened, each
	// time parsing the schema and starting with a cold page cache.
	pools := store.ReplicaPools(db)
	if sqlDB, err := db.DB(); err == nil {
		pools = append([]*sql.DB{sqlDB}, pools...)
	}
	for _, p := range pools {
		p.SetMaxIdleConns(maxIdleConns)
		p.SetMaxOpenConns(maxOpenConns)
	}
	return db, nil
}

// maxIdleConns is how many database connections stay open between requests:
// enough for 2 cores' worth of concurrent readers, few enough that their page
// caches (2 MiB each at most) stay small.
const maxIdleConns = 8

// maxOpenConns caps the connections open at once. Without a cap, 32 or 64
// concurrent requests each opened a SQLite connection of their own, each
// with its own page cache and prepared statements, and peak RSS grew with
// the client count; on 2 cores more than 16 readers only queue inside
// SQLite, so requests beyond 16 wait for a connection instead.
const maxOpenConns = 16

// searchIndex opens the full-text index over db, segmenting with gse.
func searchIndex(db *gorm.DB) (*search.Index, error) {
	idx, err := search.Open(db, tokenize)
	if err != nil {
		return nil, err
	}
	// tokenize is the segmenter extraction cuts keywords with: the words it
	// cut are the index's tokens.
	idx.UseExtractionWords()
	return idx, nil
}

// tokenize segments text for the search index and its queries: the same gse
// segmenter as extraction, cutting into non-overlapping words in text order.
func tokenize(s string) []string {
	seg, err := segment.Default()
	if err != nil {
		return strings.Fields(s)
	}
	return seg.Cut(s, true)
}

// backend is the database with its search index and the loader that keeps
// both in step, counting what it loads in metrics.
type backend struct {
	db      *gorm.DB
	idx     *search.Index
	loader  *loader.Loader
	metrics *transport.Metrics
	// replicaEvents share document events with the other processes on
	// the same PostgreSQL database (nil on SQLite).
	replicaEvents *replicaEvents
	// sharedAPQ and sharedResponses are the Redis caches (--redis), nil
	// for the in-process ones.
	sharedAPQ       graphql.Cache[string]
	sharedResponses transport.ResponseStore
}

// openBackend opens the database and its search index, repairs documents
// stored without search rows (one indexed query when there are none), and
// builds the loader that writes both in one transaction per batch.
func openBackend(ctx context.Context, path string, maxFileBytes int64, log *slog.Logger, replicas ...string) (*backend, error) {
	return openBackendWith(ctx, path, maxFileBytes, log, replicas, nil)
}

// openBackendWith is openBackend with extra SQLite pragmas for every
// connection (store.Options.Pragmas).
func openBackendWith(ctx context.Context, path string, maxFileBytes int64, log *slog.Logger, replicas, pragmas []string) (*backend, error) {
	db, err := openDB(path, replicas, pragmas)
	if err != nil {
		return nil, err
	}
	idx, err := searchIndex(db)
	if err != nil {
		closeDB(db)
		return nil, err
	}
	start := time.Now()
	n, err := idx.Repair(ctx)
	if err != nil {
		closeDB(db)
		return nil, err
	}
	if n > 0 {
		log.Warn("search index repaired", "documents", n, "took", time.Since(start).Round(time.Millisecond))
	}
	if maxFileBytes <= 0 {
		maxFileBytes = -1 // the loader's "no limit"
	}
	metrics := transport.NewMetrics()
	l := &loader.Loader{DB: db, Indexer: idx, MaxFileBytes: maxFileBytes, Listeners: []loader.Listener{countStored(metrics)}}
	st := &backend{db: db, idx: idx, loader: l, metrics: metrics}
	if db.Dialector.Name() == store.Postgres {
		// `load` and `serve` alike tell running servers what they store.
		st.replicaEvents = newReplicaEvents(db, log)
		l.Listeners = append(l.Listeners, st.replicaEvents.notify)
	}
	return st, nil
}

func (s *backend) close() { closeDB(s.db) }

// load stores the articles and prints one line per file that failed (naming
// the file and the reason) and a summary; it fails when any file did.
func load(ctx context.Context, dbPath string, maxFileBytes int64, paths []string, stdout, stderr io.Writer, log *slog.Logger) error {
	// A page cache and WAL sized for bulk writes (store.LoadPragmas): this
	// process only loads.
	st, err := openBackendWith(ctx, dbPath, maxFileBytes, log, nil, store.LoadPragmas)
	if err != nil {
		return err
	}
	defer st.close()
	sum, err := st.loader.Load(ctx, paths...)
	if err != nil {
		return err
	}
	for _, w := range sum.Warnings {
		log.Warn("load", "warning", w)
	}
	for _, f := range sum.Failed {
		fmt.Fprintf(stderr, "courtql: load: %s\n", f)
	}
	fmt.Fprintf(stdout, "loaded %d new, %d replaced, %d unchanged, %d duplicate, %d failed\n",
		sum.Created, sum.Replaced, sum.Unchanged, sum.Duplicates, len(sum.Failed))
	if len(sum.Failed) > 0 {
		return fmt.Errorf("load: %d file(s) failed", len(sum.Failed))
	}
	return nil
}

// documentListeners react to every document stored or deleted, after its
// transaction committed: new meetings go to meetingAdded subscribers and
// the response cache (when there is one) is emptied.
func documentListeners(resolver *graph.Resolver, purgeResponseCache func()) []loader.Listener {
	return []loader.Listener{
		func(_ context.Context, e loader.Event) {
			if e.Kind == loader.DocumentStored {
				resolver.PublishMeetings(e.Meetings)
			}
		},
		func(context.Context, loader.Event) {
			if purgeResponseCache != nil {
				purgeResponseCache()
			}
		},
	}
}

func serve(ctx context.Context, cfg serveConfig, log *slog.Logger, listening func(string)) error {
	// gse's dictionaries take seconds to load: start now, beside the database.
	go segment.Default()
	if cfg.Pprof != "" {
		_, stop, err := servePprof(cfg.Pprof, log)
		if err != nil {
			return err
		}
		defer stop()
	}
	st, err := openBackend(ctx, cfg.DB, cfg.MaxFileBytes, log, cfg.Replicas...)
	if err != nil {
		return err
	}
	defer st.close()
	go releaseCMemoryEvery(ctx, cMemoryReleaseInterval)
	if cfg.Redis != "" {
		closeRedis, err := useRedis(ctx, st, cfg.Redis, log)
		if err != nil {
			return err
		}
		defer closeRedis()
	}
	var ready atomic.Bool
	handler := newHandler(st, cfg, log, &ready)
	if st.replicaEvents != nil {
		// Before the seeds and before ready: no event another replica
		// commits from here on is missed.
		if err := st.replicaEvents.listen(ctx, store.PostgresURL(cfg.DB)); err != nil {
			return err
		}
	}

	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return fmt.Errorf("listen %s: %w", cfg.Addr, err)
	}
	// Requests run under a context that ends when serve returns: work still
	// running after the shutdown deadline (an extraction) is cancelled
	// instead of outliving the server.
	requests, cancelRequests := context.WithCancel(context.Background())
	defer cancelRequests()
	srv := newHTTPServer(handler, cfg.Timeouts)
	srv.BaseContext = func(net.Listener) context.Context { return requests }
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	log.Info("listening", "addr", ln.Addr().String())
	if listening != nil {
		listening(ln.Addr().String())
	}

	if err := loadSeeds(ctx, st.loader, cfg.Seeds, log, st.metrics); err != nil {
		log.Error("seeds", "err", err)
	}
	ready.Store(true)
	log.Info("ready", "graphiql", "http://"+browsable(ln.Addr())+"/", "api", "http://"+browsable(ln.Addr())+"/query")

	select {
	case err := <-served:
		return err
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), cfg.Timeouts.Shutdown)
	defer cancel()
	log.Info("shutting down")
	if err := srv.Shutdown(shutdown); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	return nil
}

// newHandler builds the HTTP handler: /healthz (200 once ready is set), and
// GraphiQL at / and the API at /query through the transport.
func newHandler(st *backend, cfg serveConfig, log *slog.Logger, ready *atomic.Bool) http.Handler {
	resolver := graph.NewResolver(st.db, graph.Options{Ingester: countingIngester{st.loader, st.metrics}, Searcher: st.idx, ReadPools: store.ReplicaPools(st.db)})
	var cache *transport.ResponseCache
	var purgeResponseCache func()
	if cfg.ResponseCacheBytes > 0 {
		store := st.sharedResponses
		if store == nil {
			store = transport.NewMemoryStore(cfg.ResponseCacheBytes)
		}
		cache = transport.NewResponseCache(store)
		purgeResponseCache = cache.Purge
	}
	st.loader.Listeners = append(st.loader.Listeners, documentListeners(resolver, purgeResponseCache)...)
	if st.replicaEvents != nil {
		st.replicaEvents.deliverTo(resolver, purgeResponseCache)
	}
	api := transport.New(graph.NewSchema(resolver), transport.Options{
		Production:       cfg.Production,
		CORSOrigins:      cfg.CORSOrigins,
		AdminToken:       cfg.AdminToken,
		TrustedDocuments: cfg.TrustedDocuments,
		Metrics:          st.metrics,
		MetricsToken:     cfg.MetricsToken,
		Logger:           log,
		ResponseCache:    cache,
		APQCache:         st.sharedAPQ,
	})
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		if !ready.Load() {
			http.Error(w, "loading seeds", http.StatusServiceUnavailable)
			return
		}
		io.WriteString(w, "ok\n")
	})
	mux.Handle("/", api)
	return mux
}

// loadSeeds stores the seeds dir's new or changed files; files already
// stored are skipped without extracting them again.
func loadSeeds(ctx context.Context, l *loader.Loader, dir string, log *slog.Logger, c documentCounter) error {
	if dir == "" {
		return nil
	}
	if _, err := os.Stat(dir); errors.Is(err, os.ErrNotExist) {
		log.Warn("no seeds directory", "dir", dir)
		return nil
	}
	start := time.Now()
	sum, err := l.Load(ctx, dir)
	for range sum.Failed {
		c.DocumentFailed()
	}
	if err != nil {
		return err
	}
	for _, w := range sum.Warnings {
		log.Warn("load", "warning", w)
	}
	log.Info("seeds loaded", "dir", dir, "new", sum.Created, "replaced", sum.Replaced,
		"unchanged", sum.Unchanged, "failed", len(sum.Failed), "took", time.Since(start).Round(time.Millisecond))
	return sum.Err()
}

// browsable turns a listening address into one a browser can open
// ([::]:8080 → localhost:8080).
func browsable(a net.Addr) string {
	if t, ok := a.(*net.TCPAddr); ok && t.IP.IsUnspecified() {
		return fmt.Sprintf("localhost:%d", t.Port)
	}
	return a.String()
}

func closeDB(db *gorm.DB) { _ = store.Close(db) }
