package graph

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"math"

	"courtql/model"
)

// Page sizes: first defaults to defaultFirst and may not exceed maxFirst.
const (
	defaultFirst = 20
	maxFirst     = 100
)

// order is a keyset ordering: rows sort by expr (then id) ascending or
// descending; expr "" sorts by id alone. name is recorded in cursors so a
// cursor cannot be reused under another ordering.
type order struct {
	name string
	expr string
	desc bool
}

// Orderings used by the connections.
var (
	orderByID      = order{name: "id"}
	orderBySeq     = order{name: "seq", expr: "seq"}
	orderByDate    = order{name: "date", expr: "COALESCE(date, '')"}
	orderByName    = order{name: "name", expr: "name"}
	orderByDateDsc = order{name: "date-", expr: "COALESCE(date, '')", desc: true}
	orderByNameDsc = order{name: "name-", expr: "name", desc: true}
)

// cursor is the position after which a page starts: the ordering's name,
// the sort key of the last row seen and its id.
type cursor struct {
	Order string `json:"o"`
	Key   any    `json:"k,omitempty"`
	ID    uint   `json:"i"`
}

// page is a validated (first, after) pair.
type page struct {
	first int
	after *cursor
	raw   string // the after argument as given, used in loader keys
	// noCursors skips encoding the rows' cursors when the connection
	// selects none (edges.cursor, pageInfo.startCursor/endCursor): a JSON
	// encoding and a base64 one per row, for bytes nobody reads.
	noCursors bool
}

// newPage validates first and decodes after for ordering o.
func newPage(first *int, after *string, o order) (page, error) {
	p := page{first: defaultFirst}
	if first != nil {
		if *first < 0 || *first > maxFirst {
			return p, model.Errorf(model.EInvalid, "first must be between 0 and %d, got %d", maxFirst, *first)
		}
		p.first = *first
	}
	if after != nil && *after != "" {
		c, err := decodeCursor(*after)
		if err != nil || c.Order != o.name {
			return p, model.Errorf(model.EInvalid, "invalid cursor %q", *after)
		}
		p.after, p.raw = &c, *after
	}
	return p, nil
}

func encodeCursor(c cursor) string {
	b, _ := json.Marshal(c) // cannot fail: string, number and uint fields
	return base64.RawURLEncoding.EncodeToString(b)
}

// decodeCursor reads a cursor made by encodeCursor and checks that it is one:
// a known ordering, a sort key of that ordering's type (none for id, an
// integer for seq, a string for date and name) and a row id. Anything else is
// refused here, so a forged cursor never reaches SQL.
func decodeCursor(s string) (cursor, error) {
	var c cursor
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return c, fmt.Errorf("decode cursor: %w", err)
	}
	if err := json.Unmarshal(b, &c); err != nil {
		return c, fmt.Errorf("decode cursor: %w", err)
	}
	if c.ID == 0 {
		return c, errors.New("decode cursor: no row id")
	}
	switch c.Order {
	case orderByID.name:
		if c.Key != nil {
			return c, fmt.Errorf("decode cursor: ordering %q takes no key", c.Order)
		}
	case orderBySeq.name:
		n, ok := c.Key.(float64)
		if !ok || n != math.Trunc(n) || math.Abs(n) > 1<<53 {
			return c, fmt.Errorf("decode cursor: ordering %q needs an integer key", c.Order)
		}
		c.Key = int64(n)
	case orderByDate.name, orderByDateDsc.name, orderByName.name, orderByNameDsc.name:
		if _, ok := c.Key.(string); !ok {
			return c, fmt.Errorf("decode cursor: ordering %q needs a string key", c.Order)
		}
	default:
		return c, fmt.Errorf("decode cursor: unknown ordering %q", c.Order)
	}
	return c, nil
}

// orderSQL is the ORDER BY clause for o, optionally prefixed by a table alias.
func (o order) orderSQL(alias string) string {
	dir := "ASC"
	if o.desc {
		dir = "DESC"
	}
	if o.expr == "" {
		return fmt.Sprintf("%sid %s", alias, dir)
	}
	return fmt.Sprintf("%s %s, %sid %s", o.qualified(alias), dir, alias, dir)
}

// qualified returns o.expr with its column prefixed by alias ("t.").
func (o order) qualified(alias string) string {
	if o.expr == orderByDate.expr {
		return "COALESCE(" + alias + "date, '')"
	}
	return alias + o.expr
}

