package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
)

// marshalSlice marshals a list's elements one after another in the calling
// goroutine; graph/gen points the generated code here instead of gqlgen's
// MarshalSliceConcurrently (see graph/gen for why). It keeps that function's
// contract: each element gets a field context with its index, and a panic in
// one element becomes an error and nulls the list.
func marshalSlice(ctx context.Context, length int, _ int64, omitPanicHandler bool, marshal func(ctx context.Context, i int) graphql.Marshaler) graphql.Array {
	ret := make(graphql.Array, length)
	for i := range length {
		idx := i
		childCtx := graphql.WithFieldContext(ctx, &graphql.FieldContext{Index: &idx})
		if omitPanicHandler {
			ret[i] = marshal(childCtx, i)
			continue
		}
		ok := func() (ok bool) {
			defer func() {
				if r := recover(); r != nil {
					graphql.AddError(childCtx, graphql.Recover(childCtx, r))
					ok = false
				}
			}()
			ret[i] = marshal(childCtx, i)
			return true
		}()
		if !ok {
			return nil
		}
	}
	return ret
}
