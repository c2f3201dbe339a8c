package sql

import (
	"math"
	"strconv"
	"strings"

	"github.com/opensafely-go/opensafely/internal/codes"
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

	dialectSQL
}

// dialectSQL holds the compiler's dialect hooks.
type dialectSQL interface {
	typeName(t sqlType) string
	literal(v any, t sqlType) string
	// nativeBool reports whether bool values and predicates are the same
	// thing (false for SQL Server, where values are BIT 1/0).
	nativeBool() bool
	tempName(name string) string
	// persistentTemps reports whether "temporary" tables are ordinary
	// tables that concurrent runs could share (their names then carry the
	// run's id).
	persistentTemps() bool
	writeConcat(w *writer, parts []Expr)
	writeCollate(w *writer, x Expr)
	writeOrderItem(w *writer, o orderItem)
	writeTop(w *writer, n int)
	writeLimit(w *writer, n int)
	writeCreateTempAs(w *writer, name string, sel *selectStmt)
	writeCreateTemp(w *writer, name string, cols []columnDef)
	writeCreateIndex(w *writer, table, column string)
	// indexes reports whether temp tables are worth indexing.
	indexes() bool
	// sizedString is the column type for strings of at most n characters.
	sizedString(n int) string
	// shareRows reports whether filtered rows read by several scans are
	// put in a temp table. Off for SQL Server and Trino, whose event
	// tables are huge and whose temp space is precious: a filter that
	// keeps most rows would copy most of a table.
	shareRows() bool
	writeDrop(w *writer, name string)
	// analyze returns a statement that refreshes a temp table's
	// statistics, or nil.
	analyze(name string) stmt

	addDays(d, n Expr) Expr
	// addMonthsClipped adds n months, clipping to the end of the month.
	addMonthsClipped(d, n Expr) Expr
	datePart(part string, d Expr) Expr // part: YEAR, MONTH, DAY; BIGINT result
	diffDays(a, b Expr) Expr           // a - b in days
	firstOfMonth(d Expr) Expr
	firstOfYear(d Expr) Expr
	// dateError returns an expression raising an error that mentions r,
	// or nil when the database rejects out-of-range dates itself.
	dateError(r Expr) Expr
	truncToInt(x Expr) Expr
	// macros reports whether the dialect has session-level functions.
	macros() bool
	lets() bool
	writeLet(w *writer, l letExpr)
	macroCall(name string, args []Expr) Expr
	writeMacro(w *writer, m macroDef)
	greatest(least bool, xs []Expr) Expr
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

// base holds what DuckDB, PostgreSQL and Trino share (standard SQL).
type base struct{}

type duckdb struct{ base }
type postgres struct{ base }
type mssql struct{ base }
type trino struct{ base }

func (duckdb) Name() string   { return "duckdb" }
func (postgres) Name() string { return "postgres" }
func (mssql) Name() string    { return "mssql" }
func (trino) Name() string    { return "trino" }

func (base) Quote(ident string) string {
	return `"` + strings.ReplaceAll(ident, `"`, `""`) + `"`
}

func (mssql) Quote(ident string) string {
	return "[" + strings.ReplaceAll(ident, "]", "]]") + "]"
}

func quoteString(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

func (base) StringLiteral(s string) string { return quoteString(s) }

// StringLiteral: SQL Server string literals are N'...' so that non-ASCII
// text survives.
func (mssql) StringLiteral(s string) string { return "N" + quoteString(s) }

func (base) DateLiteral(d querymodel.CalendarDate) string { return "DATE '" + d.String() + "'" }

func (mssql) DateLiteral(d querymodel.CalendarDate) string {
	return "CAST('" + strings.ReplaceAll(d.String(), "-", "") + "' AS DATE)"
}

// Type names.

func (duckdb) typeName(t sqlType) string {
	return [...]string{"INTEGER", "BOOLEAN", "BIGINT", "DOUBLE", "VARCHAR", "DATE"}[t]
}
func (postgres) typeName(t sqlType) string {
	return [...]string{"INTEGER", "BOOLEAN", "BIGINT", "DOUBLE PRECISION", "TEXT", "DATE"}[t]
}
func (mssql) typeName(t sqlType) string {
	return [...]string{"INTEGER", "BIT", "BIGINT", "FLOAT", "NVARCHAR(MAX)", "DATE"}[t]
}
func (trino) typeName(t sqlType) string {
	return [...]string{"INTEGER", "BOOLEAN", "BIGINT", "DOUBLE", "VARCHAR", "DATE"}[t]
}

// Literals.

func renderLiteral(d Dialect, v any, t sqlType, tru, fls string) string {
	switch x := v.(type) {
	case nil:
		if t == tNone {
			return "NULL"
		}
		return "CAST(NULL AS " + d.typeName(t) + ")"
	case bool:
		if x {
			return tru
		}
		return fls
	case int:
		return strconv.Itoa(x)
	case int32:
		return strconv.FormatInt(int64(x), 10)
	case int64:
		return strconv.FormatInt(x, 10)
	case float64:
		var s string
		switch {
		case math.IsInf(x, 1):
			s = d.StringLiteral("Infinity")
		case math.IsInf(x, -1):
			s = d.StringLiteral("-Infinity")
		case math.IsNaN(x):
			s = d.StringLiteral("NaN")
		default:
			s = strconv.FormatFloat(x, 'g', -1, 64)
			if !strings.ContainsAny(s, ".eE") {
				s += ".0"
			}
		}
		return "CAST(" + s + " AS " + d.typeName(tFloat) + ")"
	case string:
		return d.StringLiteral(x)
	case codes.Code:
		return d.StringLiteral(x.Value)
	case querymodel.CalendarDate:
		return d.DateLiteral(x)
	}
	panic("sql: unsupported literal")
}

func (x duckdb) literal(v any, t sqlType) string   { return renderLiteral(x, v, t, "TRUE", "FALSE") }
func (x postgres) literal(v any, t sqlType) string { return renderLiteral(x, v, t, "TRUE", "FALSE") }
func (x trino) literal(v any, t sqlType) string    { return renderLiteral(x, v, t, "TRUE", "FALSE") }
func (x mssql) literal(v any, t sqlType) string {
	if n, ok := v.(int64); ok && (n > math.MaxInt32 || n < math.MinInt32) {
		return "CAST(" + strconv.FormatInt(n, 10) + " AS BIGINT)"
	}
	return renderLiteral(x, v, t, "CAST(1 AS BIT)", "CAST(0 AS BIT)")
}

func (base) nativeBool() bool  { return true }
func (mssql) nativeBool() bool { return false }

func (base) tempName(name string) string  { return name }
func (base) persistentTemps() bool        { return false }
func (trino) persistentTemps() bool       { return true }
func (mssql) tempName(name string) string { return "#" + name }

// Trino has no temporary tables: ours are ordinary tables with a prefix
// that marks them as ehrQL's, dropped in cleanup.
func (trino) tempName(name string) string { return "ehrql_" + name }

func (base) writeConcat(w *writer, parts []Expr) {
	w.str("(")
	for i, p := range parts {
		if i > 0 {
			w.str(" || ")
		}
		p.write(w)
	}
	w.str(")")
}

func (mssql) writeConcat(w *writer, parts []Expr) {
	w.str("(")
	for i, p := range parts {
		if i > 0 {
			w.str(" + ")
		}
		p.write(w)
	}
	w.str(")")
}

func (base) writeCollate(w *writer, x Expr) { x.write(w) }

// PostgreSQL compares text by the database's collation; ehrQL compares by
// code point.
func (postgres) writeCollate(w *writer, x Expr) {
	w.str("(")
	x.write(w)
	w.str(` COLLATE "C")`)
}

func (base) writeOrderItem(w *writer, o orderItem) {
	o.x.write(w)
	if o.desc {
		w.str(" DESC NULLS LAST")
	} else {
		w.str(" ASC NULLS FIRST")
	}
}

// SQL Server already orders NULL lowest.
func (mssql) writeOrderItem(w *writer, o orderItem) {
	o.x.write(w)
	if o.desc {
		w.str(" DESC")
	} else {
		w.str(" ASC")
	}
}

func (base) writeTop(*writer, int)       {}
func (base) writeLimit(w *writer, n int) { w.str(" LIMIT " + itoa(n)) }
func (mssql) writeTop(w *writer, n int)  { w.str("TOP " + itoa(n) + " ") }
func (mssql) writeLimit(*writer, int)    {}

func (base) writeCreateTempAs(w *writer, name string, sel *selectStmt) {
	w.str("CREATE TEMPORARY TABLE ")
	w.ident(w.d.tempName(name))
	w.str(" AS ")
	sel.write(w)
}

func (trino) writeCreateTempAs(w *writer, name string, sel *selectStmt) {
	w.str("CREATE TABLE ")
	w.ident(w.d.tempName(name))
	w.str(" AS ")
	sel.write(w)
}

func (mssql) writeCreateTempAs(w *writer, name string, sel *selectStmt) {
	w.str("SELECT * INTO ")
	w.ident(w.d.tempName(name))
	w.str(" FROM (")
	sel.write(w)
	w.str(") AS t")
}

func writeColumns(w *writer, cols []columnDef) {
	w.str(" (")
	for i, c := range cols {
		if i > 0 {
			w.str(", ")
		}
		w.ident(c.name)
		if c.t == tStr && c.size > 0 {
			w.str(" " + w.d.sizedString(c.size))
		} else {
			w.str(" " + w.d.typeName(c.t))
		}
	}
	w.str(")")
}

func (base) writeCreateTemp(w *writer, name string, cols []columnDef) {
	w.str("CREATE TEMPORARY TABLE ")
	w.ident(w.d.tempName(name))
	writeColumns(w, cols)
}

func (mssql) writeCreateTemp(w *writer, name string, cols []columnDef) {
	w.str("CREATE TABLE ")
	w.ident(w.d.tempName(name))
	writeColumns(w, cols)
}

func (trino) writeCreateTemp(w *writer, name string, cols []columnDef) {
	w.str("CREATE TABLE ")
	w.ident(w.d.tempName(name))
	writeColumns(w, cols)
}

func (base) writeCreateIndex(w *writer, table, column string) {
	w.str("CREATE INDEX ")
	w.ident("ix_" + table + "_" + column)
	w.str(" ON ")
	w.ident(w.d.tempName(table))
	w.str(" (")
	w.ident(column)
	w.str(")")
}

func (mssql) writeCreateIndex(w *writer, table, column string) {
	w.str("CREATE CLUSTERED INDEX ")
	w.ident("ix_" + table + "_" + column)
	w.str(" ON ")
	w.ident(w.d.tempName(table))
	w.str(" (")
	w.ident(column)
	w.str(")")
}

func (base) writeDrop(w *writer, name string) {
	w.str("DROP TABLE IF EXISTS ")
	w.ident(w.d.tempName(name))
}

func (mssql) writeDrop(w *writer, name string) {
	w.str("DROP TABLE ")
	w.ident(w.d.tempName(name))
}

func (base) analyze(string) stmt { return nil }

func (base) indexes() bool { return true }

func (d duckdb) sizedString(int) string   { return d.typeName(tStr) }
func (d postgres) sizedString(int) string { return d.typeName(tStr) }
func (d trino) sizedString(int) string    { return d.typeName(tStr) }

// SQL Server cannot index NVARCHAR(MAX) columns: size them.
func (mssql) sizedString(n int) string {
	if n > 4000 {
		return "NVARCHAR(MAX)"
	}
	return "NVARCHAR(" + strconv.Itoa(n) + ")"
}

func (base) shareRows() bool  { return true }
func (mssql) shareRows() bool { return false }
func (trino) shareRows() bool { return false }

// DuckDB joins by hashing; an index on a temp table only costs time.
func (duckdb) indexes() bool { return false }

// Trino has no indexes.
func (trino) indexes() bool { return false }

// Temporary tables are not analysed by autovacuum; without statistics the
// planner guesses their sizes badly.
func (postgres) analyze(name string) stmt { return analyzeStmt{name} }

type analyzeStmt struct{ name string }

func (a analyzeStmt) write(w *writer) {
	w.str("ANALYZE ")
	w.ident(w.d.tempName(a.name))
}

// Dates.

func (d duckdb) addDays(x, n Expr) Expr {
	return binOp{"+", x, castExpr{n, tInt32}}
}
func (d postgres) addDays(x, n Expr) Expr {
	return binOp{"+", x, castExpr{n, tInt32}}
}
func (mssql) addDays(x, n Expr) Expr {
	return call{"DATEADD", []Expr{keyword("day"), n, x}, false}
}
func (trino) addDays(x, n Expr) Expr {
	return call{"DATE_ADD", []Expr{keyword("'day'"), n, x}, false}
}

func (duckdb) addMonthsClipped(x, n Expr) Expr {
	return castExpr{binOp{"+", x, call{"to_months", []Expr{castExpr{n, tInt32}}, false}}, tDate}
}
func (postgres) addMonthsClipped(x, n Expr) Expr {
	return castExpr{binOp{"+", x, exprFunc(func(w *writer) {
		w.str("make_interval(months => ")
		castExpr{n, tInt32}.write(w)
		w.str(")")
	})}, tDate}
}
func (mssql) addMonthsClipped(x, n Expr) Expr {
	return call{"DATEADD", []Expr{keyword("month"), n, x}, false}
}
func (trino) addMonthsClipped(x, n Expr) Expr {
	return call{"DATE_ADD", []Expr{keyword("'month'"), n, x}, false}
}

func (base) datePart(part string, x Expr) Expr {
	return castExpr{extract{part, x}, tInt}
}
func (mssql) datePart(part string, x Expr) Expr {
	return castExpr{call{"DATEPART", []Expr{keyword(strings.ToLower(part)), x}, false}, tInt}
}

func (base) diffDays(a, b Expr) Expr { return castExpr{binOp{"-", a, b}, tInt} }
func (mssql) diffDays(a, b Expr) Expr {
	return castExpr{call{"DATEDIFF", []Expr{keyword("day"), b, a}, false}, tInt}
}
func (trino) diffDays(a, b Expr) Expr {
	return call{"DATE_DIFF", []Expr{keyword("'day'"), b, a}, false}
}

func (b base) firstOfMonth(x Expr) Expr {
	return binOp{"+", binOp{"-", x, castExpr{datePartOf(b, "DAY", x), tInt32}}, lit{int64(1), tNone}}
}
func (d mssql) firstOfMonth(x Expr) Expr {
	return call{"DATEFROMPARTS", []Expr{d.datePart("YEAR", x), d.datePart("MONTH", x), lit{int64(1), tNone}}, false}
}
func (trino) firstOfMonth(x Expr) Expr {
	return call{"DATE_TRUNC", []Expr{keyword("'month'"), x}, false}
}

func (b base) firstOfYear(x Expr) Expr {
	return call{"make_date", []Expr{castExpr{datePartOf(b, "YEAR", x), tInt32}, lit{int64(1), tNone}, lit{int64(1), tNone}}, false}
}
func (d mssql) firstOfYear(x Expr) Expr {
	return call{"DATEFROMPARTS", []Expr{d.datePart("YEAR", x), lit{int64(1), tNone}, lit{int64(1), tNone}}, false}
}
func (trino) firstOfYear(x Expr) Expr {
	return call{"DATE_TRUNC", []Expr{keyword("'year'"), x}, false}
}

func datePartOf(b base, part string, x Expr) Expr { return b.datePart(part, x) }

// dateRangeMessage marks the errors raised for dates outside 1..9999.
const dateRangeMessage = "ehrql: date arithmetic gives a date outside the years 1 to 9999"

func (duckdb) dateError(r Expr) Expr {
	return castExpr{call{"error", []Expr{concat{[]Expr{lit{dateRangeMessage + ": ", tNone}, castExpr{r, tStr}}}}, false}, tDate}
}

// PostgreSQL has no error function: casting the message to a date fails
// with the message in the error text.
func (postgres) dateError(r Expr) Expr {
	return castExpr{concat{[]Expr{lit{dateRangeMessage + ": ", tNone}, castExpr{r, tStr}}}, tDate}
}
func (mssql) dateError(Expr) Expr { return nil }
func (trino) dateError(r Expr) Expr {
	return castExpr{call{"fail", []Expr{concat{[]Expr{lit{dateRangeMessage + ": ", tNone}, castExpr{r, tStr}}}}, false}, tDate}
}

func (base) truncToInt(x Expr) Expr  { return castExpr{call{"TRUNC", []Expr{x}, false}, tInt} }
func (mssql) truncToInt(x Expr) Expr { return castExpr{x, tInt} }
func (trino) truncToInt(x Expr) Expr { return castExpr{call{"TRUNCATE", []Expr{x}, false}, tInt} }

// greatest ignores NULLs: GREATEST over the cyclic COALESCEs of xs.
func (base) greatest(least bool, xs []Expr) Expr {
	name := "GREATEST"
	if least {
		name = "LEAST"
	}
	args := make([]Expr, len(xs))
	for i := range xs {
		cyc := make([]Expr, 0, len(xs))
		for j := range xs {
			cyc = append(cyc, xs[(i+j)%len(xs)])
		}
		args[i] = call{"COALESCE", cyc, false}
	}
	return call{name, args, false}
}

// SQL Server 2008 has no GREATEST: aggregate over a VALUES list.
func (mssql) greatest(least bool, xs []Expr) Expr {
	agg := "MAX"
	if least {
		agg = "MIN"
	}
	return exprFunc(func(w *writer) {
		w.str("(SELECT " + agg + "(value) FROM (VALUES ")
		for i, x := range xs {
			if i > 0 {
				w.str(", ")
			}
			w.str("(")
			x.write(w)
			w.str(")")
		}
		w.str(") AS aggregate_values(value))")
	})
}

func (base) macros() bool     { return false }
func (postgres) macros() bool { return true }

// lets reports whether letExpr can be rendered (PostgreSQL has none
// cheap, but has functions).
func (base) lets() bool     { return true }
func (postgres) lets() bool { return false }

// DuckDB: a lambda over a one-element list.
func (duckdb) writeLet(w *writer, l letExpr) {
	w.str("list_transform([")
	l.value.write(w)
	w.str("], lambda ")
	w.ident(l.name)
	w.str(": ")
	l.body.write(w)
	w.str(")[1]")
}

// Trino: a lambda over a one-element array.
func (trino) writeLet(w *writer, l letExpr) {
	w.str("transform(ARRAY[")
	l.value.write(w)
	w.str("], ")
	w.ident(l.name)
	w.str(" -> ")
	l.body.write(w)
	w.str(")[1]")
}

// SQL Server: a scalar sub-query over a one-row VALUES list.
func (mssql) writeLet(w *writer, l letExpr) {
	w.str("(SELECT ")
	l.body.write(w)
	w.str(" FROM (VALUES (")
	l.value.write(w)
	w.str(")) AS ")
	w.ident(l.name + "_row")
	w.str("(")
	w.ident(l.name)
	w.str("))")
}

func (base) writeLet(*writer, letExpr) { panic("sql: dialect without let") }

func (base) macroCall(name string, args []Expr) Expr { return call{name, args, false} }

// pg_temp functions must be called with their schema.
func (postgres) macroCall(name string, args []Expr) Expr {
	return call{"pg_temp." + name, args, false}
}

func (base) writeMacro(*writer, macroDef) { panic("sql: dialect without macros") }

func (duckdb) writeMacro(w *writer, m macroDef) {
	w.str("CREATE OR REPLACE TEMPORARY MACRO " + m.name + "(" + strings.Join(m.params, ", ") + ") AS (")
	m.body.write(w)
	w.str(")")
}

func (postgres) writeMacro(w *writer, m macroDef) {
	w.str("CREATE OR REPLACE FUNCTION pg_temp." + m.name + "(")
	for i, p := range m.params {
		if i > 0 {
			w.str(", ")
		}
		w.str(p + " " + w.d.typeName(m.types[i]))
	}
	w.str(") RETURNS " + w.d.typeName(m.result) + " LANGUAGE sql IMMUTABLE AS $ehrql$ SELECT ")
	m.body.write(w)
	w.str(" $ehrql$")
}
