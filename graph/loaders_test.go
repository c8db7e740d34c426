package graph

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"

	"courtql/model"
)

// TestWebsocketLoadersReadCurrentRows: a request's loaders cache, but a
// websocket connection's must not, or later subscription events would show
// rows as they were at the first event.
func TestWebsocketLoadersReadCurrentRows(t *testing.T) {
	db, _ := testDB(t)
	c := model.Court{UID: "c", Name: "甲市中级人民法院", Level: model.LevelIntermediate}
	if err := db.Create(&c).Error; err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name      string
		upgrade   string
		wantFresh bool
	}{
		{"plain request caches", "", false},
		{"websocket reads current rows", "websocket", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db.Model(&c).Update("name", "甲市中级人民法院")
			var first, second string
			h := LoaderMiddleware(db)(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				ctx := r.Context()
				got, _ := For(ctx).Court.Load(ctx, c.ID)
				first = got.Name
				db.Model(&model.Court{}).Where("id = ?", c.ID).Update("name", "乙市中级人民法院")
				got, _ = For(ctx).Court.Load(context.WithoutCancel(ctx), c.ID)
				second = got.Name
			}))
			req := httptest.NewRequest(http.MethodGet, "/query", nil)
			if tt.upgrade != "" {
				req.Header.Set("Upgrade", tt.upgrade)
			}
			h.ServeHTTP(httptest.NewRecorder(), req)
			if fresh := second != first; fresh != tt.wantFresh {
				t.Errorf("first %q, second %q: fresh = %v, want %v", first, second, fresh, tt.wantFresh)
			}
		})
	}
}
