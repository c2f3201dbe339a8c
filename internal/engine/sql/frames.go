package sql

import (
	"fmt"
	"slices"

	"github.com/opensafely-go/opensafely/internal/querymodel"
)

// maxInList is the largest literal set compiled to an IN list; larger sets
// go into a temporary table.
const maxInList = 32

// frameInfo is a many-rows frame: a table, the filter conditions on its
// rows and the sort keys (highest priority first).
type frameInfo struct {
	table *querymodel.Table
	conds []querymodel.Series  // innermost first
	doms  []*querymodel.Domain // doms[i]: the domain of the rows kept by conds[:i+1]
	sorts []querymodel.Series
}

func chainOf(f querymodel.Frame) frameInfo {
	var fi frameInfo
	for {
		switch x := f.(type) {
		case *querymodel.Sort:
			fi.sorts = append(fi.sorts, x.SortBy)
			f = x.Source
		case *querymodel.Filter:
			fi.conds = append(fi.conds, x.Condition)
			fi.doms = append(fi.doms, querymodel.DomainOf(x))
			f = x.Source
		case *querymodel.SelectTable:
			fi.table = x.Table
			slices.Reverse(fi.conds)
			slices.Reverse(fi.doms)
			return fi
		default:
			fail("unexpected frame %T under a many-rows frame", f)
		}
	}
}

// domainFrame returns the frame whose rows an event-level node ranges
// over.
func domainFrame(n querymodel.Node) frameInfo {
	dom := querymodel.DomainOf(n)
	var found querymodel.Frame
	querymodel.Walk(n, func(x querymodel.Node) bool {
		if found != nil {
			return false
		}
		if sc, ok := x.(*querymodel.SelectColumn); ok && querymodel.DomainOf(sc) == dom {
			found = sc.Source
			return false
		}
		if f, ok := x.(querymodel.Frame); ok && f.Dim() == querymodel.ManyRowsPerPatient && querymodel.DomainOf(f) == dom {
			if _, isSCF := f.(*querymodel.SeriesCollectionFrame); !isSCF {
				found = f
				return false
			}
		}
		return true
	})
	if found == nil {
		fail("cannot find the rows of an event-level series")
	}
	return chainOf(found)
}

// restriction limits event rows to the population, once it exists.
func (c *compiler) restriction(t *querymodel.Table, reads map[string]bool) Expr {
	if c.population == "" || !c.restricts() {
		return nil
	}
	reads[c.population] = true
	return inSelect{c.column(t, "t", "patient_id"), &selectStmt{
		cols: []selCol{{colRef{"", "patient_id"}, ""}},
		from: &fromItem{table: c.population, temp: true},
	}}
}

// rowScope starts a query over the rows of frame fi (alias "t"), with its
// filters and the population restriction compiled into where.
func (c *compiler) rowScope(fi frameInfo) (*scope, *fromItem, Expr) {
	return c.rowScopeN(fi, len(fi.conds))
}

// rowScopeN is rowScope for the rows kept by the first n filters of fi.
// It reads the rows of the deepest of those filters' domains that is
// worth materialising (see sharedDomains) from its temp table.
func (c *compiler) rowScopeN(fi frameInfo, n int) (*scope, *fromItem, Expr) {
	s := c.newScope(nil)
	s.pid = c.column(fi.table, "t", "patient_id")
	s.row = fi.table
	start, restricted := 0, false
	var from fromItem
	found := false
	for k := n - 1; k >= 0 && !found; k-- {
		if c.shared[fi.doms[k]] {
			var name string
			name, restricted = c.domainRows(fi, k)
			s.reads[name] = true
			from = fromItem{table: name, alias: "t", temp: true}
			start, found = k+1, true
		}
	}
	if !found {
		from = c.tableFrom(fi.table, "t", s.reads)
	}
	var where []Expr
	for _, cond := range fi.conds[start:n] {
		where = append(where, s.pred(cond))
	}
	if !restricted {
		where = append(where, c.restriction(fi.table, s.reads))
	}
	return s, &from, andAll(where...)
}

