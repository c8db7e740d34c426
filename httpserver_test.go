package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	coderws "github.com/coder/websocket"
	"github.com/coder/websocket/wsjson"
)

// TestIdleKeepAliveConnectionIsClosed: a client that keeps a connection open
// after its response and sends nothing more is disconnected after
// --idle-timeout.
func TestIdleKeepAliveConnectionIsClosed(t *testing.T) {
	base := startServer(t, "--seeds", "", "--idle-timeout", "200ms")
	conn, err := net.Dial("tcp", strings.TrimPrefix(base, "http://"))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := io.WriteString(conn, "GET /healthz HTTP/1.1\r\nHost: courtql\r\n\r\n"); err != nil {
		t.Fatal(err)
	}
	rd := bufio.NewReader(conn)
	resp, err := http.ReadResponse(rd, nil)
	if err != nil {
		t.Fatal(err)
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || resp.Close {
		t.Fatalf("healthz: %d, close=%v; want 200 on a kept-alive connection", resp.StatusCode, resp.Close)
	}
	conn.SetReadDeadline(time.Now().Add(5 * time.Second))
	if _, err := rd.ReadByte(); !errors.Is(err, io.EOF) {
		t.Errorf("idle connection: read gave %v, want EOF (closed by the server)", err)
	}
}

// TestWebsocketOutlivesWriteTimeout: websockets are hijacked, so the HTTP
// write timeout must not cut a subscription connection.
func TestWebsocketOutlivesWriteTimeout(t *testing.T) {
	base := startServer(t, "--seeds", "", "--write-timeout", "200ms", "--read-timeout", "200ms")
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	c, _, err := coderws.Dial(ctx, "ws"+strings.TrimPrefix(base, "http")+"/query",
		&coderws.DialOptions{Subprotocols: []string{"graphql-transport-ws"}})
	if err != nil {
		t.Fatal(err)
	}
	defer c.CloseNow()
	type msg struct {
		Type    string          `json:"type"`
		Payload json.RawMessage `json:"payload,omitempty"`
	}
	if err := wsjson.Write(ctx, c, msg{Type: "connection_init"}); err != nil {
		t.Fatal(err)
	}
	var m msg
	if err := wsjson.Read(ctx, c, &m); err != nil || m.Type != "connection_ack" {
		t.Fatalf("init: %+v %v", m, err)
	}
	time.Sleep(600 * time.Millisecond)
	if err := wsjson.Write(ctx, c, msg{Type: "ping"}); err != nil {
		t.Fatal(err)
	}
	if err := wsjson.Read(ctx, c, &m); err != nil || m.Type != "pong" {
		t.Errorf("ping after the write timeout: %+v %v, want pong", m, err)
	}
}
