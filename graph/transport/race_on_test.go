//go:build race

package transport_test

// raceEnabled: the race detector slows every request 5-10x (more on a busy
// machine), so the server-time bound of the bad-query catalogue is not
// applied under it; the codes still are.
const raceEnabled = true
