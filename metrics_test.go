package main

import (
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestMetricsCountLoadedDocuments: the loader's stored and failed documents
// reach GET /metrics through the server's wiring.
func TestMetricsCountLoadedDocuments(t *testing.T) {
	dir := t.TempDir()
	seed, err := os.ReadFile("seeds/000_54217dd4817d8caf.txt")
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "good.txt"), seed, 0o644)
	os.WriteFile(filepath.Join(dir, "bad.txt"), []byte{0x89, 'P', 'N', 'G', 0, 0, 0, 0, 0, 0}, 0o644)
	base := startServer(t, "--seeds", dir)
	post(t, base, `query Count { courts(first: 1) { totalCount } }`, nil)

	resp, err := http.Get(base + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	for _, want := range []string{
		`courtql_documents_total{result="stored"} 1`,
		`courtql_documents_total{result="failed"} 1`,
		`courtql_requests_total{operation="Count",outcome="ok"} 1`,
	} {
		if !strings.Contains(string(b), want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
}
