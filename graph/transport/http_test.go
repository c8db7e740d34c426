package transport

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
)

// TestHTTPConformance mirrors graphql-http's audits (status codes, media
// types, the "data" key) for the cases plain gqlgen gets wrong.
func TestHTTPConformance(t *testing.T) {
	srv, _, _ := testServer(t, Options{})
	const gqlResp = "Accept: application/graphql-response+json"
	tests := []struct {
		name     string
		body     string
		headers  []string
		status   int
		ctype    string
		hasData  bool
		wantCode string
	}{
		{"json ok", q("{ name }"), []string{"Accept: application/json"}, 200, mediaJSON, true, ""},
		{"graphql-response ok", q("{ name }"), []string{gqlResp}, 200, mediaGraphQLResponse, true, ""},
		{"wildcard accept", q("{ name }"), []string{"Accept: */*"}, 200, mediaJSON, true, ""},
		{"no accept", q("{ name }"), nil, 200, mediaJSON, true, ""},
		{"apollo accept", q("{ name }"), []string{"Accept: application/graphql-response+json,application/json;q=0.9"}, 200, mediaGraphQLResponse, true, ""},
		{"parse error json", q("{"), nil, 200, mediaJSON, false, "GRAPHQL_PARSE_FAILED"},
		{"parse error gql", q("{"), []string{gqlResp}, 400, mediaGraphQLResponse, false, "GRAPHQL_PARSE_FAILED"},
		{"validation json", q("{ nope }"), nil, 200, mediaJSON, false, "GRAPHQL_VALIDATION_FAILED"},
		{"validation gql", q("{ nope }"), []string{gqlResp}, 400, mediaGraphQLResponse, false, "GRAPHQL_VALIDATION_FAILED"},
		{"coercion json", `{"query":"query Q($id: ID!){ name }","variables":{"id":null}}`, nil, 200, mediaJSON, false, "GRAPHQL_VALIDATION_FAILED"},
		{"coercion gql", `{"query":"query Q($id: ID!){ name }","variables":{"id":null}}`, []string{gqlResp}, 400, mediaGraphQLResponse, false, "GRAPHQL_VALIDATION_FAILED"},
		{"bad json", `{ "not a JSON`, nil, 400, mediaJSON, false, codeBadRequest},
		{"missing query", `{"qeury":"{ name }"}`, []string{gqlResp}, 400, mediaGraphQLResponse, false, codeBadRequest},
		{"object query", `{"query":{"obj":"ect"}}`, nil, 400, mediaJSON, false, codeBadRequest},
		{"number operationName", `{"query":"{ name }","operationName":0}`, nil, 400, mediaJSON, false, codeBadRequest},
		{"string variables", `{"query":"{ name }","variables":"string"}`, nil, 400, mediaJSON, false, codeBadRequest},
		{"array extensions", `{"query":"{ name }","extensions":["array"]}`, nil, 400, mediaJSON, false, codeBadRequest},
		{"null params", `{"query":"{ name }","variables":null,"operationName":null,"extensions":null}`, nil, 200, mediaJSON, true, ""},
		{"empty body", ``, nil, 400, mediaJSON, false, codeBadRequest},
		{"batch array", `[{"query":"{ name }"}]`, nil, 400, mediaJSON, false, codeBadRequest},
		{"subscription over POST", q("subscription { meetingAdded }"), nil, 400, mediaJSON, false, codeBadRequest},
		{"not acceptable", q("{ name }"), []string{"Accept: text/html"}, 406, mediaJSON, false, codeBadRequest},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := post(t, srv, tt.body, tt.headers...)
			if r.status != tt.status {
				t.Errorf("status %d, want %d (body %s)", r.status, tt.status, r.raw)
			}
			if ct := r.header.Get("Content-Type"); !strings.HasPrefix(ct, tt.ctype) {
				t.Errorf("content-type %q, want %s", ct, tt.ctype)
			}
			if _, ok := r.body["data"]; ok != tt.hasData {
				t.Errorf("data present = %v, want %v (body %s)", ok, tt.hasData, r.raw)
			}
			if got := r.code(0); got != tt.wantCode {
				t.Errorf("code %q, want %q (body %s)", got, tt.wantCode, r.raw)
			}
		})
	}
}

func TestPOSTContentType(t *testing.T) {
	srv, _, _ := testServer(t, Options{})
	for _, ct := range []string{"", "text/plain;charset=UTF-8", "application/json; charset=latin1"} {
		req, _ := http.NewRequest(http.MethodPost, srv.URL+"/query", strings.NewReader(q("{ name }")))
		if ct != "" {
			req.Header.Set("Content-Type", ct)
		} else {
			req.Header.Del("Content-Type")
		}
		if r := do(t, req); r.status != http.StatusUnsupportedMediaType {
			t.Errorf("content-type %q: status %d, want 415", ct, r.status)
		}
	}
	req, _ := http.NewRequest(http.MethodPost, srv.URL+"/query", strings.NewReader(q("{ name }")))
	req.Header.Set("Content-Type", "application/json; charset=utf-8")
	if r := do(t, req); r.status != 200 {
		t.Errorf("utf-8 charset: status %d, want 200", r.status)
	}
}

func TestGETQueries(t *testing.T) {
	srv, _, _ := testServer(t, Options{})
	r := get(t, srv, url.Values{"query": {"query Q($n: Boolean!) { name @include(if: $n) }"}, "variables": {`{"n":true}`}})
	if r.status != 200 || string(r.body["data"]) != `{"name":"test"}` {
		t.Fatalf("GET query: %d %s", r.status, r.raw)
	}
	r = get(t, srv, url.Values{"query": {"mutation { name }"}}, "Accept: application/graphql-response+json")
	if r.status != http.StatusMethodNotAllowed || r.header.Get("Allow") != "POST" {
		t.Errorf("mutation over GET: %d Allow=%q, want 405 Allow=POST", r.status, r.header.Get("Allow"))
	}
	if r.code(0) != codeBadRequest {
		t.Errorf("mutation over GET code %q", r.code(0))
	}
	r = post(t, srv, q("mutation { name }"))
	if r.status != 200 || string(r.body["data"]) != `{"name":"mutated"}` {
		t.Errorf("mutation over POST: %d %s", r.status, r.raw)
	}
	r = get(t, srv, url.Values{"query": {"{ name }"}, "variables": {`"x"`}})
	if r.status != 400 {
		t.Errorf("bad variables over GET: %d", r.status)
	}
	req, _ := http.NewRequest(http.MethodPut, srv.URL+"/query", nil)
	if r := do(t, req); r.status != http.StatusMethodNotAllowed {
		t.Errorf("PUT: %d, want 405", r.status)
	}
}
