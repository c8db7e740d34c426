package main

// rewrite.go makes plain leaf fields direct in gqlgen's generated executor.
//
// gqlgen resolves every field, even a struct field read such as Meeting.name,
// through graphql.ResolveField: a FieldContext, a context.WithValue, closures,
// the field middleware chain and a boxing of the value in an interface. For
// the benchmark query that is about 2,000 leaf fields per response and a third
// of its allocations, for reads that cannot fail. A leaf field that gqlgen
// reads from a struct field (no resolver method, no directive) is rewritten
// to marshal that field directly.
//
// What it skips: the field context is only read by error paths (to place an
// error at its path) and by field middleware. The rewritten fields cannot
// error: they read a field of a non-nil object, and their marshaller returns
// null only for a nil pointer of a nullable type (a non-null pointer field
// keeps gqlgen's code, whose error needs the path). Field middleware
// (transport's worker limit) acts only on resolver methods. @defer works on
// fragments, at the object level above these fields, so its paths are kept.

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
)

// plainField is gqlgen's code for a field read from a struct field with no
// resolver and no directive (middlewareChain nil). Groups: 1 method name,
// 2 object type, 3 fieldContext method, 4 value expression, 5 value type,
// 6 marshaller, 7 non-null.
var plainField = regexp.MustCompile(`(?m)^func \(ec \*executionContext\) (_\w+)\(ctx context\.Context, field graphql\.CollectedField, obj (\*[\w.]+)\) \(ret graphql\.Marshaler\) \{
	return graphql\.ResolveField\(
		ctx,
		ec\.OperationContext,
		field,
		func\(ctx context\.Context, field graphql\.CollectedField\) \(\*graphql\.FieldContext, error\) \{
			return ec\.(fieldContext_\w+)\(ctx, field\)
		\},
		func\(ctx context\.Context\) \(any, error\) \{
			return (obj\.\w+), nil
		\},
		nil,
		func\(ctx context\.Context, selections ast\.SelectionSet, v ([^)\n]+)\) graphql\.Marshaler \{
			return ec\.(marshal[^(\s]+)\(ctx, selections, v\)
		\},
		true,
		(true|false),
	\)
}
`)

// scalarContext is a fieldContext method of a leaf field (a scalar or an
// enum, or a list of them): its marshaller builds no child field contexts.
const scalarContextFmt = "func (ec *executionContext) %s(_ context.Context, field graphql.CollectedField) (fc *graphql.FieldContext, err error) {\n\treturn graphql.NewScalarFieldContext("

// noChildren is the error every leaf's fieldContext method builds on each
// call; the rewrite shares one value per type name.
var noChildren = regexp.MustCompile(`errors\.New\("field of type (\w+) does not have child fields"\)`)

// marshalsObject reports whether marshaller marshal (a method in src) hands
// its value to an object's, interface's or union's marshaller (ec._Type),
// whose fields would then miss this field's context. gqlgen gives unions a
// scalar-style field context too, so the context alone does not tell.
func marshalsObject(src, marshal string) bool {
	head := "func (ec *executionContext) " + marshal + "("
	i := strings.Index(src, head)
	if i < 0 {
		return true // not found: keep gqlgen's code
	}
	body := src[i:]
	if end := strings.Index(body, "\n}\n"); end >= 0 {
		body = body[:end]
	}
	return strings.Contains(body, "ec._")
}

// deadDefer is the @defer bookkeeping gqlgen emits in every object's
// marshaller. With the objects made non-concurrent (main.go) gqlgen emits no
// code that fills deferLabelToView, so ProcessDeferredGroup returns at once;
// but its argument still computes graphql.GetPath, the object's whole path as
// a new slice, for every object of the response (8% of the benchmark query's
// CPU), and the empty field set and map are allocated for each object.
var deadDefer = []*regexp.Regexp{
	regexp.MustCompile(`\n\tdeferredFieldSet := graphql\.NewFieldSet\(nil\)\n\tdeferLabelToView := make\(map\[string\]\*graphql\.FieldSetView\)\n`),
	regexp.MustCompile(`\n\tatomic\.AddInt32\(&ec\.Deferred, int32\(min\(len\(deferLabelToView\), math\.MaxInt32\)\)\)\n\n\tec\.ProcessDeferredGroup\(graphql\.DeferredGroup\{\n\t\tDefers:   deferLabelToView,\n\t\tPath:     graphql\.GetPath\(ctx\),\n\t\tFieldSet: deferredFieldSet,\n\t\tContext:  ctx,\n\t\}\)\n`),
}

