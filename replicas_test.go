package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"courtql/internal/dbtest"
)

// TestServerReplicasShareDocumentEvents runs two server processes on one PostgreSQL
// database, each with its response cache on, and ingests and deletes
// through the first: the second's meetingAdded subscriber gets the meeting
// and its cached answers are not served stale. It runs when
// COURTQL_TEST_POSTGRES is set.
func TestServerReplicasShareDocumentEvents(t *testing.T) {
	server := os.Getenv(dbtest.EnvPostgres)
	if server == "" {
		t.Skip(dbtest.EnvPostgres + " is not set")
	}
	const token = "test-admin-token"
	t.Setenv("COURTQL_ADMIN_TOKEN", token)
	db := dbtest.NewPostgres(t, server)
	bin := buildCourtql(t)
	a := startServerProcess(t, bin, "--db", db, "--seeds", "")
	b := startServerProcess(t, bin, "--db", db, "--seeds", "")
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()

	ws := subscribeMeetingAdded(t, ctx, b)

	count := func(base string) int {
		var d struct{ Meetings struct{ TotalCount int } }
		json.Unmarshal(post(t, base, `{ meetings { totalCount } }`, nil).Data, &d)
		return d.Meetings.TotalCount
	}
	if n := count(b); n != 0 {
		t.Fatalf("%d meetings before ingest, want 0", n)
	}

	mut := `mutation($in: IngestInput!) { ingestDocument(input: $in) { document { id } } }`
	res := postAuth(t, a, token, mut, map[string]any{"in": map[string]any{"source": "api/sichuan.txt", "text": ingestText}})
	if len(res.Errors) > 0 {
		t.Fatalf("ingest through the first replica: %+v", res.Errors)
	}
	event := readType(t, ctx, ws, "next")
	if !strings.Contains(string(event), "全省法院执行工作推进会") || !strings.Contains(string(event), "四川省高级人民法院") {
		t.Errorf("meetingAdded on the second replica: %s", event)
	}
	if n := count(b); n != 1 {
		t.Errorf("second replica answers %d meetings after the ingest, want 1 (a stale cached answer?)", n)
	}

	var ing struct {
		IngestDocument struct{ Document struct{ ID string } }
	}
	json.Unmarshal(res.Data, &ing)
	del := postAuth(t, a, token, `mutation($id: ID!) { deleteDocument(id: $id) { deletedId } }`,
		map[string]any{"id": ing.IngestDocument.Document.ID})
	if len(del.Errors) > 0 {
		t.Fatalf("delete: %+v", del.Errors)
	}
	// The delete's notification reaches the second replica asynchronously.
	deadline := time.Now().Add(5 * time.Second)
	for count(b) != 0 && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if n := count(b); n != 0 {
		t.Errorf("second replica answers %d meetings after the delete, want 0", n)
	}
}

// TestServerReplicasShareRedisCaches runs two server processes on one PostgreSQL
// database with one Redis (--redis): a query persisted through the first
// is answered by hash alone through the second, and the shared response
// cache follows an ingest through the first. It runs when both
// COURTQL_TEST_POSTGRES and COURTQL_TEST_REDIS are set.
func TestServerReplicasShareRedisCaches(t *testing.T) {
	server, redisURL := os.Getenv(dbtest.EnvPostgres), os.Getenv("COURTQL_TEST_REDIS")
	if server == "" || redisURL == "" {
		t.Skip(dbtest.EnvPostgres + " and COURTQL_TEST_REDIS are not both set")
	}
	const token = "test-admin-token"
	t.Setenv("COURTQL_ADMIN_TOKEN", token)
	db := dbtest.NewPostgres(t, server)
	bin := buildCourtql(t)
	a := startServerProcess(t, bin, "--db", db, "--seeds", "", "--redis", redisURL)
	b := startServerProcess(t, bin, "--db", db, "--seeds", "", "--redis", redisURL)

	// A query text unique to this run, so no earlier run registered it.
	query := fmt.Sprintf(`query Run%d { meetings { totalCount } }`, time.Now().UnixNano())
	sum := sha256.Sum256([]byte(query))
	persisted := map[string]any{"persistedQuery": map[string]any{"version": 1, "sha256Hash": hex.EncodeToString(sum[:])}}
	byHash := func(base string) gqlResponse {
		body, _ := json.Marshal(map[string]any{"extensions": persisted})
		resp, err := http.Post(base+"/query", "application/json", bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var out gqlResponse
		json.NewDecoder(resp.Body).Decode(&out)
		return out
	}
	if res := byHash(b); len(res.Errors) == 0 || res.Errors[0].Extensions["code"] != "PERSISTED_QUERY_NOT_FOUND" {
		t.Fatalf("unregistered hash: %+v %s", res.Errors, res.Data)
	}
	body, _ := json.Marshal(map[string]any{"query": query, "extensions": persisted})
	resp, err := http.Post(a+"/query", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	res := byHash(b)
	if len(res.Errors) > 0 || !strings.Contains(string(res.Data), `"totalCount":0`) {
		t.Fatalf("hash registered through the first replica, asked of the second: %+v %s", res.Errors, res.Data)
	}

	mut := `mutation($in: IngestInput!) { ingestDocument(input: $in) { document { id } } }`
	if r := postAuth(t, a, token, mut, map[string]any{"in": map[string]any{"source": "api/sichuan.txt", "text": ingestText}}); len(r.Errors) > 0 {
		t.Fatalf("ingest: %+v", r.Errors)
	}
	// Both replicas purge on the event; the second's, through NOTIFY, may
	// come a moment later, and the shared cache must not keep it stale.
	deadline := time.Now().Add(5 * time.Second)
	for !strings.Contains(string(byHash(b).Data), `"totalCount":1`) && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if res := byHash(b); !strings.Contains(string(res.Data), `"totalCount":1`) {
		t.Errorf("second replica after the ingest: %s", res.Data)
	}
}

// buildCourtql builds the binary into a temporary directory.
func buildCourtql(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "courtql")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	return bin
}

// listeningAddr finds the address in serve's "listening" log line.
var listeningAddr = regexp.MustCompile(`msg=listening addr=(\S+)`)

// startServerProcess runs `bin serve --addr 127.0.0.1:0 args...` as a child
// process, waits until it logs ready and returns its base URL; t.Cleanup
// interrupts it and waits for it to exit.
func startServerProcess(t *testing.T, bin string, args ...string) string {
	t.Helper()
	cmd := exec.Command(bin, append([]string{"serve", "--addr", "127.0.0.1:0"}, args...)...)
	var logs lockedBuffer
	cmd.Stderr = &logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	t.Cleanup(func() {
		cmd.Process.Signal(os.Interrupt)
		select {
		case <-exited:
		case <-time.After(15 * time.Second):
			cmd.Process.Kill()
			t.Errorf("server process did not exit within 15s of SIGINT")
		}
	})
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		if m := listeningAddr.FindStringSubmatch(logs.String()); m != nil && strings.Contains(logs.String(), "msg=ready") {
			return "http://" + m[1]
		}
		select {
		case err := <-exited:
			t.Fatalf("server process exited: %v\n%s", err, logs.String())
		case <-time.After(20 * time.Millisecond):
		}
	}
	t.Fatalf("server process not ready within 60s:\n%s", logs.String())
	return ""
}
