package transport

import (
	"context"
	"crypto/sha256"
	"net/http"
	"sync"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/lexer"
)

// Outcomes of a request in courtql_requests_total.
const (
	outcomeOK      = "ok"      // no errors
	outcomeError   = "error"   // ran, with errors in the response
	outcomeRefused = "refused" // refused before running (bad request, validation, limits)
)

// Operation labels that are not an operation's own name.
const (
	opAnonymous = "anonymous"
	opNone      = "none"  // no operation was parsed
	opOther     = "other" // past maxOperationNames
)

// maxOperationNames bounds the operation label's values: clients choose
// operation names, and each new label value costs memory for good.
const maxOperationNames = 200

// Metrics are the server's Prometheus metrics, in a registry of their own so
// that several servers (tests) can live in one process. Its methods are safe
// for concurrent use; server.go reports loader events through
// DocumentStored and DocumentFailed, and caches through CacheLookup.
type Metrics struct {
	registry  *prometheus.Registry
	requests  *prometheus.CounterVec
	latency   *prometheus.HistogramVec
	errors    *prometheus.CounterVec
	documents *prometheus.CounterVec
	cache     *prometheus.CounterVec

	mu    sync.Mutex
	names map[string]bool
}

// NewMetrics registers courtql's metrics and the Go runtime and process
// collectors in a new registry.
func NewMetrics() *Metrics {
	m := &Metrics{
		registry: prometheus.NewRegistry(),
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "courtql_requests_total",
			Help: "GraphQL HTTP requests by operation name and outcome (ok, error, refused).",
		}, []string{"operation", "outcome"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "courtql_request_duration_seconds",
			Help:    "Time to answer a GraphQL HTTP request, by operation name.",
			Buckets: []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10},
		}, []string{"operation"}),
		errors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "courtql_errors_total",
			Help: "Errors returned to clients, by extensions.code.",
		}, []string{"code"}),
		documents: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "courtql_documents_total",
			Help: "Documents the loader stored or failed to load (seeds, load, ingestDocument).",
		}, []string{"result"}),
		cache: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "courtql_cache_lookups_total",
			Help: "Cache lookups by cache (query: parsed documents, apq: persisted queries, response) and result (hit, miss).",
		}, []string{"cache", "result"}),
		names: map[string]bool{},
	}
	m.registry.MustRegister(m.requests, m.latency, m.errors, m.documents, m.cache,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// DocumentStored counts a document the loader stored (new or replaced).
func (m *Metrics) DocumentStored() { m.documents.WithLabelValues("stored").Inc() }

// DocumentFailed counts a document the loader could not load.
func (m *Metrics) DocumentFailed() { m.documents.WithLabelValues("failed").Inc() }

// CacheLookup counts one lookup in the named cache.
func (m *Metrics) CacheLookup(cache string, hit bool) {
	result := "miss"
	if hit {
		result = "hit"
	}
	m.cache.WithLabelValues(cache, result).Inc()
}

// operationLabel is name as a label value, bounded to maxOperationNames.
func (m *Metrics) operationLabel(name string) string {
	if name == "" {
		return opAnonymous
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.names[name] {
		return name
	}
	if len(m.names) >= maxOperationNames {
		return opOther
	}
	m.names[name] = true
	return name
}

// handler serves the registry in the Prometheus text format. With a token,
// only to "Authorization: Bearer <token>".
func (m *Metrics) handler(token string) http.Handler {
	h := promhttp.HandlerFor(m.registry, promhttp.HandlerOpts{})
	if token == "" {
		return h
	}
	want := sha256.Sum256([]byte(token))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !bearerMatches(r.Header.Get("Authorization"), want) {
			w.Header().Set("WWW-Authenticate", `Bearer realm="metrics"`)
			http.Error(w, "metrics need the metrics bearer token", http.StatusUnauthorized)
			return
		}
		h.ServeHTTP(w, r)
	})
}

