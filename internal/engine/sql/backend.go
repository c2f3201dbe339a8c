package sql

import (
	"fmt"

	"github.com/opensafely-go/opensafely/internal/querymodel"
)

// Backend maps ehrQL tables to the physical tables of a database.
//
// A Backend is consulted while a dataset is compiled, never while its SQL
// runs; implementations must be safe for concurrent use.
type Backend interface {
	Name() string // "core", "tpp"
	// Table returns the physical source of a logical ehrQL table, or an error
	// naming the table when the backend does not provide it.
	Table(t *querymodel.Table) (TableSource, error)
	// Rewrite returns the dataset to compile (e.g. TPP's opt-out population
	// conditions), given the permissions granted (EHRQL_PERMISSIONS).
	Rewrite(ds *querymodel.Dataset, permissions []string) (*querymodel.Dataset, error)
}

// TableSource is either a physical table with a column mapping or a query.
type TableSource struct {
	Name    string            // physical table name (when Query is nil)
	Columns map[string]string // logical column (incl. "patient_id") -> physical column; nil = same names
	// Query returns SQL text (for dialect d) whose output columns are patient_id and
	// every logical column of the table; used as a sub-query.
	Query       func(d Dialect) string
	Materialise bool // reify Query into a temp table once before use
}

// CoreBackend is the backend whose physical tables are the ehrQL tables
// themselves: table t is stored as t.TableName() with a patient_id column
// and one column per schema column, under the same names. It is the
// backend of the test suites and of databases filled by load-tables.
type CoreBackend struct{}

// Name implements Backend.
func (CoreBackend) Name() string { return "core" }

// Table implements Backend.
func (CoreBackend) Table(t *querymodel.Table) (TableSource, error) {
	if t == nil || t.TableName() == "" {
		return TableSource{}, fmt.Errorf("sql: core backend: table without a name")
	}
	return TableSource{Name: t.TableName()}, nil
}

// Rewrite implements Backend: the core backend compiles datasets as they are.
func (CoreBackend) Rewrite(ds *querymodel.Dataset, _ []string) (*querymodel.Dataset, error) {
	return ds, nil
}
