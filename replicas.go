package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"log/slog"
	"time"

	"gorm.io/gorm"

	"courtql/graph"
	"courtql/graph/rediscache"
	"courtql/loader"
	"courtql/loader/pgnotify"
	"courtql/model"
)

// replicaEvents make server replicas on one PostgreSQL database behave as
// one server: a document stored or deleted through any of them reaches the
// meetingAdded subscribers of all and empties every response cache.
type replicaEvents struct {
	origin   string // this process, so its own events are not handled twice
	db       *gorm.DB
	resolver *graph.Resolver // set by deliverTo, in serve only
	purge    func()          // empties the response cache; nil when there is none
	log      *slog.Logger
}

func newReplicaEvents(db *gorm.DB, log *slog.Logger) *replicaEvents {
	b := make([]byte, 8)
	_, _ = rand.Read(b)
	return &replicaEvents{origin: hex.EncodeToString(b), db: db, log: log}
}

// deliverTo sets where the other replicas' events go in this one: the
// subscriptions of resolver, and purge for the response cache (may be nil).
// It is called before listen.
func (r *replicaEvents) deliverTo(resolver *graph.Resolver, purge func()) {
	r.resolver, r.purge = resolver, purge
}

// notify is a loader.Listener: it tells the other replicas of e, after its
// transaction committed. A failure is logged, not fatal: the document is
// stored, and the other replicas see it on their next uncached query.
func (r *replicaEvents) notify(ctx context.Context, e loader.Event) {
	m := pgnotify.Message{Origin: r.origin, DocumentID: e.Document.ID, Deleted: e.Kind == loader.DocumentDeleted}
	for _, mt := range e.Meetings {
		m.MeetingIDs = append(m.MeetingIDs, mt.ID)
	}
	if err := pgnotify.Notify(context.WithoutCancel(ctx), r.db, m); err != nil {
		r.log.Warn("document events", "err", err)
	}
}

// listen starts receiving the other replicas' events.
func (r *replicaEvents) listen(ctx context.Context, url string) error {
	return pgnotify.Listen(ctx, url, r.origin, r.handle, r.purgeCache, r.log)
}

// handle applies another replica's event here.
func (r *replicaEvents) handle(m pgnotify.Message) {
	r.purgeCache()
	if m.Deleted || len(m.MeetingIDs) == 0 {
		return
	}
	var meetings []model.Meeting
	if err := r.db.Where("id IN ?", m.MeetingIDs).Order("id").Find(&meetings).Error; err != nil {
		r.log.Warn("document events: read meetings", "document", m.DocumentID, "err", err)
		return
	}
	if r.resolver != nil {
		r.resolver.PublishMeetings(meetings)
	}
}

func (r *replicaEvents) purgeCache() {
	if r.purge != nil {
		r.purge()
	}
}

// Time to live of the shared caches' entries: a persisted query is resent
// by its client when missing, and a response is recomputed.
const (
	sharedAPQTTL       = 24 * time.Hour
	sharedResponsesTTL = 10 * time.Minute
)

// useRedis puts st's persisted queries and cached responses in the Redis at
// url, shared by every replica that names it. It returns the closer.
func useRedis(ctx context.Context, st *backend, url string, log *slog.Logger) (func(), error) {
	client, err := rediscache.Open(ctx, url)
	if err != nil {
		return nil, err
	}
	st.sharedAPQ = rediscache.APQ{Client: client, TTL: sharedAPQTTL, Log: log}
	st.sharedResponses = rediscache.NewResponses(client, sharedResponsesTTL, log)
	return func() { client.Close() }, nil
}
