//go:build !(linux && cgo)

package main

// releaseCMemory has nothing to do without glibc (see malloc_linux.go).
func releaseCMemory() {}
