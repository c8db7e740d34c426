package transport

import (
	"context"
	"encoding/json"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket/wsjson"
)

func TestTrustedDocuments(t *testing.T) {
	nameHash := hashOf("{ name }")
	srv, _, _ := testServer(t, Options{TrustedDocuments: map[string]string{
		nameHash:  "{ name }",
		"relay-1": "query Admin { admin }",
	}})
	apq := func(query, hash string) string {
		b, _ := json.Marshal(map[string]any{"query": query,
			"extensions": map[string]any{"persistedQuery": map[string]any{"version": 1, "sha256Hash": hash}}})
		return string(b)
	}
	tests := []struct {
		name, body string
		data, code string
	}{
		{"documentId", `{"documentId":"` + nameHash + `"}`, `{"name":"test"}`, ""},
		{"documentId with prefix", `{"documentId":"sha256:` + nameHash + `"}`, `{"name":"test"}`, ""},
		{"relay id", `{"documentId":"relay-1","operationName":"Admin"}`, `{"admin":false}`, ""},
		{"persistedQuery hash", apq("", nameHash), `{"name":"test"}`, ""},
		{"registered query text", q("{ name }"), `{"name":"test"}`, ""},
		{"unregistered query text", q("{ admin }"), "", codePersistedQueryIDRequired},
		{"unknown documentId", `{"documentId":"sha256:` + hashOf("{ admin }") + `"}`, "", codePersistedQueryNotFound},
		{"APQ cannot register", apq("{ admin }", hashOf("{ admin }")), "", codePersistedQueryNotFound},
		{"APQ still unknown", apq("", hashOf("{ admin }")), "", codePersistedQueryNotFound},
		{"id with another query", `{"documentId":"relay-1","query":"{ name }"}`, "", codeBadRequest},
		{"documentId not a string", `{"documentId":7}`, "", codeBadRequest},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := post(t, srv, tt.body)
			if r.code(0) != tt.code || (tt.data != "" && string(r.body["data"]) != tt.data) {
				t.Errorf("got %d %s, want data %s code %q", r.status, r.raw, tt.data, tt.code)
			}
			if tt.code != "" && r.body["data"] != nil {
				t.Errorf("refused request ran: %s", r.raw)
			}
		})
	}
	r := get(t, srv, url.Values{"documentId": {"relay-1"}})
	if r.status != 200 || string(r.body["data"]) != `{"admin":false}` || r.header.Get("ETag") == "" {
		t.Errorf("GET by documentId: %d %v %s", r.status, r.header, r.raw)
	}
	r = get(t, srv, url.Values{"query": {"{ admin }"}})
	if r.code(0) != codePersistedQueryIDRequired {
		t.Errorf("GET with a free query: %d %s", r.status, r.raw)
	}
}

func TestLoadTrustedDocuments(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good, _ := json.Marshal(map[string]string{hashOf("{ name }"): "{ name }", "a1": "query A { admin }"})
	docs, err := LoadTrustedDocuments(write("good.json", string(good)))
	if err != nil || len(docs) != 2 {
		t.Fatalf("good manifest: %v %v", docs, err)
	}
	wrongHash, _ := json.Marshal(map[string]string{hashOf("{ admin }"): "{ name }"})
	for _, tt := range []struct{ name, content, want string }{
		{"notjson.json", "[1,2]", "JSON object"},
		{"empty.json", "{}", "no documents"},
		{"hash.json", string(wrongHash), "not the SHA-256"},
		{"syntax.json", `{"x": "{ name "}`, "document x"},
	} {
		if _, err := LoadTrustedDocuments(write(tt.name, tt.content)); err == nil ||
			!strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), tt.name) {
			t.Errorf("%s: err %v, want one naming the file and %q", tt.name, err, tt.want)
		}
	}
	if _, err := LoadTrustedDocuments(filepath.Join(dir, "missing.json")); err == nil {
		t.Error("missing file accepted")
	}
}

// TestTrustedDocumentsOverWebsocket: subscriptions are held to the manifest
// too; a registered one is named by its persistedQuery hash.
func TestTrustedDocumentsOverWebsocket(t *testing.T) {
	const sub = "subscription { meetingAdded }"
	srv, m, _ := testServer(t, Options{TrustedDocuments: map[string]string{hashOf(sub): sub}})
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	c := dialWS(t, ctx, srv.URL, map[string]string{}, nil)

	free, _ := json.Marshal(map[string]string{"query": "subscription { meetingAdded } "})
	wsjson.Write(ctx, c, wsMsg{ID: "1", Type: "subscribe", Payload: free})
	if msg := readWS(t, ctx, c); msg.ID != "1" || !strings.Contains(string(msg.Payload), codePersistedQueryIDRequired) {
		t.Errorf("unregistered subscription: %s %s", msg.Type, msg.Payload)
	}
	if msg := readWS(t, ctx, c); msg.ID != "1" || msg.Type != "complete" {
		t.Errorf("unregistered subscription not completed: %s %s", msg.Type, msg.Payload)
	}
	byHash, _ := json.Marshal(map[string]any{"extensions": map[string]any{
		"persistedQuery": map[string]any{"version": 1, "sha256Hash": hashOf(sub)}}})
	wsjson.Write(ctx, c, wsMsg{ID: "2", Type: "subscribe", Payload: byHash})
	time.Sleep(50 * time.Millisecond)
	m.events <- "会议"
	if msg := readWS(t, ctx, c); msg.Type != "next" || msg.ID != "2" {
		t.Errorf("registered subscription: %s %s", msg.Type, msg.Payload)
	}
}
