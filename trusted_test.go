package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestTrustedDocumentsFlag: with --trusted-documents the server runs the
// manifest's operations by id and refuses any other query.
func TestTrustedDocumentsFlag(t *testing.T) {
	const query = "query Count { courts(first: 1) { totalCount } }"
	sum := sha256.Sum256([]byte(query))
	id := hex.EncodeToString(sum[:])
	manifest, _ := json.Marshal(map[string]string{id: query})
	path := filepath.Join(t.TempDir(), "persisted-documents.json")
	os.WriteFile(path, manifest, 0o644)
	base := startServer(t, "--seeds", "", "--trusted-documents", path)

	send := func(body string) (int, string) {
		resp, err := http.Post(base+"/query", "application/json", strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	if status, body := send(`{"documentId":"sha256:` + id + `"}`); status != 200 || !strings.Contains(body, `"totalCount":0`) {
		t.Errorf("registered document: %d %s", status, body)
	}
	if _, body := send(`{"query":"{ courts(first: 5) { totalCount } }"}`); !strings.Contains(body, "PERSISTED_QUERY_ID_REQUIRED") {
		t.Errorf("free query: %s", body)
	}

	bad := filepath.Join(t.TempDir(), "bad.json")
	os.WriteFile(bad, []byte(`{"x": "{ courts "}`), 0o644)
	var stderr bytes.Buffer
	err := Main(context.Background(), []string{"serve", "--trusted-documents", bad}, io.Discard, &stderr, nil)
	if err == nil || !strings.Contains(err.Error(), "bad.json") {
		t.Errorf("bad manifest: %v, want an error naming bad.json", err)
	}
}
