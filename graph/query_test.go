package graph

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/client"
)

// contractQuery asks every field of the API contract.
const contractQuery = `{
  courts(first: 5) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id name aliases level province city parent { name }
      meetings(first: 2) { totalCount edges { node { name } } } } } }
  meetings(first: 3) { totalCount edges { cursor node {
    id title name kind date dateText
    document { id source title publishedAt text }
    host { name } courts { name }
    attendances { roles titles span { start end } speaker { id name titles court { name }
      attendances { meeting { name } } directives(first: 1) { totalCount } } meeting { name } }
    directives(first: 2) { totalCount pageInfo { hasNextPage endCursor }
      edges { node { id ordinal text topic span { start end } meeting { name } speaker { name } keywords(first: 1) { word weight } } } }
    statistics { totalCount edges { node { id metric value unit period scope change changeUnit changeRate redacted text span { start } meeting { name } } } }
    keywords { word weight } } } }
  speakers(first: 2) { totalCount edges { node { name } } }
  directives(first: 2) { totalCount edges { node { text } } }
  statistics(first: 2) { totalCount edges { node { metric } } }
}`

func TestContractQuery(t *testing.T) {
	db, _ := testDB(t)
	seed(t, db, 6)
	c := testClient(t, db, Options{})
	var resp struct {
		Courts struct {
			TotalCount int
			Edges      []struct {
				Node struct {
					Name    string
					Aliases []string
					Level   string
					Parent  *struct{ Name string }
				}
			}
		}
		Meetings struct {
			TotalCount int
			Edges      []struct {
				Node struct {
					ID          string
					Name        string
					Date        *string
					Host        struct{ Name string }
					Courts      []struct{ Name string }
					Attendances []struct {
						Roles, Titles []string
						Span          struct{ Start, End int }
						Speaker       struct{ Titles []string }
					}
					Directives struct {
						TotalCount int
						PageInfo   struct{ HasNextPage bool }
						Edges      []struct {
							Node struct {
								Ordinal *int
								Topic   *string
								Speaker *struct{ Name string }
							}
						}
					}
					Statistics struct {
						TotalCount int
						Edges      []struct {
							Node struct {
								Value    *float64
								Redacted bool
							}
						}
					}
					Keywords []struct {
						Word   string
						Weight float64
					}
				}
			}
		}
		Speakers, Directives, Statistics struct{ TotalCount int }
	}
	c.MustPost(contractQuery, &resp)
	if resp.Courts.TotalCount != 3 || resp.Meetings.TotalCount != 6 || resp.Speakers.TotalCount != 6 ||
		resp.Directives.TotalCount != 18 || resp.Statistics.TotalCount != 12 {
		t.Errorf("totals: %+v", resp)
	}
	// Courts sort by name: 云南省高级人民法院 < 昆明市… < 曲靖市… in code points.
	court := resp.Courts.Edges[0].Node
	if court.Name != "云南省高级人民法院" || !slices.Equal(court.Aliases, []string{"云南高院", "省高院"}) || court.Level != "HIGH" || court.Parent != nil {
		t.Errorf("first court = %+v", court)
	}
	if p := resp.Courts.Edges[1].Node.Parent; p == nil || p.Name != "云南省高级人民法院" {
		t.Errorf("parent = %+v", p)
	}
	m := resp.Meetings.Edges[0].Node
	if len(m.Courts) != 2 || m.Courts[0].Name != m.Host.Name {
		t.Errorf("courts = %+v, host %q", m.Courts, m.Host.Name)
	}
	a := m.Attendances[0]
	if !slices.Equal(a.Roles, []string{"讲话", "主持"}) || !slices.Equal(a.Titles, []string{"党组书记", "院长"}) ||
		a.Span.End != 3 || !slices.Equal(a.Speaker.Titles, []string{"党组书记", "院长"}) {
		t.Errorf("attendance = %+v", a)
	}
	d := m.Directives
	if d.TotalCount != 3 || len(d.Edges) != 2 || !d.PageInfo.HasNextPage || *d.Edges[0].Node.Ordinal != 1 {
		t.Errorf("directives = %+v", d)
	}
	if len(m.Keywords) != 2 || m.Keywords[0].Word != "审判" {
		t.Errorf("keywords = %+v", m.Keywords)
	}
}