// dropDeadDefer removes deadDefer's code when nothing in src fills
// deferLabelToView or deferredFieldSet, and the math import if that was its
// only use.
func dropDeadDefer(src string) string {
	if strings.Contains(src, "deferLabelToView[") || strings.Contains(src, "deferredFieldSet.") {
		return src // some object does defer fields: keep gqlgen's code
	}
	for _, re := range deadDefer {
		src = re.ReplaceAllString(src, "\n")
	}
	if !strings.Contains(src, "math.") {
		src = strings.Replace(src, "\t\"math\"\n", "", 1)
	}
	return src
}

// objectReturn is the end of every generated object marshaller once
// dropDeadDefer has run: it returns gqlgen's *FieldSet, built on fields.
var objectReturn = regexp.MustCompile(`(\tout\.Dispatch\(ctx\)\n\tif out\.Invalids > 0 \{\n\t\treturn graphql\.Null\n\t\}\n+)\treturn out\n\}\n`)

// writeObjectsDirectly makes object marshallers build and return an
// *objectJSON (graph/objectjson.go) instead of gqlgen's *FieldSet: it writes
// the same JSON as FieldSet.MarshalGQL without its per-object map and
// per-field copies, and is one allocation where FieldSet with its
// writer is two. Only when no marshaller runs fields concurrently or adds
// fields to its set after building it (FieldSet does both; with the objects
// made non-concurrent, none does, and Dispatch has nothing to run).
func writeObjectsDirectly(src string) string {
	if strings.Contains(src, "out.AddField(") || strings.Contains(src, "out.Concurrently(") {
		return src
	}
	src = objectReturn.ReplaceAllString(src, "${1}\treturn out\n}\n")
	src = strings.ReplaceAll(src, "\tout.Dispatch(ctx)\n", "")
	return strings.ReplaceAll(src, "out := graphql.NewFieldSet(fields)\n", "out := newObjectJSON(fields)\n")
}

// rewritten marks a file already rewritten, so a second run changes nothing.
const rewrittenMark = "// Leaf errors shared by the fieldContext methods (graph/gen/rewrite.go)."

// rewrite returns src with its plain leaf fields made direct and the number
// of fields rewritten. It is idempotent: rewritten code no longer matches.
func rewrite(src string) (string, int) {
	n := 0
	src = plainField.ReplaceAllStringFunc(src, func(fn string) string {
		m := plainField.FindStringSubmatch(fn)
		name, obj, fcName, val, typ, marshal, nonNull := m[1], m[2], m[3], m[4], m[5], m[6], m[7]
		if !strings.Contains(src, fmt.Sprintf(scalarContextFmt, fcName)) || marshalsObject(src, marshal) {
			return fn // an object, interface or union: its children need this field's context
		}
		if nonNull == "true" && strings.HasPrefix(typ, "*") {
			return fn // a nil here is an error, which needs the field's path
		}
		n++
		return fmt.Sprintf("func (ec *executionContext) %s(ctx context.Context, field graphql.CollectedField, obj %s) (ret graphql.Marshaler) {\n"+
			"\t// plain leaf field, marshalled directly (graph/gen/rewrite.go)\n"+
			"\treturn ec.%s(ctx, field.Selections, %s)\n}\n", name, obj, marshal, val)
	})
	src = dropDeadDefer(src)
	src = writeObjectsDirectly(src)
	if strings.Contains(src, rewrittenMark) {
		return src, n
	}
	types := map[string]bool{}
	src = noChildren.ReplaceAllStringFunc(src, func(s string) string {
		t := noChildren.FindStringSubmatch(s)[1]
		types[t] = true
		return "errNoChildFields" + t
	})
	if len(types) > 0 {
		names := make([]string, 0, len(types))
		for t := range types {
			names = append(names, t)
		}
		sort.Strings(names)
		var b strings.Builder
		b.WriteString("\n" + rewrittenMark + "\nvar (\n")
		for _, t := range names {
			fmt.Fprintf(&b, "\terrNoChildFields%s = errors.New(\"field of type %s does not have child fields\")\n", t, t)
		}
		b.WriteString(")\n")
		src += b.String()
	}
	return src, n
}
