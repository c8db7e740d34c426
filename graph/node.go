package graph

// Node is any object with a global ID: *model.Court, *model.Document,
// *model.Meeting, *model.Speaker, *model.Directive or *model.Statistic. The
// models live in package model, which knows nothing of GraphQL, so the
// interface has no methods; the generated code switches on the type.
type Node interface{}

// SearchResult is what a search hit resolves to: *model.Meeting,
// *model.Directive, *model.Statistic, *model.Speaker or *model.Court.
type SearchResult interface{}
