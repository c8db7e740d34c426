package graph

import (
	"context"
	"sync"
	"testing"

	"github.com/99designs/gqlgen/graphql"

	"courtql/model"
)

// scopeRecorder is an executable schema whose responses record their scope.
type scopeRecorder struct {
	graphql.ExecutableSchema
	seen []*scope
}

func (r *scopeRecorder) Exec(context.Context) graphql.ResponseHandler {
	return func(ctx context.Context) *graphql.Response {
		r.seen = append(r.seen, scopeOf(ctx))
		return &graphql.Response{}
	}
}

// TestEveryResponseHasItsOwnScope: a subscription's handler answers one
// response per event; sharing a scope would keep every event's rows alive
// for the connection's lifetime and show later events stale rows.
func TestEveryResponseHasItsOwnScope(t *testing.T) {
	rec := &scopeRecorder{}
	next := scopedSchema{ExecutableSchema: rec}.Exec(context.Background())
	next(context.Background())
	next(context.Background())
	if len(rec.seen) != 2 || rec.seen[0] == rec.seen[1] {
		t.Fatalf("responses shared a scope: %p", rec.seen)
	}
}

// TestBatchLoadsAGroupOnce: siblings resolved concurrently share one load;
// a row outside any group loads alone.
func TestBatchLoadsAGroupOnce(t *testing.T) {
	ctx := WithScope(context.Background(), nil)
	rows := register(scopeOf(ctx), []*model.Court{{ID: 1}, {ID: 2}, {ID: 3}})
	var mu sync.Mutex
	var calls [][]*model.Court
	load := func(_ context.Context, _ *scope, rs []*model.Court) ([]uint, error) {
		mu.Lock()
		calls = append(calls, rs)
		mu.Unlock()
		out := make([]uint, len(rs))
		for i, r := range rs {
			out[i] = r.ID * 10
		}
		return out, nil
	}
	var wg sync.WaitGroup
	got := make([]uint, len(rows))
	for i, r := range rows {
		wg.Go(func() { got[i], _ = batchLoad(ctx, r, "x", load) })
	}
	wg.Wait()
	if len(calls) != 1 || len(calls[0]) != 3 {
		t.Fatalf("loads: %v, want one of 3 rows", calls)
	}
	for i, g := range got {
		if g != rows[i].ID*10 {
			t.Errorf("row %d got %d", i, g)
		}
	}
	alone := &model.Court{ID: 9}
	if v, _ := batchLoad(ctx, alone, "x", load); v != 90 || len(calls) != 2 || len(calls[1]) != 1 {
		t.Errorf("lone row: %d, loads %v", v, calls)
	}
}
