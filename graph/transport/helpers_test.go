package transport

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"

	"courtql/model"
)

// mockSDL is a stand-in schema shaped like courtql's (connections with
// `first`), with fields that misbehave on purpose.
const mockSDL = `
type Query {
  name: String!
  admin: Boolean!
  slow: String
  stuck: String
  boom: String
  fail: String
  notFound: String
  parallel: Int!
  courts(first: Int, after: String): CourtConnection!
  nodes(ids: [ID!]!): [Court]!
}
type CourtConnection { totalCount: Int!, edges: [CourtEdge!]! }
type CourtEdge { cursor: String!, node: Court! }
type Court {
  name: String!
  parent: Court
  aliases: [String!]!
  related: [Court!]!
  meetings(first: Int, after: String): CourtConnection!
}
type Mutation { name: String! }
type Subscription { meetingAdded: String! }
`

// mock is an ExecutableSchema that answers the root fields of mockSDL.
type mock struct {
	schema  *ast.Schema
	events  chan string
	maxPar  atomic.Int32
	secret  string // a string that must never reach a client
	workers int
}

func newMock() *mock {
	return &mock{
		schema: gqlparser.MustLoadSchema(&ast.Source{Name: "mock.graphqls", Input: mockSDL}),
		events: make(chan string, 4),
		secret: "sqlite: no such table: secret_table at /srv/courtql/db.go:42",
	}
}

func (m *mock) es() graphql.ExecutableSchema {
	return &graphql.ExecutableSchemaMock{
		SchemaFunc: func() *ast.Schema { return m.schema },
		ComplexityFunc: func(context.Context, string, string, int, map[string]any) (int, bool) {
			return 0, false
		},
		ExecFunc: m.exec,
	}
}

func (m *mock) exec(ctx context.Context) graphql.ResponseHandler {
	opCtx := graphql.GetOperationContext(ctx)
	switch opCtx.Operation.Operation {
	case ast.Mutation:
		return graphql.OneShot(&graphql.Response{Data: []byte(`{"name":"mutated"}`)})
	case ast.Subscription:
		return func(ctx context.Context) *graphql.Response {
			select {
			case <-ctx.Done():
				return nil
			case ev := <-m.events:
				b, _ := json.Marshal(map[string]any{"meetingAdded": ev + fmt.Sprintf(" admin=%v", model.IsAdmin(ctx))})
				return &graphql.Response{Data: b}
			}
		}
	}
	ran := false
	return func(ctx context.Context) *graphql.Response {
		if ran {
			return nil
		}
		ran = true
		data := map[string]any{}
		for _, sel := range opCtx.Operation.SelectionSet {
			f, ok := sel.(*ast.Field)
			if !ok {
				continue
			}
			data[f.Alias] = m.field(ctx, opCtx, f)
		}
		b, _ := json.Marshal(data)
		return &graphql.Response{Data: b}
	}
}

// field resolves one root field the way generated code would: through the
// resolver middleware, adding errors to the response.
func (m *mock) field(ctx context.Context, opCtx *graphql.OperationContext, f *ast.Field) any {
	fctx := graphql.WithFieldContext(ctx, &graphql.FieldContext{
		Object: "Query", IsResolver: true,
		Field: graphql.CollectedField{Field: f},
	})
	res, err := func() (res any, err error) {
		defer func() {
			if r := recover(); r != nil {
				err = opCtx.Recover(fctx, r)
			}
		}()
		return opCtx.ResolverMiddleware(fctx, func(ctx context.Context) (any, error) {
			return m.resolve(ctx, opCtx, f)
		})
	}()
	if err != nil {
		graphql.AddError(fctx, err)
		return nil
	}
	return res
}

func (m *mock) resolve(ctx context.Context, opCtx *graphql.OperationContext, f *ast.Field) (any, error) {
	switch f.Name {
	case "__typename":
		return "Query", nil
	case "name":
		return "test", nil
	case "admin":
		return model.IsAdmin(ctx), nil
	case "slow":
		<-ctx.Done()
		return nil, fmt.Errorf("query courts: %w", ctx.Err())
	case "stuck":
		time.Sleep(2 * time.Second) // ignores its context on purpose
		return "late", nil
	case "boom":
		panic(m.secret)
	case "fail":
		return nil, fmt.Errorf("query courts: %s", m.secret)
	case "notFound":
		return nil, fmt.Errorf("load court: %w", model.Errorf(model.ENotFound, "court 7 not found"))
	case "parallel":
		return m.parallel(ctx, opCtx), nil
	case "courts":
		return map[string]any{"totalCount": 3}, nil
	}
	return nil, nil
}

