package transport

import (
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"
)

func TestLimitRefusals(t *testing.T) {
	srv, _, _ := testServer(t, Options{MaxDepth: 5, MaxComplexity: 500, MaxTokens: 200, MaxBodyBytes: 4096})
	deep := "{ courts { edges { node { parent { parent { name } } } } } }" // depth 6
	tests := []struct {
		name   string
		body   string
		status int
		code   string
	}{
		{"depth ok", q("{ courts { edges { node { parent { name } } } } }"), 200, ""},
		{"depth", q(deep), 200, codeDepthLimit},
		{"depth via fragment", q("{ courts { ...C } } fragment C on CourtConnection { edges { node { parent { parent { name } } } } }"), 200, codeDepthLimit},
		{"cost ok", q("{ courts(first: 10) { edges { node { meetings(first: 10) { totalCount } } } } }"), 200, ""},
		{"cost scales with first", q("{ courts(first: 50) { edges { node { meetings(first: 50) { totalCount } } } } }"), 200, codeComplexityLimit},
		{"cost from variable", `{"query":"query($n: Int){ courts(first: $n) { edges { node { meetings(first: $n) { totalCount } } } } }","variables":{"n":40}}`, 200, codeComplexityLimit},
		{"tokens", q("{" + strings.Repeat(" name", 250) + " }"), 200, codeTokenLimit},
		{"body", q("{ name }" + strings.Repeat(" ", 5000)), 413, codePayloadTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := post(t, srv, tt.body)
			if r.status != tt.status || r.code(0) != tt.code {
				t.Errorf("got %d %q, want %d %q: %s", r.status, r.code(0), tt.status, tt.code, r.raw)
			}
		})
	}
	// The same refusals are 400 for application/graphql-response+json.
	r := post(t, srv, q(deep), "Accept: application/graphql-response+json")
	if r.status != 400 || r.code(0) != codeDepthLimit {
		t.Errorf("depth, graphql-response+json: %d %s", r.status, r.raw)
	}
}

func TestTimeout(t *testing.T) {
	srv, _, _ := testServer(t, Options{Timeout: 200 * time.Millisecond})
	start := time.Now()
	r := post(t, srv, q("{ name slow }"))
	if r.status != 200 || r.code(0) != codeTimeout || string(r.body["data"]) != `{"name":"test","slow":null}` {
		t.Errorf("resolver honouring its context: %d %s", r.status, r.raw)
	}
	if r.errors[0].Extensions["requestId"] == nil {
		t.Errorf("timeout error without requestId: %s", r.raw)
	}
	r = post(t, srv, q("{ stuck }"))
	if r.status != http.StatusServiceUnavailable || r.code(0) != codeTimeout {
		t.Errorf("resolver ignoring its context: %d %s", r.status, r.raw)
	}
	if d := time.Since(start); d > 1500*time.Millisecond {
		t.Errorf("timeouts took %v", d)
	}
}

func TestWorkerLimit(t *testing.T) {
	srv, _, _ := testServer(t, Options{Workers: 3})
	r := post(t, srv, q("{ parallel }"))
	var peak int
	fmt.Sscanf(string(r.body["data"]), `{"parallel":%d}`, &peak)
	if r.status != 200 || peak < 1 || peak > 3 {
		t.Errorf("peak concurrent resolvers %d (body %s), want 1..3", peak, r.raw)
	}
}

// TestCost checks the cost model on the mock schema, including fragments
// spread into each other (measured once each).
func TestCost(t *testing.T) {
	schema := gqlparser.MustLoadSchema(&ast.Source{Input: mockSDL})
	tests := []struct {
		query string
		vars  map[string]any
		cost  int
		depth int
	}{
		{"{ name }", nil, 1, 1},
		{"{ __typename __schema { types { name } } }", nil, 0, 0},
		{"{ courts { totalCount } }", nil, 1 + 20*1, 2},
		{"{ courts(first: 5) { edges { node { name } } } }", nil, 1 + 5*(1+1*(1+1)), 4},
		{"{ courts(first: 2) { edges { node { related { name } } } } }", nil, 1 + 2*(1+(1+(1+10*1))), 5},
		{"{ nodes(ids: [\"a\", \"b\", \"c\"]) { name } }", nil, 1 + 3*1, 2},
		{"query($n: Int) { courts(first: $n) { totalCount } }", map[string]any{"n": int64(7)}, 1 + 7, 2},
		{"{ ...A } fragment A on Query { ...B ...B } fragment B on Query { name name }", nil, 4, 1},
	}
	for _, tt := range tests {
		doc, errs := gqlparser.LoadQuery(schema, tt.query)
		if errs != nil {
			t.Fatalf("%s: %v", tt.query, errs)
		}
		op := doc.Operations[0]
		if got := (walker{memo: map[string]int{}, vars: tt.vars}).cost(op.SelectionSet); got != tt.cost {
			t.Errorf("cost(%s) = %d, want %d", tt.query, got, tt.cost)
		}
		if got := (walker{memo: map[string]int{}}).depth(op.SelectionSet); got != tt.depth {
			t.Errorf("depth(%s) = %d, want %d", tt.query, got, tt.depth)
		}
	}
}

// TestFragmentBomb: fragments that each spread the next twice would take
// 2^n steps without the memo.
func TestFragmentBomb(t *testing.T) {
	srv, _, _ := testServer(t, Options{MaxTokens: 20000, MaxComplexity: 1 << 30})
	var sb strings.Builder
	sb.WriteString("{ ...F0 }")
	const n = 60
	for i := range n {
		fmt.Fprintf(&sb, " fragment F%d on Query { ...F%d ...F%d }", i, i+1, i+1)
	}
	fmt.Fprintf(&sb, " fragment F%d on Query { name }", n)
	done := make(chan result, 1)
	go func() { done <- post(t, srv, q(sb.String())) }()
	select {
	case r := <-done:
		if r.status != 200 {
			t.Errorf("fragment bomb: %d %s", r.status, r.raw)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("fragment bomb not answered in 5s")
	}
}
