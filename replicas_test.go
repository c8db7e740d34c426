package main

import (
	"context"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/coder/websocket/wsjson"

	"courtql/internal/dbtest"
)

// TestServerReplicasShareDocumentEvents runs two servers on one PostgreSQL
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
	a := startServer(t, "--db", db, "--seeds", "")
	b := startServer(t, "--db", db, "--seeds", "")
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()

	ws, _, err := websocket.Dial(ctx, "ws"+strings.TrimPrefix(b, "http")+"/query",
		&websocket.DialOptions{Subprotocols: []string{"graphql-transport-ws"}})
	if err != nil {
		t.Fatal(err)
	}
	defer ws.CloseNow()
	wsjson.Write(ctx, ws, map[string]any{"type": "connection_init"})
	readType(t, ctx, ws, "connection_ack")
	wsjson.Write(ctx, ws, map[string]any{"id": "1", "type": "subscribe",
		"payload": map[string]any{"query": "subscription { meetingAdded { name host { name } } }"}})
	time.Sleep(200 * time.Millisecond) // let the subscription register before ingesting

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
