package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
)

// meetingView is what a reader sees of one meeting.
type meetingView struct {
	ID       string
	Document struct{ Source string }
	Directs  struct{ TotalCount int }   `json:"directives"`
	Stats    struct{ TotalCount int }   `json:"statistics"`
	Attends  []struct{ Roles []string } `json:"attendances"`
}

const readerQuery = `{ meetings(first: 100) { edges { node { id document { source }
	directives(first: 1) { totalCount } statistics(first: 1) { totalCount } attendances { roles } } } } }`

// TestQueriesDuringIngestSeeWholeDocuments ingests articles through the API
// while readers query without pause: no query fails (no "database is
// locked"), and every document a reader sees is whole: all of its meetings,
// each with all of its directives, statistics and attendances, exactly as
// after the ingest ended.
func TestQueriesDuringIngestSeeWholeDocuments(t *testing.T) {
	const token = "test-admin-token"
	t.Setenv("COURTQL_ADMIN_TOKEN", token)
	base := startServer(t, "--seeds", "", "--response-cache-bytes", "0")
	var articles []string
	for _, pat := range []string{"seeds/*.txt", "testdata/holdout*/docs/*.txt"} {
		m, _ := filepath.Glob(pat)
		articles = append(articles, m...)
	}
	articles = articles[:min(12, len(articles))]

	var (
		done    atomic.Bool
		mu      sync.Mutex
		seen    []map[string][]meetingView // one snapshot per reader response, by source
		readErr error
		wg      sync.WaitGroup
	)
	read := func() (map[string][]meetingView, error) {
		// Not post(): it calls t.Fatal, which only the test's goroutine may.
		body, _ := json.Marshal(map[string]string{"query": readerQuery})
		resp, err := http.Post(base+"/query", "application/json", bytes.NewReader(body))
		if err != nil {
			return nil, err
		}
		defer resp.Body.Close()
		var res gqlResponse
		if err := json.NewDecoder(resp.Body).Decode(&res); err != nil {
			return nil, fmt.Errorf("decode (status %d): %w", resp.StatusCode, err)
		}
		if len(res.Errors) > 0 {
			return nil, fmt.Errorf("query failed during ingest: %+v", res.Errors)
		}
		var r struct {
			Meetings struct{ Edges []struct{ Node meetingView } }
		}
		if err := json.Unmarshal(res.Data, &r); err != nil {
			return nil, err
		}
		bySource := map[string][]meetingView{}
		for _, e := range r.Meetings.Edges {
			bySource[e.Node.Document.Source] = append(bySource[e.Node.Document.Source], e.Node)
		}
		return bySource, nil
	}
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for !done.Load() {
				snap, err := read()
				mu.Lock()
				if err != nil && readErr == nil {
					readErr = err
				}
				seen = append(seen, snap)
				mu.Unlock()
				if err != nil {
					return
				}
			}
		}()
	}
	mut := `mutation($in: IngestInput!) { ingestDocument(input: $in) { document { id } } }`
	for _, a := range articles {
		res := postAuth(t, base, token, mut, map[string]any{"in": map[string]any{"source": filepath.Base(a), "text": string(readArticle(t, a))}})
		if len(res.Errors) > 0 {
			t.Errorf("ingest %s: %+v", a, res.Errors)
		}
	}
	done.Store(true)
	wg.Wait()
	if readErr != nil {
		t.Fatal(readErr)
	}

	final, err := read()
	if err != nil {
		t.Fatal(err)
	}
	if len(final) < len(articles)/2 {
		t.Fatalf("only %d of %d articles have meetings; the test needs more", len(final), len(articles))
	}
	partial := 0
	for _, snap := range seen {
		for source, got := range snap {
			if !sameMeetings(got, final[source]) {
				if partial == 0 {
					t.Errorf("a reader saw %s as %+v, after the ingest it is %+v", source, got, final[source])
				}
				partial++
			}
		}
	}
	if partial > 0 {
		t.Errorf("%d partial documents seen in %d reads", partial, len(seen))
	}
	t.Logf("%d reads during %d ingests, none partial", len(seen), len(articles))
}

func sameMeetings(a, b []meetingView) bool {
	if len(a) != len(b) {
		return false
	}
	byID := map[string]meetingView{}
	for _, m := range b {
		byID[m.ID] = m
	}
	for _, m := range a {
		o, ok := byID[m.ID]
		if !ok || m.Directs != o.Directs || m.Stats != o.Stats || len(m.Attends) != len(o.Attends) {
			return false
		}
	}
	return true
}
