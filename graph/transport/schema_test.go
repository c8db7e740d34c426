package transport_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	coderws "github.com/coder/websocket"
	"github.com/coder/websocket/wsjson"
	"gorm.io/driver/sqlite"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"

	"courtql/graph"
	"courtql/graph/transport"
	"courtql/model"
)

// fakeIngester stores one document with one meeting per call, standing in for
// the loader so the test needs no Chinese text processing.
type fakeIngester struct {
	db *gorm.DB
	n  atomic.Int32
	// stored plays the loader's "document stored" event, which the server
	// wires to the resolver's PublishMeetings.
	stored func([]model.Meeting)
}

func (f *fakeIngester) Ingest(ctx context.Context, source, text string) (model.IngestReport, error) {
	i := f.n.Add(1)
	doc := model.Document{UID: fmt.Sprintf("d%d", i), Source: source, Hash: "h", Text: text}
	if err := f.db.WithContext(ctx).Create(&doc).Error; err != nil {
		return model.IngestReport{}, err
	}
	m := model.Meeting{UID: fmt.Sprintf("m%d", i), DocumentID: doc.ID, Name: "全省法院院长座谈会", Kind: "座谈会"}
	if err := f.db.WithContext(ctx).Create(&m).Error; err != nil {
		return model.IngestReport{}, err
	}
	if f.stored != nil {
		f.stored([]model.Meeting{m})
	}
	return model.IngestReport{DocumentID: doc.ID, MeetingIDs: []uint{m.ID}}, nil
}

func (f *fakeIngester) Delete(context.Context, uint) error { return nil }

// realServer serves courtql's real schema over a temporary SQLite database
// holding one court.
func realServer(t *testing.T, opts transport.Options) *httptest.Server {
	t.Helper()
	db, err := gorm.Open(sqlite.Open(filepath.Join(t.TempDir(), "t.db")), &gorm.Config{Logger: logger.Discard})
	if err != nil {
		t.Fatal(err)
	}
	if err := db.AutoMigrate(model.All()...); err != nil {
		t.Fatal(err)
	}
	if err := db.Create(&model.Court{UID: "c1", Name: "云南省高级人民法院", Level: "HIGH"}).Error; err != nil {
		t.Fatal(err)
	}
	ing := &fakeIngester{db: db}
	resolver := graph.NewResolver(db, graph.Options{Ingester: ing})
	ing.stored = resolver.PublishMeetings
	es := graph.NewSchema(resolver)
	srv := httptest.NewServer(transport.New(es, opts))
	t.Cleanup(srv.Close)
	return srv
}

func postJSON(t *testing.T, url, body string, headers ...string) (int, string) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodPost, url+"/query", strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	for _, h := range headers {
		k, v, _ := strings.Cut(h, ":")
		req.Header.Set(k, strings.TrimSpace(v))
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func TestRealSchemaQueries(t *testing.T) {
	srv := realServer(t, transport.Options{MaxComplexity: 2000})
	tests := []struct {
		name, body, want string
	}{
		{"courts", `{"query":"{ courts(first: 1) { totalCount edges { node { name level } } } }"}`, `"totalCount":1`},
		{"introspection", `{"query":"{ __schema { queryType { name } } }"}`, `"queryType":{"name":"Query"}`},
		{"cost scales with first", `{"query":"{ courts(first: 100) { edges { node { meetings(first: 100) { totalCount } } } } }"}`, `"code":"COMPLEXITY_LIMIT"`},
		{"mutation needs admin", `{"query":"mutation { ingestDocument(input: {source: \"a\", text: \"b\"}) { document { source } } }"}`, `"code":"UNAUTHENTICATED"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, body := postJSON(t, srv.URL, tt.body)
			if status != 200 || !strings.Contains(body, tt.want) {
				t.Errorf("%d %s, want %s", status, body, tt.want)
			}
		})
	}
}

// TestRealSchemaSubscription subscribes to meetingAdded over
// graphql-transport-ws and ingests a document with the admin token.
func TestRealSchemaSubscription(t *testing.T) {
	const token = "admin-token"
	srv := realServer(t, transport.Options{AdminToken: token})
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	c, _, err := coderws.Dial(ctx, "ws"+strings.TrimPrefix(srv.URL, "http")+"/query",
		&coderws.DialOptions{Subprotocols: []string{"graphql-transport-ws"}})
	if err != nil {
		t.Fatal(err)
	}
	defer c.CloseNow()
	type msg struct {
		ID      string          `json:"id,omitempty"`
		Type    string          `json:"type"`
		Payload json.RawMessage `json:"payload,omitempty"`
	}
	read := func() msg {
		for {
			var m msg
			if err := wsjson.Read(ctx, c, &m); err != nil {
				t.Fatalf("read: %v", err)
			}
			if m.Type != "ping" && m.Type != "pong" {
				return m
			}
		}
	}
	_ = wsjson.Write(ctx, c, msg{Type: "connection_init", Payload: json.RawMessage(`{}`)})
	if m := read(); m.Type != "connection_ack" {
		t.Fatalf("got %+v", m)
	}
	_ = wsjson.Write(ctx, c, msg{ID: "s", Type: "subscribe",
		Payload: json.RawMessage(`{"query":"subscription { meetingAdded { name kind document { source } } }"}`)})

	// The broker only delivers to subscribers registered before the event.
	time.Sleep(200 * time.Millisecond)
	status, body := postJSON(t, srv.URL,
		`{"query":"mutation { ingestDocument(input: {source: \"x.txt\", text: \"t\"}) { meetings { name } } }"}`,
		"Authorization: Bearer "+token)
	if status != 200 || !strings.Contains(body, "座谈会") {
		t.Fatalf("ingest: %d %s", status, body)
	}
	m := read()
	if m.Type != "next" || !strings.Contains(string(m.Payload), `"name":"全省法院院长座谈会"`) ||
		!strings.Contains(string(m.Payload), `"source":"x.txt"`) {
		t.Fatalf("event %+v %s", m, m.Payload)
	}
}
