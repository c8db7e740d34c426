package transport

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
)

// httpTransport serves GraphQL over HTTP GET and POST as the GraphQL-over-HTTP
// draft asks (graphql-http's audits): request errors as 4xx, GraphQL request
// errors as 200 for application/json and 400 without "data" for
// application/graphql-response+json, mutations only over POST. GET query
// results carry an ETag and Cache-Control and honour If-None-Match.
type httpTransport struct {
	maxAge time.Duration
	cache  *ResponseCache // nil: no response cache
}

var _ graphql.Transport = httpTransport{}

// Supports takes every non-upgrade GET and POST, so that a POST with a wrong
// content type gets a 415 from Do instead of the server's generic 400.
func (httpTransport) Supports(r *http.Request) bool {
	return r.Header.Get("Upgrade") == "" && (r.Method == http.MethodGet || r.Method == http.MethodPost)
}

// Do reads the request parameters, runs the operation and writes the response.
func (t httpTransport) Do(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor) {
	mediaType, ok := negotiate(r.Header.Get("Accept"))
	if !ok {
		writeRequestError(w, r, http.StatusNotAcceptable, codeBadRequest,
			"accept %s or %s", mediaJSON, mediaGraphQLResponse)
		return
	}
	start := graphql.Now()
	var (
		params *graphql.RawParams
		status int
		err    error
	)
	if r.Method == http.MethodGet {
		params, status, err = readGET(r)
	} else {
		params, status, err = readPOST(r)
	}
	if err != nil {
		writeRequestError(w, r, status, codeFor(status), "%s", err.Error())
		return
	}
	params.Headers = r.Header
	params.ReadTime = graphql.TraceTiming{Start: start, End: graphql.Now()}

	cacheKey, cacheable := t.cacheKey(r, params)
	if cacheable {
		if body, hit := t.cache.get(cacheKey); hit {
			w.Header().Set(headerCache, "HIT")
			t.writeQueryResult(w, r, mediaType, body)
			return
		}
		w.Header().Set(headerCache, "MISS")
	}
	var gen uint64
	if cacheable {
		gen = t.cache.begin()
	}

	ctx := r.Context()
	opCtx, errs := exec.CreateOperationContext(ctx, params)
	if errs != nil {
		resp := exec.DispatchError(graphql.WithOperationContext(ctx, opCtx), errs)
		status := http.StatusOK
		if mediaType == mediaGraphQLResponse {
			status = http.StatusBadRequest
		}
		writeResponse(w, mediaType, status, resp.Errors, nil, resp.Extensions)
		return
	}

	switch op := opCtx.Operation.Operation; {
	case r.Method == http.MethodGet && op != ast.Query:
		w.Header().Set("Allow", "POST")
		writeRequestError(w, r, http.StatusMethodNotAllowed, codeBadRequest,
			"%s operations are not allowed over GET; use POST", op)
		return
	case op == ast.Subscription:
		writeRequestError(w, r, http.StatusBadRequest, codeBadRequest,
			"subscriptions need the websocket transport (graphql-transport-ws)")
		return
	}

	handler, ctx := exec.DispatchOperation(ctx, opCtx)
	resp := handler(ctx)
	if resp == nil {
		resp = &graphql.Response{Data: json.RawMessage("null")}
	}
	data := resp.Data
	if data == nil {
		data = json.RawMessage("null")
	}
	if len(resp.Errors) == 0 && (r.Method == http.MethodGet || cacheable) {
		body := encode(resp.Errors, data, resp.Extensions)
		if cacheable && opCtx.Operation.Operation == ast.Query {
			t.cache.set(cacheKey, body, gen)
		}
		t.writeQueryResult(w, r, mediaType, body)
		return
	}
	writeResponse(w, mediaType, http.StatusOK, resp.Errors, data, resp.Extensions)
}

// headerCache tells whether the response cache answered: HIT or MISS.
const headerCache = "X-Cache"

// cacheKey returns the response-cache key of a request, and whether the
// request may use the cache at all: not when the cache is off, nor for a
// request carrying credentials (its answer may depend on them).
func (t httpTransport) cacheKey(r *http.Request, p *graphql.RawParams) (string, bool) {
	if t.cache == nil || r.Header.Get("Authorization") != "" {
		return "", false
	}
	return t.cache.key(p)
}

// writeQueryResult writes the error-free result of a query: cacheable by
// HTTP caches over GET, no-store over POST.
func (t httpTransport) writeQueryResult(w http.ResponseWriter, r *http.Request, mediaType string, body []byte) {
	if r.Method == http.MethodGet {
		writeCacheable(w, r, mediaType, body, t.maxAge)
		return
	}
	writeBody(w, mediaType, http.StatusOK, body)
}