// domainRows creates (once) the temp table of the rows of domain
// fi.doms[k], every column of the table, and reports whether it is
// restricted to the population.
func (c *compiler) domainRows(fi frameInfo, k int) (string, bool) {
	dom := fi.doms[k]
	if r, ok := c.domRows[dom]; ok {
		return r.name, r.restricted
	}
	s, from, where := c.rowScopeN(fi, k)
	where = andAll(where, s.pred(fi.conds[k]))
	all := exprFunc(func(w *writer) { w.ident("t"); w.str(".*") })
	sel := s.selectFrom(from, where, []selCol{{all, ""}})
	name := c.tempName("rows")
	restricted := c.population != "" && c.restricts()
	c.domRows[dom] = domainTable{name, restricted}
	c.createTemp(name, sel, s.reads, "")
	return name, restricted
}

type domainTable struct {
	name       string
	restricted bool
}

// sharedDomains marks the filtered domains read by at least two scans
// (aggregation groups, picks, sets, event tables or narrower domains):
// their rows are selected once into a temp table that the scans read
// instead of the whole table. Codelist filters keep a small part of an
// event table, so this saves a scan of it per extra consumer.
func (c *compiler) sharedDomains(root querymodel.Node) {
	consumers := map[*querymodel.Domain]map[any]bool{}
	use := func(dom *querymodel.Domain, unit any) {
		for dom != nil && dom.Parent() != nil {
			if consumers[dom] == nil {
				consumers[dom] = map[any]bool{}
			}
			if consumers[dom][unit] {
				return
			}
			consumers[dom][unit] = true
			unit, dom = dom, dom.Parent()
		}
	}
	querymodel.Walk(root, func(n querymodel.Node) bool {
		switch x := n.(type) {
		case *querymodel.Aggregate:
			if f, ok := x.Source.(querymodel.Frame); ok && f.Dim() == querymodel.OneRowPerPatient {
				break
			}
			dom := querymodel.DomainOf(x.Source)
			if combinable(x) {
				use(dom, "group") // one scan for all of them
			} else {
				use(dom, x)
			}
		case *querymodel.PickOneRowPerPatientWithColumns:
			use(querymodel.DomainOf(x.Source), x)
		case *querymodel.SeriesCollectionFrame:
			use(querymodel.DomainOf(x), x)
		}
		return true
	})
	for dom, units := range consumers {
		if len(units) >= 2 {
			c.shared[dom] = true
		}
	}
}

func (s *scope) selectFrom(from *fromItem, where Expr, cols []selCol) *selectStmt {
	return &selectStmt{cols: cols, from: from, joins: s.joins, where: where}
}

// aggregate compiles an aggregation, creating its temp table once.
func (s *scope) aggregate(a *querymodel.Aggregate) (Expr, bool) {
	c := s.c
	if f, ok := a.Source.(querymodel.Frame); ok && f.Dim() == querymodel.OneRowPerPatient {
		var alias string
		switch src := f.(type) {
		case *querymodel.SelectPatientTable:
			alias = s.joinTable(src.Table)
		case *querymodel.InlinePatientTable:
			alias = s.joinTemp(c.inlineTable(src))
		case *querymodel.PickOneRowPerPatientWithColumns:
			alias = s.joinTemp(c.pick(src))
		default:
			fail("cannot aggregate frame %T", f)
		}
		present := postfix{colRef{alias, "patient_id"}, "IS NOT NULL"}
		if a.Op == querymodel.AggExists {
			return present, true
		}
		return caseExpr{whens: []whenThen{{present, lit{int64(1), tNone}}}, els: lit{int64(0), tNone}}, false
	}
	if a.Op == querymodel.AggCombineAsSet {
		fail("a set of values cannot be used as a value")
	}
	if src, ok := a.Source.(querymodel.Series); ok && isNullLiteral(src) {
		switch a.Op {
		case querymodel.AggCountDistinct, querymodel.AggCountEpisodes:
			return lit{int64(0), tNone}, false
		}
		return lit{nil, sqlTypeOf(a.Type())}, false
	}
	name, col := c.aggregateTable(a)
	alias := s.joinTemp(name)
	switch a.Op {
	case querymodel.AggExists:
		if col != "" { // folded into its parent domain's group
			return call{"COALESCE", []Expr{colRef{alias, col}, lit{false, tBool}}, false}, true
		}
		return postfix{colRef{alias, "patient_id"}, "IS NOT NULL"}, true
	case querymodel.AggCount, querymodel.AggCountDistinct, querymodel.AggCountEpisodes:
		return call{"COALESCE", []Expr{colRef{alias, col}, lit{int64(0), tNone}}, false}, false
	}
	return colRef{alias, col}, false
}

