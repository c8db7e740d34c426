package graph

// dataloader.go batches nested fields without waiting. Every list of rows the
// graph package reads (a page of meetings, all directives of those meetings,
// the speakers of those directives ...) is registered in the response's scope
// as one sibling group. The first resolver of a field on any member of a group
// loads that field for every member at once, with one SQL statement; the other
// members' resolvers, which gqlgen runs concurrently, wait for that statement
// (never for a timer) and read their share. The rows a batch loads form the
// next level's group, so a query costs one statement per list field per
// level, whatever the page sizes.
//
// Objects reached alone (node(id), a subscription event) form a group of one.

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"sync"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"gorm.io/gorm"
)

// scope holds the sibling groups of one GraphQL response. It lives as long as
// the response (one per query, one per subscription event), so nothing it
// caches outlives the rows the response shows.
type scope struct {
	db      *gorm.DB
	rd      *reader // db's prepared reads; nil when db has no pool
	mu      sync.Mutex
	members map[any]member // *T → its group and position
}

// member places a row in its group.
type member struct {
	group any // *group[T]
	index int
}

// group is a list of sibling rows and the fields loaded for all of them.
type group[T any] struct {
	rows    []*T
	mu      sync.Mutex
	batches map[string]*batch
}

// batch is one field loaded for a whole group: vals[i] belongs to rows[i].
type batch struct {
	once sync.Once
	vals any // []V
	err  error
}

type scopeKey struct{}

// withScope returns ctx carrying a fresh scope over db whose reads run on
// pool (nil: db's own pool).
func withScope(ctx context.Context, db *gorm.DB, pool *sql.DB) context.Context {
	rd, _ := readerOf(db, pool) // a nil reader fails each read with its reason
	return context.WithValue(ctx, scopeKey{}, &scope{db: db, rd: rd, members: map[any]member{}})
}

// WithScope returns ctx carrying a fresh batching scope over db, for calling
// resolvers outside a handler built by NewSchema (tests, tools).
func WithScope(ctx context.Context, db *gorm.DB) context.Context { return withScope(ctx, db, nil) }

// scopeOf returns the scope of ctx. It panics (shown to the client as an
// internal error) when the schema was not built by NewSchema: failing loudly
// beats silently running one query per object.
func scopeOf(ctx context.Context) *scope {
	if s, ok := ctx.Value(scopeKey{}).(*scope); ok {
		return s
	}
	panic("graph: no batching scope in context; build the schema with graph.NewSchema")
}

// register makes rows one sibling group and returns them.
func register[T any](s *scope, rows []*T) []*T {
	if len(rows) == 0 {
		return rows
	}
	g := &group[T]{rows: rows}
	s.mu.Lock()
	for i, r := range rows {
		s.members[r] = member{group: g, index: i}
	}
	s.mu.Unlock()
	return rows
}

// groupOf returns obj's group and position; an unregistered obj is a group
// of its own.
func groupOf[T any](s *scope, obj *T) (*group[T], int) {
	s.mu.Lock()
	m, ok := s.members[obj]
	s.mu.Unlock()
	if ok {
		if g, ok := m.group.(*group[T]); ok {
			return g, m.index
		}
	}
	return &group[T]{rows: []*T{obj}}, 0
}

// batchOf returns the batch of field key in g, creating it on first use.
func (g *group[T]) batchOf(key string) *batch {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.batches == nil {
		g.batches = map[string]*batch{}
	}
	b := g.batches[key]
	if b == nil {
		b = &batch{}
		g.batches[key] = b
	}
	return b
}

// loadFunc loads one field for every row of a group, one value per row in
// order; it registers the rows it reads as the next level's groups.
type loadFunc[T, V any] func(ctx context.Context, s *scope, rows []*T) ([]V, error)

// batchLoad returns field key of obj, loading it for obj's whole group on the
// first call. key names the field and its arguments.
func batchLoad[T, V any](ctx context.Context, obj *T, key string, load loadFunc[T, V]) (V, error) {
	s := scopeOf(ctx)
	g, i := groupOf(s, obj)
	b := g.batchOf(key)
	b.once.Do(func() {
		defer func() {
			if r := recover(); r != nil {
				b.err = fmt.Errorf("load %s: panic: %v", key, r)
			}
		}()
		vals, err := load(ctx, s, g.rows)
		if err == nil && len(vals) != len(g.rows) {
			err = fmt.Errorf("load %s: %d values for %d rows", key, len(vals), len(g.rows))
		}
		b.vals, b.err = vals, err
	})
	var zero V
	if b.err != nil {
		return zero, b.err
	}
	return b.vals.([]V)[i], nil
}

// scopedSchema gives every response of the wrapped schema its own scope.
type scopedSchema struct {
	graphql.ExecutableSchema
	db *gorm.DB
	// replicas are the read replicas' pools (Options.ReadPools).
	replicas []*sql.DB
}

// Exec runs the operation; each call of the returned handler (one per query
// or mutation, one per subscription event) gets a fresh scope, so a long-lived
// subscription never accumulates rows or serves stale ones.
func (s scopedSchema) Exec(ctx context.Context) graphql.ResponseHandler {
	pool := s.readPool(ctx)
	next := s.ExecutableSchema.Exec(withScope(ctx, s.db, pool))
	return func(ctx context.Context) *graphql.Response {
		return next(withScope(ctx, s.db, pool))
	}
}

// readPool returns the pool a response's reads run on: a replica picked at
// random for a query, the primary (nil) for a mutation, whose answer must
// show what it just wrote, and for a subscription, whose events announce
// writes a replica may not have received yet.
func (s scopedSchema) readPool(ctx context.Context) *sql.DB {
	if len(s.replicas) == 0 || !graphql.HasOperationContext(ctx) {
		return nil
	}
	if op := graphql.GetOperationContext(ctx).Operation; op == nil || op.Operation != ast.Query {
		return nil
	}
	return s.replicas[rand.IntN(len(s.replicas))]
}

// NewSchema returns the executable schema served by r, with per-response
// batching of nested fields.
func NewSchema(r *Resolver) graphql.ExecutableSchema {
	return scopedSchema{ExecutableSchema: NewExecutableSchema(Config{Resolvers: r}), db: r.db, replicas: r.opts.ReadPools}
}
