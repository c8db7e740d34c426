package transport

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"
)

// TestAPQRoundTrip follows the Apollo protocol: hash only (miss), then hash
// with query (registers), then hash only over GET (hit, cacheable).
func TestAPQRoundTrip(t *testing.T) {
	srv, _, _ := testServer(t, Options{})
	query := "{ courts(first: 1) { totalCount } }"
	sum := sha256.Sum256([]byte(query))
	ext := fmt.Sprintf(`{"persistedQuery":{"version":1,"sha256Hash":"%s"}}`, hex.EncodeToString(sum[:]))

	r := get(t, srv, url.Values{"extensions": {ext}})
	if r.status != 200 || len(r.errors) != 1 || r.errors[0].Message != "PersistedQueryNotFound" ||
		r.code(0) != "PERSISTED_QUERY_NOT_FOUND" {
		t.Fatalf("miss: %d %s", r.status, r.raw)
	}
	if cc := r.header.Get("Cache-Control"); cc != "no-store" {
		t.Errorf("miss Cache-Control %q, want no-store", cc)
	}

	r = post(t, srv, fmt.Sprintf(`{"query":%q,"extensions":%s}`, query, ext))
	if r.status != 200 || string(r.body["data"]) != `{"courts":{"totalCount":3}}` {
		t.Fatalf("register: %d %s", r.status, r.raw)
	}

	r = get(t, srv, url.Values{"extensions": {ext}})
	if r.status != 200 || string(r.body["data"]) != `{"courts":{"totalCount":3}}` {
		t.Fatalf("hit: %d %s", r.status, r.raw)
	}
	if r.header.Get("ETag") == "" || !strings.HasPrefix(r.header.Get("Cache-Control"), "public, max-age=") {
		t.Errorf("hit not cacheable: ETag=%q Cache-Control=%q", r.header.Get("ETag"), r.header.Get("Cache-Control"))
	}

	r = post(t, srv, fmt.Sprintf(`{"query":"{ name }","extensions":%s}`, ext))
	if r.status != 200 || r.code(0) != codeBadRequest {
		t.Errorf("hash mismatch: %d %s", r.status, r.raw)
	}
}

func TestETagAnd304(t *testing.T) {
	srv, _, _ := testServer(t, Options{CacheMaxAge: 90e9})
	params := url.Values{"query": {"{ name }"}}
	r := get(t, srv, params)
	etag := r.header.Get("ETag")
	if r.status != 200 || etag == "" {
		t.Fatalf("first GET: %d ETag=%q", r.status, etag)
	}
	if cc := r.header.Get("Cache-Control"); cc != "public, max-age=90" {
		t.Errorf("Cache-Control %q", cc)
	}
	for _, inm := range []string{etag, strings.TrimPrefix(etag, "W/"), `"other", ` + etag, "*"} {
		r2 := get(t, srv, params, "If-None-Match: "+inm)
		if r2.status != http.StatusNotModified || len(r2.raw) != 0 || r2.header.Get("ETag") != etag {
			t.Errorf("If-None-Match %s: %d len=%d ETag=%q", inm, r2.status, len(r2.raw), r2.header.Get("ETag"))
		}
	}
	if r2 := get(t, srv, params, `If-None-Match: "stale"`); r2.status != 200 {
		t.Errorf("stale tag: %d, want 200", r2.status)
	}
	if r2 := get(t, srv, params, "Authorization: Bearer x"); !strings.HasPrefix(r2.header.Get("Cache-Control"), "private") {
		t.Errorf("authorised GET Cache-Control %q, want private", r2.header.Get("Cache-Control"))
	}
	// Errors and POSTs are not cacheable.
	if r2 := get(t, srv, url.Values{"query": {"{ fail }"}}); r2.header.Get("ETag") != "" || r2.header.Get("Cache-Control") != "no-store" {
		t.Errorf("GET with errors: ETag=%q Cache-Control=%q", r2.header.Get("ETag"), r2.header.Get("Cache-Control"))
	}
	if r2 := post(t, srv, q("{ name }")); r2.header.Get("ETag") != "" || r2.header.Get("Cache-Control") != "no-store" {
		t.Errorf("POST: ETag=%q Cache-Control=%q", r2.header.Get("ETag"), r2.header.Get("Cache-Control"))
	}
}

func TestGzip(t *testing.T) {
	srv, _, _ := testServer(t, Options{})
	// Many aliases make a body well past minGzipSize.
	var sb strings.Builder
	sb.WriteString("{")
	for i := range 40 {
		fmt.Fprintf(&sb, " a%d: name", i)
	}
	sb.WriteString(" }")
	big := url.Values{"query": {sb.String()}}

	r := get(t, srv, big, "Accept-Encoding: gzip")
	if r.status != 200 || r.header.Get("Content-Encoding") != "gzip" || !strings.Contains(string(r.raw), `"a39":"test"`) {
		t.Fatalf("gzip GET: %d enc=%q body=%.80s", r.status, r.header.Get("Content-Encoding"), r.raw)
	}
	if !strings.Contains(strings.Join(r.header.Values("Vary"), ","), "Accept-Encoding") {
		t.Errorf("Vary %q lacks Accept-Encoding", r.header.Values("Vary"))
	}
	etag := r.header.Get("ETag")
	if r2 := get(t, srv, big, "Accept-Encoding: gzip", "If-None-Match: "+etag); r2.status != 304 || r2.header.Get("Content-Encoding") != "" {
		t.Errorf("gzip 304: %d enc=%q", r2.status, r2.header.Get("Content-Encoding"))
	}
	if r2 := get(t, srv, big); r2.header.Get("Content-Encoding") != "" {
		t.Errorf("no Accept-Encoding but got %q", r2.header.Get("Content-Encoding"))
	}
	if r2 := get(t, srv, big, "Accept-Encoding: gzip;q=0"); r2.header.Get("Content-Encoding") != "" {
		t.Errorf("gzip;q=0 but got %q", r2.header.Get("Content-Encoding"))
	}
	if r2 := get(t, srv, url.Values{"query": {"{ name }"}}, "Accept-Encoding: gzip"); r2.header.Get("Content-Encoding") != "" {
		t.Errorf("tiny body compressed")
	}
	if r2 := post(t, srv, q(sb.String()), "Accept-Encoding: gzip, deflate, br"); r2.header.Get("Content-Encoding") != "gzip" || !strings.Contains(string(r2.raw), `"a0":"test"`) {
		t.Errorf("gzip POST: enc=%q", r2.header.Get("Content-Encoding"))
	}
}

func TestEtagMatch(t *testing.T) {
	tests := []struct {
		header string
		want   bool
	}{
		{`W/"abc"`, true},
		{`"abc"`, true},
		{`"x", W/"abc"`, true},
		{`*`, true},
		{`"abcd"`, false},
		{``, false},
	}
	for _, tt := range tests {
		if got := etagMatch(tt.header, `W/"abc"`); got != tt.want {
			t.Errorf("etagMatch(%q) = %v, want %v", tt.header, got, tt.want)
		}
	}
}
