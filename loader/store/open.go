// Package store writes extraction results to the database with GORM, in
// batched transactions, and opens the database courtql uses: an SQLite file
// (the embedded default) or a PostgreSQL server.
package store

import (
	"database/sql"
	"fmt"
	"net/url"
	"strings"
	"sync"

	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" database/sql driver, for replica pools
	"gorm.io/driver/postgres"
	"gorm.io/driver/sqlite"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"
	"gorm.io/plugin/dbresolver"

	"courtql/model"
)

// Options tune Open.
type Options struct {
	// DriverName is a database/sql driver registered over go-sqlite3 (the
	// search package registers one with its ranking function); "" is the
	// default. PostgreSQL ignores it.
	DriverName string
	Logger     logger.Interface
	// Replicas are PostgreSQL read replicas (URLs) of a PostgreSQL target:
	// GORM's reads outside transactions go to one of them at random, writes
	// and transactions to the primary (gorm.io/plugin/dbresolver).
	Replicas []string
	// Pragmas are run on every new SQLite connection after courtql's own
	// (e.g. LoadPragmas); PostgreSQL ignores them.
	Pragmas []string
}

// Dialect names, as gorm's Dialector.Name reports them.
const (
	SQLite   = "sqlite"
	Postgres = "postgres"
)

// IsPostgres reports whether target names a PostgreSQL database (a
// postgres:// or postgresql:// URL, or postgres:… as libpq's keyword form
// is not accepted) rather than an SQLite file.
func IsPostgres(target string) bool {
	return strings.HasPrefix(target, "postgres://") || strings.HasPrefix(target, "postgresql://") ||
		strings.HasPrefix(target, "postgres:")
}

// DialectOf returns the dialect of an opened database: SQLite or Postgres.
func DialectOf(db *gorm.DB) string { return db.Dialector.Name() }

// Open opens target and migrates the schema: a PostgreSQL database when
// target is a postgres:// URL, else the SQLite file at target path
// (created if needed).
func Open(target string, opts Options) (*gorm.DB, error) {
	lg := opts.Logger
	if lg == nil {
		lg = logger.Discard
	}
	var db *gorm.DB
	var err error
	if len(opts.Replicas) > 0 && !IsPostgres(target) {
		return nil, fmt.Errorf("open %s: read replicas need a PostgreSQL database", target)
	}
	if IsPostgres(target) {
		db, err = openPostgres(target, lg)
		if err == nil && len(opts.Replicas) > 0 {
			err = useReplicas(db, opts.Replicas)
		}
	} else {
		db, err = openSQLite(target, opts.DriverName, lg, opts.Pragmas...)
	}
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", Redact(target), err)
	}
	if err := Migrate(db); err != nil {
		return nil, fmt.Errorf("migrate %s: %w", Redact(target), err)
	}
	return db, nil
}

// openSQLite opens the SQLite database at path in WAL mode with a busy
// timeout and foreign keys on.
func openSQLite(path, driverName string, lg logger.Interface, pragmas ...string) (*gorm.DB, error) {
	// mattn/go-sqlite3 applies these per connection; _txlock=immediate takes
	// the write lock at BEGIN so concurrent writers wait instead of deadlocking.
	dsn := "file:" + path + "?_journal_mode=WAL&_busy_timeout=5000&_foreign_keys=1&_synchronous=NORMAL&_txlock=immediate"
	if driverName == "" {
		driverName = sqlite.DriverName
	}
	conn, err := openWithPragmas(driverName, dsn, pragmas...)
	if err != nil {
		return nil, err
	}
	return gorm.Open(sqlite.New(sqlite.Config{DriverName: driverName, Conn: conn}), &gorm.Config{Logger: lg})
}

// openPostgres opens a PostgreSQL database through pgx. "postgres:" without
// slashes is accepted as a short form of "postgres://".
func openPostgres(target string, lg logger.Interface) (*gorm.DB, error) {
	db, err := gorm.Open(postgres.Open(PostgresURL(target)), &gorm.Config{Logger: lg})
	if err != nil {
		return nil, err
	}
	return db, nil
}

// PostgresURL is target as a postgres:// URL: "postgres:" without slashes
// is a short form of "postgres://".
func PostgresURL(target string) string {
	if !strings.HasPrefix(target, "postgres://") && !strings.HasPrefix(target, "postgresql://") {
		return "postgres://" + strings.TrimPrefix(target, "postgres:")
	}
	return target
}

