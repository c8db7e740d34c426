// Package transport is courtql's HTTP layer: it serves the GraphQL schema at
// /query (POST, GET, websocket) and GraphiQL at /, with persisted queries,
// HTTP caching, compression, limits, error masking, bearer-token admin auth
// and CORS. It knows the schema only as a graphql.ExecutableSchema.
package transport

import (
	"log/slog"
	"net/http"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/vektah/gqlparser/v2/ast"
)

// Defaults used for zero Options fields.
const (
	DefaultMaxBodyBytes = 1 << 20 // 1 MiB
	DefaultTimeout      = 10 * time.Second
	DefaultMaxDepth     = 15
	// A page of 100 meetings, each with 100 directives and 100 statistics
	// (the shape dashboards and the evaluation tools read), costs about 210000;
	// one more nested page of 100 goes past the limit.
	DefaultMaxComplexity = 300000
	DefaultMaxTokens     = 5000
	// Resolvers waiting on a dataloader hold their worker, so a limit below
	// the number of sibling fields splits one batch into several: keep it
	// above what any query under the complexity limit can run at once.
	DefaultWorkers      = 10000
	DefaultAPQCacheSize = 1000
	DefaultCacheMaxAge  = 60 * time.Second
	// A websocket client must send connection_init this soon after the
	// upgrade (graphql-transport-ws closes with 4408 otherwise).
	DefaultWSInitTimeout = 3 * time.Second
	queryCacheSize       = 1000
	wsKeepAlive          = 10 * time.Second
)

// Options configures the handler returned by New. Zero fields take the
// Default* values above.
type Options struct {
	// Production turns off introspection and GraphiQL (/ answers 404), and
	// makes an empty CORSOrigins mean "no cross-origin access".
	Production bool
	// CORSOrigins is the allow-list of browser origins ("https://app.example").
	// Empty and !Production: any origin. "*" in the list: any origin.
	CORSOrigins []string
	// AdminToken is compared with "Authorization: Bearer <token>"; on a match
	// the request context carries model.WithAdmin. Empty: never admin.
	AdminToken string
	// TrustedDocuments, when set, is the only operations the server runs
	// (id → query, see LoadTrustedDocuments); automatic persisted queries
	// are off, since they would let any client register a query.
	TrustedDocuments map[string]string

	MaxBodyBytes  int64         // request body limit (413 beyond it)
	Timeout       time.Duration // per-request deadline (not for websockets)
	MaxDepth      int           // deepest field nesting, introspection excluded
	MaxComplexity int           // cost limit; lists multiply by first/ids
	MaxTokens     int           // parser token limit
	Workers       int           // concurrent resolver calls per operation
	APQCacheSize  int           // automatic persisted queries kept (LRU)
	// APQCache, when set, replaces the in-process LRU of persisted queries
	// (e.g. a Redis one shared by server replicas).
	APQCache      graphql.Cache[string]
	CacheMaxAge   time.Duration // Cache-Control max-age of cacheable GETs
	WSInitTimeout time.Duration // websocket upgrade to connection_init

	// Metrics receives the request, error and cache metrics served at
	// GET /metrics. Default: a new NewMetrics().
	Metrics *Metrics
	// MetricsToken, when set, is the bearer token GET /metrics needs.
	// In production /metrics is served only when it is set.
	MetricsToken string

	// ResponseCache, when set, answers repeated queries (without an
	// Authorization header) from memory; the caller purges it when data changes.
	ResponseCache *ResponseCache

	// Logger receives masked errors with their request id. Default slog.Default().
	Logger *slog.Logger
	// Middleware wraps the /query handler (after auth, inside the timeout),
	// e.g. a request-scoped cache.
	Middleware func(http.Handler) http.Handler
}

