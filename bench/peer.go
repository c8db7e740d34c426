package main

import (
	"context"
	"fmt"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"time"
)

// peerResult is PostGraphile (../shared/peer) answering its Q3 with a
// response of about our nested query's size, under the same load generator.
type peerResult struct {
	When          time.Time
	Workers       int
	Courts        int // courts(first:) giving the matching size
	ResponseBytes int
	Load          map[int]summary
}

// measurePeer starts the peer stack with setup.sh, sizes Q3 to our
// response's bytes, loads it at c=16 and c=64, and stops the stack.
func measurePeer(ctx context.Context, cfg suiteConfig, ourBytes int) (*peerResult, error) {
	setup := exec.CommandContext(ctx, "bash", filepath.Join(cfg.PeerDir, "setup.sh"))
	setup.Env = append(os.Environ(), fmt.Sprintf("WORKERS=%d", cfg.PeerWorkers))
	setup.Stdout, setup.Stderr = os.Stderr, os.Stderr
	if err := setup.Run(); err != nil {
		return nil, fmt.Errorf("peer setup.sh: %w", err)
	}
	defer func() {
		stop := exec.Command("bash", filepath.Join(cfg.PeerDir, "stop.sh"))
		stop.Stdout, stop.Stderr = os.Stderr, os.Stderr
		if err := stop.Run(); err != nil {
			log.Printf("peer stop.sh: %v", err)
		}
	}()
	const url = "http://127.0.0.1:5000/graphql"
	client := newClient(64)
	p := &peerResult{When: time.Now().UTC(), Workers: cfg.PeerWorkers, Load: map[int]summary{}}
	// The default data has 60 courts of 20 meetings: pick the court count
	// whose answer is closest to ours.
	best := -1
	for courts := 1; courts <= 60; courts++ {
		body, err := postGraphQL(ctx, client, url, fmt.Sprintf(peerQuery, courts), nil, nil)
		if err != nil {
			return nil, fmt.Errorf("peer Q3: %w", err)
		}
		if d := abs(len(body) - ourBytes); best < 0 || d < best {
			best, p.Courts, p.ResponseBytes = d, courts, len(body)
		}
		if len(body) > ourBytes {
			break
		}
	}
	q := fmt.Sprintf(peerQuery, p.Courts)
	log.Printf("peer Q3 with %d courts: %d bytes (ours %d)", p.Courts, p.ResponseBytes, ourBytes)
	var r results
	for _, conc := range []int{1, 16, 64} {
		p.Load[conc] = r.load(ctx, fmt.Sprintf("PostGraphile c=%d", conc), conc, cfg, func(ctx context.Context, _ int) (string, error) {
			_, err := postGraphQL(ctx, client, url, q, nil, nil)
			return "peer", err
		})
	}
	if len(r.Errors) > 0 {
		return p, fmt.Errorf("%s", r.Errors[0])
	}
	return p, nil
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
