package main

import (
	"math"
	"testing"
	"time"
)

func TestDecileRates(t *testing.T) {
	sec := func(s float64) time.Duration { return time.Duration(s * float64(time.Second)) }
	tests := []struct {
		name      string
		samples   []progress
		total     int
		wantFirst float64
		wantLast  float64
	}{
		{
			name:      "steady 10 articles/s after a 2 s start-up",
			samples:   []progress{{sec(2), 0}, {sec(4), 20}, {sec(12), 100}},
			total:     100,
			wantFirst: 10, wantLast: 10,
		},
		{
			name: "slowing down: last tenth at half the rate",
			// 0-90 at 10/s (from 1 s), then 90-100 at 5/s.
			samples:   []progress{{sec(1), 0}, {sec(10), 90}, {sec(12), 100}},
			total:     100,
			wantFirst: 10, wantLast: 5,
		},
		{
			name:      "batched writer: counts jump, boundaries are interpolated",
			samples:   []progress{{sec(1), 0}, {sec(3), 50}, {sec(5), 100}},
			total:     100,
			wantFirst: 25, wantLast: 25,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := decileRates(tt.samples, tt.total)
			if len(got) != 10 {
				t.Fatalf("decileRates gave %d rates, want 10", len(got))
			}
			if math.Abs(got[0]-tt.wantFirst) > 0.01 || math.Abs(got[9]-tt.wantLast) > 0.01 {
				t.Errorf("first %.2f last %.2f, want %.2f and %.2f (all %v)", got[0], got[9], tt.wantFirst, tt.wantLast, got)
			}
		})
	}
	if got := decileRates(nil, 100); got != nil {
		t.Errorf("no samples: %v, want nil", got)
	}
}
