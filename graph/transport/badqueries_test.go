package transport_test

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"testing"
	"time"

	"courtql/graph/transport"
)

// badRequest is one hostile or broken request and how it must be answered.
type badRequest struct {
	name        string
	method      string // default POST
	contentType string // default application/json
	body        string // POST body, or GET query string
	status      int
	code        string // extensions.code of the first error; "" = no errors
}

func gqlBody(query string, vars map[string]any, opName string) string {
	m := map[string]any{"query": query}
	if vars != nil {
		m["variables"] = vars
	}
	if opName != "" {
		m["operationName"] = opName
	}
	b, _ := json.Marshal(m)
	return string(b)
}

func forgedCursor(payload string) string {
	return base64.RawURLEncoding.EncodeToString([]byte(payload))
}

// badRequests is the catalogue. Each answer must carry extensions.code, and
// none may run the expensive part of the request.
func badRequests() []badRequest {
	var b strings.Builder
	// 16 levels of parent: one past the depth limit.
	b.WriteString("{ courts(first: 1) { edges { node { ")
	for range 14 {
		b.WriteString("parent { ")
	}
	b.WriteString("name" + strings.Repeat(" }", 14) + " } } } }")
	depthBomb := b.String()

	var f strings.Builder
	f.WriteString("{ courts(first: 1) { edges { node { ...F0 } } } }")
	for i := range 14 {
		fmt.Fprintf(&f, " fragment F%d on Court { parent { ...F%d } }", i, i+1)
	}
	f.WriteString(" fragment F14 on Court { name }")
	fragmentDepth := f.String()

	aliases := make([]string, 450)
	for i := range aliases {
		aliases[i] = fmt.Sprintf("a%d: topKeywords(first: 100) { word }", i)
	}
	batch := "[" + strings.TrimSuffix(strings.Repeat(gqlBody("{ courts { totalCount } }", nil, "")+",", 1000), ",") + "]"
	wideQuery := "{ " + strings.Repeat("courts(first: 1) { totalCount } ", 2000) + "}"

	return []badRequest{
		{name: "depth bomb", body: gqlBody(depthBomb, nil, ""), status: 200, code: "DEPTH_LIMIT"},
		{name: "deep nesting via fragments", body: gqlBody(fragmentDepth, nil, ""), status: 200, code: "DEPTH_LIMIT"},
		{name: "alias bomb", body: gqlBody("{ "+strings.Join(aliases, " ")+" }", nil, ""), status: 200, code: "COMPLEXITY_LIMIT"},
		{name: "token bomb", body: gqlBody(wideQuery, nil, ""), status: 200, code: "TOKEN_LIMIT"},
		{name: "fragment cycle", body: gqlBody("{ courts { edges { node { ...A } } } } fragment A on Court { parent { ...B } } fragment B on Court { parent { ...A } }", nil, ""),
			status: 200, code: "GRAPHQL_VALIDATION_FAILED"},
		{name: "huge batch", body: batch, status: 400, code: "BAD_REQUEST"},
		{name: "oversized body", body: gqlBody("{ courts { totalCount } }"+strings.Repeat(" ", 2<<20), nil, ""), status: 413, code: "PAYLOAD_TOO_LARGE"},
		{name: "invalid UTF-8 in the body", body: "{\"query\":\"{ courts(filter: {province: \\\"\xff\xfe\\\"}) { totalCount } }\"}", status: 400, code: "BAD_REQUEST"},
		{name: "invalid UTF-8 over GET", method: http.MethodGet, body: "query=%7B+courts(filter%3A+%7Bprovince%3A+%22%FF%22%7D)+%7B+totalCount+%7D+%7D", status: 400, code: "BAD_REQUEST"},
		{name: "invalid UTF-8 in a variable", body: "{\"query\":\"query($p: String) { courts(filter: {province: $p}) { totalCount } }\",\"variables\":{\"p\":\"\xc3\x28\"}}", status: 400, code: "BAD_REQUEST"},
		{name: "wrong content-type", contentType: "text/plain", body: gqlBody("{ courts { totalCount } }", nil, ""), status: 415, code: "BAD_REQUEST"},
		{name: "form content-type", contentType: "application/x-www-form-urlencoded", body: "query=%7B+courts+%7B+totalCount+%7D+%7D", status: 415, code: "BAD_REQUEST"},
		{name: "forged ID answers null", body: gqlBody(`{ node(id: "Q291cnQ6Li4vLi4vZXRj") { id } }`, nil, ""), status: 200, code: ""},
		{name: "ID that is not base64", body: gqlBody(`{ node(id: "' OR 1=1 --") { id } }`, nil, ""), status: 200, code: "BAD_USER_INPUT"},
		{name: "forged cursor", body: gqlBody(`query($a: String) { meetings(first: 1, after: $a) { totalCount } }`,
			map[string]any{"a": forgedCursor(`{"o":"date-","k":{"a":1},"i":4}`)}, ""), status: 200, code: "BAD_USER_INPUT"},
		{name: "cursor of another ordering", body: gqlBody(`query($a: String) { courts(first: 1, after: $a) { totalCount } }`,
			map[string]any{"a": forgedCursor(`{"o":"date-","k":"2020-01-01","i":4}`)}, ""), status: 200, code: "BAD_USER_INPUT"},
		{name: "unknown operationName", body: gqlBody("query A { courts { totalCount } } query B { metrics { count } }", nil, "C"), status: 200, code: "GRAPHQL_VALIDATION_FAILED"},
		{name: "several operations, no operationName", body: gqlBody("query A { courts { totalCount } } query B { metrics { count } }", nil, ""), status: 200, code: "GRAPHQL_VALIDATION_FAILED"},
		{name: "variable of wrong type", body: gqlBody("query($n: Int) { courts(first: $n) { totalCount } }", map[string]any{"n": "ten"}, ""), status: 200, code: "GRAPHQL_VALIDATION_FAILED"},
		{name: "variable out of Int range", body: gqlBody("query($n: Int) { courts(first: $n) { totalCount } }", map[string]any{"n": 1e20}, ""), status: 200, code: "GRAPHQL_VALIDATION_FAILED"},
		{name: "object for a list variable", body: gqlBody("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", map[string]any{"ids": map[string]any{"a": 1}}, ""), status: 200, code: "GRAPHQL_VALIDATION_FAILED"},
		{name: "first past the page limit", body: gqlBody("{ courts(first: 101) { totalCount } }", nil, ""), status: 200, code: "BAD_USER_INPUT"},
		{name: "introspection in production", body: gqlBody("{ __schema { types { name } } }", nil, ""), status: 200, code: "GRAPHQL_VALIDATION_FAILED"},
		{name: "introspection via __type in a fragment", body: gqlBody("{ ...I } fragment I on Query { __type(name: \"Court\") { fields { name } } }", nil, ""), status: 200, code: "GRAPHQL_VALIDATION_FAILED"},
		{name: "mutation over GET", method: http.MethodGet, body: "query=" + "mutation+%7B+deleteDocument(id%3A+%22x%22)+%7B+__typename+%7D+%7D", status: 405, code: "BAD_REQUEST"},
		{name: "mutation without token", body: gqlBody(`mutation { deleteDocument(id: "RG9jdW1lbnQ6eA") { __typename } }`, nil, ""), status: 200, code: "UNAUTHENTICATED"},
		{name: "subscription over HTTP", body: gqlBody("subscription { meetingAdded { name } }", nil, ""), status: 400, code: "BAD_REQUEST"},
		{name: "not JSON", body: "{query: courts}", status: 400, code: "BAD_REQUEST"},
		{name: "query not a string", body: `{"query": {"courts": 1}}`, status: 400, code: "BAD_REQUEST"},
		{name: "empty query", body: `{"query": ""}`, status: 400, code: "BAD_REQUEST"},
		{name: "a good query still works", body: gqlBody("{ courts(first: 1) { totalCount } }", nil, ""), status: 200, code: ""},
	}
}

