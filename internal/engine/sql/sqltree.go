package sql

import (
	"strconv"
	"strings"
)

// The SQL tree: expressions and statements as values, rendered by a
// Dialect. The compiler never concatenates SQL text itself; identifiers
// are quoted and literals rendered only here and in the dialects.

// sqlType is the SQL column type used for one ehrQL element type.
type sqlType uint8

const (
	tNone sqlType = iota // untyped NULL
	tBool
	tInt
	tFloat
	tStr
	tDate

	// tInt32 is INTEGER, for the day and month offsets that date
	// arithmetic requires (it shares tNone's slot: NULLs are never cast
	// to it).
	tInt32 = tNone
)

// Expr is an SQL expression.
type Expr interface {
	write(w *writer)
}

// writer renders SQL for one dialect.
type writer struct {
	b strings.Builder
	d Dialect
}

func (w *writer) str(s string) { w.b.WriteString(s) }
func (w *writer) ident(s string) {
	w.b.WriteString(w.d.Quote(s))
}
func (w *writer) expr(e Expr) { e.write(w) }
func (w *writer) list(es []Expr) {
	for i, e := range es {
		if i > 0 {
			w.str(", ")
		}
		e.write(w)
	}
}

// render returns the SQL text of e (an Expr or a statement) in dialect d.
func render(d Dialect, e interface{ write(*writer) }) string {
	w := &writer{d: d}
	e.write(w)
	return w.b.String()
}

// colRef is alias.column.
type colRef struct{ alias, name string }

func (c colRef) write(w *writer) {
	if c.alias != "" {
		w.ident(c.alias)
		w.str(".")
	}
	w.ident(c.name)
}

// lit is a literal value: nil, bool, int64, float64, string or
// querymodel.CalendarDate (codes are rendered as their string value).
type lit struct {
	v any
	t sqlType // for NULL: the type to cast to (tNone: untyped)
}

func (l lit) write(w *writer) { w.str(w.d.literal(l.v, l.t)) }

// keyword is a fixed piece of SQL (TRUE, FALSE, COUNT(*)'s star).
type keyword string

func (k keyword) write(w *writer) { w.str(string(k)) }

// binOp is (l op r).
type binOp struct {
	op   string
	l, r Expr
}

func (b binOp) write(w *writer) {
	w.str("(")
	b.l.write(w)
	w.str(" " + b.op + " ")
	b.r.write(w)
	w.str(")")
}

// and/or of many terms.
func andAll(es ...Expr) Expr {
	var out Expr
	for _, e := range es {
		if e == nil {
			continue
		}
		if out == nil {
			out = e
		} else {
			out = binOp{"AND", out, e}
		}
	}
	return out
}

// prefix is (op x): NOT, unary minus.
type prefix struct {
	op string
	x  Expr
}

func (p prefix) write(w *writer) {
	w.str("(" + p.op + " ")
	p.x.write(w)
	w.str(")")
}

// postfix is (x op): IS NULL, IS NOT NULL.
type postfix struct {
	x  Expr
	op string
}

func (p postfix) write(w *writer) {
	w.str("(")
	p.x.write(w)
	w.str(" " + p.op + ")")
}

// call is name(args); distinct adds DISTINCT.
type call struct {
	name     string
	args     []Expr
	distinct bool
}

func (c call) write(w *writer) {
	w.str(c.name + "(")
	if c.distinct {
		w.str("DISTINCT ")
	}
	w.list(c.args)
	w.str(")")
}

// castExpr is CAST(x AS type).
type castExpr struct {
	x Expr
	t sqlType
}

func (c castExpr) write(w *writer) {
	w.str("CAST(")
	c.x.write(w)
	w.str(" AS " + w.d.typeName(c.t) + ")")
}

// whenThen is one arm of a CASE.
type whenThen struct{ when, then Expr }

// caseExpr is CASE [subject] WHEN ... THEN ... [ELSE ...] END.
type caseExpr struct {
	subject Expr
	whens   []whenThen
	els     Expr
}

func (c caseExpr) write(w *writer) {
	w.str("CASE")
	if c.subject != nil {
		w.str(" ")
		c.subject.write(w)
	}
	for _, wt := range c.whens {
		w.str(" WHEN ")
		wt.when.write(w)
		w.str(" THEN ")
		wt.then.write(w)
	}
	if c.els != nil {
		w.str(" ELSE ")
		c.els.write(w)
	}
	w.str(" END")
}

// inList is (x IN (items)).
type inList struct {
	x     Expr
	items []Expr
}

