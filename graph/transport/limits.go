package transport

import (
	"context"
	"encoding/json"
	"math"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"courtql/model"
)

// Cost model (costLimit): every field costs 1 plus its children's cost times
// the field's multiplier:
//   - a field with a `first` argument: its value, its schema default, or defaultFirst;
//   - a field with an `ids` list argument: the list's length;
//   - any other list of objects: unboundedList, except the edges/nodes of a
//     *Connection type, whose size the connection's `first` already counts.
//
// Fields in aggregateCost cost their entry instead of 1: each reads a whole
// table (GROUP BY over keywords or statistics, a full-text match), whatever
// page of the result it returns.
//
// Introspection fields (__schema, __type, __typename) cost nothing and do not
// count towards depth; introspection is off in production anyway.
const (
	defaultFirst  = 20
	unboundedList = 10
	costCap       = math.MaxInt32
)

const (
	codeDepthLimit      = "DEPTH_LIMIT"
	codeComplexityLimit = model.EComplexity
	codeTokenLimit      = "TOKEN_LIMIT"
	codeBadRequest      = "BAD_REQUEST"
	codePayloadTooLarge = "PAYLOAD_TOO_LARGE"
	codeTimeout         = "TIMEOUT"
	codeWorkerLimitStat = "WorkerLimit"
)

// aggregateCost is the cost of the root fields that aggregate or search whole
// tables. 1000 lets a dashboard read all of them in one request (about 5000)
// and refuses the same aggregate repeated a few hundred times under aliases:
// 450 aliases of topKeywords (0.3 s and 390 KB on the five seeds, more on a
// real corpus) cost over 450000, past DefaultMaxComplexity.
var aggregateCost = map[string]int{
	"Query.topKeywords":     1000,
	"Query.metrics":         1000,
	"Query.meetingCounts":   1000,
	"Query.statisticSeries": 1000,
	"Query.search":          1000,
}

// depthLimit refuses operations nested deeper than max fields.
type depthLimit struct{ max int }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = depthLimit{}

func (depthLimit) ExtensionName() string                   { return "DepthLimit" }
func (depthLimit) Validate(graphql.ExecutableSchema) error { return nil }

// MutateOperationContext measures the operation's depth before it runs.
func (d depthLimit) MutateOperationContext(_ context.Context, opCtx *graphql.OperationContext) *gqlerror.Error {
	w := walker{memo: map[string]int{}}
	if depth := w.depth(opCtx.Operation.SelectionSet); depth > d.max {
		return limitError(codeDepthLimit, "operation depth %d exceeds the limit of %d", depth, d.max)
	}
	return nil
}

// costLimit refuses operations whose estimated cost exceeds max.
type costLimit struct{ max int }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = costLimit{}

func (costLimit) ExtensionName() string                   { return "CostLimit" }
func (costLimit) Validate(graphql.ExecutableSchema) error { return nil }

// MutateOperationContext estimates the operation's cost before it runs.
func (c costLimit) MutateOperationContext(_ context.Context, opCtx *graphql.OperationContext) *gqlerror.Error {
	w := walker{memo: map[string]int{}, vars: opCtx.Variables}
	if cost := w.cost(opCtx.Operation.SelectionSet); cost > c.max {
		return limitError(codeComplexityLimit, "operation cost %d exceeds the limit of %d", cost, c.max)
	}
	return nil
}

// walker measures selection sets. Fragments are measured once each (memo),
// so a query that spreads fragments into each other cannot make it blow up.
type walker struct {
	memo map[string]int
	vars map[string]any
}

func (w walker) depth(set ast.SelectionSet) int {
	deepest := 0
	for _, sel := range set {
		d := 0
		switch s := sel.(type) {
		case *ast.Field:
			if strings.HasPrefix(s.Name, "__") {
				continue
			}
			d = 1 + w.depth(s.SelectionSet)
		case *ast.InlineFragment:
			d = w.depth(s.SelectionSet)
		case *ast.FragmentSpread:
			d = w.fragment(s, w.depth)
		}
		deepest = max(deepest, d)
	}
	return deepest
}

func (w walker) cost(set ast.SelectionSet) int {
	total := 0
	for _, sel := range set {
		c := 0
		switch s := sel.(type) {
		case *ast.Field:
			if strings.HasPrefix(s.Name, "__") {
				continue
			}
			c = satAdd(ownCost(s), satMul(w.multiplier(s), w.cost(s.SelectionSet)))
		case *ast.InlineFragment:
			c = w.cost(s.SelectionSet)
		case *ast.FragmentSpread:
			c = w.fragment(s, w.cost)
		}
		total = satAdd(total, c)
	}
	return total
}

