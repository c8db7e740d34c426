// Package dbtest gives each test a database of its own: a temporary SQLite
// file by default, or, when COURTQL_TEST_POSTGRES holds a PostgreSQL URL
// (postgres://postgres@127.0.0.1:5432/test?sslmode=disable), a database
// created on that server for the test and dropped when it ends. The same
// integration tests so run on both databases.
package dbtest

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" database/sql driver
	"gorm.io/driver/postgres"
	"gorm.io/driver/sqlite"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"

	"courtql/graph/sqlcount"
)

// EnvPostgres names the variable holding the PostgreSQL server URL.
const EnvPostgres = "COURTQL_TEST_POSTGRES"

// Postgres reports whether tests run against PostgreSQL.
func Postgres() bool { return os.Getenv(EnvPostgres) != "" }

// Target returns what to open (store.Open, --db) for a fresh empty
// database: a PostgreSQL URL when COURTQL_TEST_POSTGRES is set, else the
// path of an SQLite file named name in a temporary directory.
func Target(t testing.TB, name string) string {
	t.Helper()
	server := os.Getenv(EnvPostgres)
	if server == "" {
		return filepath.Join(t.TempDir(), name)
	}
	return NewPostgres(t, server)
}

// NewPostgres creates an empty database on the server at serverURL and
// returns its URL; t.Cleanup drops it (ending its connections first).
func NewPostgres(t testing.TB, serverURL string) string {
	t.Helper()
	admin, err := sql.Open("pgx", serverURL)
	if err != nil {
		t.Fatalf("dbtest: %v", err)
	}
	var b [6]byte
	if _, err := rand.Read(b[:]); err != nil {
		t.Fatal(err)
	}
	name := "courtql_test_" + hex.EncodeToString(b[:])
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	// Template0 with the C collation: text sorts by code point, as in SQLite.
	if _, err := admin.ExecContext(ctx, `CREATE DATABASE `+name+` TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'`); err != nil {
		admin.Close()
		t.Fatalf("dbtest: create database %s: %v", name, err)
	}
	t.Cleanup(func() {
		defer admin.Close()
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if _, err := admin.ExecContext(ctx, `DROP DATABASE IF EXISTS `+name+` WITH (FORCE)`); err != nil {
			t.Errorf("dbtest: drop database %s: %v", name, err)
		}
	})
	u, err := url.Parse(serverURL)
	if err != nil {
		t.Fatalf("dbtest: %s: %v", EnvPostgres, err)
	}
	u.Path = "/" + name
	return u.String()
}

// Open opens a fresh empty database with GORM, unmigrated, and closes it
// when the test ends. sqliteDriver and sqliteQuery (the DSN's "?…" part)
// apply to SQLite only; sqliteDriver "" is go-sqlite3's default.
func Open(t testing.TB, sqliteDriver, sqliteQuery string) *gorm.DB {
	t.Helper()
	db, _ := open(t, sqliteDriver, sqliteQuery, false)
	return db
}

// OpenCounted is Open with every statement run on the database counted, at
// the driver's connections (sqlcount), so that no statement escapes the
// count: prepared ones count at each execution.
func OpenCounted(t testing.TB, sqliteDriver, sqliteQuery string) (*gorm.DB, *sqlcount.Counter) {
	t.Helper()
	return open(t, sqliteDriver, sqliteQuery, true)
}

func open(t testing.TB, sqliteDriver, sqliteQuery string, counted bool) (*gorm.DB, *sqlcount.Counter) {
	t.Helper()
	target := Target(t, "test.db")
	driverName, dsn := "pgx", target
	if !Postgres() {
		driverName, dsn = sqliteDriver, "file:"+target+sqliteQuery
		if driverName == "" {
			driverName = sqlite.DriverName
		}
	}
	var pool *sql.DB
	var count *sqlcount.Counter
	var err error
	if counted {
		pool, count, err = sqlcount.Open(driverName, dsn)
	} else {
		pool, err = sql.Open(driverName, dsn)
	}
	if err != nil {
		t.Fatalf("dbtest: open %s: %v", target, err)
	}
	// Registered after NewPostgres's cleanup, so it runs first: the
	// database is dropped once this pool has closed.
	t.Cleanup(func() { pool.Close() })
	var dial gorm.Dialector
	if Postgres() {
		dial = postgres.New(postgres.Config{Conn: pool})
	} else {
		dial = sqlite.New(sqlite.Config{DriverName: driverName, Conn: pool})
	}
	db, err := gorm.Open(dial, &gorm.Config{Logger: logger.Discard})
	if err != nil {
		t.Fatalf("dbtest: open %s: %v", target, err)
	}
	opened.Store(db, source{driverName, dsn})
	t.Cleanup(func() { opened.Delete(db) })
	return db, count
}

// source is how a test database was opened.
type source struct{ driverName, dsn string }

// opened maps each *gorm.DB that Open and OpenCounted returned to its source.
var opened sync.Map

// OpenCountedPool opens a second connection pool, counted, on the database
// of db (from Open or OpenCounted): a stand-in for a read replica, whose
// statements can be told apart from the primary's.
func OpenCountedPool(t testing.TB, db *gorm.DB) (*sql.DB, *sqlcount.Counter) {
	t.Helper()
	v, ok := opened.Load(db)
	if !ok {
		t.Fatal("dbtest: OpenCountedPool needs a database from Open or OpenCounted")
	}
	src := v.(source)
	pool, count, err := sqlcount.Open(src.driverName, src.dsn)
	if err != nil {
		t.Fatalf("dbtest: open a second pool: %v", err)
	}
	t.Cleanup(func() { pool.Close() })
	return pool, count
}
