package main

import (
	"context"

	"courtql/graph/transport"
	"courtql/loader"
	"courtql/model"
)

// documentCounter is what the loader's events are reported to; the loader
// itself knows nothing of metrics.
type documentCounter interface {
	DocumentStored()
	DocumentFailed()
}

var _ documentCounter = (*transport.Metrics)(nil)

// countStored is a loader listener that reports every document stored to c.
func countStored(c documentCounter) loader.Listener {
	return func(_ context.Context, e loader.Event) {
		if e.Kind == loader.DocumentStored {
			c.DocumentStored()
		}
	}
}

// countingIngester is the API's ingester (the loader) reporting documents
// that fail to load to c.
type countingIngester struct {
	*loader.Loader
	c documentCounter
}

func (i countingIngester) Ingest(ctx context.Context, source, text string) (model.IngestReport, error) {
	r, err := i.Loader.Ingest(ctx, source, text)
	if err != nil {
		i.c.DocumentFailed()
	}
	return r, err
}