// parallel starts 40 child resolvers at once and returns how many of them
// ran at the same time.
func (m *mock) parallel(ctx context.Context, opCtx *graphql.OperationContext) int {
	var cur, peak atomic.Int32
	var wg sync.WaitGroup
	for i := range 40 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fctx := graphql.WithFieldContext(ctx, &graphql.FieldContext{
				Object: "Court", IsResolver: true, Index: &i,
				Field: graphql.CollectedField{Field: &ast.Field{Name: "name", Alias: "name"}},
			})
			_, _ = opCtx.ResolverMiddleware(fctx, func(context.Context) (any, error) {
				n := cur.Add(1)
				for {
					p := peak.Load()
					if n <= p || peak.CompareAndSwap(p, n) {
						break
					}
				}
				time.Sleep(5 * time.Millisecond)
				cur.Add(-1)
				return "x", nil
			})
		}()
	}
	wg.Wait()
	return int(peak.Load())
}

// testServer starts New(mock) on a real listener. The log goes to a buffer
// the test can read.
func testServer(t *testing.T, opts Options) (*httptest.Server, *mock, *syncBuffer) {
	t.Helper()
	m := newMock()
	logs := &syncBuffer{}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.NewTextHandler(logs, nil))
	}
	srv := httptest.NewServer(New(m.es(), opts))
	t.Cleanup(srv.Close)
	return srv, m, logs
}

type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.buf.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.buf.String()
}

// result is a decoded response: status, headers and the JSON body's keys.
type result struct {
	status int
	header http.Header
	raw    []byte
	body   map[string]json.RawMessage
	errors []gqlErr
}

type gqlErr struct {
	Message    string         `json:"message"`
	Extensions map[string]any `json:"extensions"`
}

func (r result) code(i int) string {
	if i >= len(r.errors) {
		return ""
	}
	c, _ := r.errors[i].Extensions["code"].(string)
	return c
}

func do(t *testing.T, req *http.Request) result {
	t.Helper()
	resp, err := http.DefaultTransport.RoundTrip(req) // no automatic gzip handling
	if err != nil {
		t.Fatalf("%s %s: %v", req.Method, req.URL, err)
	}
	defer resp.Body.Close()
	var rd io.Reader = resp.Body
	if resp.Header.Get("Content-Encoding") == "gzip" {
		zr, err := gzip.NewReader(resp.Body)
		if err != nil {
			t.Fatalf("gzip: %v", err)
		}
		rd = zr
	}
	raw, err := io.ReadAll(rd)
	if err != nil {
		t.Fatalf("read body: %v", err)
	}
	r := result{status: resp.StatusCode, header: resp.Header, raw: raw}
	if len(raw) > 0 && strings.Contains(resp.Header.Get("Content-Type"), "json") {
		if err := json.Unmarshal(raw, &r.body); err != nil {
			t.Fatalf("body %q: %v", raw, err)
		}
		if e, ok := r.body["errors"]; ok {
			_ = json.Unmarshal(e, &r.errors)
		}
	}
	return r
}

// post sends body as application/json with the given extra headers
// ("Name: value").
func post(t *testing.T, srv *httptest.Server, body string, headers ...string) result {
	t.Helper()
	req, _ := http.NewRequest(http.MethodPost, srv.URL+"/query", strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	setHeaders(req, headers)
	return do(t, req)
}

// get sends the GraphQL parameters in the URL.
func get(t *testing.T, srv *httptest.Server, params url.Values, headers ...string) result {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, srv.URL+"/query?"+params.Encode(), nil)
	setHeaders(req, headers)
	return do(t, req)
}

func setHeaders(req *http.Request, headers []string) {
	for _, h := range headers {
		k, v, _ := strings.Cut(h, ":")
		req.Header.Set(strings.TrimSpace(k), strings.TrimSpace(v))
	}
}

func q(query string) string {
	b, _ := json.Marshal(map[string]any{"query": query})
	return string(b)
}