// combinable reports whether aggregation a can share one GROUP BY query
// with the other aggregations over the same rows.
func combinable(a *querymodel.Aggregate) bool {
	switch a.Op {
	case querymodel.AggExists, querymodel.AggCount, querymodel.AggCountDistinct, querymodel.AggSum, querymodel.AggMean, querymodel.AggMin, querymodel.AggMax:
		if src, ok := a.Source.(querymodel.Series); ok && isNullLiteral(src) {
			return false
		}
		if f, ok := a.Source.(querymodel.Frame); ok && f.Dim() == querymodel.OneRowPerPatient {
			return false
		}
		return true
	}
	return false
}

// groupAggregates lists, per domain, the combinable aggregations under
// root, so that each domain's rows are scanned once.
func (c *compiler) groupAggregates(root querymodel.Node) {
	querymodel.Walk(root, func(n querymodel.Node) bool {
		if a, ok := n.(*querymodel.Aggregate); ok && combinable(a) && !nested(a.Source) {
			dom := querymodel.DomainOf(a.Source)
			c.groups[dom] = append(c.groups[dom], a)
		}
		return true
	})
}

// nested reports whether n reads an aggregation or a pick: such an
// aggregation stays out of groups, since its group could be the one it
// reads.
func nested(n querymodel.Node) bool {
	found := false
	querymodel.Walk(n, func(x querymodel.Node) bool {
		switch x.(type) {
		case *querymodel.Aggregate, *querymodel.PickOneRowPerPatientWithColumns:
			found = true
		}
		return !found
	})
	return found
}

