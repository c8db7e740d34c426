package transport

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"github.com/vektah/gqlparser/v2/parser"
)

// Codes of refusals in trusted-documents mode (the ones Apollo Router uses).
const (
	codePersistedQueryNotFound   = "PERSISTED_QUERY_NOT_FOUND"
	codePersistedQueryIDRequired = "PERSISTED_QUERY_ID_REQUIRED"
	// documentIDParam is where the HTTP transport puts a request's
	// top-level "documentId" (GraphQL-over-HTTP persisted documents).
	documentIDParam = "documentId"
)

var sha256Hex = regexp.MustCompile(`^[0-9a-f]{64}$`)

// LoadTrustedDocuments reads a trusted-documents manifest: a JSON object
// mapping a document id to its query text, as GraphQL Codegen's client preset
// (persisted-documents.json, sha256 ids) and Relay's persisted queries
// (md5 ids) write it. Every document must parse, and an id that looks like a
// SHA-256 must be the hash of its text, so a stale or hand-edited manifest is
// refused at startup rather than at the first request.
func LoadTrustedDocuments(path string) (map[string]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("trusted documents: %w", err)
	}
	var docs map[string]string
	if err := json.Unmarshal(b, &docs); err != nil {
		return nil, fmt.Errorf("trusted documents %s: want a JSON object of id → query: %w", path, err)
	}
	if len(docs) == 0 {
		return nil, fmt.Errorf("trusted documents %s: no documents", path)
	}
	for id, query := range docs {
		if sha256Hex.MatchString(id) && hashOf(query) != id {
			return nil, fmt.Errorf("trusted documents %s: id %s is not the SHA-256 of its query", path, id)
		}
		if _, err := parser.ParseQuery(&ast.Source{Name: id, Input: query}); err != nil {
			return nil, fmt.Errorf("trusted documents %s: document %s: %w", path, id, err)
		}
	}
	return docs, nil
}

func hashOf(query string) string {
	sum := sha256.Sum256([]byte(query))
	return hex.EncodeToString(sum[:])
}

// trustedDocuments runs only registered operations, the way mobile apps
// lock their API down: a request names a document by "documentId" or by the
// APQ extension's sha256Hash, or sends a query text whose SHA-256 is
// registered. Anything else is refused before parsing.
type trustedDocuments struct {
	byID   map[string]string // manifest id → query
	byHash map[string]string // sha256 of the query → query
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationParameterMutator
} = trustedDocuments{}

func newTrustedDocuments(docs map[string]string) trustedDocuments {
	t := trustedDocuments{byID: docs, byHash: make(map[string]string, len(docs))}
	for _, q := range docs {
		t.byHash[hashOf(q)] = q
	}
	return t
}

func (trustedDocuments) ExtensionName() string                   { return "TrustedDocuments" }
func (trustedDocuments) Validate(graphql.ExecutableSchema) error { return nil }

// MutateOperationParameters replaces the request's id by its registered
// query, or refuses it.
func (t trustedDocuments) MutateOperationParameters(_ context.Context, p *graphql.RawParams) *gqlerror.Error {
	id, named := requestedDocument(p)
	if !named {
		if _, ok := t.byHash[hashOf(p.Query)]; ok && p.Query != "" {
			return nil
		}
		return limitError(codePersistedQueryIDRequired,
			"this server runs only trusted documents: send a registered documentId instead of a query")
	}
	query, ok := t.byID[id]
	if !ok {
		query, ok = t.byHash[id]
	}
	if !ok {
		return limitError(codePersistedQueryNotFound, "PersistedQueryNotFound: no trusted document %q", id)
	}
	if p.Query != "" && p.Query != query {
		return limitError(codeBadRequest, "query does not match trusted document %q", id)
	}
	p.Query = query
	return nil
}

// requestedDocument is the document id a request names: its documentId
// ("sha256:" prefix optional) or its persistedQuery.sha256Hash.
func requestedDocument(p *graphql.RawParams) (string, bool) {
	if id, ok := p.Extensions[documentIDParam].(string); ok {
		return strings.TrimPrefix(id, "sha256:"), true
	}
	if pq, ok := p.Extensions["persistedQuery"].(map[string]any); ok {
		h, _ := pq["sha256Hash"].(string)
		return h, true
	}
	return "", false
}
