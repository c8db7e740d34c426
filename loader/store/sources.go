package store

// DocumentSource records a further source (file name or ingest label) whose
// text is byte-for-byte a stored document's: the text is stored once, under
// the source that came first, and each other name is kept here so a second
// load sees it unchanged and reports it as a duplicate instead of storing the
// same meetings twice. The store owns this table; the API does not show it.
type DocumentSource struct {
	ID         uint   `gorm:"primaryKey"`
	Source     string `gorm:"uniqueIndex;not null"`
	DocumentID uint   `gorm:"index;not null"`
	Hash       string `gorm:"size:64;not null"`
}
