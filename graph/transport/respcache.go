package transport

// respcache.go keeps whole responses of read queries, so a repeated query is
// answered without parsing, validating or touching the database.

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"strings"
	"sync"

	"github.com/99designs/gqlgen/graphql"
	"github.com/maypok86/otter/v2"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/formatter"
	"github.com/vektah/gqlparser/v2/parser"
)

// ResponseStore is where a ResponseCache keeps its bodies: in memory
// (NewMemoryStore) or, behind the same three methods, a shared store such
// as Redis.
type ResponseStore interface {
	// Get returns the body stored under key.
	Get(key string) ([]byte, bool)
	// Set stores body under key; the store may evict other entries.
	Set(key string, body []byte)
	// Purge drops every entry.
	Purge()
}

// ResponseCache caches the bodies of successful queries, keyed by the
// normalised document, operation name and variables. Purge it whenever the
// stored data changes (a document ingested or deleted): a response being
// computed while Purge runs is not stored, so no answer older than the last
// Purge is ever served.
type ResponseCache struct {
	store ResponseStore
	mu    sync.RWMutex
	gen   uint64 // incremented by Purge, guarded by mu

	// normalised maps a query text to its normalised form's hash, so a hit
	// costs one hash of the text, not a parse.
	normalised *otter.Cache[[sha256.Size]byte, [sha256.Size]byte]
}

// normalisedTexts is how many distinct query texts keep their normalised hash.
const normalisedTexts = 4096

// NewResponseCache returns a cache over store.
func NewResponseCache(store ResponseStore) *ResponseCache {
	return &ResponseCache{store: store, normalised: otter.Must(&otter.Options[[sha256.Size]byte, [sha256.Size]byte]{
		MaximumSize: normalisedTexts,
	})}
}

// Purge empties the cache and makes responses already being computed
// uncacheable.
func (c *ResponseCache) Purge() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.gen++
	c.store.Purge()
}

// begin returns the generation a response computed from now on belongs to.
func (c *ResponseCache) begin() uint64 {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.gen
}

// set stores body under key unless the cache was purged since gen.
func (c *ResponseCache) set(key string, body []byte, gen uint64) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	if c.gen == gen {
		c.store.Set(key, body)
	}
}

func (c *ResponseCache) get(key string) ([]byte, bool) { return c.store.Get(key) }

// key returns the cache key of a request's parameters; ok is false when the
// request is not one to cache (a document that does not parse is left to the
// executor to report).
func (c *ResponseCache) key(p *graphql.RawParams) (key string, ok bool) {
	var doc [sha256.Size]byte
	switch {
	case strings.TrimSpace(p.Query) != "":
		raw := sha256.Sum256([]byte(p.Query))
		if d, hit := c.normalised.GetIfPresent(raw); hit {
			doc = d
			break
		}
		parsed, err := parser.ParseQuery(&ast.Source{Input: p.Query})
		if err != nil {
			return "", false
		}
		var b bytes.Buffer
		formatter.NewFormatter(&b).FormatQueryDocument(parsed)
		doc = sha256.Sum256(b.Bytes())
		c.normalised.Set(raw, doc)
	case apqHash(p) != "":
		// The persisted query's hash names its exact text.
		doc = sha256.Sum256([]byte("apq:" + apqHash(p)))
	default:
		return "", false
	}
	vars, err := json.Marshal(p.Variables) // map keys come out sorted
	if err != nil {
		return "", false
	}
	h := sha256.New()
	h.Write(doc[:])
	h.Write([]byte{0})
	h.Write([]byte(p.OperationName))
	h.Write([]byte{0})
	h.Write(vars)
	return string(h.Sum(nil)), true
}

// apqHash is the sha256Hash of an automatic persisted query, "" if none.
func apqHash(p *graphql.RawParams) string {
	pq, _ := p.Extensions["persistedQuery"].(map[string]any)
	h, _ := pq["sha256Hash"].(string)
	return h
}

// memoryStore is a ResponseStore in process memory, bounded in bytes.
type memoryStore struct {
	c *otter.Cache[string, []byte]
}

// entryOverhead approximates the bytes an entry costs beyond its key and
// body (otter's node, the slice and string headers).
const entryOverhead = 128

// NewMemoryStore returns an in-memory store holding at most maxBytes of keys
// and bodies; the least valuable entries are evicted first (otter's
// W-TinyLFU).
func NewMemoryStore(maxBytes int64) ResponseStore {
	return memoryStore{c: otter.Must(&otter.Options[string, []byte]{
		MaximumWeight: uint64(maxBytes),
		Weigher: func(k string, v []byte) uint32 {
			return uint32(min(len(k)+len(v)+entryOverhead, 1<<31))
		},
	})}
}

func (m memoryStore) Get(key string) ([]byte, bool) { return m.c.GetIfPresent(key) }
func (m memoryStore) Set(key string, body []byte)   { m.c.Set(key, body) }
func (m memoryStore) Purge()                        { m.c.InvalidateAll() }
