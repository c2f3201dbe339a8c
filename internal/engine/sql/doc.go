// Package sql compiles ehrQL query models to SQL and runs them on
// databases, returning exactly what the in-memory reference engine
// (internal/engine/memory) returns.
//
// # Pieces
//
// A Backend maps logical ehrQL tables to physical ones: a TableSource is a
// table with a column mapping, or a query (optionally materialised once
// into a temporary table). CoreBackend is the identity mapping (table
// t.TableName(), columns patient_id and the schema's columns), the layout
// that CreateTableSQL and InsertSQL produce.
//
// A Dialect renders SQL for DuckDB, PostgreSQL, SQL Server or Trino. Its
// exported methods (Name, Quote, StringLiteral, DateLiteral) are what
// backends need to write table queries. The compiler builds statements as
// values of a small SQL tree (sqltree.go) that only the dialect renders:
// identifiers are always quoted and literals always rendered by the
// dialect, never concatenated ad hoc.
//
// Compile turns a dataset into a Program (ehrQL spec §8.3): it applies the
// backend's rewrite, querymodel.RewriteSorts and querymodel.SpecialiseCases,
// then emits
//
//   - the candidate patients (ids of the tables the population reads) and
//     the population temporary table;
//   - one temporary table per many-to-one operation, memoised by node:
//     the aggregations of one domain (Exists, Count, CountDistinct, Sum,
//     Mean, Min, Max) share one GROUP BY query; CountEpisodes, picks
//     (ROW_NUMBER() ordered with NULL lowest), CombineAsSet sets, literal
//     sets of more than 32 values and inline patient tables get their
//     own; everything is restricted to the population once it exists;
//   - on PostgreSQL, the rows of a filtered domain read by several of
//     those scans are selected once into a temporary table (DuckDB scans
//     again: its filtered column scans are cheaper than the copy);
//   - the dataset table (variables joined on patient_id to the population,
//     in batches of at most MaxJoinCount joins, no limit on DuckDB) and
//     one table per event table, each into a results temporary table;
//   - a DROP right after the last statement reading each intermediate
//     temporary table, and cleanup statements for the results tables.
//
// Program.Dump writes it all in the dump-dataset-sql format.
//
// An Engine (Open, OpenWith or New) runs programs over database/sql on
// one dedicated connection per run (temporary tables are per connection)
// and streams the results tables in patient_id order as Go values: nil,
// bool, int64, float64, string, codes.Code (code columns) and
// querymodel.CalendarDate. Downloads are keyset-paginated (patient_id for
// the dataset table, a row number for event tables; 32,000 rows per batch,
// one query on DuckDB) and a failed batch is retried from the last row
// received. After a failed run the connection is discarded. Date
// arithmetic leaving the years 1..9999 fails with ErrDateRange, other
// database errors are *QueryError naming the statement.
//
// For measures, WithResults runs a dataset's setup and hands the
// connection and the dataset results table to a callback, which can
// aggregate it in the database.
//
// # Dialect notes
//
// DuckDB plans differ from the above where its columnar, embedded engine
// makes a step cost more than it saves (duckdb_perf.go): only event
// tables' scans are restricted to the population; a population reading
// one patient table is selected by the dataset query itself, with no
// population table; the aggregations of a filtered domain are computed
// in the parent domain's GROUP BY with FILTER (WHERE ...); picks use
// arg_max/arg_min; a materialised backend table read by one statement is
// a sub-query; and the dataset table is a temporary view whose inputs are
// dropped in cleanup.
//
// DuckDB and PostgreSQL: explicit NULLS FIRST/LAST; CAST(TRUNC(x) AS
// BIGINT) for as_int; division through NULLIF(divisor, 0) on doubles; a
// guarded POWER; month arithmetic clipped by the database then rolled
// forward to the 1st of the next month; GREATEST/LEAST over cyclic
// COALESCEs; LIKE with '/' as escape character; and on PostgreSQL string
// ordering with COLLATE "C" (code points, as in the reference engine).
// SQL Server: #temporary tables with clustered indexes, BIT values turned
// into predicates with = 1 and back with CASE, DATEADD/DATEDIFF, a VALUES
// sub-query for maximum_of/minimum_of, aggregation over a sub-query (SQL
// Server cannot aggregate expressions containing sub-queries), INSERT
// batches of 1,000 rows. Trino: ordinary tables prefixed ehrql_ dropped in
// cleanup, DATE_ADD/DATE_DIFF/DATE_TRUNC, fail() for date range errors.
// SQL Server and Trino output is checked against golden files only.
package sql