func (i inList) write(w *writer) {
	w.str("(")
	i.x.write(w)
	w.str(" IN (")
	w.list(i.items)
	w.str("))")
}

// inSelect is (x IN (SELECT ...)).
type inSelect struct {
	x   Expr
	sel *selectStmt
}

func (i inSelect) write(w *writer) {
	w.str("(")
	i.x.write(w)
	w.str(" IN (")
	i.sel.write(w)
	w.str("))")
}

// likeExpr is (x LIKE pattern ESCAPE '/').
type likeExpr struct{ x, pattern Expr }

func (l likeExpr) write(w *writer) {
	w.str("(")
	l.x.write(w)
	w.str(" LIKE ")
	l.pattern.write(w)
	w.str(" ESCAPE " + w.d.StringLiteral("/") + ")")
}

// concat joins strings.
type concat struct{ parts []Expr }

func (c concat) write(w *writer) { w.d.writeConcat(w, c.parts) }

// binaryCollate makes string comparisons on x use code-point order.
type binaryCollate struct{ x Expr }

func (c binaryCollate) write(w *writer) { w.d.writeCollate(w, c.x) }

// orderItem is one ORDER BY key; NULL always ranks lowest.
type orderItem struct {
	x    Expr
	desc bool
}

func writeOrder(w *writer, items []orderItem) {
	for i, o := range items {
		if i > 0 {
			w.str(", ")
		}
		w.d.writeOrderItem(w, o)
	}
}

// rowNumber is ROW_NUMBER() OVER (PARTITION BY ... ORDER BY ...).
type rowNumber struct {
	partition []Expr
	order     []orderItem
}

func (r rowNumber) write(w *writer) {
	w.str("ROW_NUMBER() OVER (")
	if len(r.partition) > 0 {
		w.str("PARTITION BY ")
		w.list(r.partition)
	}
	if len(r.order) > 0 {
		if len(r.partition) > 0 {
			w.str(" ")
		}
		w.str("ORDER BY ")
		writeOrder(w, r.order)
	}
	w.str(")")
}

// lag is LAG(x) OVER (PARTITION BY p ORDER BY x).
type lag struct {
	x         Expr
	partition Expr
}

func (l lag) write(w *writer) {
	w.str("LAG(")
	l.x.write(w)
	w.str(") OVER (PARTITION BY ")
	l.partition.write(w)
	w.str(" ORDER BY ")
	l.x.write(w)
	w.str(")")
}

// exprFunc lets a dialect render an expression with custom code.
type exprFunc func(w *writer)

func (f exprFunc) write(w *writer) { f(w) }

// selCol is one output column.
type selCol struct {
	x     Expr
	alias string
}

// fromItem is a table or sub-query in FROM or JOIN.
type fromItem struct {
	table string      // a table name, or
	sub   *selectStmt // a sub-query, or
	query string      // SQL text from a backend
	alias string
	temp  bool // table is one of our temporary tables
}

func (f fromItem) write(w *writer) {
	switch {
	case f.sub != nil:
		w.str("(")
		f.sub.write(w)
		w.str(")")
	case f.query != "":
		w.str("(")
		w.str(f.query)
		w.str(")")
	case f.temp:
		w.ident(w.d.tempName(f.table))
	default:
		w.ident(f.table)
	}
	if f.alias != "" {
		w.str(" AS ")
		w.ident(f.alias)
	}
}

// join is LEFT OUTER JOIN item ON on.
type join struct {
	item fromItem
	on   Expr
}

// selectStmt is a SELECT, or a UNION of SELECTs when union is set.
type selectStmt struct {
	distinct bool
	cols     []selCol
	from     *fromItem
	joins    []join
	where    Expr
	groupBy  []Expr
	orderBy  []orderItem
	limit    int
	union    []*selectStmt // UNION of these (cols etc. unused)
}

func (s *selectStmt) write(w *writer) {
	if s.union != nil {
		for i, u := range s.union {
			if i > 0 {
				w.str(" UNION ")
			}
			u.write(w)
		}
		return
	}
	w.str("SELECT ")
	if s.limit > 0 {
		w.d.writeTop(w, s.limit)
	}
	if s.distinct {
		w.str("DISTINCT ")
	}
	for i, c := range s.cols {
		if i > 0 {
			w.str(", ")
		}
		c.x.write(w)
		if c.alias != "" {
			w.str(" AS ")
			w.ident(c.alias)
		}
	}
	if s.from != nil {
		w.str(" FROM ")
		s.from.write(w)
	}
	for _, j := range s.joins {
		w.str(" LEFT OUTER JOIN ")
		j.item.write(w)
		w.str(" ON ")
		j.on.write(w)
	}
	if s.where != nil {
		w.str(" WHERE ")
		s.where.write(w)
	}
	if len(s.groupBy) > 0 {
		w.str(" GROUP BY ")
		w.list(s.groupBy)
	}
	if len(s.orderBy) > 0 {
		w.str(" ORDER BY ")
		writeOrder(w, s.orderBy)
	}
	if s.limit > 0 {
		w.d.writeLimit(w, s.limit)
	}
}

