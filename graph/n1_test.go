package graph

import "testing"

// n1Query walks every batched nested field the N+1 guard covers.
const n1Query = `{ meetings(first: 100) { edges { node {
  host { name } courts { name }
  attendances { speaker { name court { name } } }
  directives(first: 100) { edges { node { speaker { name } } } }
  statistics(first: 100) { totalCount } } } } }`

// TestNoNPlusOne counts SQL statements for the same query over 5 and 50
// meetings: with dataloaders the count depends on the query's depth only.
func TestNoNPlusOne(t *testing.T) {
	statements := func(n int) int64 {
		db, count := testDB(t)
		seed(t, db, n)
		c := testClient(t, db, Options{})
		var resp struct {
			Meetings struct{ Edges []struct{} }
		}
		count.Store(0)
		c.MustPost(n1Query, &resp)
		if len(resp.Meetings.Edges) != n {
			t.Fatalf("got %d meetings, want %d", len(resp.Meetings.Edges), n)
		}
		return count.Load()
	}
	small, large := statements(5), statements(50)
	t.Logf("statements: %d for 5 meetings, %d for 50", small, large)
	// Batches are cut by a time window, so a busy machine may split one in
	// two; an N+1 would add at least 45 statements here.
	if large > small+3 {
		t.Errorf("statement count grows with meetings: %d for 5, %d for 50", small, large)
	}
}
