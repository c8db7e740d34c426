// Package rediscache keeps the server's shared caches in Redis, so that
// server replicas behind one load balancer share them: the automatic
// persisted queries (a hash registered through one replica is known to
// all) and the response cache (emptied for all by one Purge).
//
// Redis bounds the memory (its maxmemory with an allkeys-lru policy, the
// operator's setting); entries here also expire after a TTL. A Redis
// error is a cache miss, never a failed request.
package rediscache

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/redis/go-redis/v9"
)

// Key prefixes, so one Redis can serve other applications too.
const (
	apqPrefix  = "courtql:apq:"
	respPrefix = "courtql:resp:"
	genKey     = "courtql:resp-generation"
)

// opTimeout bounds each Redis call: a slow Redis costs a miss, not latency.
const opTimeout = 200 * time.Millisecond

// Open connects to the Redis at url (redis://host:port/db) and pings it.
func Open(ctx context.Context, url string) (*redis.Client, error) {
	opt, err := redis.ParseURL(url)
	if err != nil {
		return nil, fmt.Errorf("--redis %q: %w", url, err)
	}
	c := redis.NewClient(opt)
	if err := c.Ping(ctx).Err(); err != nil {
		c.Close()
		return nil, fmt.Errorf("redis %s: %w", opt.Addr, err)
	}
	return c, nil
}

// APQ is gqlgen's persisted-query cache (graphql.Cache[string]) in Redis.
type APQ struct {
	Client *redis.Client
	TTL    time.Duration
	Log    *slog.Logger
}

// Get returns the query text registered under hash.
func (a APQ) Get(ctx context.Context, hash string) (string, bool) {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), opTimeout)
	defer cancel()
	s, err := a.Client.Get(ctx, apqPrefix+hash).Result()
	if err != nil {
		if err != redis.Nil {
			a.Log.Warn("redis apq get", "err", err)
		}
		return "", false
	}
	return s, true
}

// Add registers query under hash.
func (a APQ) Add(ctx context.Context, hash, query string) {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), opTimeout)
	defer cancel()
	if err := a.Client.Set(ctx, apqPrefix+hash, query, a.TTL).Err(); err != nil {
		a.Log.Warn("redis apq add", "err", err)
	}
}

// Responses is a response store (transport.ResponseStore) in Redis. Its
// keys carry a generation number kept in Redis: Purge increments it, which
// empties the cache for every replica at once (the old entries expire).
// Get and Set read the generation inside Redis (one script call, one round
// trip), so all replicas always share one generation.
type Responses struct {
	client *redis.Client
	ttl    time.Duration
	log    *slog.Logger
}

// NewResponses returns the store.
func NewResponses(client *redis.Client, ttl time.Duration, log *slog.Logger) *Responses {
	return &Responses{client: client, ttl: ttl, log: log}
}

// getScript and setScript address KEYS[1]'s current generation's entry.
var (
	getScript = redis.NewScript(`
local g = redis.call('GET', KEYS[1]) or '0'
return redis.call('GET', ARGV[1] .. g .. ':' .. ARGV[2])`)
	setScript = redis.NewScript(`
local g = redis.call('GET', KEYS[1]) or '0'
return redis.call('SET', ARGV[1] .. g .. ':' .. ARGV[2], ARGV[3], 'PX', ARGV[4])`)
)

// Get returns the body stored under key in the current generation.
func (r *Responses) Get(key string) ([]byte, bool) {
	ctx, cancel := context.WithTimeout(context.Background(), opTimeout)
	defer cancel()
	v, err := getScript.Run(ctx, r.client, []string{genKey}, respPrefix, key).Text()
	if err != nil {
		if err != redis.Nil {
			r.log.Warn("redis response get", "err", err)
		}
		return nil, false
	}
	return []byte(v), true
}

// Set stores body under key in the current generation.
func (r *Responses) Set(key string, body []byte) {
	ctx, cancel := context.WithTimeout(context.Background(), opTimeout)
	defer cancel()
	err := setScript.Run(ctx, r.client, []string{genKey}, respPrefix, key, body, r.ttl.Milliseconds()).Err()
	if err != nil && err != redis.Nil {
		r.log.Warn("redis response set", "err", err)
	}
}

// Purge starts a new generation for every replica. A Redis failure is
// logged: the entries then live until their TTL.
func (r *Responses) Purge() {
	ctx, cancel := context.WithTimeout(context.Background(), opTimeout)
	defer cancel()
	if err := r.client.Incr(ctx, genKey).Err(); err != nil {
		r.log.Warn("redis response purge", "err", err)
	}
}
