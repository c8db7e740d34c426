package rediscache

import (
	"context"
	"io"
	"log/slog"
	"os"
	"testing"
	"time"
)

// EnvRedis names the redis:// URL of the Redis these tests may use (keys
// under courtql:, as a server's).
const EnvRedis = "COURTQL_TEST_REDIS"

func testResponses(t *testing.T) (*Responses, *Responses, APQ) {
	t.Helper()
	url := os.Getenv(EnvRedis)
	if url == "" {
		t.Skip(EnvRedis + " is not set")
	}
	ctx := context.Background()
	client, err := Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { client.Close() })
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	a := NewResponses(client, time.Minute, log)
	b := NewResponses(client, time.Minute, log)
	return a, b, APQ{Client: client, TTL: time.Minute, Log: log}
}

// TestResponsesSharedAndPurged: what one replica stores another reads; a
// purge through either starts a generation in which neither finds it.
func TestResponsesSharedAndPurged(t *testing.T) {
	a, b, _ := testResponses(t)
	a.Set("q1", []byte(`{"data":1}`))
	if got, ok := b.Get("q1"); !ok || string(got) != `{"data":1}` {
		t.Fatalf("second replica Get = %q %v, want the first's body", got, ok)
	}
	b.Purge()
	if _, ok := b.Get("q1"); ok {
		t.Error("found after the purge")
	}
	if _, ok := a.Get("q1"); ok {
		t.Error("the first replica found it after the second's purge")
	}
	a.Purge() // each replica purges on its own NOTIFY too
	a.Set("q1", []byte(`{"data":2}`))
	if got, ok := b.Get("q1"); !ok || string(got) != `{"data":2}` {
		t.Errorf("after both purged: Get = %q %v, want the new body", got, ok)
	}
}

// TestAPQShared: a persisted query added through one client is found by
// hash through another; an unknown hash is a miss.
func TestAPQShared(t *testing.T) {
	_, _, apq := testResponses(t)
	ctx := context.Background()
	hash := "test-" + time.Now().Format(time.RFC3339Nano)
	if _, ok := apq.Get(ctx, hash); ok {
		t.Fatal("unknown hash found")
	}
	apq.Add(ctx, hash, "{ meetings { totalCount } }")
	other := APQ{Client: apq.Client, TTL: time.Minute, Log: apq.Log}
	if q, ok := other.Get(ctx, hash); !ok || q != "{ meetings { totalCount } }" {
		t.Errorf("Get = %q %v", q, ok)
	}
}
