// Package pgnotify carries the loader's document events from one courtql
// process to the others sharing a PostgreSQL database, through LISTEN and
// NOTIFY: a document ingested through one server replica reaches the
// meetingAdded subscribers of every replica and empties every replica's
// response cache.
//
// Delivery is PostgreSQL's: at most once, to the processes listening when
// the notification commits. A replica that was disconnected misses events
// meanwhile; its response cache is emptied when it reconnects, so it serves
// nothing older than the database.
package pgnotify

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"time"

	"github.com/jackc/pgx/v5"
	"gorm.io/gorm"
)

// Channel is the NOTIFY channel of document events.
const Channel = "courtql_documents"

// Message is one document event as the other processes receive it.
type Message struct {
	// Origin identifies the sending process, so it can ignore its own.
	Origin     string `json:"o"`
	Deleted    bool   `json:"d,omitempty"`
	DocumentID uint   `json:"doc"`
	// MeetingIDs are the stored document's meetings (none when deleted).
	MeetingIDs []uint `json:"m,omitempty"`
}

// Notify sends m to every listening process. PostgreSQL caps a payload at
// 8000 bytes, about 800 meeting IDs; an article holds a few.
func Notify(ctx context.Context, db *gorm.DB, m Message) error {
	b, err := json.Marshal(m)
	if err != nil {
		return fmt.Errorf("notify: %w", err)
	}
	if err := db.WithContext(ctx).Exec("SELECT pg_notify(?, ?)", Channel, string(b)).Error; err != nil {
		return fmt.Errorf("notify document %d: %w", m.DocumentID, err)
	}
	return nil
}

// Listen connects to the database at url, LISTENs on Channel and returns
// once it does (so no event committed after Listen returns is missed);
// then, until ctx is done, it calls handle with every message whose Origin
// is not origin. After a lost connection it reconnects with backoff and
// calls resync, since events may have been missed meanwhile.
func Listen(ctx context.Context, url, origin string, handle func(Message), resync func(), log *slog.Logger) error {
	conn, err := listen(ctx, url)
	if err != nil {
		return err
	}
	go func() {
		backoff := 100 * time.Millisecond
		for {
			if conn != nil {
				err := receive(ctx, conn, origin, handle, log)
				conn.Close(context.Background())
				if ctx.Err() != nil {
					return
				}
				log.Warn("document events: connection lost", "err", err)
			}
			select {
			case <-ctx.Done():
				return
			case <-time.After(backoff):
			}
			if conn, err = listen(ctx, url); err != nil {
				backoff = min(2*backoff, 10*time.Second)
				conn = nil
				continue
			}
			backoff = 100 * time.Millisecond
			resync()
		}
	}()
	return nil
}

func listen(ctx context.Context, url string) (*pgx.Conn, error) {
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		return nil, fmt.Errorf("document events: connect: %w", err)
	}
	if _, err := conn.Exec(ctx, "LISTEN "+Channel); err != nil {
		conn.Close(context.Background())
		return nil, fmt.Errorf("document events: listen: %w", err)
	}
	return conn, nil
}

// receive hands conn's notifications to handle until an error or ctx ends.
func receive(ctx context.Context, conn *pgx.Conn, origin string, handle func(Message), log *slog.Logger) error {
	for {
		n, err := conn.WaitForNotification(ctx)
		if err != nil {
			return err
		}
		var m Message
		if err := json.Unmarshal([]byte(n.Payload), &m); err != nil {
			log.Warn("document events: bad payload", "payload", n.Payload, "err", err)
			continue
		}
		if m.Origin != origin {
			handle(m)
		}
	}
}
