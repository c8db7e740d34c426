package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
)

// marshalSlice marshals a list's elements one after another in the calling
// goroutine; graph/gen points the generated code here instead of gqlgen's
// MarshalSliceConcurrently (see graph/gen for why). It keeps that function's
// contract: each element gets a field context with its index, and a panic in
// one element becomes an error (at that element's path) and nulls the list.
// One recover guards the whole loop: a closure and a defer per element cost
// more than the element's own marshalling for the small objects of a page.
func marshalSlice(ctx context.Context, length int, _ int64, omitPanicHandler bool, marshal func(ctx context.Context, i int) graphql.Marshaler) (ret graphql.Array) {
	ret = make(graphql.Array, length)
	// One allocation each for all elements' contexts and indexes.
	fcs := make([]graphql.FieldContext, length)
	idxs := make([]int, length)
	var childCtx context.Context
	if !omitPanicHandler {
		defer func() {
			if r := recover(); r != nil {
				graphql.AddError(childCtx, graphql.Recover(childCtx, r))
				ret = nil
			}
		}()
	}
	for i := range length {
		idxs[i] = i
		fcs[i].Index = &idxs[i]
		childCtx = graphql.WithFieldContext(ctx, &fcs[i])
		ret[i] = marshal(childCtx, i)
	}
	return ret
}