// aggregateTable creates the temp table of an event-level aggregation
// and returns it with the column holding the aggregation's value. The
// combinable aggregations over one domain share one table.
func (c *compiler) aggregateTable(a *querymodel.Aggregate) (string, string) {
	if loc, ok := c.aggCols[a]; ok {
		return loc[0], loc[1]
	}
	if name, ok := c.temps[a]; ok {
		return name, "value"
	}
	var fi frameInfo
	if f, ok := a.Source.(querymodel.Frame); ok {
		fi = chainOf(f)
	} else {
		fi = domainFrame(a.Source)
	}
	s, from, where := c.rowScopeN(fi, c.scanDepth(a, fi))
	pid := selCol{s.pid, "patient_id"}
	var sel *selectStmt
	switch a.Op {
	case querymodel.AggCountEpisodes:
		src := a.Source.(querymodel.Series)
		d := s.value(src)
		inner := s.selectFrom(from, andAll(where, postfix{d, "IS NOT NULL"}), []selCol{
			pid, {d, "d"}, {lag{d, s.pid}, "prev"},
		})
		gap := c.d.diffDays(colRef{"", "d"}, colRef{"", "prev"})
		isNew := binOp{"OR", postfix{colRef{"", "prev"}, "IS NULL"}, binOp{">", gap, lit{a.MaximumGapDays, tNone}}}
		sum := castExpr{call{"SUM", []Expr{caseExpr{whens: []whenThen{{isNew, lit{int64(1), tNone}}}, els: lit{int64(0), tNone}}}, false}, tInt}
		sel = &selectStmt{
			cols:    []selCol{{colRef{"", "patient_id"}, "patient_id"}, {sum, "value"}},
			from:    &fromItem{sub: inner, alias: "episodes"},
			groupBy: []Expr{colRef{"", "patient_id"}},
		}
	default:
		if !combinable(a) {
			fail("cannot compile %s", a.Op)
		}
		group := c.groups[c.groupDomain(a)]
		if !slices.Contains(group, a) {
			group = []*querymodel.Aggregate{a}
		}
		name := c.tempName("tmp")
		// SQL Server cannot aggregate expressions that contain
		// sub-queries: there, the values are computed in a sub-query
		// and aggregated outside it.
		wrap := !c.d.nativeBool()
		var inner []selCol
		arg := func(e Expr) Expr {
			if !wrap {
				return e
			}
			col := fmt.Sprintf("e%d", len(inner)+1)
			inner = append(inner, selCol{e, col})
			return colRef{"", col}
		}
		cols := []selCol{{colRef{"", "patient_id"}, "patient_id"}}
		if !wrap {
			cols = []selCol{pid}
		}
		for _, g := range group {
			if _, done := c.aggCols[g]; done {
				continue
			}
			col := fmt.Sprintf("value_%d", len(cols))
			var agg Expr
			switch g.Op {
			case querymodel.AggExists:
				if _, ok := c.folded[g]; !ok {
					continue // a row in the table is the answer
				}
				agg = binOp{">", call{"COUNT", []Expr{keyword("*")}, false}, lit{int64(0), tNone}}
			case querymodel.AggCount:
				agg = castExpr{call{"COUNT", []Expr{keyword("*")}, false}, tInt}
			case querymodel.AggCountDistinct:
				agg = castExpr{call{"COUNT", []Expr{arg(s.value(g.Source.(querymodel.Series)))}, true}, tInt}
			case querymodel.AggSum:
				agg = castExpr{call{"SUM", []Expr{arg(s.value(g.Source.(querymodel.Series)))}, false}, sqlTypeOf(g.Type())}
			case querymodel.AggMean:
				agg = castExpr{call{"AVG", []Expr{arg(castExpr{s.value(g.Source.(querymodel.Series)), tFloat})}, false}, tFloat}
			case querymodel.AggMin, querymodel.AggMax:
				fn := "MIN"
				if g.Op == querymodel.AggMax {
					fn = "MAX"
				}
				src := g.Source.(querymodel.Series)
				agg = call{fn, []Expr{ordered(arg(s.value(src)), src.Type())}, false}
			}
			if cond, ok := c.folded[g]; ok {
				agg = withFilter(agg, s.pred(cond))
			}
			cols = append(cols, selCol{agg, col})
			c.aggCols[g] = [2]string{name, col}
		}
		for _, g := range group {
			if g.Op == querymodel.AggExists {
				if _, done := c.aggCols[g]; !done {
					c.aggCols[g] = [2]string{name, ""}
				}
			}
		}
		if wrap {
			sub := s.selectFrom(from, where, append([]selCol{pid}, inner...))
			sel = &selectStmt{cols: cols, from: &fromItem{sub: sub, alias: "aggregated"}, groupBy: []Expr{colRef{"", "patient_id"}}}
		} else {
			sel = s.selectFrom(from, where, cols)
			sel.groupBy = []Expr{s.pid}
		}
		c.createTemp(name, sel, s.reads, "patient_id")
		loc := c.aggCols[a]
		return loc[0], loc[1]
	}
	name := c.tempName("tmp")
	c.temps[a] = name
	c.createTemp(name, sel, s.reads, "patient_id")
	return name, "value"
}

// setTable creates the (patient_id, value) temp table of a CombineAsSet.
func (c *compiler) setTable(a *querymodel.Aggregate) string {
	if name, ok := c.temps[a]; ok {
		return name
	}
	src := a.Source.(querymodel.Series)
	s, from, where := c.rowScope(domainFrame(src))
	v := s.value(src)
	sel := s.selectFrom(from, andAll(where, postfix{v, "IS NOT NULL"}), []selCol{{s.pid, "patient_id"}, {v, "value"}})
	sel.distinct = true
	name := c.tempName("tmp")
	c.temps[a] = name
	c.createTemp(name, sel, s.reads, "patient_id")
	return name
}

