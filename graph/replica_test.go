package graph

import (
	"context"
	"database/sql"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"courtql/internal/dbtest"
)

// TestQueriesReadFromReplicas: with read pools, every statement of a query
// runs on a replica and none on the primary.
func TestQueriesReadFromReplicas(t *testing.T) {
	db, primary := testDB(t)
	seed(t, db, 5)
	pool, replica := dbtest.OpenCountedPool(t, db)
	c := testClient(t, db, Options{ReadPools: []*sql.DB{pool}})
	primary.Reset()
	replica.Reset()
	var resp struct {
		Meetings struct{ Edges []struct{} }
	}
	c.MustPost(benchQuery, &resp)
	if len(resp.Meetings.Edges) != 5 {
		t.Fatalf("%d meetings, want 5", len(resp.Meetings.Edges))
	}
	if n := primary.Load(); n != 0 {
		t.Errorf("%d statements on the primary, want 0:\n%s", n, primary)
	}
	if n := replica.Load(); n != 8 {
		t.Errorf("%d statements on the replica, want 8:\n%s", n, replica)
	}
}

// TestReadPoolByOperation: queries read from a replica; mutations and
// subscription events from the primary, since they show writes a replica
// may not have yet.
func TestReadPoolByOperation(t *testing.T) {
	replica := &sql.DB{}
	s := scopedSchema{replicas: []*sql.DB{replica}}
	for _, tt := range []struct {
		name string
		op   *ast.OperationDefinition
		want *sql.DB
	}{
		{"query", &ast.OperationDefinition{Operation: ast.Query}, replica},
		{"mutation", &ast.OperationDefinition{Operation: ast.Mutation}, nil},
		{"subscription", &ast.OperationDefinition{Operation: ast.Subscription}, nil},
		{"no operation", nil, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ctx := graphql.WithOperationContext(context.Background(), &graphql.OperationContext{Operation: tt.op})
			if got := s.readPool(ctx); got != tt.want {
				t.Errorf("readPool = %p, want %p", got, tt.want)
			}
		})
	}
	if got := (scopedSchema{}).readPool(context.Background()); got != nil {
		t.Errorf("no replicas: readPool = %p, want the primary (nil)", got)
	}
}
