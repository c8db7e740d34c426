package transport

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2/gqlerror"
)

// encodeCases are responses of every shape: data only, null data, errors
// only, errors with partial data, extensions, and data holding what
// json.Marshal would have escaped (<>&, U+2028).
var encodeCases = []struct {
	name string
	errs gqlerror.List
	data json.RawMessage
	ext  map[string]any
}{
	{"empty", nil, nil, nil},
	{"data", nil, json.RawMessage(`{"meetings":{"totalCount":5,"edges":[{"node":{"name":"全省中级法院院长座谈会"}}]}}`), nil},
	{"null data", nil, json.RawMessage(`null`), nil},
	{"escapable data", nil, json.RawMessage(`{"text":"<b>&\u2028</b>","raw":"a<b"}`), nil},
	{"errors only", gqlerror.List{{Message: "bad", Extensions: map[string]any{"code": "BAD_USER_INPUT"}}}, nil, nil},
	{"errors and data", gqlerror.List{gqlerror.Errorf("x")}, json.RawMessage(`{"a":null}`), nil},
	{"extensions", nil, json.RawMessage(`{"a":1}`), map[string]any{"cost": 12, "requestId": "r1"}},
	{"everything", gqlerror.List{gqlerror.Errorf("x")}, json.RawMessage(`{"a":[1,2]}`), map[string]any{"k": "<v>"}},
}

// TestEncodeAsJSONMarshal: encode gives the same JSON value as json.Marshal
// of the response struct, keys in the same order, for every shape.
func TestEncodeAsJSONMarshal(t *testing.T) {
	for _, tt := range encodeCases {
		t.Run(tt.name, func(t *testing.T) {
			got := encode(tt.errs, tt.data, tt.ext)
			want, err := json.Marshal(response{Errors: tt.errs, Data: tt.data, Extensions: tt.ext})
			if err != nil {
				t.Fatal(err)
			}
			var g, w any
			if err := json.Unmarshal(got, &g); err != nil {
				t.Fatalf("encode gave invalid JSON %s: %v", got, err)
			}
			if err := json.Unmarshal(want, &w); err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(g, w) {
				t.Errorf("encode = %s, want the value of %s", got, want)
			}
			if keys(got) != keys(want) {
				t.Errorf("keys %q, want %q", keys(got), keys(want))
			}
		})
	}
}

// keys lists the top-level keys of a JSON object in order.
func keys(b []byte) string {
	dec := json.NewDecoder(strings.NewReader(string(b)))
	var out []string
	if _, err := dec.Token(); err != nil {
		return err.Error()
	}
	for dec.More() {
		k, _ := dec.Token()
		out = append(out, k.(string))
		var skip json.RawMessage
		_ = dec.Decode(&skip)
	}
	return strings.Join(out, ",")
}

// BenchmarkEncode compares encode with json.Marshal of the response struct
// on a nested query's 31 KB of data, side by side in one run.
func BenchmarkEncode(b *testing.B) {
	row := `{"node":{"name":"全省中级法院院长座谈会","date":"2022-08-20","kind":"座谈会","host":{"name":"湖南省高级人民法院"}}}`
	data := json.RawMessage(`{"meetings":{"edges":[` + strings.TrimSuffix(strings.Repeat(row+",", 200), ",") + `]}}`)
	b.Run("encode", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		for i := 0; i < b.N; i++ {
			encode(nil, data, nil)
		}
	})
	b.Run("json.Marshal", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		for i := 0; i < b.N; i++ {
			_, _ = json.Marshal(response{Data: data})
		}
	})
}
