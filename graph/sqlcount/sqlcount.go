// Package sqlcount counts the SQL statements run on a database. It wraps the
// database/sql driver's connections, below every cache and library, so every
// run counts: GORM's queries, rows, raw SQL, creates, updates and deletes,
// statements inside transactions, and each execution of a statement prepared
// once and run many times (the graph package's reads).
package sqlcount

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"strings"
	"sync"
)

// Counter counts statements and keeps them (SQL and arguments) for failure
// messages and query-plan checks.
type Counter struct {
	mu    sync.Mutex
	stmts []Statement
}

// Statement is one statement run: its SQL and arguments.
type Statement struct {
	SQL  string
	Args []any
}

func (c *Counter) add(q string, args []driver.NamedValue) {
	vals := make([]any, len(args))
	for i, a := range args {
		vals[i] = a.Value
	}
	c.mu.Lock()
	c.stmts = append(c.stmts, Statement{SQL: q, Args: vals})
	c.mu.Unlock()
}

// Load returns the number of statements counted.
func (c *Counter) Load() int64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return int64(len(c.stmts))
}

// Statements returns the statements counted, in order.
func (c *Counter) Statements() []Statement {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]Statement(nil), c.stmts...)
}

// String lists the SQL of the statements counted, one a line.
func (c *Counter) String() string {
	var b strings.Builder
	for _, s := range c.Statements() {
		b.WriteString(s.SQL)
		b.WriteByte('\n')
	}
	return b.String()
}

// Reset forgets every statement counted.
func (c *Counter) Reset() {
	c.mu.Lock()
	c.stmts = nil
	c.mu.Unlock()
}

// Open is sql.Open(driverName, dsn) with every statement run on the returned
// pool counted in the returned Counter. Preparing a statement does not count;
// each execution of it does.
func Open(driverName, dsn string) (*sql.DB, *Counter, error) {
	probe, err := sql.Open(driverName, dsn)
	if err != nil {
		return nil, nil, fmt.Errorf("sqlcount: %w", err)
	}
	drv := probe.Driver()
	if err := probe.Close(); err != nil {
		return nil, nil, fmt.Errorf("sqlcount: %w", err)
	}
	c := &Counter{}
	return sql.OpenDB(connector{drv: drv, dsn: dsn, c: c}), c, nil
}

// connector opens counting connections of drv.
type connector struct {
	drv driver.Driver
	dsn string
	c   *Counter
}

func (k connector) Connect(ctx context.Context) (driver.Conn, error) {
	inner, err := k.drv.Open(k.dsn)
	if err != nil {
		return nil, err
	}
	return &conn{inner: inner, c: k.c}, nil
}

func (k connector) Driver() driver.Driver { return k.drv }

// errNoContext reports a driver connection without the context interfaces
// database/sql prefers (go-sqlite3 and pgx have them all).
var errNoContext = errors.New("sqlcount: the driver's connection lacks a context method")

// conn is a driver connection that counts the statements it runs, directly
// or through the statements it prepares. A direct run that the driver skips
// (driver.ErrSkip) is not counted: database/sql then prepares and runs it,
// which counts.
type conn struct {
	inner driver.Conn
	c     *Counter
}

func (x *conn) Prepare(q string) (driver.Stmt, error) {
	return x.PrepareContext(context.Background(), q)
}

func (x *conn) PrepareContext(ctx context.Context, q string) (driver.Stmt, error) {
	var st driver.Stmt
	var err error
	if p, ok := x.inner.(driver.ConnPrepareContext); ok {
		st, err = p.PrepareContext(ctx, q)
	} else {
		st, err = x.inner.Prepare(q)
	}
	if err != nil {
		return nil, err
	}
	return &stmt{inner: st, q: q, c: x.c}, nil
}

func (x *conn) Close() error { return x.inner.Close() }

func (x *conn) Begin() (driver.Tx, error) {
	return x.BeginTx(context.Background(), driver.TxOptions{})
}

func (x *conn) BeginTx(ctx context.Context, opts driver.TxOptions) (driver.Tx, error) {
	if b, ok := x.inner.(driver.ConnBeginTx); ok {
		return b.BeginTx(ctx, opts)
	}
	return nil, errNoContext
}

func (x *conn) ExecContext(ctx context.Context, q string, args []driver.NamedValue) (driver.Result, error) {
	e, ok := x.inner.(driver.ExecerContext)
	if !ok {
		return nil, driver.ErrSkip
	}
	res, err := e.ExecContext(ctx, q, args)
	if !errors.Is(err, driver.ErrSkip) {
		x.c.add(q, args)
	}
	return res, err
}

func (x *conn) QueryContext(ctx context.Context, q string, args []driver.NamedValue) (driver.Rows, error) {
	qr, ok := x.inner.(driver.QueryerContext)
	if !ok {
		return nil, driver.ErrSkip
	}
	rows, err := qr.QueryContext(ctx, q, args)
	if !errors.Is(err, driver.ErrSkip) {
		x.c.add(q, args)
	}
	return rows, err
}

func (x *conn) Ping(ctx context.Context) error {
	if p, ok := x.inner.(driver.Pinger); ok {
		return p.Ping(ctx)
	}
	return nil
}

// stmt is a prepared statement that counts each execution.
type stmt struct {
	inner driver.Stmt
	q     string
	c     *Counter
}

func (s *stmt) Close() error  { return s.inner.Close() }
func (s *stmt) NumInput() int { return s.inner.NumInput() }

func (s *stmt) Exec(args []driver.Value) (driver.Result, error) {
	return s.ExecContext(context.Background(), named(args))
}

func (s *stmt) Query(args []driver.Value) (driver.Rows, error) {
	return s.QueryContext(context.Background(), named(args))
}

func (s *stmt) ExecContext(ctx context.Context, args []driver.NamedValue) (driver.Result, error) {
	e, ok := s.inner.(driver.StmtExecContext)
	if !ok {
		return nil, errNoContext
	}
	s.c.add(s.q, args)
	return e.ExecContext(ctx, args)
}

func (s *stmt) QueryContext(ctx context.Context, args []driver.NamedValue) (driver.Rows, error) {
	qr, ok := s.inner.(driver.StmtQueryContext)
	if !ok {
		return nil, errNoContext
	}
	s.c.add(s.q, args)
	return qr.QueryContext(ctx, args)
}

func named(args []driver.Value) []driver.NamedValue {
	out := make([]driver.NamedValue, len(args))
	for i, v := range args {
		out[i] = driver.NamedValue{Ordinal: i + 1, Value: v}
	}
	return out
}
