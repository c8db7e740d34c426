package graph

import (
	"context"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// TestMarshalSlice: every element is marshalled with its own index in its
// field context; a panic in one element is reported at that element's path
// and nulls the list, unless the caller handles panics itself.
func TestMarshalSlice(t *testing.T) {
	tests := []struct {
		name      string
		panicAt   int // -1: none
		wantNil   bool
		wantError string // path of the error, "" for none
	}{
		{"no panic", -1, false, ""},
		{"panic in the third element", 2, true, "list[2]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := graphql.WithResponseContext(context.Background(), func(ctx context.Context, err error) *gqlerror.Error {
				return &gqlerror.Error{Message: err.Error(), Path: graphql.GetPath(ctx)}
			}, func(ctx context.Context, err any) error { return gqlerror.Errorf("panic: %v", err) })
			ctx = graphql.WithFieldContext(ctx, &graphql.FieldContext{Field: graphql.CollectedField{Field: &ast.Field{Alias: "list"}}})
			var seen []int
			ret := marshalSlice(ctx, 4, 0, false, func(ctx context.Context, i int) graphql.Marshaler {
				seen = append(seen, *graphql.GetFieldContext(ctx).Index)
				if i == tt.panicAt {
					panic("boom")
				}
				return graphql.MarshalInt(i)
			})
			if (ret == nil) != tt.wantNil {
				t.Errorf("list nil = %v, want %v", ret == nil, tt.wantNil)
			}
			for i, idx := range seen {
				if idx != i {
					t.Errorf("element %d marshalled with index %d", i, idx)
				}
			}
			errs := graphql.GetErrors(ctx)
			switch {
			case tt.wantError == "" && len(errs) > 0:
				t.Errorf("errors: %v", errs)
			case tt.wantError != "" && (len(errs) != 1 || errs[0].Path.String() != tt.wantError):
				t.Errorf("errors %v, want one at %s", errs, tt.wantError)
			}
		})
	}
}
