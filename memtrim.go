package main

import (
	"context"
	"time"
)

// cMemoryReleaseInterval is how often the server hands malloc's free pages
// back to the kernel: a trim walks glibc's free lists under its arena locks
// (about a millisecond for the tens of MiB SQLite uses here), so seconds
// apart costs nothing measurable while RSS follows what is in use.
const cMemoryReleaseInterval = 5 * time.Second

// releaseCMemoryEvery calls releaseCMemory every d until ctx is done.
func releaseCMemoryEvery(ctx context.Context, d time.Duration) {
	t := time.NewTicker(d)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			releaseCMemory()
		}
	}
}
