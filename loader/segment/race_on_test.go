//go:build race

package segment

// raceEnabled: gse's own dictionary, the reference of the equality tests,
// takes minutes to load under the race detector, so those tests skip there
// (they run in the plain go test).
const raceEnabled = true
