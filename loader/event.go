package loader

import (
	"context"

	"courtql/model"
)

// EventKind says what happened to a document.
type EventKind int

// Event kinds.
const (
	// DocumentStored: a document was created or replaced.
	DocumentStored EventKind = iota
	// DocumentDeleted: a document was deleted (Document holds only its ID).
	DocumentDeleted
)

// Event is sent to every Listener once the transaction that stored or
// deleted a document has committed: the document, its entities and its
// search rows are all visible by then. It is the one hook for whatever
// reacts to new data (subscriptions, caches); search indexing is not one of
// them, it runs inside the transaction (see store.Indexer).
type Event struct {
	Kind     EventKind
	Document model.Document
	Meetings []model.Meeting
}

// Listener reacts to an Event. It runs on the writer's goroutine, so it
// must not block for long.
type Listener func(ctx context.Context, e Event)

func (l *Loader) emit(ctx context.Context, e Event) {
	for _, f := range l.Listeners {
		f(ctx, e)
	}
}