// columnDef is a column of a created table.
type columnDef struct {
	name string
	t    sqlType
	size int // for strings: the longest value, when known (0: unknown)
}

// stmt is one statement of a program.
type stmt interface{ write(w *writer) }

// createTempAs creates temporary table name from a query.
type createTempAs struct {
	name string
	sel  *selectStmt
}

func (c createTempAs) write(w *writer) { w.d.writeCreateTempAs(w, c.name, c.sel) }

// createTemp creates an empty temporary table.
type createTemp struct {
	name string
	cols []columnDef
}

func (c createTemp) write(w *writer) { w.d.writeCreateTemp(w, c.name, c.cols) }

// createIndex indexes a temporary table on a column.
type createIndex struct{ table, column string }

func (c createIndex) write(w *writer) { w.d.writeCreateIndex(w, c.table, c.column) }

// insertValues inserts literal rows.
type insertValues struct {
	temp  bool // table is one of our temp tables
	table string
	cols  []string
	rows  [][]Expr
}

func (s insertValues) write(w *writer) {
	w.str("INSERT INTO ")
	if s.temp {
		w.ident(w.d.tempName(s.table))
	} else {
		w.ident(s.table)
	}
	w.str(" (")
	for i, c := range s.cols {
		if i > 0 {
			w.str(", ")
		}
		w.ident(c)
	}
	w.str(") VALUES ")
	for i, r := range s.rows {
		if i > 0 {
			w.str(", ")
		}
		w.str("(")
		w.list(r)
		w.str(")")
	}
}

// dropTable drops a temporary table.
type dropTable struct{ name string }

func (d dropTable) write(w *writer) { w.d.writeDrop(w, d.name) }

// rawStmt is SQL text used as is (a dialect's session setup).
type rawStmt string

func (r rawStmt) write(w *writer) { w.str(string(r)) }

func itoa(n int) string { return strconv.Itoa(n) }

// macroDef defines a session-level function (a DuckDB macro, a PostgreSQL
// pg_temp function), replacing any previous definition.
type macroDef struct {
	name   string
	params []string
	types  []sqlType
	result sqlType
	body   Expr
}

func (m macroDef) write(w *writer) { w.d.writeMacro(w, m) }

// letExpr evaluates value once and body with name bound to it; only
// dialects with a let form render it.
type letExpr struct {
	value Expr
	name  string
	body  Expr
}

func (l letExpr) write(w *writer) { w.d.writeLet(w, l) }

// extract is EXTRACT(part FROM x).
type extract struct {
	part string
	x    Expr
}

func (e extract) write(w *writer) {
	w.str("EXTRACT(" + e.part + " FROM ")
	e.x.write(w)
	w.str(")")
}

// hasSubquery reports whether e contains a sub-query (which DuckDB and
// Trino do not allow inside lambdas). Opaque expressions count as having
// one.
func hasSubquery(e Expr) bool {
	anyHas := func(es []Expr) bool {
		for _, x := range es {
			if hasSubquery(x) {
				return true
			}
		}
		return false
	}
	switch x := e.(type) {
	case nil, colRef, lit, keyword:
		return false
	case binOp:
		return hasSubquery(x.l) || hasSubquery(x.r)
	case prefix:
		return hasSubquery(x.x)
	case postfix:
		return hasSubquery(x.x)
	case call:
		return anyHas(x.args)
	case castExpr:
		return hasSubquery(x.x)
	case caseExpr:
		if hasSubquery(x.subject) || hasSubquery(x.els) {
			return true
		}
		for _, wt := range x.whens {
			if hasSubquery(wt.when) || hasSubquery(wt.then) {
				return true
			}
		}
		return false
	case inList:
		return hasSubquery(x.x) || anyHas(x.items)
	case likeExpr:
		return hasSubquery(x.x) || hasSubquery(x.pattern)
	case concat:
		return anyHas(x.parts)
	case binaryCollate:
		return hasSubquery(x.x)
	case extract:
		return hasSubquery(x.x)
	case letExpr:
		return hasSubquery(x.value) || hasSubquery(x.body)
	}
	return true // inSelect, exprFunc and anything new
}
