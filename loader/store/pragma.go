package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"fmt"
)

// connPragmas are run on every new SQLite connection, for settings the
// go-sqlite3 DSN cannot carry. temp_store=MEMORY keeps the statement
// journals of the writer's savepoints and multi-row INSERTs in memory: on
// files they cost ~300 pwrite64 calls per article stored (strace, 1k load).
var connPragmas = []string{
	`PRAGMA temp_store = MEMORY`,
}

// pragmaConnector opens connections of a registered driver and runs
// connPragmas on each, so every connection of the pool has them.
type pragmaConnector struct {
	drv driver.Driver
	dsn string
}

// openWithPragmas is sql.Open(driverName, dsn) with connPragmas run on each
// new connection.
func openWithPragmas(driverName, dsn string) (*sql.DB, error) {
	probe, err := sql.Open(driverName, dsn)
	if err != nil {
		return nil, err
	}
	drv := probe.Driver()
	if err := probe.Close(); err != nil {
		return nil, err
	}
	return sql.OpenDB(pragmaConnector{drv: drv, dsn: dsn}), nil
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
	for _, p := range connPragmas {
		if _, err := ex.ExecContext(ctx, p, nil); err != nil {
			conn.Close()
			return nil, fmt.Errorf("%s: %w", p, err)
		}
	}
	return conn, nil
}

func (c pragmaConnector) Driver() driver.Driver { return c.drv }
