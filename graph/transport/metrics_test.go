package transport

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"
)

func scrape(t *testing.T, srvURL string, headers ...string) (int, string) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, srvURL+"/metrics", nil)
	setHeaders(req, headers)
	r := do(t, req)
	return r.status, string(r.raw)
}

func TestMetrics(t *testing.T) {
	m := NewMetrics()
	srv, _, _ := testServer(t, Options{Metrics: m, MaxBodyBytes: 1024})
	post(t, srv, q("query Named { name }"))
	post(t, srv, q("query Named { name }"))
	post(t, srv, q("query Broken { name fail }"))
	post(t, srv, q("{ nope }"))
	post(t, srv, q("{ name }"+strings.Repeat(" ", 2000)))
	apq := url.Values{"extensions": {`{"persistedQuery":{"version":1,"sha256Hash":"` + hashOf("{ name }") + `"}}`}}
	get(t, srv, apq) // miss
	get(t, srv, url.Values{"query": {"{ name }"}, "extensions": apq["extensions"]})
	get(t, srv, apq) // hit
	m.DocumentStored()
	m.DocumentStored()
	m.DocumentFailed()
	m.CacheLookup("response", true)

	status, body := scrape(t, srv.URL)
	if status != 200 {
		t.Fatalf("GET /metrics: %d", status)
	}
	for _, want := range []string{
		`courtql_requests_total{operation="Named",outcome="ok"} 2`,
		`courtql_requests_total{operation="Broken",outcome="error"} 1`,
		`courtql_requests_total{operation="none",outcome="refused"} 3`, // validation, 413, APQ miss
		`courtql_request_duration_seconds_count{operation="Named"} 2`,
		`courtql_errors_total{code="INTERNAL_SERVER_ERROR"} 1`,
		`courtql_errors_total{code="GRAPHQL_VALIDATION_FAILED"} 1`,
		`courtql_errors_total{code="PAYLOAD_TOO_LARGE"} 1`,
		`courtql_errors_total{code="PERSISTED_QUERY_NOT_FOUND"} 1`,
		`courtql_cache_lookups_total{cache="apq",result="hit"} 1`,
		`courtql_cache_lookups_total{cache="apq",result="miss"} 1`,
		`courtql_cache_lookups_total{cache="query",result="hit"}`,
		`courtql_cache_lookups_total{cache="response",result="hit"} 1`,
		`courtql_documents_total{result="stored"} 2`,
		`courtql_documents_total{result="failed"} 1`,
		`go_goroutines`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("metrics lack %s", want)
		}
	}
	if t.Failed() {
		t.Logf("metrics:\n%s", grepLines(body, "courtql_"))
	}
}

// TestMetricsOperationNamesBounded: clients choose operation names, so the
// label takes at most maxOperationNames of them.
func TestMetricsOperationNamesBounded(t *testing.T) {
	m := NewMetrics()
	srv, _, _ := testServer(t, Options{Metrics: m})
	for i := range maxOperationNames + 20 {
		post(t, srv, q(fmt.Sprintf("query Op%d { name }", i)))
	}
	_, body := scrape(t, srv.URL)
	if n := strings.Count(body, "courtql_requests_total{"); n != maxOperationNames+1 {
		t.Errorf("%d operation series, want %d and one %q", n, maxOperationNames+1, opOther)
	}
	if !strings.Contains(body, `courtql_requests_total{operation="other",outcome="ok"} 20`) {
		t.Errorf("names past the bound not counted as other:\n%s", grepLines(body, `operation="other"`))
	}
}

func TestMetricsInProduction(t *testing.T) {
	srv, _, _ := testServer(t, Options{Production: true})
	if status, _ := scrape(t, srv.URL); status != 404 {
		t.Errorf("production without a metrics token: /metrics %d, want 404", status)
	}
	srv, _, _ = testServer(t, Options{Production: true, MetricsToken: "scrape-me"})
	if status, _ := scrape(t, srv.URL); status != 401 {
		t.Errorf("no bearer: %d, want 401", status)
	}
	if status, _ := scrape(t, srv.URL, "Authorization: Bearer wrong"); status != 401 {
		t.Errorf("wrong bearer: %d, want 401", status)
	}
	if status, body := scrape(t, srv.URL, "Authorization: Bearer scrape-me"); status != 200 || !strings.Contains(body, "go_goroutines") {
		t.Errorf("right bearer: %d", status)
	}
}

func grepLines(s, sub string) string {
	var out []string
	for l := range strings.SplitSeq(s, "\n") {
		if strings.Contains(l, sub) {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

// TestMetricsCountResponseCacheHits: a query the response cache answers
// counts as a run of its operation and as a cache hit.
func TestMetricsCountResponseCacheHits(t *testing.T) {
	m := NewMetrics()
	srv, _, _ := testServer(t, Options{Metrics: m, ResponseCache: NewResponseCache(NewMemoryStore(1 << 20))})
	for range 3 {
		post(t, srv, q("query Cached { name }"))
	}
	_, body := scrape(t, srv.URL)
	for _, want := range []string{
		`courtql_requests_total{operation="Cached",outcome="ok"} 3`,
		`courtql_cache_lookups_total{cache="response",result="hit"} 2`,
		`courtql_cache_lookups_total{cache="response",result="miss"} 1`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("metrics lack %s:\n%s", want, grepLines(body, "courtql_"))
		}
	}
}

func TestFirstOperationName(t *testing.T) {
	for query, want := range map[string]string{
		"{ name }":                         "",
		"query { name }":                   "",
		"query Q { name }":                 "Q",
		"# a comment\nquery Q($a: Int) {}": "Q",
		"mutation M { name }":              "M",
		"fragment F on Query { name }":     "",
		"":                                 "",
		"query":                            "",
	} {
		if got := firstOperationName(query); got != want {
			t.Errorf("firstOperationName(%q) = %q, want %q", query, got, want)
		}
	}
}
