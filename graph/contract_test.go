package graph

import (
	"testing"

	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"
)

// parseContract returns the contract's types with their field (or enum
// value) names.
func parseContract(t *testing.T, src string) map[string][]string {
	t.Helper()
	s, err := gqlparser.LoadSchema(&ast.Source{Name: "contract.graphql", Input: src})
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]string{}
	for name, def := range s.Types {
		if def.BuiltIn || name[0] == '_' {
			continue
		}
		var fs []string
		for _, f := range def.Fields {
			if f.Name[0] != '_' {
				fs = append(fs, f.Name)
			}
		}
		for _, v := range def.EnumValues {
			fs = append(fs, v.Name)
		}
		out[name] = fs
	}
	return out
}