// afterSQL is the keyset condition for rows after c, with its arguments.
func (o order) afterSQL(alias string, c *cursor) (string, []any) {
	op := ">"
	if o.desc {
		op = "<"
	}
	if o.expr == "" {
		return fmt.Sprintf("%sid %s ?", alias, op), []any{c.ID}
	}
	// Spelled out rather than as a row value, (key, id) > (?, ?), because
	// SQLite seeks an index on an expression (the date key) only for a plain
	// comparison of that expression.
	k := o.qualified(alias)
	return fmt.Sprintf("(%[1]s %[2]s= ? AND (%[1]s %[2]s ? OR %[3]sid %[2]s ?))", k, op, alias), []any{c.Key, c.Key, c.ID}
}

// pageOf is one page of rows with their cursors.
type pageOf[T any] struct {
	rows    []*T
	cursors []string
	total   int
	hasNext bool
	hasPrev bool
}

// newPageOf trims rows (fetched with limit first+1) to a page and computes
// cursors; key returns a row's sort key and id.
func newPageOf[T any](rows []*T, total int, p page, o order, key func(*T) (any, uint)) pageOf[T] {
	out := pageOf[T]{total: total, hasPrev: p.after != nil}
	if len(rows) > p.first {
		rows, out.hasNext = rows[:p.first], true
	}
	out.rows = rows
	out.cursors = make([]string, len(rows))
	if p.noCursors {
		return out
	}
	for i, r := range rows {
		k, id := key(r)
		if o.expr == "" {
			k = nil
		}
		out.cursors[i] = encodeCursor(cursor{Order: o.name, Key: k, ID: id})
	}
	return out
}

func (p pageOf[T]) pageInfo() *PageInfo {
	pi := &PageInfo{HasNextPage: p.hasNext, HasPreviousPage: p.hasPrev}
	if n := len(p.cursors); n > 0 {
		pi.StartCursor, pi.EndCursor = &p.cursors[0], &p.cursors[n-1]
	}
	return pi
}

// Sort keys of each model, matching the orderings above.
func courtKey(c *model.Court) (any, uint)         { return c.Name, c.ID }
func speakerKey(s *model.Speaker) (any, uint)     { return nil, s.ID }
func directiveKey(d *model.Directive) (any, uint) { return d.Seq, d.ID }
func statisticKey(s *model.Statistic) (any, uint) { return s.Seq, s.ID }

func meetingKey(o order) func(*model.Meeting) (any, uint) {
	return func(m *model.Meeting) (any, uint) {
		switch o.name {
		case orderByName.name, orderByNameDsc.name:
			return m.Name, m.ID
		default:
			if m.Date == nil {
				return "", m.ID
			}
			return *m.Date, m.ID
		}
	}
}

// edgesOf turns a page into edges built by edge, in order.
func edgesOf[T, E any](p pageOf[T], edge func(cursor string, node *T) E) []E {
	out := make([]E, len(p.rows))
	for i, r := range p.rows {
		out[i] = edge(p.cursors[i], r)
	}
	return out
}

func courtConnection(p pageOf[model.Court]) *CourtConnection {
	return &CourtConnection{PageInfo: p.pageInfo(), TotalCount: p.total,
		Edges: edgesOf(p, func(c string, n *model.Court) *CourtEdge { return &CourtEdge{Cursor: c, Node: n} })}
}

func meetingConnection(p pageOf[model.Meeting]) *MeetingConnection {
	return &MeetingConnection{PageInfo: p.pageInfo(), TotalCount: p.total,
		Edges: edgesOf(p, func(c string, n *model.Meeting) *MeetingEdge { return &MeetingEdge{Cursor: c, Node: n} })}
}

func speakerConnection(p pageOf[model.Speaker]) *SpeakerConnection {
	return &SpeakerConnection{PageInfo: p.pageInfo(), TotalCount: p.total,
		Edges: edgesOf(p, func(c string, n *model.Speaker) *SpeakerEdge { return &SpeakerEdge{Cursor: c, Node: n} })}
}

func directiveConnection(p pageOf[model.Directive]) *DirectiveConnection {
	return &DirectiveConnection{PageInfo: p.pageInfo(), TotalCount: p.total,
		Edges: edgesOf(p, func(c string, n *model.Directive) *DirectiveEdge { return &DirectiveEdge{Cursor: c, Node: n} })}
}

func statisticConnection(p pageOf[model.Statistic]) *StatisticConnection {
	return &StatisticConnection{PageInfo: p.pageInfo(), TotalCount: p.total,
		Edges: edgesOf(p, func(c string, n *model.Statistic) *StatisticEdge { return &StatisticEdge{Cursor: c, Node: n} })}
}
