package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/coder/websocket/wsjson"
)

// These tests run the real server (seeds loaded, real search index, real
// loader behind the mutations) and talk to it over HTTP and websocket.

func postAuth(t *testing.T, base, token, query string, vars map[string]any) gqlResponse {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, _ := http.NewRequest(http.MethodPost, base+"/query", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out gqlResponse
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestSearchThroughServer(t *testing.T) {
	base := startServer(t)
	res := post(t, base, `{ search(query: "执行难", types: [DIRECTIVE], first: 5) {
	  totalCount edges { score snippet node { __typename ... on Directive { text } } } } }`, nil)
	if len(res.Errors) > 0 {
		t.Fatal(res.Errors)
	}
	var data struct {
		Search struct {
			TotalCount int
			Edges      []struct {
				Score   float64
				Snippet string
				Node    struct{ Typename, Text string } `json:"node"`
			}
		}
	}
	json.Unmarshal(res.Data, &data)
	if data.Search.TotalCount == 0 || len(data.Search.Edges) == 0 {
		t.Fatalf("执行难 found nothing: %s", res.Data)
	}
	for _, e := range data.Search.Edges {
		if !strings.Contains(e.Node.Text, "执行难") || !strings.Contains(e.Snippet, "«执行难»") || e.Score <= 0 {
			t.Errorf("hit %+v does not show 执行难", e)
		}
	}
}

func TestDashboardsThroughServer(t *testing.T) {
	base := startServer(t)
	res := post(t, base, `{
	  metrics { metric unit count courts { name } }
	  statisticSeries(metric: "受理案件") { date value unit meeting { name } }
	  meetingCounts(by: KIND) { key count }
	  topKeywords(first: 5) { word weight }
	}`, nil)
	if len(res.Errors) > 0 {
		t.Fatal(res.Errors)
	}
	var data struct {
		Metrics []struct {
			Metric string
			Count  int
		}
		StatisticSeries []struct{ Value *float64 }
		MeetingCounts   []struct {
			Key   string
			Count int
		}
		TopKeywords []struct{ Word string }
	}
	json.Unmarshal(res.Data, &data)
	if len(data.Metrics) == 0 || len(data.StatisticSeries) == 0 || len(data.TopKeywords) == 0 {
		t.Errorf("empty dashboard: %s", res.Data)
	}
	total := 0
	for _, c := range data.MeetingCounts {
		total += c.Count
	}
	if total != 5 {
		t.Errorf("meetingCounts by kind sum to %d, want 5", total)
	}
}

const ingestText = `3月5日,四川省高级人民法院召开全省法院执行工作推进会。四川高院党组书记、院长王树江出席会议并讲话。
王树江强调,要坚决打赢切实解决执行难攻坚战。一是要强化执行联动机制;二是要加大失信惩戒力度。
今年1至2月,全省法院执结案件41230件,同比上升8.5%。`

func TestIngestSubscriptionAndDeleteThroughServer(t *testing.T) {
	const token = "test-admin-token"
	t.Setenv("COURTQL_ADMIN_TOKEN", token)
	base := startServer(t)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()

	// Without the token the mutation is refused and nothing is stored.
	mut := `mutation($in: IngestInput!) { ingestDocument(input: $in) { document { id source } meetings { id name host { name } } warnings } }`
	vars := map[string]any{"in": map[string]any{"source": "api/sichuan.txt", "text": ingestText}}
	if res := postAuth(t, base, "", mut, vars); len(res.Errors) == 0 || res.Errors[0].Extensions["code"] != "UNAUTHENTICATED" {
		t.Fatalf("ingest without token: %+v", res)
	}
	if res := postAuth(t, base, "wrong", mut, vars); len(res.Errors) == 0 || res.Errors[0].Extensions["code"] != "UNAUTHENTICATED" {
		t.Fatalf("ingest with a wrong token: %+v", res)
	}

	ws := subscribeMeetingAdded(t, ctx, base)

	res := postAuth(t, base, token, mut, vars)
	if len(res.Errors) > 0 {
		t.Fatalf("ingest: %+v", res.Errors)
	}
	var ing struct {
		IngestDocument struct {
			Document struct{ ID string }
			Meetings []struct {
				Name string
				Host struct{ Name string }
			}
		}
	}
	json.Unmarshal(res.Data, &ing)
	if len(ing.IngestDocument.Meetings) != 1 || ing.IngestDocument.Meetings[0].Host.Name != "四川省高级人民法院" {
		t.Fatalf("ingest extracted %s", res.Data)
	}
	event := readType(t, ctx, ws, "next")
	if !strings.Contains(string(event), "全省法院执行工作推进会") {
		t.Errorf("meetingAdded event %s", event)
	}

	count := func() int {
		var d struct{ Meetings struct{ TotalCount int } }
		json.Unmarshal(post(t, base, `{ meetings { totalCount } }`, nil).Data, &d)
		return d.Meetings.TotalCount
	}
	if n := count(); n != 6 {
		t.Errorf("%d meetings after ingest, want 6", n)
	}
	hits := post(t, base, `{ search(query: "失信惩戒", types: [DIRECTIVE]) { totalCount } }`, nil)
	if !strings.Contains(string(hits.Data), `"totalCount":1`) {
		t.Errorf("search after ingest: %s %v", hits.Data, hits.Errors)
	}

	del := postAuth(t, base, token, `mutation($id: ID!) { deleteDocument(id: $id) { deletedId } }`,
		map[string]any{"id": ing.IngestDocument.Document.ID})
	if len(del.Errors) > 0 {
		t.Fatalf("delete: %+v", del.Errors)
	}
	if n := count(); n != 5 {
		t.Errorf("%d meetings after delete, want 5", n)
	}
	hits = post(t, base, `{ search(query: "失信惩戒", types: [DIRECTIVE]) { totalCount } }`, nil)
	if !strings.Contains(string(hits.Data), `"totalCount":0`) {
		t.Errorf("search after delete still finds the document: %s", hits.Data)
	}
}

// subscribeMeetingAdded opens a graphql-transport-ws connection to base and
// subscribes to meetingAdded { name host { name } }; t.Cleanup closes it.
func subscribeMeetingAdded(t *testing.T, ctx context.Context, base string) *websocket.Conn {
	t.Helper()
	ws, _, err := websocket.Dial(ctx, "ws"+strings.TrimPrefix(base, "http")+"/query",
		&websocket.DialOptions{Subprotocols: []string{"graphql-transport-ws"}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ws.CloseNow() })
	wsjson.Write(ctx, ws, map[string]any{"type": "connection_init"})
	readType(t, ctx, ws, "connection_ack")
	wsjson.Write(ctx, ws, map[string]any{"id": "1", "type": "subscribe",
		"payload": map[string]any{"query": "subscription { meetingAdded { name host { name } } }"}})
	time.Sleep(200 * time.Millisecond) // let the subscription register before anything is stored
	return ws
}

func readType(t *testing.T, ctx context.Context, ws *websocket.Conn, want string) json.RawMessage {
	t.Helper()
	for {
		var m struct {
			Type    string          `json:"type"`
			Payload json.RawMessage `json:"payload"`
		}
		if err := wsjson.Read(ctx, ws, &m); err != nil {
			t.Fatalf("waiting for %s: %v", want, err)
		}
		if m.Type == want {
			return m.Payload
		}
		if m.Type != "ping" && m.Type != "pong" {
			t.Fatalf("got %s %s, want %s", m.Type, m.Payload, want)
		}
	}
}

// TestPersistedQueryGETIsCacheable follows a mobile app: register a
// persisted query, fetch it by hash over GET, revalidate with the ETag.
func TestPersistedQueryGETIsCacheable(t *testing.T) {
	base := startServer(t)
	query := `{ courts(first: 3) { totalCount edges { node { name } } } }`
	sum := sha256.Sum256([]byte(query))
	ext := `{"persistedQuery":{"version":1,"sha256Hash":"` + hex.EncodeToString(sum[:]) + `"}}`
	get := func(withQuery bool, etag string) (*http.Response, string) {
		v := url.Values{"extensions": {ext}}
		if withQuery {
			v.Set("query", query)
		}
		req, _ := http.NewRequest(http.MethodGet, base+"/query?"+v.Encode(), nil)
		req.Header.Set("Accept-Encoding", "identity")
		if etag != "" {
			req.Header.Set("If-None-Match", etag)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		return resp, string(b)
	}
	if _, body := get(false, ""); !strings.Contains(body, "PersistedQueryNotFound") {
		t.Fatalf("unknown hash: %s", body)
	}
	if _, body := get(true, ""); !strings.Contains(body, "totalCount") {
		t.Fatalf("register: %s", body)
	}
	resp, body := get(false, "")
	etag := resp.Header.Get("ETag")
	if !strings.Contains(body, "totalCount") || etag == "" || !strings.Contains(resp.Header.Get("Cache-Control"), "max-age") {
		t.Fatalf("hash-only GET: %d %v %s", resp.StatusCode, resp.Header, body)
	}
	if resp, _ := get(false, etag); resp.StatusCode != http.StatusNotModified {
		t.Errorf("If-None-Match: status %d, want 304", resp.StatusCode)
	}
}

func TestProductionModeHidesSchemaAndGraphiQL(t *testing.T) {
	base := startServer(t, "--production")
	resp, err := http.Get(base + "/")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusNotFound {
		t.Errorf("GraphiQL in production: status %d", resp.StatusCode)
	}
	if res := post(t, base, `{ __schema { types { name } } }`, nil); len(res.Errors) == 0 {
		t.Error("introspection answered in production")
	}
	if res := post(t, base, `{ meetings { totalCount } }`, nil); len(res.Errors) > 0 {
		t.Errorf("queries refused in production: %v", res.Errors)
	}
}

// TestFiltersAndKeysetOrderingThroughServer pages through meetings ordered
// by name in pages of two and compares with one page, and applies filters.
func TestFiltersAndKeysetOrderingThroughServer(t *testing.T) {
	base := startServer(t)
	type page struct {
		Meetings struct {
			TotalCount int
			PageInfo   struct {
				HasNextPage bool
				EndCursor   string
			}
			Edges []struct{ Node struct{ Name string } }
		}
	}
	q := `query($after: String, $first: Int) { meetings(first: $first, after: $after, orderBy: {field: NAME, direction: DESC}) {
	  totalCount pageInfo { hasNextPage endCursor } edges { node { name } } } }`
	var all page
	json.Unmarshal(post(t, base, q, map[string]any{"first": 100}).Data, &all)
	var paged []string
	var after any
	for i := 0; i < 10; i++ {
		var p page
		res := post(t, base, q, map[string]any{"first": 2, "after": after})
		if len(res.Errors) > 0 {
			t.Fatal(res.Errors)
		}
		json.Unmarshal(res.Data, &p)
		for _, e := range p.Meetings.Edges {
			paged = append(paged, e.Node.Name)
		}
		if !p.Meetings.PageInfo.HasNextPage {
			break
		}
		after = p.Meetings.PageInfo.EndCursor
	}
	if len(all.Meetings.Edges) != 5 || len(paged) != 5 {
		t.Fatalf("one page %d meetings, pages of two %d", len(all.Meetings.Edges), len(paged))
	}
	for i, e := range all.Meetings.Edges {
		if paged[i] != e.Node.Name {
			t.Errorf("position %d: %q paged, %q in one page", i, paged[i], e.Node.Name)
		}
		if i > 0 && e.Node.Name > all.Meetings.Edges[i-1].Node.Name {
			t.Errorf("not in descending name order at %d", i)
		}
	}

	filters := []struct {
		query string
		want  int
	}{
		{`{ meetings(filter: {kind: "座谈会"}) { totalCount } }`, 3},
		{`{ courts(filter: {level: HIGH, province: "云南省"}) { totalCount } }`, 1},
		{`{ speakers(filter: {nameContains: "张"}) { totalCount } }`, 4},
		{`{ statistics(filter: {redacted: true}) { totalCount } }`, 10},
		{`{ statistics(filter: {metric: "受理案件", unit: "件"}) { totalCount } }`, 2},
	}
	for _, f := range filters {
		res := post(t, base, f.query, nil)
		if len(res.Errors) > 0 {
			t.Errorf("%s: %v", f.query, res.Errors)
			continue
		}
		if !strings.Contains(string(res.Data), `"totalCount":`+strconv.Itoa(f.want)+`}`) {
			t.Errorf("%s: %s, want totalCount %d", f.query, res.Data, f.want)
		}
	}
}

// TestSearchMatchesWordsNotSubstrings: 法官 finds a directive about 法官 and
// not one that only says 大法官.
func TestSearchMatchesWordsNotSubstrings(t *testing.T) {
	const token = "search-token"
	t.Setenv("COURTQL_ADMIN_TOKEN", token)
	base := startServer(t)
	mut := `mutation($in: IngestInput!) { ingestDocument(input: $in) { meetings { id } } }`
	for i, text := range []string{
		"6月2日,甲省高级人民法院召开座谈会。院长王立新强调,要加强法官队伍建设,提升法官职业素养。",
		"6月3日,乙省高级人民法院召开座谈会。院长李向东强调,要学习首席大法官的重要讲话精神。",
	} {
		res := postAuth(t, base, token, mut, map[string]any{"in": map[string]any{"source": "s" + strconv.Itoa(i), "text": text}})
		if len(res.Errors) > 0 {
			t.Fatal(res.Errors)
		}
	}
	res := post(t, base, `{ search(query: "法官", types: [DIRECTIVE]) { totalCount edges { node { ... on Directive { text } } } } }`, nil)
	if len(res.Errors) > 0 {
		t.Fatal(res.Errors)
	}
	got := string(res.Data)
	if !strings.Contains(got, "法官队伍建设") || strings.Contains(got, "首席大法官") {
		t.Errorf("search 法官 = %s", got)
	}
}

// rawPost posts a query and returns the X-Cache header and the body bytes.
func rawPost(t *testing.T, base, token, query string, vars map[string]any) (string, []byte) {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, _ := http.NewRequest(http.MethodPost, base+"/query", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.Header.Get("X-Cache"), b
}

// TestResponseCacheHitsAndIsEmptiedByIngest: a repeated query (even spelled
// differently) is answered from the cache with the same bytes; ingesting a
// document empties the cache, so the next answer shows the new meeting.
func TestResponseCacheHitsAndIsEmptiedByIngest(t *testing.T) {
	const token = "test-admin-token"
	t.Setenv("COURTQL_ADMIN_TOKEN", token)
	base := startServer(t)
	q := `{ meetings(first: 50) { totalCount edges { node { name host { name } } } } }`
	respelled := "query {\n  meetings(first: 50) {\n    totalCount\n    edges { node { name host { name } } }\n  }\n}"

	steps := []struct {
		name, token, query, wantCache string
	}{
		{"first ask computes", "", q, "MISS"},
		{"second ask hits", "", q, "HIT"},
		{"the same document spelled differently hits", "", respelled, "HIT"},
		{"a request with credentials bypasses the cache", token, q, ""},
	}
	var first []byte
	for _, s := range steps {
		got, body := rawPost(t, base, s.token, s.query, nil)
		if got != s.wantCache {
			t.Errorf("%s: X-Cache %q, want %q", s.name, got, s.wantCache)
		}
		if first == nil {
			first = body
		} else if !bytes.Equal(body, first) {
			t.Errorf("%s: body differs from the first answer:\n%s\n%s", s.name, body, first)
		}
	}

	mut := `mutation($in: IngestInput!) { ingestDocument(input: $in) { meetings { name } } }`
	if res := postAuth(t, base, token, mut, map[string]any{"in": map[string]any{"source": "api/cache.txt", "text": ingestText}}); len(res.Errors) > 0 {
		t.Fatal(res.Errors)
	}
	got, body := rawPost(t, base, "", q, nil)
	if got != "MISS" {
		t.Errorf("after ingest: X-Cache %q, want MISS", got)
	}
	if bytes.Equal(body, first) {
		t.Errorf("after ingest the answer is unchanged: %s", body)
	}
	if got, _ := rawPost(t, base, "", q, nil); got != "HIT" {
		t.Errorf("after ingest, second ask: X-Cache %q, want HIT", got)
	}
}