// fragment measures a named fragment once; depth and cost use separate walkers.
func (w walker) fragment(s *ast.FragmentSpread, measure func(ast.SelectionSet) int) int {
	if s.Definition == nil {
		return 0
	}
	if v, ok := w.memo[s.Name]; ok {
		return v
	}
	w.memo[s.Name] = 0 // validation forbids cycles; this guards anyway
	v := measure(s.Definition.SelectionSet)
	w.memo[s.Name] = v
	return v
}

// ownCost is what resolving field f costs before its children: 1, or its
// aggregateCost.
func ownCost(f *ast.Field) int {
	if f.ObjectDefinition != nil {
		if c, ok := aggregateCost[f.ObjectDefinition.Name+"."+f.Name]; ok {
			return c
		}
	}
	return 1
}

// multiplier is how many times a field's children are resolved (see the cost
// model at the top of this file).
func (w walker) multiplier(f *ast.Field) int {
	if f.Definition == nil {
		return 1
	}
	if f.Definition.Arguments.ForName("first") != nil {
		if n, ok := toInt(f.ArgumentMap(w.vars)["first"]); ok {
			return max(n, 0)
		}
		return defaultFirst
	}
	if f.Definition.Arguments.ForName("ids") != nil {
		if ids, ok := f.ArgumentMap(w.vars)["ids"].([]any); ok {
			return len(ids)
		}
		return 1
	}
	if f.Definition.Type.Elem != nil && len(f.SelectionSet) > 0 {
		if f.ObjectDefinition != nil && strings.HasSuffix(f.ObjectDefinition.Name, "Connection") {
			return 1
		}
		return unboundedList
	}
	return 1
}

// toInt reads an argument value as gqlparser gives it (int64 for literals,
// json.Number or float64 from variables).
func toInt(v any) (int, bool) {
	switch n := v.(type) {
	case int:
		return n, true
	case int64:
		return int(min(n, costCap)), true
	case float64:
		return int(min(n, costCap)), true
	case json.Number:
		i, err := n.Int64()
		return int(min(i, costCap)), err == nil
	}
	return 0, false
}

func satAdd(a, b int) int { return min(a+b, costCap) }

func satMul(a, b int) int {
	if a != 0 && b > costCap/a {
		return costCap
	}
	return a * b
}

// workerLimit bounds how many resolver calls of one operation run at once:
// gqlgen starts a goroutine per resolver field, and each waits here for one of
// n slots (a channel kept in the operation's stats).
type workerLimit struct{ n int }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
	graphql.FieldInterceptor
} = workerLimit{}

func (workerLimit) ExtensionName() string                   { return codeWorkerLimitStat }
func (workerLimit) Validate(graphql.ExecutableSchema) error { return nil }

// MutateOperationContext gives the operation its slots.
func (l workerLimit) MutateOperationContext(_ context.Context, opCtx *graphql.OperationContext) *gqlerror.Error {
	opCtx.Stats.SetExtension(codeWorkerLimitStat, make(chan struct{}, l.n))
	return nil
}

// InterceptField holds a slot while a resolver method runs; plain struct
// fields pass straight through.
func (workerLimit) InterceptField(ctx context.Context, next graphql.Resolver) (any, error) {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || !fc.IsResolver || !graphql.HasOperationContext(ctx) {
		return next(ctx)
	}
	slots, _ := graphql.GetOperationContext(ctx).Stats.GetExtension(codeWorkerLimitStat).(chan struct{})
	if slots == nil {
		return next(ctx)
	}
	select {
	case slots <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	defer func() { <-slots }()
	return next(ctx)
}

func limitError(code, format string, args ...any) *gqlerror.Error {
	err := gqlerror.Errorf(format, args...)
	err.Extensions = map[string]any{"code": code}
	return err
}

// noIntrospection refuses, as a validation error, operations that ask for
// __schema or __type (production); __typename stays allowed.
type noIntrospection struct{}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = noIntrospection{}

func (noIntrospection) ExtensionName() string                   { return "NoIntrospection" }
func (noIntrospection) Validate(graphql.ExecutableSchema) error { return nil }

// MutateOperationContext looks for introspection fields anywhere in the operation.
func (noIntrospection) MutateOperationContext(_ context.Context, opCtx *graphql.OperationContext) *gqlerror.Error {
	if introspects(opCtx.Operation.SelectionSet, map[string]bool{}) {
		return limitError(errcode.ValidationFailed, "introspection is disabled")
	}
	return nil
}

func introspects(set ast.SelectionSet, seen map[string]bool) bool {
	for _, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			if s.Name == "__schema" || s.Name == "__type" || introspects(s.SelectionSet, seen) {
				return true
			}
		case *ast.InlineFragment:
			if introspects(s.SelectionSet, seen) {
				return true
			}
		case *ast.FragmentSpread:
			if s.Definition != nil && !seen[s.Name] {
				seen[s.Name] = true
				if introspects(s.Definition.SelectionSet, seen) {
					return true
				}
			}
		}
	}
	return false
}
