package search

import (
	"context"
	"fmt"

	"gorm.io/gorm"
)

// repairBatch is the number of documents reindexed per transaction by Repair.
const repairBatch = 64

// unindexedSQL finds, in one pass over two primary keys (and the covering
// index on documents.hash), the documents whose indexed hash is missing or
// stale, and the indexed documents that no longer exist.
const unindexedSQL = `SELECT d.id FROM documents d
	LEFT JOIN search_documents s ON s.document_id = d.id AND s.hash = d.hash
	WHERE s.document_id IS NULL
	UNION
	SELECT s.document_id FROM search_documents s
	LEFT JOIN documents d ON d.id = s.document_id
	WHERE d.id IS NULL`

// Repair reindexes the documents whose search rows are missing or stale
// and drops those of documents that no longer exist, then brings every
// speaker and court entry up to date if anything was repaired. The loader
// indexes in the transaction that stores a document, so this only finds
// work after a database was written by an older version (which indexed in a
// second transaction a crash could skip) or by hand. It returns the number
// of documents repaired; when there are none it costs one query.
func (ix *Index) Repair(ctx context.Context) (int, error) {
	db := ix.db.WithContext(ctx)
	var ids []uint
	if err := db.Raw(unindexedSQL).Scan(&ids).Error; err != nil {
		return 0, fmt.Errorf("find unindexed documents: %w", err)
	}
	if len(ids) == 0 {
		return 0, nil
	}
	for start := 0; start < len(ids); start += repairBatch {
		part := ids[start:min(start+repairBatch, len(ids))]
		err := writeTx(db, ix.eng, func(tx *gorm.DB) error { return ix.indexDocuments(tx, part, nil) })
		if err != nil {
			return start, fmt.Errorf("repair search index: %w", err)
		}
	}
	if err := writeTx(db, ix.eng, ix.syncShared); err != nil {
		return len(ids), fmt.Errorf("repair search index: %w", err)
	}
	return len(ids), nil
}
