package transport

import (
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// FuzzRequestBody: whatever body a client POSTs, the server answers without
// a 5xx, in JSON, and every error it reports has extensions.code (the mock's
// fail and boom fields make internal errors on purpose).
func FuzzRequestBody(f *testing.F) {
	for _, seed := range []string{
		q("{ name }"), q("{ courts(first: 2) { edges { node { name } } } }"), q("{ fail }"), q("{"),
		`{"query":"query($n: Int) { courts(first: $n) { totalCount } }","variables":{"n":"x"}}`,
		`{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"00"}}}`, `[`, `null`, `{"query":1}`,
	} {
		f.Add(seed)
	}
	h := New(newMock().es(), Options{Logger: slog.New(slog.NewTextHandler(io.Discard, nil)), MaxBodyBytes: 1 << 16, Timeout: 100 * time.Millisecond})
	f.Fuzz(func(t *testing.T, body string) {
		req := httptest.NewRequest(http.MethodPost, "/query", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code >= 500 {
			t.Fatalf("%q: status %d: %s", body, rec.Code, rec.Body)
		}
		var resp struct {
			Errors []struct{ Extensions map[string]any }
		}
		if err := json.Unmarshal(rec.Body.Bytes(), &resp); err != nil {
			t.Fatalf("%q: response is not JSON: %v: %s", body, err, rec.Body)
		}
		for _, e := range resp.Errors {
			if code, _ := e.Extensions["code"].(string); code == "" {
				t.Errorf("%q: error code %q: %s", body, code, rec.Body)
			}
		}
	})
}
