package graph

import (
	"strings"

	"github.com/vektah/gqlparser/v2/formatter"
)

// SDL prints the full schema (types, descriptions, deprecations) in schema
// definition language, as committed in schema.graphql at the module root.
func SDL() string {
	var b strings.Builder
	formatter.NewFormatter(&b, formatter.WithIndent("  ")).FormatSchema(NewExecutableSchema(Config{}).Schema())
	return b.String()
}
