package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// startServer runs Main's serve command on a free loopback port with a temp
// database and the repo's seeds, and returns its base URL once /healthz is 200.
func startServer(t *testing.T, extraArgs ...string) string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	addrc := make(chan string, 1)
	done := make(chan error, 1)
	args := append([]string{"serve", "--db", filepath.Join(t.TempDir(), "t.db"), "--seeds", "seeds", "--addr", "127.0.0.1:0"}, extraArgs...)
	go func() { done <- Main(ctx, args, io.Discard, io.Discard, func(a string) { addrc <- a }) }()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("server exited with %v", err)
			}
		case <-time.After(15 * time.Second):
			t.Error("server did not shut down within 15s")
		}
	})
	var base string
	select {
	case a := <-addrc:
		base = "http://" + a
	case err := <-done:
		t.Fatalf("server exited before listening: %v", err)
	case <-time.After(30 * time.Second):
		t.Fatal("server did not listen within 30s")
	}
	deadline := time.Now().Add(60 * time.Second)
	for {
		resp, err := http.Get(base + "/healthz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return base
			}
		}
		if time.Now().After(deadline) {
			t.Fatal("/healthz not 200 within 60s")
		}
		time.Sleep(50 * time.Millisecond)
	}
}

type gqlResponse struct {
	Data   json.RawMessage `json:"data"`
	Errors []struct {
		Message    string         `json:"message"`
		Extensions map[string]any `json:"extensions"`
	} `json:"errors"`
}

func post(t *testing.T, base, query string, vars map[string]any) gqlResponse {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	resp, err := http.Post(base+"/query", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out gqlResponse
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		t.Fatalf("decode response (status %d): %v", resp.StatusCode, err)
	}
	return out
}

// contractQuery reads every contract field, as ../shared/tools/extract-eval does.
const contractQuery = `query($after: String) {
  meetings(first: 2, after: $after) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node {
      id title name kind date dateText
      document { id source title publishedAt }
      host { id name aliases level province city parent { name } meetings(first: 1) { totalCount } }
      courts { id name aliases level }
      attendances { roles titles speaker { id name titles court { name } } meeting { id } }
      directives(first: 100) { totalCount edges { node { id ordinal text speaker { name } keywords { word weight } } } }
      statistics(first: 100) { totalCount edges { node { id metric value unit period scope change changeUnit changeRate redacted text } } }
      keywords { word weight }
    } }
  }
}`

func TestServeAnswersContractQueryAcrossPages(t *testing.T) {
	base := startServer(t)
	seen := map[string]bool{}
	var after any
	pages := 0
	for {
		res := post(t, base, contractQuery, map[string]any{"after": after})
		if len(res.Errors) > 0 {
			t.Fatalf("errors: %+v", res.Errors)
		}
		var data struct {
			Meetings struct {
				TotalCount int
				PageInfo   struct {
					HasNextPage bool
					EndCursor   string
				}
				Edges []struct{ Node struct{ ID, Name string } }
			}
		}
		if err := json.Unmarshal(res.Data, &data); err != nil {
			t.Fatal(err)
		}
		pages++
		for _, e := range data.Meetings.Edges {
			if seen[e.Node.ID] {
				t.Errorf("meeting %s returned twice", e.Node.ID)
			}
			seen[e.Node.ID] = true
		}
		if data.Meetings.TotalCount != 5 {
			t.Errorf("totalCount %d, want 5 (one meeting per seed)", data.Meetings.TotalCount)
		}
		if !data.Meetings.PageInfo.HasNextPage {
			break
		}
		after = data.Meetings.PageInfo.EndCursor
		if pages > 10 {
			t.Fatal("paging does not end")
		}
	}
	if len(seen) != 5 || pages != 3 {
		t.Errorf("saw %d meetings in %d pages, want 5 in 3", len(seen), pages)
	}
}

func TestFirstOver100IsAClearError(t *testing.T) {
	base := startServer(t)
	res := post(t, base, `{ courts(first: 101) { totalCount } }`, nil)
	if len(res.Errors) == 0 {
		t.Fatal("first: 101 accepted")
	}
	if !strings.Contains(res.Errors[0].Message, "100") || res.Errors[0].Extensions["code"] != "BAD_USER_INPUT" {
		t.Errorf("error %+v, want a BAD_USER_INPUT naming the limit 100", res.Errors[0])
	}
}

func TestNodeRoundTripsEveryType(t *testing.T) {
	base := startServer(t)
	res := post(t, base, `{
	  courts(first: 1) { edges { node { id } } }
	  meetings(first: 1) { edges { node { id document { id } } } }
	  speakers(first: 1) { edges { node { id } } }
	  directives(first: 1) { edges { node { id } } }
	  statistics(first: 1) { edges { node { id } } }
	}`, nil)
	if len(res.Errors) > 0 {
		t.Fatalf("errors: %+v", res.Errors)
	}
	ids := map[string]string{}
	var data map[string]struct {
		Edges []struct {
			Node struct {
				ID       string
				Document *struct{ ID string }
			}
		}
	}
	json.Unmarshal(res.Data, &data)
	for typ, conn := range data {
		if len(conn.Edges) == 0 {
			t.Errorf("%s: no rows loaded", typ)
			continue
		}
		ids[typ] = conn.Edges[0].Node.ID
		if d := conn.Edges[0].Node.Document; d != nil {
			ids["document"] = d.ID
		}
	}
	for typ, id := range ids {
		res := post(t, base, `query($id: ID!) { node(id: $id) { id __typename } nodes(ids: [$id]) { id } }`, map[string]any{"id": id})
		var got struct {
			Node struct {
				ID       string
				Typename string `json:"__typename"`
			}
			Nodes []struct{ ID string }
		}
		json.Unmarshal(res.Data, &got)
		if len(res.Errors) > 0 || got.Node.ID != id || len(got.Nodes) != 1 || got.Nodes[0].ID != id {
			t.Errorf("%s %s: node round trip gave %+v %+v", typ, id, got, res.Errors)
		}
	}
}