// requestRecord collects, while one request runs, what its metrics need:
// the operation's name, whether it ran, and the codes of the errors sent.
type requestRecord struct {
	mu        sync.Mutex
	operation string
	parsed    bool
	ran       bool
	codes     []string
}

type recordKey struct{}

func recordFrom(ctx context.Context) *requestRecord {
	r, _ := ctx.Value(recordKey{}).(*requestRecord)
	return r
}

// recordError notes an error code sent to the client (no-op outside withMetrics).
func recordError(ctx context.Context, code string) {
	if r := recordFrom(ctx); r != nil {
		r.mu.Lock()
		r.codes = append(r.codes, code)
		r.mu.Unlock()
	}
}

// withMetrics measures each non-websocket request to next.
func withMetrics(next http.Handler, m *Metrics) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Upgrade") != "" {
			next.ServeHTTP(w, r)
			return
		}
		rec := &requestRecord{}
		start := time.Now()
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), recordKey{}, rec)))
		rec.mu.Lock()
		defer rec.mu.Unlock()
		op := opNone
		if rec.parsed {
			op = m.operationLabel(rec.operation)
		}
		outcome := outcomeOK
		switch {
		case !rec.ran:
			outcome = outcomeRefused
		case len(rec.codes) > 0:
			outcome = outcomeError
		}
		m.requests.WithLabelValues(op, outcome).Inc()
		m.latency.WithLabelValues(op).Observe(time.Since(start).Seconds())
		for _, c := range rec.codes {
			m.errors.WithLabelValues(c).Inc()
		}
	})
}

// operationRecorder is the gqlgen extension that tells the request's record
// which operation it is and that it ran.
type operationRecorder struct{}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationInterceptor
} = operationRecorder{}

func (operationRecorder) ExtensionName() string                   { return "OperationRecorder" }
func (operationRecorder) Validate(graphql.ExecutableSchema) error { return nil }

func (operationRecorder) InterceptOperation(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	if rec := recordFrom(ctx); rec != nil && graphql.HasOperationContext(ctx) {
		if op := graphql.GetOperationContext(ctx).Operation; op != nil {
			rec.mu.Lock()
			rec.operation, rec.parsed, rec.ran = op.Name, true, true
			rec.mu.Unlock()
		}
	}
	return next(ctx)
}

// recordCacheHit notes that the response cache answered the request, so it
// counts as run, under the operationName the client gave or else the name
// of the query's first operation (a cached query ran successfully once, so
// it is a valid document).
func recordCacheHit(ctx context.Context, p *graphql.RawParams) {
	if rec := recordFrom(ctx); rec != nil {
		operationName := p.OperationName
		if operationName == "" {
			operationName = firstOperationName(p.Query)
		}
		rec.mu.Lock()
		rec.operation, rec.parsed, rec.ran = operationName, true, true
		rec.mu.Unlock()
	}
}

// firstOperationName reads, without parsing, the name of query's first
// operation: "" for an anonymous one ("{ … }" or "query { … }").
func firstOperationName(query string) string {
	lx := lexer.New(&ast.Source{Input: query})
	keyword := false
	for range 64 { // the name comes within a few tokens, after comments
		tok, err := lx.ReadToken()
		switch {
		case err != nil || tok.Kind == lexer.EOF || tok.Kind == lexer.BraceL:
			return ""
		case tok.Kind == lexer.Comment:
			continue
		case keyword && tok.Kind == lexer.Name:
			return tok.Value
		case tok.Kind == lexer.Name && (tok.Value == "query" || tok.Value == "mutation" || tok.Value == "subscription"):
			keyword = true
		default:
			return ""
		}
	}
	return ""
}

// countingCache counts the lookups of a gqlgen cache as name.
type countingCache[T any] struct {
	graphql.Cache[T]
	m    *Metrics
	name string
}

func (c countingCache[T]) Get(ctx context.Context, key string) (T, bool) {
	v, ok := c.Cache.Get(ctx, key)
	c.m.CacheLookup(c.name, ok)
	return v, ok
}
