package transport

import (
	"fmt"
	"testing"

	"github.com/99designs/gqlgen/graphql"
)

func TestResponseCacheKeys(t *testing.T) {
	c := NewResponseCache(NewMemoryStore(1 << 20))
	base := &graphql.RawParams{Query: `{ a(x: 1) { b } }`}
	tests := []struct {
		name string
		p    *graphql.RawParams
		same bool
		ok   bool
	}{
		{"whitespace and comments", &graphql.RawParams{Query: "query {\n a(x: 1) {\n  b # why\n }\n}"}, true, true},
		{"another argument", &graphql.RawParams{Query: `{ a(x: 2) { b } }`}, false, true},
		{"variables", &graphql.RawParams{Query: base.Query, Variables: map[string]any{"v": 1}}, false, true},
		{"operation name", &graphql.RawParams{Query: base.Query, OperationName: "Q"}, false, true},
		{"persisted hash", &graphql.RawParams{Extensions: map[string]any{"persistedQuery": map[string]any{"sha256Hash": "ab"}}}, false, true},
		{"parse error is not cached", &graphql.RawParams{Query: `{ a(`}, false, false},
	}
	want, _ := c.key(base)
	for _, tt := range tests {
		got, ok := c.key(tt.p)
		if ok != tt.ok || (ok && (got == want) != tt.same) {
			t.Errorf("%s: ok %v, same key %v; want %v, %v", tt.name, ok, got == want, tt.ok, tt.same)
		}
	}
}

// TestResponseCachePurge: a response computed across a Purge is not stored,
// or it would serve data older than the change that caused the Purge.
func TestResponseCachePurge(t *testing.T) {
	c := NewResponseCache(NewMemoryStore(1 << 20))
	gen := c.begin()
	c.set("a", []byte("old"), gen)
	if _, ok := c.get("a"); !ok {
		t.Fatal("set before purge: not stored")
	}
	stale := c.begin()
	c.Purge()
	if _, ok := c.get("a"); ok {
		t.Error("purge kept an entry")
	}
	c.set("b", []byte("computed before the purge"), stale)
	if _, ok := c.get("b"); ok {
		t.Error("a response begun before the purge was stored")
	}
}

// TestMemoryStoreIsBoundedInBytes: a store of 64 KiB holds about 64 KiB.
func TestMemoryStoreIsBoundedInBytes(t *testing.T) {
	s := NewMemoryStore(64 << 10).(memoryStore)
	body := make([]byte, 1000)
	for i := range 1000 {
		s.Set(fmt.Sprint(i), body)
	}
	s.c.CleanUp()
	if w := s.c.WeightedSize(); w > 64<<10 {
		t.Errorf("weighted size %d bytes, bound %d", w, 64<<10)
	}
}
