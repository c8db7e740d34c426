package transport

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	coderws "github.com/coder/websocket"
	"github.com/coder/websocket/wsjson"
)

// wsMsg is a graphql-transport-ws message.
type wsMsg struct {
	ID      string          `json:"id,omitempty"`
	Type    string          `json:"type"`
	Payload json.RawMessage `json:"payload,omitempty"`
}

// dialWS opens a graphql-transport-ws connection to srvURL/query, sends
// connection_init with initPayload and waits for connection_ack.
func dialWS(t *testing.T, ctx context.Context, srvURL string, initPayload any, header http.Header) *coderws.Conn {
	t.Helper()
	u := "ws" + strings.TrimPrefix(srvURL, "http") + "/query"
	c, resp, err := coderws.Dial(ctx, u, &coderws.DialOptions{
		Subprotocols: []string{"graphql-transport-ws"},
		HTTPHeader:   header,
	})
	if err != nil {
		t.Fatalf("dial %s: %v (resp %v)", u, err, resp)
	}
	t.Cleanup(func() { c.CloseNow() })
	if c.Subprotocol() != "graphql-transport-ws" {
		t.Fatalf("subprotocol %q", c.Subprotocol())
	}
	p, _ := json.Marshal(initPayload)
	if err := wsjson.Write(ctx, c, wsMsg{Type: "connection_init", Payload: p}); err != nil {
		t.Fatal(err)
	}
	if m := readWS(t, ctx, c); m.Type != "connection_ack" {
		t.Fatalf("got %+v, want connection_ack", m)
	}
	return c
}

// readWS reads the next message that is not a keep-alive ping/pong.
func readWS(t *testing.T, ctx context.Context, c *coderws.Conn) wsMsg {
	t.Helper()
	for {
		var m wsMsg
		if err := wsjson.Read(ctx, c, &m); err != nil {
			t.Fatalf("read: %v", err)
		}
		if m.Type != "ping" && m.Type != "pong" {
			return m
		}
	}
}

func TestWebsocketSubscription(t *testing.T) {
	const token = "ws-token"
	srv, m, _ := testServer(t, Options{AdminToken: token, Timeout: 100 * time.Millisecond})
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()

	c := dialWS(t, ctx, srv.URL, map[string]string{"Authorization": "Bearer " + token}, nil)
	sub, _ := json.Marshal(map[string]string{"query": "subscription { meetingAdded }"})
	if err := wsjson.Write(ctx, c, wsMsg{ID: "1", Type: "subscribe", Payload: sub}); err != nil {
		t.Fatal(err)
	}
	// Outlive the HTTP timeout: subscriptions must not be cut by it.
	time.Sleep(200 * time.Millisecond)
	m.events <- "会议 1"
	msg := readWS(t, ctx, c)
	if msg.Type != "next" || msg.ID != "1" || !strings.Contains(string(msg.Payload), `会议 1 admin=true`) {
		t.Fatalf("got %+v %s", msg, msg.Payload)
	}
	m.events <- "会议 2"
	if msg := readWS(t, ctx, c); !strings.Contains(string(msg.Payload), "会议 2") {
		t.Fatalf("second event: %s", msg.Payload)
	}
	if err := wsjson.Write(ctx, c, wsMsg{ID: "1", Type: "complete"}); err != nil {
		t.Fatal(err)
	}
	c.Close(coderws.StatusNormalClosure, "")

	// Without a token the same subscription is not admin.
	c2 := dialWS(t, ctx, srv.URL, map[string]string{}, nil)
	_ = wsjson.Write(ctx, c2, wsMsg{ID: "2", Type: "subscribe", Payload: sub})
	time.Sleep(50 * time.Millisecond)
	m.events <- "会议 3"
	if msg := readWS(t, ctx, c2); !strings.Contains(string(msg.Payload), "admin=false") {
		t.Fatalf("anonymous subscription: %s", msg.Payload)
	}
}

func TestWebsocketOrigin(t *testing.T) {
	srv, _, _ := testServer(t, Options{CORSOrigins: []string{"https://app.example.cn"}, Production: true})
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	u := "ws" + strings.TrimPrefix(srv.URL, "http") + "/query"
	dial := func(origin string) error {
		c, _, err := coderws.Dial(ctx, u, &coderws.DialOptions{
			Subprotocols: []string{"graphql-transport-ws"},
			HTTPHeader:   http.Header{"Origin": {origin}},
		})
		if err == nil {
			c.CloseNow()
		}
		return err
	}
	if err := dial("https://app.example.cn"); err != nil {
		t.Errorf("allowed origin refused: %v", err)
	}
	if err := dial("https://evil.example.com"); err == nil {
		t.Errorf("disallowed origin accepted")
	}
}

// TestWebsocketInitTimeout: a client that upgrades but never sends
// connection_init is closed with graphql-transport-ws's 4408.
func TestWebsocketInitTimeout(t *testing.T) {
	srv, _, _ := testServer(t, Options{WSInitTimeout: 100 * time.Millisecond})
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	u := "ws" + strings.TrimPrefix(srv.URL, "http") + "/query"
	c, _, err := coderws.Dial(ctx, u, &coderws.DialOptions{Subprotocols: []string{"graphql-transport-ws"}})
	if err != nil {
		t.Fatal(err)
	}
	defer c.CloseNow()
	_, _, err = c.Read(ctx)
	if got := coderws.CloseStatus(err); got != wsCloseInitTimeout {
		t.Errorf("read after no connection_init: %v (status %d), want close %d", err, got, wsCloseInitTimeout)
	}
	// A client that does send connection_init in time is acknowledged.
	dialWS(t, ctx, srv.URL, map[string]string{}, nil)
}