func (o Options) withDefaults() Options {
	if o.MaxBodyBytes <= 0 {
		o.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.MaxDepth <= 0 {
		o.MaxDepth = DefaultMaxDepth
	}
	if o.MaxComplexity <= 0 {
		o.MaxComplexity = DefaultMaxComplexity
	}
	if o.MaxTokens <= 0 {
		o.MaxTokens = DefaultMaxTokens
	}
	if o.Workers <= 0 {
		o.Workers = DefaultWorkers
	}
	if o.APQCacheSize <= 0 {
		o.APQCacheSize = DefaultAPQCacheSize
	}
	if o.CacheMaxAge <= 0 {
		o.CacheMaxAge = DefaultCacheMaxAge
	}
	if o.WSInitTimeout <= 0 {
		o.WSInitTimeout = DefaultWSInitTimeout
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	if o.Metrics == nil {
		o.Metrics = NewMetrics()
	}
	return o
}

// New returns the HTTP handler for es: GraphiQL at GET / (not in production)
// and GraphQL at /query over POST, GET and websocket (graphql-transport-ws).
// /healthz and other routes are the caller's.
func New(es graphql.ExecutableSchema, opts Options) http.Handler {
	opts = opts.withDefaults()

	cors := newCORSPolicy(opts.CORSOrigins, opts.Production)
	srv := handler.New(es)
	srv.AddTransport(websocketTransport(opts, cors))
	srv.AddTransport(httpTransport{maxAge: opts.CacheMaxAge, cache: opts.ResponseCache, metrics: opts.Metrics})
	srv.SetQueryCache(countingCache[*ast.QueryDocument]{lru.New[*ast.QueryDocument](queryCacheSize), opts.Metrics, "query"})
	srv.SetParserTokenLimit(opts.MaxTokens)
	if opts.Production {
		srv.SetDisableSuggestion(true)
		srv.SetValidationRulesFn(rulesWithoutSuggestions)
		srv.Use(noIntrospection{})
	} else {
		srv.Use(extension.Introspection{})
	}
	if opts.TrustedDocuments != nil {
		srv.Use(newTrustedDocuments(opts.TrustedDocuments))
	} else {
		var apq graphql.Cache[string] = lru.New[string](opts.APQCacheSize)
		if opts.APQCache != nil {
			apq = opts.APQCache
		}
		srv.Use(extension.AutomaticPersistedQuery{Cache: countingCache[string]{apq, opts.Metrics, "apq"}})
	}
	srv.Use(depthLimit{max: opts.MaxDepth})
	srv.Use(costLimit{max: opts.MaxComplexity})
	srv.Use(workerLimit{n: opts.Workers})
	srv.Use(operationRecorder{})
	srv.SetErrorPresenter(errorPresenter(opts.Logger))
	srv.SetRecoverFunc(recoverFunc(opts.Logger))

	var query http.Handler = srv
	if opts.Middleware != nil {
		query = opts.Middleware(query)
	}
	query = withTimeout(query, opts.Timeout)
	query = withBodyLimit(query, opts.MaxBodyBytes)
	query = withAdmin(query, opts.AdminToken)
	query = allowMethods(query)
	query = withMetrics(query, opts.Metrics)

	mux := http.NewServeMux()
	mux.Handle("/query", query)
	if !opts.Production {
		mux.Handle("GET /{$}", graphiql("/query"))
		mux.Handle("GET "+assetsPath, serveAssets())
	}
	if !opts.Production || opts.MetricsToken != "" {
		mux.Handle("GET /metrics", opts.Metrics.handler(opts.MetricsToken))
	}

	var h http.Handler = mux
	h = withGzip(h)
	h = withCORS(h, cors)
	h = withRequestID(h, opts.Logger)
	return h
}

// allowMethods answers 405 for methods /query does not serve, and 204 to a
// plain (non-CORS) OPTIONS.
func allowMethods(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.Method {
		case http.MethodGet, http.MethodPost:
			next.ServeHTTP(w, r)
		case http.MethodOptions:
			w.Header().Set("Allow", "GET, POST, OPTIONS")
			w.WriteHeader(http.StatusNoContent)
		default:
			w.Header().Set("Allow", "GET, POST, OPTIONS")
			writeRequestError(w, r, http.StatusMethodNotAllowed, codeBadRequest,
				"method %s not allowed; use GET or POST", r.Method)
		}
	})
}