// TestNestedDirectivePages pages through a meeting's directives.
func TestNestedDirectivePages(t *testing.T) {
	db, _ := testDB(t)
	seed(t, db, 3)
	c := testClient(t, db, Options{})
	var got []string
	after := ""
	for range 5 {
		var resp struct {
			Meetings struct {
				Edges []struct {
					Node struct {
						Directives struct {
							PageInfo struct {
								HasNextPage bool
								EndCursor   string
							}
							Edges []struct{ Node struct{ Text string } }
						}
					}
				}
			}
		}
		c.MustPost(`query($after: String) { meetings(first: 1) { edges { node {
			directives(first: 2, after: $after) { pageInfo { hasNextPage endCursor } edges { node { text } } } } } } }`,
			&resp, client.Var("after", after))
		ds := resp.Meetings.Edges[0].Node.Directives
		for _, e := range ds.Edges {
			got = append(got, e.Node.Text)
		}
		if !ds.PageInfo.HasNextPage {
			break
		}
		after = ds.PageInfo.EndCursor
	}
	if want := []string{"要求0", "要求1", "要求2"}; !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

// pageAll walks a root connection with page size 2 and returns node names.
func pageAll(t *testing.T, c *client.Client, field, args, nodeField string) []string {
	t.Helper()
	var out []string
	after := ""
	for range 100 {
		var resp map[string]struct {
			TotalCount int
			PageInfo   struct {
				HasNextPage bool
				EndCursor   string
			}
			Edges []struct{ Node map[string]any }
		}
		q := fmt.Sprintf(`query($after: String) { %s(first: 2, after: $after%s) {
			totalCount pageInfo { hasNextPage endCursor } edges { node { %s } } } }`, field, args, nodeField)
		c.MustPost(q, &resp, client.Var("after", after))
		conn := resp[field]
		for _, e := range conn.Edges {
			out = append(out, fmt.Sprint(e.Node[nodeField]))
		}
		if !conn.PageInfo.HasNextPage {
			return out
		}
		after = conn.PageInfo.EndCursor
	}
	t.Fatal("paging did not end")
	return nil
}

func TestPagination(t *testing.T) {
	db, _ := testDB(t)
	seed(t, db, 11)
	c := testClient(t, db, Options{})
	all := func(field, args, nodeField string) []string {
		var resp map[string]struct {
			Edges []struct{ Node map[string]any }
		}
		c.MustPost(fmt.Sprintf(`{ %s(first: 100%s) { edges { node { %s } } } }`, field, args, nodeField), &resp)
		var out []string
		for _, e := range resp[field].Edges {
			out = append(out, fmt.Sprint(e.Node[nodeField]))
		}
		return out
	}
	tests := []struct {
		field, args, nodeField string
		want                   int
	}{
		{"courts", "", "name", 3},
		{"meetings", "", "id", 11},
		{"meetings", ", orderBy: {field: DATE, direction: DESC}", "id", 11},
		{"meetings", ", orderBy: {field: NAME}", "name", 11},
		{"meetings", ", orderBy: {field: NAME, direction: DESC}", "name", 11},
		{"speakers", "", "name", 11},
		{"directives", "", "text", 33},
		{"statistics", "", "id", 22},
	}
	for _, tt := range tests {
		t.Run(tt.field+tt.args, func(t *testing.T) {
			whole := all(tt.field, tt.args, tt.nodeField)
			paged := pageAll(t, c, tt.field, tt.args, tt.nodeField)
			if len(whole) != tt.want || !slices.Equal(paged, whole) {
				t.Errorf("paged %v\nwhole %v", paged, whole)
			}
		})
	}
	// Orderings: DATE DESC puts undated meetings last, NAME sorts by name.
	var resp struct {
		Meetings struct {
			Edges []struct{ Node struct{ Name, Date *string } }
		}
	}
	c.MustPost(`{ meetings(first: 100, orderBy: {field: DATE, direction: DESC}) { edges { node { name date } } } }`, &resp)
	var dates []string
	for _, e := range resp.Meetings.Edges {
		d := ""
		if e.Node.Date != nil {
			d = *e.Node.Date
		}
		dates = append(dates, d)
	}
	if !slices.IsSortedFunc(dates, func(a, b string) int { return strings.Compare(b, a) }) {
		t.Errorf("DATE DESC not sorted: %v", dates)
	}
	if n := all("meetings", ", orderBy: {field: NAME}", "name"); !slices.IsSorted(n) {
		t.Errorf("NAME not sorted: %v", n)
	}
}

func TestNodeRoundTrip(t *testing.T) {
	db, _ := testDB(t)
	seed(t, db, 2)
	c := testClient(t, db, Options{})
	var ids struct {
		Courts struct {
			Edges []struct{ Node struct{ ID string } }
		}
		Speakers struct {
			Edges []struct{ Node struct{ ID string } }
		}
		Directives struct {
			Edges []struct{ Node struct{ ID string } }
		}
		Statistics struct {
			Edges []struct{ Node struct{ ID string } }
		}
		Meetings struct {
			Edges []struct {
				Node struct {
					ID       string
					Document struct{ ID string }
				}
			}
		}
	}
	c.MustPost(`{ courts(first:1){edges{node{id}}} speakers(first:1){edges{node{id}}} directives(first:1){edges{node{id}}}
		statistics(first:1){edges{node{id}}} meetings(first:1){edges{node{id document{id}}}} }`, &ids)
	tests := []struct{ typ, id string }{
		{"Court", ids.Courts.Edges[0].Node.ID},
		{"Speaker", ids.Speakers.Edges[0].Node.ID},
		{"Directive", ids.Directives.Edges[0].Node.ID},
		{"Statistic", ids.Statistics.Edges[0].Node.ID},
		{"Meeting", ids.Meetings.Edges[0].Node.ID},
		{"Document", ids.Meetings.Edges[0].Node.Document.ID},
	}
	var all []string
	for _, tt := range tests {
		t.Run(tt.typ, func(t *testing.T) {
			var resp struct {
				Node *struct{ Typename, ID string }
			}
			c.MustPost(`query($id: ID!) { node(id: $id) { typename: __typename id } }`, &resp, client.Var("id", tt.id))
			if resp.Node == nil || resp.Node.Typename != tt.typ || resp.Node.ID != tt.id {
				t.Errorf("node(%s) = %+v", tt.id, resp.Node)
			}
		})
		all = append(all, tt.id)
	}
	missing := globalID(typeMeeting, "no-such-uid")
	var resp struct{ Nodes []*struct{ ID string } }
	c.MustPost(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, &resp, client.Var("ids", append(all, missing)))
	if len(resp.Nodes) != len(all)+1 || resp.Nodes[len(all)] != nil {
		t.Fatalf("nodes = %+v", resp.Nodes)
	}
	for i, n := range resp.Nodes[:len(all)] {
		if n == nil || n.ID != all[i] {
			t.Errorf("nodes[%d] = %+v, want %s", i, n, all[i])
		}
	}
	// IDs depend only on the UID: the same text loaded again keeps its IDs.
	if got := globalID(typeCourt, "court-high"); got != ids.Courts.Edges[0].Node.ID {
		t.Errorf("court ID %s is not derived from its UID (%s)", ids.Courts.Edges[0].Node.ID, got)
	}
}

// errorCodes runs q and returns the extensions.code of each error.
func errorCodes(t *testing.T, c *client.Client, q string, opts ...client.Option) []string {
	t.Helper()
	resp, err := c.RawPost(q, opts...)
	if err != nil {
		t.Fatal(err)
	}
	var errs []struct {
		Message    string
		Extensions struct{ Code string }
	}
	if len(resp.Errors) > 0 {
		if err := json.Unmarshal(resp.Errors, &errs); err != nil {
			t.Fatal(err)
		}
	}
	var codes []string
	for _, e := range errs {
		codes = append(codes, e.Extensions.Code)
	}
	return codes
}

func TestBadInput(t *testing.T) {
	db, _ := testDB(t)
	seed(t, db, 2)
	c := testClient(t, db, Options{})
	tests := []struct{ name, query string }{
		{"first over 100", `{ meetings(first: 101) { totalCount } }`},
		{"negative first", `{ courts(first: -1) { totalCount } }`},
		{"nested first", `{ meetings { edges { node { directives(first: 500) { totalCount } } } } }`},
		{"keywords first", `{ meetings { edges { node { keywords(first: 1000) { word } } } } }`},
		{"bad cursor", `{ speakers(after: "nonsense") { totalCount } }`},
		{"cursor of other order", `{ meetings(first: 1, after: "` + encodeCursor(cursor{Order: "id", ID: 1}) + `") { totalCount } }`},
		{"bad id", `{ node(id: "xyz") { id } }`},
		{"id of wrong type", `{ meetings(filter: {host: "` + globalID(typeMeeting, "meeting-0") + `"}) { totalCount } }`},
		{"bad date", `{ meetings(filter: {dateFrom: "2023年"}) { totalCount } }`},
		{"impossible date", `{ meetings(filter: {dateTo: "2023-13-45"}) { totalCount } }`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			codes := errorCodes(t, c, tt.query)
			if len(codes) == 0 || codes[0] != "BAD_USER_INPUT" {
				t.Errorf("codes = %v, want BAD_USER_INPUT", codes)
			}
		})
	}
}
