// Package sql compiles ehrQL query models to SQL and runs them on
// databases, returning exactly what the in-memory reference engine
// (internal/engine/memory) returns.
//
// The pipeline is: a Backend maps logical ehrQL tables to physical tables
// (CoreBackend: same names); Compile applies the backend's rewrite and the
// query-model transforms, then turns the dataset into a Program, an ordered
// list of statements (temporary tables for the population, for every
// aggregation and pick, for large IN lists and inline tables; the results
// queries; cleanup) built as values of a small SQL tree and rendered by a
// Dialect (DuckDB, PostgreSQL, SQL Server, Trino). An Engine runs a Program
// over database/sql on one connection and streams the result tables as Go
// values.
package sql
