package sql

import (
	"strings"

	"github.com/opensafely-go/opensafely/internal/querymodel"
)

// Dialect renders SQL for one database system. The exported methods are
// the stable surface backends use to write their table queries; the
// unexported ones are used by the compiler. The implementations are
// DuckDB, Postgres, MSSQL and Trino.
type Dialect interface {
	// Name is "duckdb", "postgres", "mssql" or "trino".
	Name() string
	// Quote quotes an identifier (table or column name).
	Quote(ident string) string
	// StringLiteral renders s as a SQL string literal.
	StringLiteral(s string) string
	// DateLiteral renders d as a SQL date literal.
	DateLiteral(d querymodel.CalendarDate) string
}

// The dialects.
var (
	DuckDB   Dialect = duckdb{}
	Postgres Dialect = postgres{}
	MSSQL    Dialect = mssql{}
	Trino    Dialect = trino{}
)

// DialectByName returns the dialect called name ("duckdb", "postgres",
// "mssql", "trino").
func DialectByName(name string) (Dialect, bool) {
	for _, d := range []Dialect{DuckDB, Postgres, MSSQL, Trino} {
		if d.Name() == name {
			return d, true
		}
	}
	return nil, false
}

type duckdb struct{}
type postgres struct{}
type mssql struct{}
type trino struct{}

func (duckdb) Name() string   { return "duckdb" }
func (postgres) Name() string { return "postgres" }
func (mssql) Name() string    { return "mssql" }
func (trino) Name() string    { return "trino" }

func quoteDouble(ident string) string {
	return `"` + strings.ReplaceAll(ident, `"`, `""`) + `"`
}

func (duckdb) Quote(ident string) string   { return quoteDouble(ident) }
func (postgres) Quote(ident string) string { return quoteDouble(ident) }
func (trino) Quote(ident string) string    { return quoteDouble(ident) }
func (mssql) Quote(ident string) string {
	return "[" + strings.ReplaceAll(ident, "]", "]]") + "]"
}

func quoteString(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

func (duckdb) StringLiteral(s string) string   { return quoteString(s) }
func (postgres) StringLiteral(s string) string { return quoteString(s) }
func (trino) StringLiteral(s string) string    { return quoteString(s) }

// MSSQL string literals are N” so that non-ASCII text survives.
func (mssql) StringLiteral(s string) string { return "N" + quoteString(s) }

func (duckdb) DateLiteral(d querymodel.CalendarDate) string   { return "DATE '" + d.String() + "'" }
func (postgres) DateLiteral(d querymodel.CalendarDate) string { return "DATE '" + d.String() + "'" }
func (trino) DateLiteral(d querymodel.CalendarDate) string    { return "DATE '" + d.String() + "'" }
func (mssql) DateLiteral(d querymodel.CalendarDate) string {
	return "CAST('" + strings.ReplaceAll(d.String(), "-", "") + "' AS DATE)"
}