// readGET reads query, operationName, variables and extensions (the last two
// JSON-encoded) from the URL.
func readGET(r *http.Request) (*graphql.RawParams, int, error) {
	q, err := url.ParseQuery(r.URL.RawQuery)
	if err != nil {
		return nil, http.StatusBadRequest, fmt.Errorf("bad query string: %w", err)
	}
	p := &graphql.RawParams{Query: q.Get("query"), OperationName: q.Get("operationName")}
	if v := q.Get("variables"); v != "" {
		if err := decodeObject([]byte(v), &p.Variables); err != nil {
			return nil, http.StatusBadRequest, fmt.Errorf("variables: %w", err)
		}
	}
	if v := q.Get("extensions"); v != "" {
		if err := decodeObject([]byte(v), &p.Extensions); err != nil {
			return nil, http.StatusBadRequest, fmt.Errorf("extensions: %w", err)
		}
	}
	if err := needQuery(p); err != nil {
		return nil, http.StatusBadRequest, err
	}
	return p, 0, nil
}

// readPOST reads a JSON body {query, operationName, variables, extensions},
// checking each parameter's JSON type.
func readPOST(r *http.Request) (*graphql.RawParams, int, error) {
	ct := r.Header.Get("Content-Type")
	mt, mparams, err := mime.ParseMediaType(ct)
	if ct == "" || err != nil || mt != mediaJSON {
		return nil, http.StatusUnsupportedMediaType, fmt.Errorf("content-type must be %s, got %q", mediaJSON, ct)
	}
	if cs, ok := mparams["charset"]; ok && !strings.EqualFold(cs, "utf-8") {
		return nil, http.StatusUnsupportedMediaType, fmt.Errorf("charset must be utf-8, got %q", cs)
	}
	body, err := io.ReadAll(r.Body)
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			return nil, http.StatusRequestEntityTooLarge, fmt.Errorf("request body exceeds %d bytes", tooBig.Limit)
		}
		return nil, http.StatusBadRequest, fmt.Errorf("read body: %w", err)
	}
	if len(bytes.TrimSpace(body)) == 0 {
		return nil, http.StatusBadRequest, errors.New("empty request body")
	}
	var raw map[string]json.RawMessage
	if err := strictDecode(body, &raw); err != nil {
		return nil, http.StatusBadRequest, fmt.Errorf("body is not a JSON object: %w", err)
	}
	if raw == nil {
		return nil, http.StatusBadRequest, errors.New("body is not a JSON object")
	}
	p := &graphql.RawParams{}
	if err := decodeString(raw["query"], &p.Query); err != nil {
		return nil, http.StatusBadRequest, fmt.Errorf("query: %w", err)
	}
	if err := decodeString(raw["operationName"], &p.OperationName); err != nil {
		return nil, http.StatusBadRequest, fmt.Errorf("operationName: %w", err)
	}
	if err := decodeObject(raw["variables"], &p.Variables); err != nil {
		return nil, http.StatusBadRequest, fmt.Errorf("variables: %w", err)
	}
	if err := decodeObject(raw["extensions"], &p.Extensions); err != nil {
		return nil, http.StatusBadRequest, fmt.Errorf("extensions: %w", err)
	}
	if err := needQuery(p); err != nil {
		return nil, http.StatusBadRequest, err
	}
	return p, 0, nil
}

// needQuery refuses a request with neither a query nor a persisted-query hash.
func needQuery(p *graphql.RawParams) error {
	if strings.TrimSpace(p.Query) == "" && p.Extensions["persistedQuery"] == nil {
		return errors.New("missing query parameter")
	}
	return nil
}

// strictDecode decodes one JSON value (numbers kept as json.Number, as gqlgen
// expects) and refuses trailing data.
func strictDecode(b []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if _, err := dec.Token(); err != io.EOF {
		return errors.New("trailing data after JSON value")
	}
	return nil
}

// decodeString accepts an absent or null value, or a JSON string.
func decodeString(raw json.RawMessage, dst *string) error {
	if isNull(raw) {
		return nil
	}
	if raw[0] != '"' {
		return errors.New("must be a string")
	}
	return json.Unmarshal(raw, dst)
}

// decodeObject accepts an absent or null value, or a JSON object.
func decodeObject(raw []byte, dst *map[string]any) error {
	if isNull(raw) {
		return nil
	}
	if bytes.TrimSpace(raw)[0] != '{' {
		return errors.New("must be a JSON object")
	}
	return strictDecode(raw, dst)
}

func isNull(raw []byte) bool {
	t := bytes.TrimSpace(raw)
	return len(t) == 0 || string(t) == "null"
}

// codeFor is the extensions.code of a request error with HTTP status s.
func codeFor(s int) string {
	if s == http.StatusRequestEntityTooLarge {
		return codePayloadTooLarge
	}
	return codeBadRequest
}
