//go:build linux && cgo

package main

/*
#include <malloc.h>
*/
import "C"

// SQLite allocates through glibc's malloc from whichever thread runs the
// query, and glibc gives each thread that contends for the heap an arena of
// its own (up to 8 per core), each keeping freed memory for reuse: under
// load RSS grew with the number of threads that had ever run a query. Two
// arenas are enough for two cores and keep that memory in one place.
func init() {
	C.mallopt(C.M_ARENA_MAX, 2)
}
