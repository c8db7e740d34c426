package graph

import (
	"context"
	"slices"
	"testing"
	"time"

	"gorm.io/gorm"

	"courtql/model"
)

// fakeIngester stores a document with one meeting per Ingest and, like the
// loader's event wired by the server, tells stored of the new meetings.
type fakeIngester struct {
	db      *gorm.DB
	deleted []uint
	stored  func([]model.Meeting)
}

func (f *fakeIngester) Ingest(ctx context.Context, source, text string) (model.IngestReport, error) {
	doc := model.Document{UID: "uid-" + source, Source: source, Hash: "h", Text: text}
	if err := f.db.Create(&doc).Error; err != nil {
		return model.IngestReport{}, err
	}
	m := model.Meeting{UID: "m-" + source, DocumentID: doc.ID, Name: "新会议", Kind: "会议"}
	if err := f.db.Create(&m).Error; err != nil {
		return model.IngestReport{}, err
	}
	if f.stored != nil {
		f.stored([]model.Meeting{m})
	}
	return model.IngestReport{DocumentID: doc.ID, MeetingIDs: []uint{m.ID}, Warnings: []string{"no date"}}, nil
}

func (f *fakeIngester) Delete(ctx context.Context, id uint) error {
	f.deleted = append(f.deleted, id)
	return nil
}

const ingestMutation = `mutation { ingestDocument(input: {source: "new.txt", text: "正文"}) {
	document { id source } meetings { id name } warnings } }`

func TestMutationAuth(t *testing.T) {
	db, _ := testDB(t)
	ing := &fakeIngester{db: db}
	del := `mutation { deleteDocument(id: "` + globalID(typeDocument, "doc-0") + `") { deletedId } }`
	tests := []struct {
		name  string
		opts  Options
		query string
		want  string
	}{
		{"ingest without token", Options{Ingester: ing}, ingestMutation, model.EUnauthenticated},
		{"delete without token", Options{Ingester: ing}, del, model.EUnauthenticated},
		{"ingest without ingester", Options{}, ingestMutation, model.EUnauthenticated},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := testClient(t, db, tt.opts)
			if codes := errorCodes(t, c, tt.query); !slices.Equal(codes, []string{tt.want}) {
				t.Errorf("codes = %v, want %s", codes, tt.want)
			}
		})
	}
	if len(ing.deleted) != 0 {
		t.Errorf("deleted without a token: %v", ing.deleted)
	}
}

// TestIngestAndSubscribe ingests as admin (resolver called directly, with an
// admin context) and sees the meeting on a meetingAdded subscription.
func TestIngestAndSubscribe(t *testing.T) {
	db, _ := testDB(t)
	seed(t, db, 1)
	ing := &fakeIngester{db: db}
	r := NewResolver(db, Options{Ingester: ing})
	ing.stored = r.PublishMeetings
	ctx, cancel := context.WithCancel(context.Background())
	events, err := r.Subscription().MeetingAdded(ctx)
	if err != nil {
		t.Fatal(err)
	}
	admin := model.WithAdmin(WithScope(context.Background(), db))

	if _, err := r.Mutation().IngestDocument(WithScope(context.Background(), db), IngestInput{Source: "x", Text: "y"}); model.ErrorCode(err) != model.EUnauthenticated {
		t.Errorf("ingest without admin: err = %v", err)
	}
	if _, err := NewResolver(db, Options{}).Mutation().IngestDocument(admin, IngestInput{Source: "x", Text: "y"}); model.ErrorCode(err) != model.EForbidden {
		t.Errorf("ingest without ingester: err = %v", err)
	}
	p, err := r.Mutation().IngestDocument(admin, IngestInput{Source: "new.txt", Text: "正文"})
	if err != nil {
		t.Fatal(err)
	}
	if p.Document.Source != "new.txt" || len(p.Meetings) != 1 || !slices.Equal(p.Warnings, []string{"no date"}) {
		t.Errorf("payload = %+v", p)
	}
	select {
	case m := <-events:
		if m.Name != "新会议" {
			t.Errorf("meetingAdded = %+v", m)
		}
	case <-time.After(2 * time.Second):
		t.Fatal("no meetingAdded event")
	}

	docID := globalID(typeDocument, p.Document.UID)
	d, err := r.Mutation().DeleteDocument(admin, docID)
	if err != nil || d.DeletedID != docID || !slices.Equal(ing.deleted, []uint{p.Document.ID}) {
		t.Errorf("delete = %+v, %v; deleted %v", d, err, ing.deleted)
	}
	if _, err := r.Mutation().DeleteDocument(admin, globalID(typeDocument, "missing")); model.ErrorCode(err) != model.ENotFound {
		t.Errorf("delete missing: err = %v", err)
	}

	cancel()
	deadline := time.Now().Add(2 * time.Second)
	for r.broker.subscribers() != 0 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if n := r.broker.subscribers(); n != 0 {
		t.Errorf("%d subscribers left after cancel", n)
	}
}

// TestBrokerDropsForSlowSubscribers checks publish never blocks.
func TestBrokerDropsForSlowSubscribers(t *testing.T) {
	b := newBroker()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	ch := b.subscribe(ctx)
	for range subscriberBuffer * 3 {
		b.publish(&model.Meeting{})
	}
	if len(ch) != subscriberBuffer {
		t.Errorf("buffered %d, want %d", len(ch), subscriberBuffer)
	}
}
