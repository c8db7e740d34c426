package main

import (
	"context"
	"database/sql"
	"fmt"
	"log"
	"net/url"
	"strings"
	"time"
)

// isPostgres reports whether db is a PostgreSQL URL rather than an SQLite path.
func isPostgres(db string) bool {
	return strings.HasPrefix(db, "postgres://") || strings.HasPrefix(db, "postgresql://")
}

// createDatabase creates the empty database name on the PostgreSQL server at
// serverURL (with the C collation, so text sorts as in SQLite) and returns
// its URL and a function that drops it.
func createDatabase(ctx context.Context, serverURL, name string) (string, func(), error) {
	if !isPostgres(serverURL) {
		return "", nil, fmt.Errorf("--db-server %q is not a postgres:// URL", serverURL)
	}
	u, err := url.Parse(serverURL)
	if err != nil {
		return "", nil, fmt.Errorf("--db-server: %w", err)
	}
	if h := u.Hostname(); h != "127.0.0.1" && h != "localhost" && h != "::1" {
		return "", nil, fmt.Errorf("--db-server: %s is not a loopback host (the bench loads only loopback)", h)
	}
	admin, err := sql.Open("pgx", serverURL)
	if err != nil {
		return "", nil, err
	}
	cctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	_, _ = admin.ExecContext(cctx, `DROP DATABASE IF EXISTS `+name+` WITH (FORCE)`)
	if _, err := admin.ExecContext(cctx, `CREATE DATABASE `+name+` TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'`); err != nil {
		admin.Close()
		return "", nil, fmt.Errorf("create database %s: %w", name, err)
	}
	drop := func() {
		defer admin.Close()
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if _, err := admin.ExecContext(ctx, `DROP DATABASE IF EXISTS `+name+` WITH (FORCE)`); err != nil {
			log.Printf("drop database %s: %v", name, err)
		}
	}
	u.Path = "/" + name
	return u.String(), drop, nil
}
