package main

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"os/exec"
	"syscall"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // the same, on PostgreSQL
	_ "github.com/mattn/go-sqlite3"    // reads the loader's progress from its database
)

// ingestResult is one `courtql load` of a corpus into a new database.
type ingestResult struct {
	Articles    int
	Seconds     float64   // the whole command, start-up included
	Rate        float64   // articles per second over Seconds
	FirstRate   float64   // over the first 10% of articles
	LastRate    float64   // over the last 10%
	DecileRates []float64 // per 10% of the articles, from the first stored
	PeakRSS     int64     // of the load process (getrusage maxrss)
}

// progress is the number of stored documents at a moment.
type progress struct {
	t time.Duration
	n int
}

// measureIngest runs bin load on the corpus directory into db, its output
// going to logPath, and samples the stored-document count from the database
// while it runs (the loader prints no progress), to time the first and last
// 10%.
func measureIngest(ctx context.Context, bin, db, logPath string, c corpus) (ingestResult, error) {
	res := ingestResult{Articles: len(c.files)}
	cmd := exec.CommandContext(ctx, bin, "load", "--db", db, c.dir)
	out, err := os.Create(logPath)
	if err != nil {
		return res, fmt.Errorf("ingest log: %w", err)
	}
	defer out.Close()
	cmd.Stdout, cmd.Stderr = out, out
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return res, fmt.Errorf("start load: %w", err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	var (
		samples []progress
		rdb     *sql.DB
		werr    error
	)
	tick := time.NewTicker(20 * time.Millisecond)
	defer tick.Stop()
poll:
	for {
		select {
		case werr = <-done:
			break poll
		case <-tick.C:
			if rdb == nil {
				rdb = openProgress(db)
			}
			if n, ok := storedCount(rdb); ok {
				samples = append(samples, progress{time.Since(start), n})
			}
		}
	}
	elapsed := time.Since(start)
	if rdb == nil {
		rdb = openProgress(db)
	}
	if rdb != nil {
		defer rdb.Close()
	}
	if werr != nil {
		return res, fmt.Errorf("load failed: %w (log %s)", werr, out.Name())
	}
	final, ok := storedCount(rdb)
	if !ok || final != len(c.files) {
		return res, fmt.Errorf("load stored %d of %d articles (log %s)", final, len(c.files), out.Name())
	}
	samples = append(samples, progress{elapsed, final})
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		res.PeakRSS = ru.Maxrss << 10 // kilobytes on Linux
	}
	res.Seconds = elapsed.Seconds()
	res.Rate = float64(final) / res.Seconds
	res.DecileRates = decileRates(samples, final)
	if len(res.DecileRates) == 10 {
		res.FirstRate, res.LastRate = res.DecileRates[0], res.DecileRates[9]
	}
	return res, nil
}

// openProgress opens db (an SQLite path or a postgres:// URL) to read the
// loader's progress; nil while an SQLite file does not exist yet.
func openProgress(db string) *sql.DB {
	if isPostgres(db) {
		rdb, _ := sql.Open("pgx", db)
		return rdb
	}
	if _, err := os.Stat(db); err != nil {
		return nil
	}
	rdb, _ := sql.Open("sqlite3", "file:"+db+"?_busy_timeout=1000")
	return rdb
}

func storedCount(db *sql.DB) (int, bool) {
	if db == nil {
		return 0, false
	}
	var n sql.NullInt64
	if err := db.QueryRow(`SELECT max(id) FROM documents`).Scan(&n); err != nil {
		return 0, false
	}
	return int(n.Int64), true
}

// decileRates returns the rate over each tenth of total articles, timing
// each boundary by linear interpolation between samples. The first tenth
// starts at the first stored document, so the loader's start-up (opening
// the database, loading gse) is not in it.
func decileRates(samples []progress, total int) []float64 {
	if total < 10 || len(samples) == 0 {
		return nil
	}
	at := func(count int) time.Duration {
		for i, s := range samples {
			if s.n < count {
				continue
			}
			if i == 0 {
				return s.t
			}
			prev := samples[i-1]
			f := float64(count-prev.n) / float64(s.n-prev.n)
			return prev.t + time.Duration(f*float64(s.t-prev.t))
		}
		return samples[len(samples)-1].t
	}
	rates := make([]float64, 10)
	for k := 0; k < 10; k++ {
		lo, hi := max(k*total/10, 1), (k+1)*total/10
		if d := at(hi) - at(lo); d > 0 {
			rates[k] = float64(hi-lo) / d.Seconds()
		}
	}
	return rates
}
