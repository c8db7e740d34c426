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

// WriterLockSQL, run first in a PostgreSQL write transaction, makes the
// transactions of every process writing the store (loaders, servers
// ingesting) run one at a time, as SQLite's single writer does: a writer
// then sees the documents, courts and speakers an earlier one committed and
// reuses them, instead of both inserting the same natural key and one
// failing on its unique index. The lock is released at commit or rollback.
// Both the store and the search index take it; the key is arbitrary and
// shared by both.
const WriterLockSQL = `SELECT pg_advisory_xact_lock(7236105711348201536)`