// send runs one request through h in process and returns its status, first
// error code and the time the server took.
func send(h http.Handler, r badRequest) (int, string, []byte, time.Duration) {
	method := r.method
	if method == "" {
		method = http.MethodPost
	}
	var req *http.Request
	if method == http.MethodGet {
		req = httptest.NewRequest(method, "/query?"+r.body, nil)
	} else {
		req = httptest.NewRequest(method, "/query", strings.NewReader(r.body))
		ct := r.contentType
		if ct == "" {
			ct = "application/json"
		}
		req.Header.Set("Content-Type", ct)
	}
	rec := httptest.NewRecorder()
	start := time.Now()
	h.ServeHTTP(rec, req)
	took := time.Since(start)
	body, _ := io.ReadAll(rec.Result().Body)
	var resp struct {
		Errors []struct {
			Extensions map[string]any
		}
	}
	_ = json.Unmarshal(body, &resp)
	code := ""
	if len(resp.Errors) > 0 {
		code, _ = resp.Errors[0].Extensions["code"].(string)
		if code == "" {
			code = "(none)"
		}
	}
	return rec.Code, code, body, took
}

func productionHandler(t testing.TB) http.Handler {
	return realHandler(t, transport.Options{Production: true, AdminToken: "admin-secret",
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
}

// TestBadQueries: every request of the catalogue is refused or answered as
// listed, with extensions.code, in well under 100 ms of server time (the
// fastest of three runs, so a busy machine does not fail it).
func TestBadQueries(t *testing.T) {
	h := productionHandler(t)
	for _, r := range badRequests() {
		t.Run(r.name, func(t *testing.T) {
			fastest := time.Hour
			for range 3 {
				status, code, body, took := send(h, r)
				if status != r.status || code != r.code {
					t.Fatalf("got %d %q, want %d %q: %.300s", status, code, r.status, r.code, body)
				}
				fastest = min(fastest, took)
			}
			if fastest > 100*time.Millisecond && !raceEnabled {
				t.Errorf("server took %v, want under 100ms", fastest)
			}
		})
	}
}

// TestBadQueriesKeepMemoryFlat: 1,000 bad requests leave the live heap where
// it was: refusals keep nothing.
func TestBadQueriesKeepMemoryFlat(t *testing.T) {
	if testing.Short() {
		t.Skip("1,000 requests")
	}
	h := productionHandler(t)
	reqs := badRequests()
	for _, r := range reqs { // warm the caches and pools
		send(h, r)
	}
	heap := func() uint64 {
		runtime.GC()
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return m.HeapAlloc
	}
	before := heap()
	for i := range 1000 {
		send(h, reqs[i%len(reqs)])
	}
	after := heap()
	const bound = 8 << 20
	if after > before+bound {
		t.Errorf("live heap grew from %d to %d bytes over 1,000 bad requests (bound %d)", before, after, bound)
	}
	t.Logf("live heap %d → %d bytes", before, after)
}

// BenchmarkBadQueries reports the server time of each refusal:
// go test ./graph/transport -run '^$' -bench BadQueries -benchmem
func BenchmarkBadQueries(b *testing.B) {
	h := productionHandler(b)
	for _, r := range badRequests() {
		b.Run(strings.ReplaceAll(r.name, " ", "_"), func(b *testing.B) {
			for b.Loop() {
				send(h, r)
			}
		})
	}
}