// useReplicas routes db's reads to the replicas. Migration has not run yet
// when it is called, but it runs in a transaction, so on the primary. The
// replicas' pools are kept for ReplicaPools.
func useReplicas(db *gorm.DB, urls []string) error {
	primary, err := db.DB()
	if err != nil {
		return err
	}
	pools := make([]*sql.DB, 0, len(urls))
	dials := make([]gorm.Dialector, 0, len(urls))
	for _, u := range urls {
		if !IsPostgres(u) {
			closePools(pools)
			return fmt.Errorf("replica %s is not a postgres:// URL", Redact(u))
		}
		pool, err := sql.Open("pgx", PostgresURL(u))
		if err != nil {
			closePools(pools)
			return fmt.Errorf("replica %s: %w", Redact(u), err)
		}
		pools = append(pools, pool)
		dials = append(dials, postgres.New(postgres.Config{Conn: pool}))
	}
	if err := db.Use(dbresolver.Register(dbresolver.Config{Replicas: dials, Policy: dbresolver.RandomPolicy{}})); err != nil {
		closePools(pools)
		return fmt.Errorf("read replicas: %w", err)
	}
	replicaPools.Store(primary, pools)
	return nil
}

// replicaPools maps a primary's pool to its replicas' pools.
var replicaPools sync.Map // *sql.DB → []*sql.DB

// ReplicaPools returns the pools of db's read replicas (Options.Replicas),
// for readers that run their own statements instead of going through GORM;
// none when db has no replicas.
func ReplicaPools(db *gorm.DB) []*sql.DB {
	primary, err := db.DB()
	if err != nil {
		return nil
	}
	if v, ok := replicaPools.Load(primary); ok {
		return v.([]*sql.DB)
	}
	return nil
}

// Close closes db's pool and its replicas'.
func Close(db *gorm.DB) error {
	primary, err := db.DB()
	if err != nil {
		return err
	}
	if v, ok := replicaPools.LoadAndDelete(primary); ok {
		closePools(v.([]*sql.DB))
	}
	return primary.Close()
}

func closePools(pools []*sql.DB) {
	for _, p := range pools {
		p.Close()
	}
}

// Redact returns target with any password in a URL replaced, for messages.
func Redact(target string) string {
	u, err := url.Parse(target)
	if err != nil || u.User == nil {
		return target
	}
	if _, ok := u.User.Password(); ok {
		u.User = url.UserPassword(u.User.Username(), "xxxxx")
	}
	return u.String()
}

// Migrate creates or updates every table, the store's own DocumentSource
// and FileStamp, and the indexes the writer's lookups need beyond those the
// model declares.
func Migrate(db *gorm.DB) error {
	if DialectOf(db) == Postgres {
		// Processes starting together on an empty database would race to
		// create the same tables; PostgreSQL's DDL is transactional, so
		// migrate in a transaction holding the writers' lock.
		return db.Transaction(func(tx *gorm.DB) error {
			if err := lockWriters(tx); err != nil {
				return err
			}
			return migrate(tx)
		})
	}
	return migrate(db)
}

func migrate(db *gorm.DB) error {
	if err := db.AutoMigrate(append(model.All(), &DocumentSource{}, &FileStamp{})...); err != nil {
		return err
	}
	for _, stmt := range writerIndexes {
		if err := db.Exec(stmt).Error; err != nil {
			return fmt.Errorf("create index: %w", err)
		}
	}
	for _, name := range droppedIndexes {
		if err := db.Exec(`DROP INDEX IF EXISTS ` + name).Error; err != nil {
			return fmt.Errorf("drop index %s: %w", name, err)
		}
	}
	return nil
}

// droppedIndexes were single-column indexes on keywords that a composite
// index already starts with (idx_keywords_meeting_seq, _directive_seq,
// _word_directive); each cost a b-tree insert per keyword row, 34 rows per
// article, and no query needed it. Databases made before are rid of them.
var droppedIndexes = []string{"idx_keywords_meeting_id", "idx_keywords_directive_id", "idx_keywords_word"}

// writerIndexes serve the writer's lookups: a text already stored under
// another source is found by its hash.
var writerIndexes = []string{
	`CREATE INDEX IF NOT EXISTS idx_documents_hash ON documents (hash)`,
}
