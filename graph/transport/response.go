package transport

import (
	"encoding/json"
	"fmt"
	"mime"
	"net/http"
	"strconv"
	"strings"

	"github.com/vektah/gqlparser/v2/gqlerror"
)

const (
	mediaJSON            = "application/json"
	mediaGraphQLResponse = "application/graphql-response+json"
)

// negotiate picks the response media type from an Accept header: the
// acceptable one with the highest q; application/json when Accept is absent
// or a wildcard wins. ok is false when neither type is acceptable.
func negotiate(accept string) (media string, ok bool) {
	if strings.TrimSpace(accept) == "" {
		return mediaJSON, true
	}
	best, bestQ := "", 0.0
	for part := range strings.SplitSeq(accept, ",") {
		mt, params, err := mime.ParseMediaType(strings.TrimSpace(part))
		if err != nil {
			continue
		}
		q := 1.0
		if v, ok := params["q"]; ok {
			if f, err := strconv.ParseFloat(v, 64); err == nil {
				q = f
			}
		}
		var cand string
		switch mt {
		case mediaGraphQLResponse:
			cand = mediaGraphQLResponse
		case mediaJSON, "*/*", "application/*":
			cand = mediaJSON
		default:
			continue
		}
		if q > bestQ {
			best, bestQ = cand, q
		}
	}
	return best, best != ""
}

// response is a GraphQL response whose "data" key is left out when nil (a
// request error) and kept as null when the operation ran and yielded null.
type response struct {
	Errors     gqlerror.List   `json:"errors,omitempty"`
	Data       json.RawMessage `json:"data,omitempty"`
	Extensions map[string]any  `json:"extensions,omitempty"`
}

// encode writes the response object around data by hand: data is gqlgen's
// already-encoded JSON, and json.Marshal of a RawMessage validates,
// compacts and HTML-escapes every byte of it again (8% of a nested
// query's server CPU). Errors and extensions, small, go through
// encoding/json. The keys come in the order of response's fields.
func encode(errs gqlerror.List, data json.RawMessage, ext map[string]any) []byte {
	b := make([]byte, 0, len(data)+128)
	b = append(b, '{')
	add := func(key string, v []byte) {
		if len(b) > 1 {
			b = append(b, ',')
		}
		b = append(b, key...)
		b = append(b, v...)
	}
	if len(errs) > 0 {
		e, err := json.Marshal(errs)
		if err != nil {
			return encodeFailed()
		}
		add(`"errors":`, e)
	}
	if len(data) > 0 {
		add(`"data":`, data)
	}
	if len(ext) > 0 {
		e, err := json.Marshal(ext)
		if err != nil {
			return encodeFailed()
		}
		add(`"extensions":`, e)
	}
	return append(b, '}')
}

// encodeFailed is the body when errors or extensions do not encode: they
// are plain structs and maps, so this means a bug; say so without losing
// the request.
func encodeFailed() []byte {
	return []byte(`{"errors":[{"message":"internal error","extensions":{"code":"INTERNAL_SERVER_ERROR"}}]}`)
}

// writeResponse writes a GraphQL response that must not be cached.
func writeResponse(w http.ResponseWriter, mediaType string, status int, errs gqlerror.List, data json.RawMessage, ext map[string]any) {
	writeBody(w, mediaType, status, encode(errs, data, ext))
}

// writeBody writes an encoded GraphQL response that must not be cached.
func writeBody(w http.ResponseWriter, mediaType string, status int, body []byte) {
	h := w.Header()
	h.Set("Content-Type", mediaType+"; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	h.Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(status)
	_, _ = w.Write(body)
}

// writeRequestError answers a request that never reached GraphQL execution
// (bad method, body, parameters) with status and one error carrying code and
// the request id. The media type follows the request's Accept where it can.
func writeRequestError(w http.ResponseWriter, r *http.Request, status int, code, format string, args ...any) {
	mediaType, ok := negotiate(r.Header.Get("Accept"))
	if !ok {
		mediaType = mediaJSON
	}
	recordError(r.Context(), code)
	e := &gqlerror.Error{
		Message:    fmt.Sprintf(format, args...),
		Extensions: map[string]any{"code": code, "requestId": RequestID(r.Context())},
	}
	writeResponse(w, mediaType, status, gqlerror.List{e}, nil, nil)
}
