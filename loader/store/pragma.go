package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"fmt"
	"slices"
)

// connPragmas are run on every new SQLite connection, for settings the
// go-sqlite3 DSN cannot carry. temp_store=MEMORY keeps the statement
// journals of the writer's savepoints and multi-row INSERTs in memory: on
// files they cost ~300 pwrite64 calls per article stored (strace, 1k load).
var connPragmas = []string{
	`PRAGMA temp_store = MEMORY`,
}

// LoadPragmas are SQLite settings for a process that only loads (`courtql
// load`), given in Options.Pragmas. A load into a store of 10k articles
// spent ~20% of its CPU in pread64 and pwrite64 (perf): SQLite's default
// 2 MiB page cache keeps few of the index pages each document's inserts
// touch, so they were read again from the file at every batch, and the WAL
// was checkpointed (written again and fsynced) every 1000 pages. 64 MiB of
// cache and a checkpoint every 10,000 pages (~40 MiB of WAL) cut the system
// time of that load by about half, for ~70 MiB more RSS. A server does not
// use them: its 16 connections would each grow such a cache.
var LoadPragmas = []string{
	`PRAGMA cache_size = -65536`,
	`PRAGMA wal_autocheckpoint = 10000`,
}

// pragmaConnector opens connections of a registered driver and runs
// connPragmas and its own extra pragmas on each, so every connection of the
// pool has them.
type pragmaConnector struct {
	drv     driver.Driver
	dsn     string
	pragmas []string
}

// openWithPragmas is sql.Open(driverName, dsn) with connPragmas and then
// extra run on each new connection.
func openWithPragmas(driverName, dsn string, extra ...string) (*sql.DB, error) {
	probe, err := sql.Open(driverName, dsn)
	if err != nil {
		return nil, err
	}
	drv := probe.Driver()
	if err := probe.Close(); err != nil {
		return nil, err
	}
	return sql.OpenDB(pragmaConnector{drv: drv, dsn: dsn, pragmas: append(slices.Clone(connPragmas), extra...)}), nil
}

func (c pragmaConnector) Connect(ctx context.Context) (driver.Conn, error) {
	conn, err := c.drv.Open(c.dsn)
	if err != nil {
		return nil, err
	}
	ex, ok := conn.(driver.ExecerContext)
	if !ok {
		conn.Close()
		return nil, fmt.Errorf("sqlite connection %T cannot run pragmas", conn)
	}
	for _, p := range c.pragmas {
		if _, err := ex.ExecContext(ctx, p, nil); err != nil {
			conn.Close()
			return nil, fmt.Errorf("%s: %w", p, err)
		}
	}
	return conn, nil
}

func (c pragmaConnector) Driver() driver.Driver { return c.drv }
