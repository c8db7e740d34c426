package graph

import (
	"context"

	"courtql/graph/search"
)

// Searcher answers Query.search; *search.Index implements it. types holds
// the node type names to search ("Meeting", "Court" ...; empty = all) and
// after is a hit's Cursor from a previous page ("" = first page).
type Searcher interface {
	Search(ctx context.Context, query string, types []string, first int, after string) (hits []search.Hit, total int, hasNext bool, err error)
}
