package transport

import (
	"net/http"
	"regexp"
	"strings"
	"testing"

	"courtql/model"
)

func TestErrorMasking(t *testing.T) {
	srv, m, logs := testServer(t, Options{})
	tests := []struct {
		name, query, header string
		msg, code           string
		requestID           bool
	}{
		{"user error", "{ name notFound }", "", "court 7 not found", model.ENotFound, false},
		{"internal error", "{ name fail }", "X-Request-ID: req-fail-1", msgInternal, model.EInternal, true},
		{"panic", "{ name boom }", "X-Request-ID: req-boom-1", msgInternal, model.EInternal, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var hs []string
			if tt.header != "" {
				hs = append(hs, tt.header)
			}
			r := post(t, srv, q(tt.query), hs...)
			if r.status != 200 || len(r.errors) != 1 {
				t.Fatalf("%d %s", r.status, r.raw)
			}
			if r.errors[0].Message != tt.msg || r.code(0) != tt.code {
				t.Errorf("error %q %q, want %q %q", r.errors[0].Message, r.code(0), tt.msg, tt.code)
			}
			if strings.Contains(string(r.raw), "secret_table") || strings.Contains(string(r.raw), "db.go") {
				t.Errorf("response leaks internals: %s", r.raw)
			}
			if string(r.body["data"]) == "" || !strings.Contains(string(r.body["data"]), `"name":"test"`) {
				t.Errorf("partial data lost: %s", r.raw)
			}
			id, _ := r.errors[0].Extensions["requestId"].(string)
			if tt.requestID {
				want := strings.TrimSpace(strings.SplitN(tt.header, ":", 2)[1])
				if id != want || r.header.Get("X-Request-ID") != want {
					t.Errorf("requestId %q / header %q, want %q", id, r.header.Get("X-Request-ID"), want)
				}
				if !strings.Contains(logs.String(), want) || !strings.Contains(logs.String(), m.secret) {
					t.Errorf("log lacks request id or real error:\n%s", logs.String())
				}
			}
		})
	}
	if !strings.Contains(logs.String(), "stack=") {
		t.Errorf("panic logged without stack")
	}
}

func TestRequestID(t *testing.T) {
	srv, _, _ := testServer(t, Options{})
	r := post(t, srv, q("{ name }"))
	if id := r.header.Get("X-Request-ID"); len(id) != 32 {
		t.Errorf("generated X-Request-ID %q", id)
	}
	r = post(t, srv, q("{ name }"), "X-Request-ID: bad id with spaces <script>")
	if id := r.header.Get("X-Request-ID"); strings.Contains(id, " ") || len(id) != 32 {
		t.Errorf("malformed X-Request-ID kept: %q", id)
	}
	r = post(t, srv, q("{ name }"), "X-Request-ID: 9f2c1d4e-aa01")
	if id := r.header.Get("X-Request-ID"); id != "9f2c1d4e-aa01" {
		t.Errorf("X-Request-ID %q not echoed", id)
	}
}

func TestEveryErrorHasCode(t *testing.T) {
	srv, _, _ := testServer(t, Options{})
	for _, body := range []string{q("{"), q("{ nope }"), q("{ fail }"), q("{ boom }"), q("{ notFound }"), `{"x":1}`, `[`} {
		r := post(t, srv, body)
		if len(r.errors) == 0 {
			t.Errorf("%s: no errors: %s", body, r.raw)
		}
		for i := range r.errors {
			if r.code(i) == "" {
				t.Errorf("%s: error %d without code: %s", body, i, r.raw)
			}
		}
	}
}

func TestAdminBearer(t *testing.T) {
	const token = "s3cret-token"
	srv, _, _ := testServer(t, Options{AdminToken: token})
	tests := []struct {
		header string
		admin  bool
	}{
		{"", false},
		{"Authorization: Bearer " + token, true},
		{"Authorization: bearer " + token, true},
		{"Authorization: Bearer wrong", false},
		{"Authorization: Bearer " + token + "x", false},
		{"Authorization: Basic " + token, false},
		{"Authorization: " + token, false},
	}
	for _, tt := range tests {
		var hs []string
		if tt.header != "" {
			hs = append(hs, tt.header)
		}
		r := post(t, srv, q("{ admin }"), hs...)
		want := `{"admin":false}`
		if tt.admin {
			want = `{"admin":true}`
		}
		if string(r.body["data"]) != want {
			t.Errorf("%q: %s, want %s", tt.header, r.body["data"], want)
		}
	}
	// No token configured: nobody is admin, whatever they send.
	srv2, _, _ := testServer(t, Options{})
	if r := post(t, srv2, q("{ admin }"), "Authorization: Bearer "); string(r.body["data"]) != `{"admin":false}` {
		t.Errorf("empty AdminToken: %s", r.raw)
	}
}

