// Command gen runs gqlgen on gqlgen.yml (go generate ./graph) with one
// change: the generated executor resolves fields and list elements in the
// calling goroutine instead of one goroutine each.
//
// Why: courtql's nested fields never block on each other. Each is loaded for
// all its siblings at once (graph/dataloader.go), so the first sibling's call
// does the work and the others only read it. gqlgen's default starts a
// goroutine per resolver field and per list element (about 1,100 for a page
// of 20 meetings with their directives and statistics), and their start-up
// and stack growth cost more CPU than the whole query's SQL.
//
// It then makes plain leaf fields direct (rewrite.go).
package main

import (
	"fmt"
	"go/format"
	"os"
	"strings"

	"github.com/99designs/gqlgen/api"
	"github.com/99designs/gqlgen/codegen"
	"github.com/99designs/gqlgen/codegen/config"
)

// sequential marks every object but Subscription as non-concurrent, which
// gqlgen otherwise does only for Mutation.
type sequential struct{}

func (sequential) Name() string { return "sequential" }

func (sequential) GenerateCode(data *codegen.Data) error {
	for _, o := range data.Objects {
		if !o.Stream {
			o.DisableConcurrency = true
		}
	}
	return nil
}

// sliceCall is how the generated code marshals lists of objects; it is
// pointed at marshalSlice (graph/sequential.go), which loops in place.
const (
	sliceCall = "graphql.MarshalSliceConcurrently("
	seqCall   = "marshalSlice("
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run() error {
	cfg, err := config.LoadConfigFromDefaultLocations()
	if err != nil {
		return fmt.Errorf("load gqlgen config: %w", err)
	}
	if err := api.Generate(cfg, api.AddPlugin(sequential{})); err != nil {
		return fmt.Errorf("gqlgen: %w", err)
	}
	path := cfg.Exec.Filename
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("read %s: %w", path, err)
	}
	src := string(b)
	if !strings.Contains(src, sliceCall) {
		return fmt.Errorf("%s: no %s call to replace; has gqlgen's template changed?", path, sliceCall)
	}
	src = strings.ReplaceAll(src, sliceCall, seqCall)
	src, n := rewrite(src)
	if n == 0 {
		return fmt.Errorf("%s: no plain leaf field to make direct; has gqlgen's template changed?", path)
	}
	out, err := format.Source([]byte(src))
	if err != nil {
		return fmt.Errorf("format %s: %w", path, err)
	}
	if err := os.WriteFile(path, out, 0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}
