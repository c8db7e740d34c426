// Package graph is courtql's GraphQL layer: the schema (*.graphqls), its
// resolvers, per-request dataloaders and the SQL they run (db.go).
package graph

//go:generate sh -c "cd .. && go run ./graph/gen"

import (
	"database/sql"

	"gorm.io/gorm"

	"courtql/model"
)

// Options are the optional collaborators of the resolvers.
type Options struct {
	// Ingester stores texts for the ingestDocument / deleteDocument
	// mutations; nil makes both return FORBIDDEN.
	Ingester model.Ingester
	// Searcher answers Query.search; nil makes search return an error.
	Searcher Searcher
	// ReadPools are read replicas of the database: each query's nested
	// fields and root pages read from one of them, picked at random
	// (mutations and subscription events read from the primary). Empty:
	// everything reads from the primary.
	ReadPools []*sql.DB
}

// Resolver is the root resolver; it holds only shared dependencies.
type Resolver struct {
	db     *gorm.DB
	opts   Options
	broker *broker
}

// NewResolver returns the root resolver reading from db.
func NewResolver(db *gorm.DB, opts Options) *Resolver {
	return &Resolver{db: db, opts: opts, broker: newBroker()}
}
