//go:build race

package main

// raceEnabled: the race detector slows extraction 5-10x, so the time bounds
// that catch a runaway extraction are scaled up under it.
const raceEnabled = true
