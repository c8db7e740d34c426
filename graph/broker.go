package graph

import (
	"context"
	"sync"

	"courtql/model"
)

// subscriberBuffer bounds each subscriber's queue; a subscriber that falls
// this far behind misses events rather than blocking ingestion.
const subscriberBuffer = 16

// broker fans new meetings out to meetingAdded subscribers in this process.
type broker struct {
	mu   sync.Mutex
	subs map[chan *model.Meeting]struct{}
}

func newBroker() *broker {
	return &broker{subs: map[chan *model.Meeting]struct{}{}}
}

// subscribe returns a channel of meetings that closes when ctx is done.
func (b *broker) subscribe(ctx context.Context) <-chan *model.Meeting {
	ch := make(chan *model.Meeting, subscriberBuffer)
	b.mu.Lock()
	b.subs[ch] = struct{}{}
	b.mu.Unlock()
	go func() {
		<-ctx.Done()
		b.mu.Lock()
		delete(b.subs, ch)
		close(ch)
		b.mu.Unlock()
	}()
	return ch
}

// publish offers m to every subscriber without blocking.
func (b *broker) publish(m *model.Meeting) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for ch := range b.subs {
		select {
		case ch <- m:
		default:
		}
	}
}

// PublishMeetings sends newly stored meetings to the meetingAdded
// subscribers. The server calls it from the loader's "document stored"
// event, after the transaction committed, whatever stored the document (the
// ingestDocument mutation, a load, the seeds).
func (r *Resolver) PublishMeetings(meetings []model.Meeting) {
	for i := range meetings {
		m := meetings[i]
		r.broker.publish(&m)
	}
}

// subscribers reports the number of live subscriptions.
func (b *broker) subscribers() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return len(b.subs)
}
