package sql

import "math"

// DuckDB-specific compilation choices (issue 5): DuckDB is a columnar,
// embedded database whose scans with filters are cheap and whose hash
// joins handle many tables, so some of the work-arounds the compiler
// applies for server databases only cost time there.

// DuckDB scans the columns a query needs and filters them as it goes:
// copying the shared filtered rows of a domain (every column) into a temp
// table costs more than scanning the table again for each consumer.
func (duckdb) shareRows() bool { return false }

// joinLimiter is implemented by dialects whose default join limit for the
// variables query differs from DefaultMaxJoinCount.
type joinLimiter interface {
	defaultMaxJoinCount() int
}

// DuckDB joins any number of tables in one query: batching the variables
// would only add tables and a final join.
func (duckdb) defaultMaxJoinCount() int { return math.MaxInt }

// defaultMaxJoinCount is the join limit of dialect d when none is set.
func defaultMaxJoinCount(d Dialect) int {
	if l, ok := d.(joinLimiter); ok {
		return l.defaultMaxJoinCount()
	}
	return DefaultMaxJoinCount
}
