package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"sync"
	"time"
)

// call performs one request on behalf of worker w and checks the answer. It
// returns the kind of request (for mixed loads) and a non-nil error for a
// failed one.
type call func(ctx context.Context, w int) (kind string, err error)

// loadResult is a load run: all requests, and per kind for mixed loads.
type loadResult struct {
	All    summary
	ByKind map[string]summary
}

// runLoad keeps conc workers calling for warm-up (not recorded) and then for
// dur, and summarises the latencies of the timed part.
func runLoad(ctx context.Context, conc int, warmup, dur time.Duration, do call) loadResult {
	type sample struct {
		kind string
		d    time.Duration
		err  error
	}
	var (
		wg      sync.WaitGroup
		samples = make([][]sample, conc)
	)
	start := time.Now()
	timedFrom := start.Add(warmup)
	end := timedFrom.Add(dur)
	for w := 0; w < conc; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for ctx.Err() == nil {
				t0 := time.Now()
				if t0.After(end) {
					return
				}
				kind, err := do(ctx, w)
				if t0.After(timedFrom) {
					samples[w] = append(samples[w], sample{kind, time.Since(t0), err})
				}
			}
		}(w)
	}
	wg.Wait()
	elapsed := time.Since(timedFrom)
	var (
		all      []time.Duration
		errs     int
		timeouts int
		firstErr string
		kinds    = map[string][]time.Duration{}
		kindErrs = map[string]int{}
	)
	for _, ws := range samples {
		for _, s := range ws {
			if s.err != nil {
				errs++
				if errors.Is(s.err, errTimeout) {
					timeouts++
				}
				kindErrs[s.kind]++
				if firstErr == "" {
					firstErr = s.err.Error()
				}
				continue
			}
			all = append(all, s.d)
			kinds[s.kind] = append(kinds[s.kind], s.d)
		}
	}
	res := loadResult{All: summarize(all, errs, elapsed), ByKind: map[string]summary{}}
	res.All.FirstError = firstErr
	res.All.Timeouts = timeouts
	for k, lat := range kinds {
		res.ByKind[k] = summarize(lat, kindErrs[k], elapsed)
	}
	for k, n := range kindErrs {
		if _, ok := res.ByKind[k]; !ok {
			res.ByKind[k] = summary{Errors: n}
		}
	}
	return res
}

// newClient is an HTTP client for conc workers on loopback: keep-alive
// connections for each, and no gzip, so every server sends the same bytes.
func newClient(conc int) *http.Client {
	return &http.Client{
		Timeout: 30 * time.Second,
		Transport: &http.Transport{
			MaxIdleConns:        conc * 2,
			MaxIdleConnsPerHost: conc * 2,
			DisableCompression:  true,
			IdleConnTimeout:     time.Minute,
		},
	}
}

// errTimeout is the server giving up on a request (its per-request time
// limit): a slow answer rather than a wrong one, so it is reported beside
// the figures but does not fail the run.
var errTimeout = errors.New("server timeout")

// gqlResponse is the envelope of a GraphQL answer.
type gqlResponse struct {
	Data   json.RawMessage   `json:"data"`
	Errors []json.RawMessage `json:"errors"`
}

// postGraphQL posts query with variables and returns the raw body after
// checking for HTTP 200, a data member and no errors.
func postGraphQL(ctx context.Context, c *http.Client, url, query string, vars map[string]any, header http.Header) ([]byte, error) {
	payload, err := json.Marshal(map[string]any{"query": query, "variables": vars})
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(payload))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/json")
	for k, v := range header {
		req.Header[k] = v
	}
	return doGraphQL(c, req)
}

func doGraphQL(c *http.Client, req *http.Request) ([]byte, error) {
	resp, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		err := fmt.Errorf("HTTP %d: %.200s", resp.StatusCode, body)
		if bytes.Contains(body, []byte(`"code":"TIMEOUT"`)) {
			err = fmt.Errorf("%w: %w", errTimeout, err)
		}
		return body, err
	}
	if err := checkGraphQL(body); err != nil {
		return body, err
	}
	return body, nil
}

// checkGraphQL fails for a body that is not a GraphQL answer with data, or
// that carries errors. A cheap test first: decoding 40 KB answers on every
// request would load the client more than the server.
func checkGraphQL(body []byte) error {
	if !bytes.HasPrefix(body, []byte(`{"data":`)) || bytes.Contains(body, []byte(`"errors":`)) {
		var r gqlResponse
		if err := json.Unmarshal(body, &r); err != nil {
			return fmt.Errorf("not JSON: %.200s", body)
		}
		if len(r.Errors) > 0 {
			return fmt.Errorf("GraphQL errors: %.300s", r.Errors[0])
		}
		if len(r.Data) == 0 || string(r.Data) == "null" {
			return fmt.Errorf("no data: %.200s", body)
		}
	}
	return nil
}