// pick creates the temp table of a picked row: patient_id and the
// selected columns.
func (c *compiler) pick(p *querymodel.PickOneRowPerPatientWithColumns) string {
	if name, ok := c.temps[p]; ok {
		return name
	}
	if c.argPicks() {
		return c.argPick(p)
	}
	fi := chainOf(p.Source)
	s, from, where := c.rowScope(fi)
	cols := []selCol{{s.pid, "patient_id"}}
	for _, col := range p.SelectedColumns {
		cols = append(cols, selCol{c.column(fi.table, "t", col), col})
	}
	var order []orderItem
	for _, k := range fi.sorts {
		order = append(order, orderItem{ordered(s.value(k), k.Type()), p.Position == querymodel.Last})
	}
	cols = append(cols, selCol{rowNumber{partition: []Expr{s.pid}, order: order}, "rn"})
	inner := s.selectFrom(from, where, cols)
	outer := &selectStmt{from: &fromItem{sub: inner, alias: "picked"}, where: binOp{"=", colRef{"picked", "rn"}, lit{int64(1), tNone}}}
	outer.cols = append(outer.cols, selCol{colRef{"picked", "patient_id"}, "patient_id"})
	for _, col := range p.SelectedColumns {
		outer.cols = append(outer.cols, selCol{colRef{"picked", col}, col})
	}
	name := c.tempName("tmp")
	c.temps[p] = name
	c.createTemp(name, outer, s.reads, "patient_id")
	return name
}

// inlineTable creates and fills the temp table of an inline patient table.
func (c *compiler) inlineTable(n *querymodel.InlinePatientTable) string {
	if name, ok := c.temps[n]; ok {
		return name
	}
	var rows [][]any
	switch r := n.Rows.(type) {
	case *querymodel.LiteralRows:
		rows = r.Rows
	case *querymodel.FileRows:
		if c.opts.InlineReader == nil {
			fail("no reader for the inline table file %s", r.Filename)
		}
		var err error
		rows, err = c.opts.InlineReader(r, n.TableSchema)
		check(err)
	default:
		fail("unsupported inline rows %T", n.Rows)
	}
	cols := []columnDef{{"patient_id", tInt, 0}}
	names := []string{"patient_id"}
	types := []sqlType{tInt}
	for _, col := range n.TableSchema.Columns() {
		cols = append(cols, columnDef{col.Name, sqlTypeOf(col.Type), 0})
		names = append(names, col.Name)
		types = append(types, sqlTypeOf(col.Type))
	}
	name := c.tempName("inline_data")
	c.temps[n] = name
	c.fill(name, cols, names, types, rows, "patient_id")
	return name
}

// fill creates temp table name and inserts rows in batches.
func (c *compiler) fill(name string, cols []columnDef, names []string, types []sqlType, rows [][]any, indexOn string) {
	c.emit(createTemp{name, cols}, nil, name)
	batch := 10000
	if c.d.Name() == "mssql" {
		batch = 1000 // SQL Server's limit for a VALUES list
	}
	self := map[string]bool{name: true}
	for start := 0; start < len(rows); start += batch {
		ins := insertValues{temp: true, table: name, cols: names}
		for _, row := range rows[start:min(start+batch, len(rows))] {
			if len(row) != len(names) {
				fail("inline table row %v has %d values, want %d", row, len(row), len(names))
			}
			r := make([]Expr, len(row))
			for i, v := range row {
				r[i] = lit{normaliseValue(v), types[i]}
			}
			ins.rows = append(ins.rows, r)
		}
		c.emit(ins, self, "")
	}
	c.afterCreate(name, indexOn)
}

func normaliseValue(v any) any {
	switch x := v.(type) {
	case int:
		return int64(x)
	case int32:
		return int64(x)
	}
	return v
}
