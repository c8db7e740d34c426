package store

import (
	"context"
	"database/sql"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"gorm.io/gorm"

	"courtql/internal/dbtest"
	"courtql/model"
)

func TestOpenSetsPragmas(t *testing.T) {
	db, err := Open(filepath.Join(t.TempDir(), "p.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ pragma, want string }{
		{"journal_mode", "wal"},
		{"foreign_keys", "1"},
		{"busy_timeout", "5000"},
		{"temp_store", "2"}, // MEMORY
	}
	for _, tt := range tests {
		var got string
		if err := db.Raw("PRAGMA " + tt.pragma).Scan(&got).Error; err != nil {
			t.Fatal(err)
		}
		if got != tt.want {
			t.Errorf("PRAGMA %s = %q, want %q", tt.pragma, got, tt.want)
		}
	}
}

// TestOpenSetsLoadPragmas: Options.Pragmas reach every connection of the
// pool (checked on several held at once), after courtql's own; without
// them the defaults stay.
func TestOpenSetsLoadPragmas(t *testing.T) {
	path := filepath.Join(t.TempDir(), "l.db")
	for _, tt := range []struct {
		pragmas           []string
		cache, checkpoint string
	}{
		{nil, "-2000", "1000"},
		{LoadPragmas, "-65536", "10000"},
	} {
		db, err := Open(path, Options{Pragmas: tt.pragmas})
		if err != nil {
			t.Fatal(err)
		}
		sqlDB, _ := db.DB()
		ctx := context.Background()
		var conns []*sql.Conn
		for range 3 {
			c, err := sqlDB.Conn(ctx)
			if err != nil {
				t.Fatal(err)
			}
			conns = append(conns, c)
		}
		for i, c := range conns {
			var cache, checkpoint, temp string
			if err := c.QueryRowContext(ctx, "PRAGMA cache_size").Scan(&cache); err != nil {
				t.Fatal(err)
			}
			if err := c.QueryRowContext(ctx, "PRAGMA wal_autocheckpoint").Scan(&checkpoint); err != nil {
				t.Fatal(err)
			}
			if err := c.QueryRowContext(ctx, "PRAGMA temp_store").Scan(&temp); err != nil {
				t.Fatal(err)
			}
			if cache != tt.cache || checkpoint != tt.checkpoint || temp != "2" {
				t.Errorf("pragmas %v, connection %d: cache_size %s, wal_autocheckpoint %s, temp_store %s; want %s, %s, 2",
					tt.pragmas, i, cache, checkpoint, temp, tt.cache, tt.checkpoint)
			}
			c.Close()
		}
		sqlDB.Close()
	}
}

func TestDeleteUnknownDocumentIsNotFound(t *testing.T) {
	db, err := Open(dbtest.Target(t, "d.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	err = Delete(context.Background(), db, nil, 42)
	var e *model.Error
	if !errors.As(err, &e) || e.Code != model.ENotFound {
		t.Fatalf("Delete(42) = %v, want a NOT_FOUND error", err)
	}
}

func TestUIDIsStableAndDistinct(t *testing.T) {
	a, b := UID("court", "云南省高级人民法院"), UID("court", "云南省高级人民法院")
	if a != b || len(a) != 24 {
		t.Fatalf("UID not stable or not 24 chars: %q %q", a, b)
	}
	if UID("speaker", "张三", "") == UID("speaker", "张", "三") {
		t.Error("UID parts are not separated")
	}
}

// TestReplicasServeReads opens a PostgreSQL store with a "replica" that is
// the same database under another application_name, and reads
// pg_stat_activity (each connection's last statement) to see where
// statements went: a read to the replica's pool, writes to the primary's.
func TestReplicasServeReads(t *testing.T) {
	if !dbtest.Postgres() {
		t.Skip(dbtest.EnvPostgres + " is not set")
	}
	primary := dbtest.Target(t, "r.db")
	replica := primary + "&application_name=courtql_replica_test"
	db, err := Open(primary+"&application_name=courtql_primary_test", Options{Replicas: []string{replica}})
	if err != nil {
		t.Fatal(err)
	}
	pools := ReplicaPools(db)
	if len(pools) != 1 {
		t.Fatalf("ReplicaPools: %d pools, want 1", len(pools))
	}
	defer func() {
		if err := Close(db); err != nil {
			t.Error(err)
		}
		if err := pools[0].Ping(); err == nil {
			t.Error("Close left the replica's pool open")
		}
	}()
	ctx := context.Background()
	// Outside a transaction, so the INSERT is its connection's last statement.
	if err := db.WithContext(ctx).Session(&gorm.Session{SkipDefaultTransaction: true}).Create(&model.Court{UID: "c1", Name: "甲县人民法院", Level: model.LevelBasic}).Error; err != nil {
		t.Fatal(err)
	}
	var n int64
	if err := db.WithContext(ctx).Model(&model.Court{}).Where("name = ?", "甲县人民法院").Count(&n).Error; err != nil || n != 1 {
		t.Fatalf("count = %d, %v", n, err)
	}
	// Another connection, not through the resolver, reads the activity.
	watch, err := Open(primary, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		if s, err := watch.DB(); err == nil {
			s.Close()
		}
	}()
	var rows []struct{ App, Query string }
	err = watch.Raw(`SELECT application_name AS app, query FROM pg_stat_activity
		WHERE datname = current_database() AND application_name LIKE 'courtql_%_test'`).Scan(&rows).Error
	if err != nil {
		t.Fatal(err)
	}
	var readOnReplica, writeOnPrimary bool
	for _, r := range rows {
		q := strings.ToUpper(r.Query)
		switch {
		case r.App == "courtql_replica_test" && strings.HasPrefix(q, "SELECT COUNT(*) FROM \"COURTS\""):
			readOnReplica = true
		case r.App == "courtql_replica_test" && (strings.HasPrefix(q, "INSERT") || strings.HasPrefix(q, "CREATE")):
			t.Errorf("replica ran a write: %s", r.Query)
		case r.App == "courtql_primary_test" && strings.Contains(q, "INSERT INTO \"COURTS\""):
			writeOnPrimary = true
		}
	}
	if !readOnReplica || !writeOnPrimary {
		t.Errorf("read on the replica %v, write on the primary %v; connections: %+v", readOnReplica, writeOnPrimary, rows)
	}
}