func TestCORS(t *testing.T) {
	preflight := func(srvURL, origin string) *http.Response {
		req, _ := http.NewRequest(http.MethodOptions, srvURL+"/query", nil)
		req.Header.Set("Origin", origin)
		req.Header.Set("Access-Control-Request-Method", "POST")
		req.Header.Set("Access-Control-Request-Headers", "content-type, authorization")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp
	}
	t.Run("allow-list", func(t *testing.T) {
		srv, _, _ := testServer(t, Options{CORSOrigins: []string{"https://app.example.cn"}, Production: true})
		resp := preflight(srv.URL, "https://app.example.cn")
		if resp.StatusCode != 204 || resp.Header.Get("Access-Control-Allow-Origin") != "https://app.example.cn" ||
			!strings.Contains(resp.Header.Get("Access-Control-Allow-Headers"), "Authorization") ||
			!strings.Contains(resp.Header.Get("Access-Control-Allow-Methods"), "POST") {
			t.Errorf("allowed preflight: %d %v", resp.StatusCode, resp.Header)
		}
		resp = preflight(srv.URL, "https://evil.example.com")
		if resp.StatusCode != 403 || resp.Header.Get("Access-Control-Allow-Origin") != "" {
			t.Errorf("denied preflight: %d %v", resp.StatusCode, resp.Header)
		}
		r := post(t, srv, q("{ name }"), "Origin: https://app.example.cn")
		if r.header.Get("Access-Control-Allow-Origin") != "https://app.example.cn" ||
			!strings.Contains(r.header.Get("Access-Control-Expose-Headers"), "ETag") {
			t.Errorf("allowed POST headers: %v", r.header)
		}
		r = post(t, srv, q("{ name }"), "Origin: https://evil.example.com")
		if r.header.Get("Access-Control-Allow-Origin") != "" {
			t.Errorf("denied origin got Allow-Origin %q", r.header.Get("Access-Control-Allow-Origin"))
		}
	})
	t.Run("canonical origin echoed", func(t *testing.T) {
		srv, _, _ := testServer(t, Options{CORSOrigins: []string{"https://App.Example.cn:443/"}, Production: true})
		const canonical = "https://app.example.cn"
		for _, origin := range []string{"HTTPS://APP.EXAMPLE.CN", "https://app.example.CN:443", canonical} {
			resp := preflight(srv.URL, origin)
			if resp.StatusCode != 204 || resp.Header.Get("Access-Control-Allow-Origin") != canonical {
				t.Errorf("preflight from %s: %d Allow-Origin %q, want 204 %q", origin, resp.StatusCode,
					resp.Header.Get("Access-Control-Allow-Origin"), canonical)
			}
			r := post(t, srv, q("{ name }"), "Origin: "+origin)
			if got := r.header.Get("Access-Control-Allow-Origin"); got != canonical {
				t.Errorf("POST from %s: Allow-Origin %q, want %q", origin, got, canonical)
			}
		}
		for _, origin := range []string{"https://app.example.cn.evil.com", "http://app.example.cn", "https://app.example.cn:8443", "ftp://app.example.cn"} {
			if resp := preflight(srv.URL, origin); resp.StatusCode != 403 {
				t.Errorf("preflight from %s: %d, want 403", origin, resp.StatusCode)
			}
		}
	})
	t.Run("development permissive", func(t *testing.T) {
		srv, _, _ := testServer(t, Options{})
		resp := preflight(srv.URL, "http://localhost:5173")
		if resp.StatusCode != 204 || resp.Header.Get("Access-Control-Allow-Origin") != "*" {
			t.Errorf("dev preflight: %d %v", resp.StatusCode, resp.Header)
		}
	})
	t.Run("production without list", func(t *testing.T) {
		srv, _, _ := testServer(t, Options{Production: true})
		if resp := preflight(srv.URL, "http://localhost:5173"); resp.StatusCode != 403 {
			t.Errorf("production preflight with no allow-list: %d", resp.StatusCode)
		}
	})
	t.Run("plain OPTIONS", func(t *testing.T) {
		srv, _, _ := testServer(t, Options{})
		req, _ := http.NewRequest(http.MethodOptions, srv.URL+"/query", nil)
		if r := do(t, req); r.status != 204 || !strings.Contains(r.header.Get("Allow"), "POST") {
			t.Errorf("OPTIONS: %d Allow=%q", r.status, r.header.Get("Allow"))
		}
	})
}

