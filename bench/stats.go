package main

import (
	"math"
	"slices"
	"time"
)

// percentile returns the p-th percentile (0 < p <= 100) of sorted by the
// nearest-rank method: the smallest value with at least p% of the values at
// or below it. Zero for no values.
func percentile(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	rank := int(math.Ceil(p / 100 * float64(len(sorted))))
	return sorted[min(max(rank, 1), len(sorted))-1]
}

// summary is what one load run measured.
type summary struct {
	Requests      int
	Errors        int
	Timeouts      int    // of Errors, the server's time limit
	FirstError    string `json:",omitempty"`
	Seconds       float64
	RPS           float64
	P50, P95, P99 time.Duration
	Bytes         int // body size of the last good response
}

// summarize sorts lat in place and fills the percentiles and rate.
func summarize(lat []time.Duration, errs int, elapsed time.Duration) summary {
	slices.Sort(lat)
	s := summary{Requests: len(lat), Errors: errs, Seconds: elapsed.Seconds(),
		P50: percentile(lat, 50), P95: percentile(lat, 95), P99: percentile(lat, 99)}
	if elapsed > 0 {
		s.RPS = float64(len(lat)) / elapsed.Seconds()
	}
	return s
}
