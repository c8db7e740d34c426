package graph

import (
	"context"
	"slices"
	"testing"

	"courtql/graph/search"
)

// fakeSearcher returns fixed hits and records its arguments.
type fakeSearcher struct {
	hits  []search.Hit
	types []string
	first int
}

func (f *fakeSearcher) Search(ctx context.Context, query string, types []string, first int, after string) ([]search.Hit, int, bool, error) {
	f.types, f.first = types, first
	return f.hits, len(f.hits) + 5, true, nil
}

func TestSearch(t *testing.T) {
	db, _ := testDB(t)
	seed(t, db, 2)
	s := &fakeSearcher{hits: []search.Hit{
		{Type: "Meeting", ID: 1, Snippet: "«会议»", Score: 3, Cursor: "c1"},
		{Type: "Court", ID: 1, Snippet: "«法院»", Score: 2, Cursor: "c2"},
		{Type: "Directive", ID: 999, Snippet: "gone", Score: 1.5, Cursor: "c3"}, // deleted since indexed
		{Type: "Statistic", ID: 2, Score: 1, Cursor: "c4"},
		{Type: "Speaker", ID: 2, Score: 0.5, Cursor: "c5"},
	}}
	c := testClient(t, db, Options{Searcher: s})
	var resp struct {
		Search struct {
			TotalCount int
			PageInfo   struct {
				HasNextPage bool
				EndCursor   string
			}
			Edges []struct {
				Cursor  string
				Snippet string
				Score   float64
				Node    struct {
					Typename string `json:"__typename"`
					Name     string
					Metric   string
				}
			}
		}
	}
	c.MustPost(`{ search(query: "会议", types: [MEETING, COURT, DIRECTIVE, STATISTIC, SPEAKER], first: 10) {
		totalCount pageInfo { hasNextPage endCursor }
		edges { cursor snippet score node { __typename
			... on Meeting { name } ... on Court { name } ... on Speaker { name } ... on Statistic { metric } } } } }`, &resp)
	var types []string
	for _, e := range resp.Search.Edges {
		types = append(types, e.Node.Typename)
	}
	if want := []string{"Meeting", "Court", "Statistic", "Speaker"}; !slices.Equal(types, want) {
		t.Errorf("hit types = %v, want %v", types, want)
	}
	if resp.Search.TotalCount != 10 || !resp.Search.PageInfo.HasNextPage || resp.Search.PageInfo.EndCursor != "c5" {
		t.Errorf("connection = %+v", resp.Search)
	}
	if e := resp.Search.Edges[1]; e.Node.Name != "云南省高级人民法院" || e.Snippet != "«法院»" || e.Score != 2 {
		t.Errorf("court hit = %+v", e)
	}
	if !slices.Equal(s.types, []string{"Meeting", "Court", "Directive", "Statistic", "Speaker"}) || s.first != 10 {
		t.Errorf("searcher got types %v first %d", s.types, s.first)
	}
	if codes := errorCodes(t, c, `{ search(query: "x", first: 101) { totalCount } }`); !slices.Equal(codes, []string{"BAD_USER_INPUT"}) {
		t.Errorf("first 101: codes %v", codes)
	}
}
