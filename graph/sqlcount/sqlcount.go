// Package sqlcount counts the SQL statements a *gorm.DB sends to its
// database. It wraps the connection pool itself rather than hooking GORM's
// callbacks, so every kind of statement counts: queries, rows, raw SQL,
// creates, updates, deletes, and those run inside transactions.
package sqlcount

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"sync"

	"gorm.io/gorm"
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

func (c *Counter) add(q string, args ...any) {
	c.mu.Lock()
	c.stmts = append(c.stmts, Statement{SQL: q, Args: args})
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

// Wrap makes db (and every session later derived from it) count its
// statements in the returned Counter. Call it before db is shared.
func Wrap(db *gorm.DB) (*Counter, error) {
	sqlDB, err := db.DB()
	if err != nil {
		return nil, fmt.Errorf("sqlcount: %w", err)
	}
	c := &Counter{}
	p := &pool{c: c, inner: db.Statement.ConnPool, db: sqlDB}
	db.Config.ConnPool = p
	db.Statement.ConnPool = p
	return c, nil
}

// pool is a gorm.ConnPool that counts what it runs.
type pool struct {
	c     *Counter
	inner gorm.ConnPool
	db    *sql.DB
}

func (p *pool) PrepareContext(ctx context.Context, q string) (*sql.Stmt, error) {
	p.c.add(q)
	return p.inner.PrepareContext(ctx, q)
}

func (p *pool) ExecContext(ctx context.Context, q string, args ...any) (sql.Result, error) {
	p.c.add(q, args...)
	return p.inner.ExecContext(ctx, q, args...)
}

func (p *pool) QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	p.c.add(q, args...)
	return p.inner.QueryContext(ctx, q, args...)
}

func (p *pool) QueryRowContext(ctx context.Context, q string, args ...any) *sql.Row {
	p.c.add(q, args...)
	return p.inner.QueryRowContext(ctx, q, args...)
}

// GetDBConn lets gorm's DB() reach the underlying *sql.DB.
func (p *pool) GetDBConn() (*sql.DB, error) { return p.db, nil }

// BeginTx starts a transaction whose statements count too.
func (p *pool) BeginTx(ctx context.Context, opts *sql.TxOptions) (gorm.ConnPool, error) {
	tx, err := p.db.BeginTx(ctx, opts)
	if err != nil {
		return nil, err
	}
	return &txPool{pool: pool{c: p.c, inner: tx, db: p.db}, tx: tx}, nil
}

// txPool is a counting transaction.
type txPool struct {
	pool
	tx *sql.Tx
}

func (t *txPool) Commit() error   { return t.tx.Commit() }
func (t *txPool) Rollback() error { return t.tx.Rollback() }
