//go:build linux && cgo

package main

/*
#include <malloc.h>

// SQLite allocates through glibc's malloc from whichever thread runs the
// query, and glibc gives each thread that first mallocs (or contends for a
// heap) an arena of its own, up to 8 per core, each keeping freed memory
// for reuse: under load RSS grew with the number of threads that had ever
// run a query. Two arenas are enough for two cores. glibc fixes its arena
// limit at the first arena it creates after start-up, and the Go runtime's
// threads malloc before any Go init function runs (a mallopt from init()
// left the server with 5 arenas), so this runs as a constructor, before
// the runtime starts a thread.
__attribute__((constructor)) static void courtql_cap_malloc_arenas(void) {
	mallopt(M_ARENA_MAX, 2);
}
*/
import "C"

// releaseCMemory hands the pages glibc's malloc holds free (SQLite's page
// caches and statement journals, freed after each query and ingest) back to
// the kernel. glibc only returns memory at the top of its main heap on its
// own, so without this RSS kept what the busiest moment had used.
func releaseCMemory() { C.malloc_trim(0) }
