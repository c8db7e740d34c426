//go:build race

package extract

// raceEnabled: the race detector slows this package's code 5-10x, so
// time bounds that catch a runaway extraction are scaled up under it.
const raceEnabled = true
