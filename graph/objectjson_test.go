package graph

import (
	"bytes"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
)

// TestObjectJSONAsFieldSet: objectJSON writes what gqlgen's FieldSet writes
// for the same fields and values.
func TestObjectJSONAsFieldSet(t *testing.T) {
	field := func(alias string) graphql.CollectedField {
		return graphql.CollectedField{Field: &ast.Field{Alias: alias, Name: alias}}
	}
	inner := []graphql.CollectedField{field("name")}
	tests := []struct {
		name   string
		fields []graphql.CollectedField
		values []graphql.Marshaler
	}{
		{"empty", nil, nil},
		{"scalars", []graphql.CollectedField{field("name"), field("n"), field("x")},
			[]graphql.Marshaler{graphql.MarshalString(`法院 "a"\`), graphql.MarshalInt(3), graphql.Null}},
		{"nested object and list", []graphql.CollectedField{field("host"), field("courts")},
			[]graphql.Marshaler{&objectJSON{fields: inner, Values: []graphql.Marshaler{graphql.MarshalString("a")}},
				graphql.Array{&objectJSON{fields: inner, Values: []graphql.Marshaler{graphql.MarshalString("b")}}}}},
		{"an alias twice", []graphql.CollectedField{field("a"), field("b"), field("a")},
			[]graphql.Marshaler{graphql.MarshalInt(1), graphql.MarshalInt(2), graphql.MarshalInt(3)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := graphql.NewFieldSet(tt.fields)
			copy(fs.Values, tt.values)
			var want, got bytes.Buffer
			fs.MarshalGQL(&want)
			o := newObjectJSON(tt.fields)
			copy(o.Values, tt.values)
			o.MarshalGQL(&got)
			if got.String() != want.String() {
				t.Errorf("objectJSON wrote %s, FieldSet %s", got.String(), want.String())
			}
		})
	}
}
