package model

// IndexChanges lists what one write transaction changed, for a search index
// kept in step inside that transaction (the loader's store.Indexer; the
// search package implements it without importing the loader).
type IndexChanges struct {
	// Documents were stored, replaced or deleted.
	Documents []uint
	// Speakers were created or given attendances.
	Speakers []uint
	// SpeakersLost lost attendances (their documents were replaced or
	// deleted), or were deleted.
	SpeakersLost []uint
	// Courts were created or given aliases.
	Courts []uint
}