func TestProductionMode(t *testing.T) {
	for _, prod := range []bool{false, true} {
		srv, _, _ := testServer(t, Options{Production: prod})
		resp, err := http.Get(srv.URL + "/")
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		wantRoot := 200
		if prod {
			wantRoot = 404
		}
		if resp.StatusCode != wantRoot {
			t.Errorf("production=%v: GET / = %d, want %d", prod, resp.StatusCode, wantRoot)
		}
		r := post(t, srv, q(`{ __schema { queryType { name } } }`))
		if prod && (r.code(0) != "GRAPHQL_VALIDATION_FAILED" || r.body["data"] != nil) {
			t.Errorf("production introspection: %d %s", r.status, r.raw)
		}
		r = post(t, srv, q(`{ a: __type(name: "Query") { name } }`), "Accept: application/graphql-response+json")
		if prod && (r.status != 400 || r.code(0) != "GRAPHQL_VALIDATION_FAILED") {
			t.Errorf("production __type: %d %s", r.status, r.raw)
		}
		if !prod && r.status != 200 {
			t.Errorf("development __type: %d %s", r.status, r.raw)
		}
		if r := post(t, srv, q(`{ __typename name }`)); r.status != 200 || len(r.errors) != 0 {
			t.Errorf("production=%v __typename: %d %s", prod, r.status, r.raw)
		}
	}
}

func TestGraphiQLPage(t *testing.T) {
	srv, _, _ := testServer(t, Options{})
	req, _ := http.NewRequest(http.MethodGet, srv.URL+"/", nil)
	r := do(t, req)
	page := string(r.raw)
	if r.status != 200 || !strings.HasPrefix(r.header.Get("Content-Type"), "text/html") {
		t.Fatalf("GET /: %d %q", r.status, r.header.Get("Content-Type"))
	}
	assets := regexp.MustCompile(`(?:src|href)="([^"]+)"`).FindAllStringSubmatch(page, -1)
	if len(assets) != 4 {
		t.Errorf("page loads %d assets, want 4 (css, react, react-dom, graphiql)", len(assets))
	}
	for _, a := range assets {
		u := a[1]
		if !strings.HasPrefix(u, assetsPath) {
			t.Errorf("page loads %s from outside the server", u)
			continue
		}
		for _, enc := range []string{"gzip", ""} {
			req, _ := http.NewRequest(http.MethodGet, srv.URL+u, nil)
			req.Header.Set("Accept-Encoding", enc)
			r := do(t, req)
			if r.status != 200 || len(r.raw) < 1000 || !strings.Contains(r.header.Get("Cache-Control"), "immutable") ||
				(r.header.Get("Content-Encoding") == "gzip") != (enc == "gzip") {
				t.Errorf("GET %s (Accept-Encoding %q): %d, %d bytes, %v", u, enc, r.status, len(r.raw), r.header)
			}
			if strings.Contains(string(r.raw), "sourceMappingURL") {
				t.Errorf("%s points to a source map the server does not have", u)
			}
		}
	}
	if !strings.Contains(page, `"/query"`) {
		t.Errorf("page lacks the endpoint")
	}
	for _, path := range []string{"/nope", assetsPath + "graphiql@0.0.0/graphiql.min.js", assetsPath + "../assets.go", assetsPath + "refresh.sh"} {
		req, _ = http.NewRequest(http.MethodGet, srv.URL+path, nil)
		if r := do(t, req); r.status != 404 && r.status != http.StatusTemporaryRedirect {
			t.Errorf("GET %s: %d, want 404 (or the mux's redirect to a clean path)", path, r.status)
		}
	}
	prod, _, _ := testServer(t, Options{Production: true})
	req, _ = http.NewRequest(http.MethodGet, prod.URL+assets[0][1], nil)
	if r := do(t, req); r.status != 404 {
		t.Errorf("production serves GraphiQL assets: %d", r.status)
	}
}