// TestIDsStableAcrossReloads loads the seeds into two fresh databases and
// expects the same global IDs.
func TestIDsStableAcrossReloads(t *testing.T) {
	q := `{ meetings(first: 100) { edges { node { id } } } courts(first: 100) { edges { node { id } } } }`
	a := post(t, startServer(t), q, nil)
	b := post(t, startServer(t), q, nil)
	if string(a.Data) != string(b.Data) || len(a.Data) < 50 {
		t.Errorf("IDs differ between two loads of the same seeds:\n%s\n%s", a.Data, b.Data)
	}
}

func TestLoadCommandNamesBadFiles(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "bad.txt"), []byte{0x89, 'P', 'N', 'G', 0, 0, 0, 0, 0, 0}, 0o644)
	seed, _ := os.ReadFile("seeds/000_54217dd4817d8caf.txt")
	os.WriteFile(filepath.Join(dir, "good.txt"), seed, 0o644)
	var out, errb bytes.Buffer
	err := Main(context.Background(), []string{"load", "--db", filepath.Join(dir, "x.db"), dir}, &out, &errb, nil)
	if err == nil || !strings.Contains(err.Error(), "1 file(s) failed") {
		t.Errorf("err = %v, want a count of failed files", err)
	}
	var lines []string // failure lines; the others are the log's warnings (x.db is no .txt)
	for _, l := range strings.Split(errb.String(), "\n") {
		if strings.HasPrefix(l, "courtql: load: ") {
			lines = append(lines, l)
		}
	}
	if len(lines) != 1 ||
		!strings.Contains(lines[0], "bad.txt") || !strings.Contains(lines[0], "binary") {
		t.Errorf("stderr %q, want one line naming bad.txt and the reason", errb.String())
	}
	if !strings.Contains(out.String(), "1 new") {
		t.Errorf("output %q, want the good file loaded", out.String())
	}
}

func TestSchemaCommandPrintsSDL(t *testing.T) {
	var out bytes.Buffer
	if err := Main(context.Background(), []string{"schema"}, &out, io.Discard, nil); err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("schema.graphql")
	if err != nil {
		t.Fatal(err)
	}
	if out.String() != string(want) {
		t.Error("courtql schema differs from the committed schema.graphql (go test ./graph -update)")
	}
}

// TestBinaryShutsDownOnSIGTERM builds the binary and checks that it serves
// and exits cleanly on a signal.
func TestBinaryShutsDownOnSIGTERM(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "courtql")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	cmd := exec.Command(bin, "serve", "--db", filepath.Join(dir, "c.db"), "--seeds", "seeds", "--addr", "127.0.0.1:0")
	// exec copies the child's stderr into logs from its own goroutine while
	// this one polls it, so the buffer is locked (a bytes.Buffer races).
	var logs lockedBuffer
	cmd.Stderr = &logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(30 * time.Second)
	for !strings.Contains(logs.String(), "ready") && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	cmd.Process.Signal(os.Interrupt)
	waited := make(chan error, 1)
	go func() { waited <- cmd.Wait() }()
	select {
	case err := <-waited:
		if err != nil {
			t.Errorf("exit after SIGINT: %v\n%s", err, logs.String())
		}
	case <-time.After(15 * time.Second):
		cmd.Process.Kill()
		t.Fatal("no exit within 15s of SIGINT")
	}
	if !strings.Contains(logs.String(), "shutting down") {
		t.Errorf("logs lack the shutdown: %s", logs.String())
	}
}

func TestLoadCommandFileSizeLimit(t *testing.T) {
	dir := t.TempDir()
	seed, _ := os.ReadFile("seeds/000_54217dd4817d8caf.txt")
	os.WriteFile(filepath.Join(dir, "big.txt"), seed, 0o644)
	var out, errb bytes.Buffer
	err := Main(context.Background(), []string{"load", "--db", filepath.Join(dir, "x.db"), "--max-file-bytes", "1000", dir}, &out, &errb, nil)
	if err == nil || !strings.Contains(errb.String(), "big.txt") || !strings.Contains(errb.String(), "limit of 1000 bytes") {
		t.Errorf("err = %v, stderr %q; want big.txt refused naming the limit", err, errb.String())
	}
}

// TestServeStartsPastBadSeeds: a FIFO named .txt among the seeds once hung
// serve for ever; now it is reported and the good seeds are served.
func TestServeStartsPastBadSeeds(t *testing.T) {
	dir := t.TempDir()
	if err := syscall.Mkfifo(filepath.Join(dir, "a_fifo.txt"), 0o644); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	seed, _ := os.ReadFile("seeds/000_54217dd4817d8caf.txt")
	os.WriteFile(filepath.Join(dir, "b_good.txt"), seed, 0o644)
	base := startServer(t, "--seeds", dir)
	res := post(t, base, `{ meetings(first: 5) { totalCount } }`, nil)
	if !strings.Contains(string(res.Data), `"totalCount":1`) {
		t.Errorf("meetings = %s, want the good seed's meeting", res.Data)
	}
}

// lockedBuffer is a bytes.Buffer safe for one writer and concurrent readers.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}
