package main

import (
	"strings"
	"testing"
)

// field is gqlgen's code for a struct-field read of obj's field val, typed
// typ, marshalled by marshal, with the field context fc.
func field(name, val, typ, marshal, nonNull string) string {
	return `func (ec *executionContext) _T_` + name + `(ctx context.Context, field graphql.CollectedField, obj *model.T) (ret graphql.Marshaler) {
	return graphql.ResolveField(
		ctx,
		ec.OperationContext,
		field,
		func(ctx context.Context, field graphql.CollectedField) (*graphql.FieldContext, error) {
			return ec.fieldContext_T_` + name + `(ctx, field)
		},
		func(ctx context.Context) (any, error) {
			return ` + val + `, nil
		},
		nil,
		func(ctx context.Context, selections ast.SelectionSet, v ` + typ + `) graphql.Marshaler {
			return ec.` + marshal + `(ctx, selections, v)
		},
		true,
		` + nonNull + `,
	)
}
`
}

const (
	scalarCtx = `func (ec *executionContext) fieldContext_T_%s(_ context.Context, field graphql.CollectedField) (fc *graphql.FieldContext, err error) {
	return graphql.NewScalarFieldContext("T", field, false, false, errors.New("field of type String does not have child fields"))
}
`
	objectCtx = `func (ec *executionContext) fieldContext_T_%s(_ context.Context, field graphql.CollectedField) (fc *graphql.FieldContext, err error) {
	fc = &graphql.FieldContext{Object: "T"}
	return fc, nil
}
`
	marshallers = `func (ec *executionContext) marshalNString2string(ctx context.Context, sel ast.SelectionSet, v string) graphql.Marshaler {
	return graphql.MarshalString(v)
}
func (ec *executionContext) marshalOString2ᚖstring(ctx context.Context, sel ast.SelectionSet, v *string) graphql.Marshaler {
	if v == nil {
		return graphql.Null
	}
	return graphql.MarshalString(*v)
}
func (ec *executionContext) marshalNString2ᚖstring(ctx context.Context, sel ast.SelectionSet, v *string) graphql.Marshaler {
	return graphql.MarshalString(*v)
}
func (ec *executionContext) marshalNU2U(ctx context.Context, sel ast.SelectionSet, v U) graphql.Marshaler {
	return ec._U(ctx, sel, v)
}
`
)

func ctxFor(format, name string) string { return strings.Replace(format, "%s", name, 1) }

func TestRewrite(t *testing.T) {
	tests := []struct {
		name   string
		src    string
		direct bool
	}{
		{"non-null scalar", field("a", "obj.A", "string", "marshalNString2string", "true") + ctxFor(scalarCtx, "a"), true},
		{"nullable pointer", field("b", "obj.B", "*string", "marshalOString2ᚖstring", "false") + ctxFor(scalarCtx, "b"), true},
		{"non-null pointer: a nil is an error at the field's path", field("c", "obj.C", "*string", "marshalNString2ᚖstring", "true") + ctxFor(scalarCtx, "c"), false},
		{"object: its fields need this field's context", field("d", "obj.D", "*model.D", "marshalNString2string", "true") + ctxFor(objectCtx, "d"), false},
		{"union with a scalar-style context", field("e", "obj.E", "U", "marshalNU2U", "true") + ctxFor(scalarCtx, "e"), false},
		{"a method, not a field", field("f", "obj.F()", "string", "marshalNString2string", "true") + ctxFor(scalarCtx, "f"), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, n := rewrite(tt.src + marshallers)
			if direct := strings.Contains(got, "marshalled directly"); direct != tt.direct || (n == 1) != tt.direct {
				t.Fatalf("direct %v (n=%d), want %v:\n%s", direct, n, tt.direct, got)
			}
			if tt.direct && strings.Contains(got, "graphql.ResolveField(") {
				t.Errorf("ResolveField left in:\n%s", got)
			}
			if strings.Count(got, `errors.New(`) > 1 {
				t.Errorf("leaf error not shared:\n%s", got)
			}
			again, n2 := rewrite(got)
			if again != got || n2 != 0 {
				t.Errorf("second run changed the file (%d fields):\n%s", n2, again)
			}
		})
	}
}

// objectMarshaller is gqlgen's marshaller of an object type T with the
// @defer bookkeeping, and extra inside its field loop.
func objectMarshaller(extra string) string {
	return `func (ec *executionContext) _T(ctx context.Context, sel ast.SelectionSet, obj *model.T) graphql.Marshaler {
	fields := graphql.CollectFields(ec.OperationContext, sel, tImplementors)

	out := graphql.NewFieldSet(fields)
	deferredFieldSet := graphql.NewFieldSet(nil)
	deferLabelToView := make(map[string]*graphql.FieldSetView)
	for i, field := range fields {
` + extra + `	}
	out.Dispatch(ctx)

	atomic.AddInt32(&ec.Deferred, int32(min(len(deferLabelToView), math.MaxInt32)))

	ec.ProcessDeferredGroup(graphql.DeferredGroup{
		Defers:   deferLabelToView,
		Path:     graphql.GetPath(ctx),
		FieldSet: deferredFieldSet,
		Context:  ctx,
	})

	return out
}
`
}

func TestDropDeadDefer(t *testing.T) {
	imports := "import (\n\t\"math\"\n\t\"sync/atomic\"\n)\n"
	tests := []struct {
		name, src string
		dropped   bool
	}{
		{"nothing deferred", imports + objectMarshaller(""), true},
		{"a deferred field", imports + objectMarshaller("\t\tdeferLabelToView[label] = view\n"), false},
		{"a deferred field set", imports + objectMarshaller("\t\tdeferredFieldSet.Concurrently(i, f)\n"), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := dropDeadDefer(tt.src)
			if dropped := !strings.Contains(got, "GetPath"); dropped != tt.dropped {
				t.Fatalf("dropped = %v, want %v:\n%s", dropped, tt.dropped, got)
			}
			if tt.dropped && (strings.Contains(got, "deferLabelToView") || strings.Contains(got, `"math"`)) {
				t.Errorf("left part of the bookkeeping or the math import:\n%s", got)
			}
			if !tt.dropped && got != tt.src {
				t.Errorf("changed code that defers fields")
			}
		})
	}
}

func TestWriteObjectsDirectly(t *testing.T) {
	fn := func(body string) string {
		return "func (ec *executionContext) _T() graphql.Marshaler {\n\tout := graphql.NewFieldSet(fields)\n" + body +
			"\tout.Dispatch(ctx)\n\tif out.Invalids > 0 {\n\t\treturn graphql.Null\n\t}\n\n\n\treturn out\n}\n"
	}
	tests := []struct {
		name, src string
		direct    bool
	}{
		{"object marshaller", fn(""), true},
		{"a set with fields added later", fn("\tout.AddField(f)\n"), false},
		{"a set with concurrent fields", fn("\tout.Concurrently(i, f)\n"), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := writeObjectsDirectly(tt.src)
			if direct := strings.Contains(got, "out := newObjectJSON(fields)\n"); direct != tt.direct {
				t.Fatalf("direct = %v, want %v:\n%s", direct, tt.direct, got)
			}
			if !tt.direct {
				if got != tt.src {
					t.Errorf("changed a marshaller it must keep:\n%s", got)
				}
				return
			}
			if strings.Contains(got, "NewFieldSet") || strings.Contains(got, "Dispatch") || !strings.Contains(got, "\treturn out\n}\n") {
				t.Errorf("left part of the field set:\n%s", got)
			}
		})
	}
}
