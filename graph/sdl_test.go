package graph

import (
	"flag"
	"os"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite ../schema.graphql from the schema")

const sdlFile = "../schema.graphql"

// TestSDLCommitted fails when ../schema.graphql is stale; run
// `go test ./graph -run TestSDLCommitted -update` to rewrite it.
func TestSDLCommitted(t *testing.T) {
	sdl := SDL()
	if *update {
		if err := os.WriteFile(sdlFile, []byte(sdl), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	b, err := os.ReadFile(sdlFile)
	if err != nil {
		t.Fatal(err)
	}
	if string(b) != sdl {
		t.Errorf("%s is stale: run go test ./graph -run TestSDLCommitted -update", sdlFile)
	}
}

// TestSDLDescriptions checks that every type and field of our own schema
// (not introspection's) has a description.
func TestSDLDescriptions(t *testing.T) {
	s := NewExecutableSchema(Config{}).Schema()
	for name, def := range s.Types {
		if def.BuiltIn || strings.HasPrefix(name, "__") {
			continue
		}
		if def.Description == "" {
			t.Errorf("type %s has no description", name)
		}
		for _, f := range def.Fields {
			if f.Description == "" && !strings.HasPrefix(f.Name, "__") {
				t.Errorf("field %s.%s has no description", name, f.Name)
			}
		}
		for _, v := range def.EnumValues {
			if v.Description == "" {
				t.Errorf("enum value %s.%s has no description", name, v.Name)
			}
		}
	}
}

// TestContractNames checks every type and field of the API contract exists.
func TestContractNames(t *testing.T) {
	b, err := os.ReadFile("../../shared/api/contract.graphql")
	if err != nil {
		t.Skip("contract not available:", err)
	}
	s := NewExecutableSchema(Config{}).Schema()
	contract := parseContract(t, string(b))
	for typ, fields := range contract {
		def := s.Types[typ]
		if def == nil {
			t.Errorf("contract type %s missing", typ)
			continue
		}
		for _, f := range fields {
			if def.Fields.ForName(f) == nil && def.EnumValues.ForName(f) == nil {
				t.Errorf("contract field %s.%s missing", typ, f)
			}
		}
	}
}
