package store

import (
	"context"
	"errors"
	"path/filepath"
	"testing"

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
