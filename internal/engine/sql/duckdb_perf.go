package sql

import (
	"fmt"
	"math"
	"slices"

	"github.com/opensafely-go/opensafely/internal/querymodel"
)

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

// directPopulater is implemented by dialects on which a population that
// reads one patient table is best selected straight from that table by
// the dataset query (see directPopulation).
type directPopulater interface {
	directPopulation() bool
}

// On DuckDB, the temp tables of the candidate ids and of the population
// (a SELECT DISTINCT and a self-join of the patient table) and the
// restriction of every scan to the population cost more than the rows
// they save: measures, whose patient table has a row per patient and
// interval, spent a third of their time there.
func (duckdb) directPopulation() bool { return true }

// directPopulation reports whether ds's population reads exactly one
// patient table (one row per patient, so its ids need no DISTINCT) and
// the dialect prefers to select the population from it directly; it then
// records the table and builds no population temp table. Without a
// population table nothing is restricted to the population: every
// many-to-one table covers every patient, and the dataset query, which
// reads the patient table with the population condition as its WHERE,
// keeps the population's rows only. Datasets with event tables (whose
// rows must be restricted to the population) and runs with a join limit
// keep the usual plan.
func (c *compiler) directPopulation(ds *querymodel.Dataset) bool {
	if p, ok := c.d.(directPopulater); !ok || !p.directPopulation() {
		return false
	}
	if len(ds.Events) > 0 || c.opts.MaxJoinCount != math.MaxInt {
		return false
	}
	tables := tablesOf(ds.Population)
	if len(tables) != 1 {
		return false
	}
	t, ok := tables[0].(*querymodel.SelectPatientTable)
	if !ok {
		return false
	}
	c.direct = t
	return true
}

// directVariables compiles the dataset table of a direct population: the
// patient table (alias pop) filtered by the population condition, with
// the variables' tables joined to it.
func (c *compiler) directVariables(ds *querymodel.Dataset) ResultTable {
	t := c.direct.Table
	pop := c.column(t, "pop", "patient_id")
	s := c.newScope(pop)
	from := c.tableFrom(t, "pop", s.reads)
	// Columns of the patient table read the FROM item, not a join.
	s.joined["table:"+t.TableName()] = "pop"
	where := s.pred(ds.Population)
	cols := []selCol{{pop, "patient_id"}}
	for _, v := range ds.Variables {
		if v.Series.Type().IsSet() {
			fail("variable %q: a set of values cannot be a dataset column", v.Name)
		}
		cols = append(cols, selCol{s.value(v.Series), v.Name})
	}
	sel := &selectStmt{cols: cols, from: &from, joins: s.joins, where: where}
	name := c.tempName("results")
	c.createDatasetResults(name, sel, s.reads)
	rt := ResultTable{Name: "dataset", Table: name, key: "patient_id"}
	rt.Columns = append(rt.Columns, ResultColumn{"patient_id", querymodel.Int})
	for _, v := range ds.Variables {
		rt.Columns = append(rt.Columns, ResultColumn{v.Name, v.Series.Type()})
	}
	return rt
}

// aggregateFilterer is implemented by dialects on which aggregations over
// a filtered domain are best computed in the query of the parent
// domain's aggregations, with FILTER (WHERE ...) (see foldGroups).
type aggregateFilterer interface {
	foldAggregates() bool
}

// On DuckDB, one scan and one GROUP BY for a domain and the filtered
// domains under it, and one table to join instead of several, cost less
// than a query per domain: measures count events and check the events
// with a code or a value among the same rows.
func (duckdb) foldAggregates() bool { return true }

// foldGroups moves the combinable aggregations of a filtered domain into
// the group of its parent domain when that group exists and is not itself
// moved: each such aggregation is computed there with its domain's filter
// condition as FILTER (WHERE ...). Only one level is folded, so that a
// folded aggregation adds exactly one condition: the last filter of its
// frame.
func (c *compiler) foldGroups(root querymodel.Node) {
	if f, ok := c.d.(aggregateFilterer); !ok || !f.foldAggregates() {
		return
	}
	foldable := func(dom *querymodel.Domain) bool {
		p := dom.Parent()
		if p == nil || len(c.groups[p]) == 0 {
			return false
		}
		return p.Parent() == nil || len(c.groups[p.Parent()]) == 0
	}
	c.folded = map[*querymodel.Aggregate]querymodel.Series{}
	moved := map[*querymodel.Domain]bool{}
	querymodel.Walk(root, func(n querymodel.Node) bool {
		a, ok := n.(*querymodel.Aggregate)
		if !ok {
			return true
		}
		dom := querymodel.DomainOf(a.Source)
		if moved[dom] || !slices.Contains(c.groups[dom], a) || !foldable(dom) {
			return true
		}
		var fi frameInfo
		if f, ok := a.Source.(querymodel.Frame); ok {
			fi = chainOf(f)
		} else {
			fi = domainFrame(a.Source)
		}
		if len(fi.conds) == 0 || fi.doms[len(fi.doms)-1] != dom {
			return true
		}
		moved[dom] = true
		p := dom.Parent()
		for _, g := range c.groups[dom] {
			gi := fi
			if g != a {
				if f, ok := g.Source.(querymodel.Frame); ok {
					gi = chainOf(f)
				} else {
					gi = domainFrame(g.Source)
				}
			}
			c.folded[g] = gi.conds[len(gi.conds)-1]
			c.groups[p] = append(c.groups[p], g)
		}
		delete(c.groups, dom)
		return true
	})
}

// groupDomain is the domain whose group computes aggregation a.
func (c *compiler) groupDomain(a *querymodel.Aggregate) *querymodel.Domain {
	dom := querymodel.DomainOf(a.Source)
	if _, ok := c.folded[a]; ok {
		return dom.Parent()
	}
	return dom
}

// scanDepth is the number of filters of fi (the frame of aggregation a)
// that the query computing a applies in its WHERE: a folded aggregation
// applies its last one in its FILTER.
func (c *compiler) scanDepth(a *querymodel.Aggregate, fi frameInfo) int {
	if _, ok := c.folded[a]; ok {
		return len(fi.conds) - 1
	}
	return len(fi.conds)
}

// withFilter adds FILTER (WHERE cond) to the aggregate call of agg (a
// call, possibly under CASTs).
func withFilter(agg Expr, cond Expr) Expr {
	switch x := agg.(type) {
	case castExpr:
		return castExpr{withFilter(x.x, cond), x.t}
	case call:
		return filteredCall{x, cond}
	case binOp:
		return binOp{x.op, withFilter(x.l, cond), x.r}
	}
	fail("cannot filter aggregate %T", agg)
	return nil
}

// filteredCall is an aggregate call with FILTER (WHERE cond).
type filteredCall struct {
	c    call
	cond Expr
}

func (f filteredCall) write(w *writer) {
	f.c.write(w)
	w.str(" FILTER (WHERE ")
	f.cond.write(w)
	w.str(")")
}

// resultViewer is implemented by dialects on which the dataset table is
// best left as a temporary view of the dataset query (see
// createDatasetResults).
type resultViewer interface {
	datasetView() bool
}

// On DuckDB, writing the dataset table and reading it back costs more
// than running its query as the download (or the measures' aggregation)
// reads it.
func (duckdb) datasetView() bool { return true }

// createDatasetResults creates the dataset results table name from sel:
// a temporary view where the dialect prefers one, whose inputs are then
// dropped in cleanup, after the download. The download stays correct
// on retry: the view's rows are a function of tables that no longer
// change, and a retry reads the rows after the last patient_id received.
// Event tables stay tables: their row_id is a ROW_NUMBER() that a second
// evaluation could number differently.
func (c *compiler) createDatasetResults(name string, sel *selectStmt, reads map[string]bool) {
	if v, ok := c.d.(resultViewer); !ok || !v.datasetView() {
		c.createResults(name, sel, reads, "patient_id")
		return
	}
	c.emit(createTempView{name, sel}, reads, name)
}

// viewInputs returns the temp tables that result views read.
func (c *compiler) viewInputs() map[string]bool {
	keep := map[string]bool{}
	for _, st := range c.stmts {
		if _, ok := st.s.(createTempView); ok {
			for _, r := range st.reads {
				if r != st.creates {
					keep[r] = true
				}
			}
		}
	}
	return keep
}

// viewInputDrops renders the drops of the tables in keep, in creation
// order.
func (c *compiler) viewInputDrops(keep map[string]bool, createdAt map[string]int) []string {
	var names []string
	for name := range keep {
		names = append(names, name)
	}
	slices.SortFunc(names, func(a, b string) int { return createdAt[a] - createdAt[b] })
	var out []string
	for _, name := range names {
		out = append(out, render(c.d, dropTable{name}))
	}
	return out
}

// dropResults drops a results table or view.
func (c *compiler) dropResults(name string) stmt {
	for _, st := range c.stmts {
		if v, ok := st.s.(createTempView); ok && v.name == name {
			return dropView{name}
		}
	}
	return dropTable{name}
}

// createTempView is CREATE TEMPORARY VIEW name AS sel.
type createTempView struct {
	name string
	sel  *selectStmt
}

func (c createTempView) write(w *writer) {
	w.str("CREATE TEMPORARY VIEW ")
	w.ident(w.d.tempName(c.name))
	w.str(" AS ")
	c.sel.write(w)
}

// dropView is DROP VIEW IF EXISTS name.
type dropView struct{ name string }

func (d dropView) write(w *writer) {
	w.str("DROP VIEW IF EXISTS ")
	w.ident(w.d.tempName(d.name))
}

// inliner is implemented by dialects on which a materialised backend
// table read by one statement only is best read as a sub-query (see
// inlineSingleReads).
type inliner interface {
	inlineSingleReads() bool
}

// On DuckDB, writing a table that one statement reads costs more than
// computing its rows as that statement reads them: the measures'
// interval and expanded event tables, each read once, took a third of
// the run.
func (duckdb) inlineSingleReads() bool { return true }

// inlineSingleReads returns prog, or, when the dialect prefers it and
// some materialised backend tables of prog are read by one statement
// only, the program compiled again from orig with those tables read as
// sub-queries.
func (c *compiler) inlineSingleReads(orig *querymodel.Dataset, prog *Program) (*Program, error) {
	if v, ok := c.d.(inliner); !ok || !v.inlineSingleReads() || c.opts.inline != nil || len(c.material) == 0 {
		return prog, nil
	}
	readers := map[string]int{}
	for _, st := range c.stmts {
		for _, r := range st.reads {
			if r != st.creates {
				readers[r]++
			}
		}
	}
	once := map[*querymodel.Table]bool{}
	for t, name := range c.material {
		if readers[name] == 1 {
			once[t] = true
		}
	}
	if len(once) == 0 {
		return prog, nil
	}
	opts := c.opts
	opts.inline = once
	return Compile(orig, c.d, c.b, opts)
}

// scanRestricter is implemented by dialects on which only the scans of
// event tables are restricted to the population (see restricts).
type scanRestricter interface {
	restrictOnlyEvents() bool
}

// On DuckDB, the semi-join restricting every scan to the population costs
// more than the rows of other patients it saves (about 15% of the issue-5
// definition's time).
func (duckdb) restrictOnlyEvents() bool { return true }

// restricts reports whether scans compiled now are restricted to the
// population. Restricting many-to-one tables (aggregations, picks, sets)
// is only an optimisation: the dataset query reads their rows for the
// population's patients only, and every value they hold is a function of
// one patient's rows. The rows of event tables are output, so they are
// always restricted. (The in-memory reference engine evaluates variables
// for every patient too, so errors such as a date out of range are not
// newly raised.)
func (c *compiler) restricts() bool {
	if r, ok := c.d.(scanRestricter); ok && r.restrictOnlyEvents() {
		return c.events
	}
	return true
}

// argPicker is implemented by dialects on which a picked row is best
// found with a GROUP BY and arg_max/arg_min (see argPick).
type argPicker interface {
	argPicks() bool
}

// On DuckDB, arg_max over a GROUP BY is cheaper than numbering every row
// of every patient with ROW_NUMBER() and keeping the first.
func (duckdb) argPicks() bool { return true }

func (c *compiler) argPicks() bool {
	p, ok := c.d.(argPicker)
	return ok && p.argPicks()
}

// argPick creates the temp table of a picked row (see pick) as
//
//	SELECT patient_id, struct_extract(picked, 'v1') AS col1, ...
//	FROM (SELECT pid AS patient_id,
//	      arg_max(struct_pack(v1 := col1, ...),
//	              struct_pack(n1 := key1 IS NOT NULL, k1 := COALESCE(key1, zero), ...)) AS picked
//	      FROM rows GROUP BY pid)
//
// (arg_min for the first row). The key ranks NULL lowest, as the
// ROW_NUMBER() ordering does, without NULL fields; the selected columns
// are wrapped in a struct, never NULL, because arg_max skips NULL
// arguments. RewriteSorts makes the selected columns sort keys, so rows
// tied on every key have the same selected values.
func (c *compiler) argPick(p *querymodel.PickOneRowPerPatientWithColumns) string {
	fi := chainOf(p.Source)
	s, from, where := c.rowScope(fi)
	// v0 keeps the struct non-empty when no column is selected (a pick
	// whose presence only is used).
	vals, keys := []namedExpr{{"v0", lit{true, tBool}}}, []namedExpr{{"n0", lit{true, tBool}}}
	for i, col := range p.SelectedColumns {
		vals = append(vals, namedExpr{fmt.Sprintf("v%d", i+1), c.column(fi.table, "t", col)})
	}
	for i, k := range fi.sorts {
		v := s.value(k)
		keys = append(keys,
			namedExpr{fmt.Sprintf("n%d", i+1), postfix{v, "IS NOT NULL"}},
			namedExpr{fmt.Sprintf("k%d", i+1), call{"COALESCE", []Expr{v, zeroOf(k.Type())}, false}})
	}
	fn := "arg_min"
	if p.Position == querymodel.Last {
		fn = "arg_max"
	}
	agg := call{fn, []Expr{structPack(vals), structPack(keys)}, false}
	inner := s.selectFrom(from, where, []selCol{{s.pid, "patient_id"}, {agg, "picked"}})
	inner.groupBy = []Expr{s.pid}
	outer := &selectStmt{from: &fromItem{sub: inner, alias: "g"}}
	outer.cols = append(outer.cols, selCol{colRef{"g", "patient_id"}, "patient_id"})
	for i, col := range p.SelectedColumns {
		outer.cols = append(outer.cols, selCol{call{"struct_extract", []Expr{colRef{"g", "picked"}, lit{fmt.Sprintf("v%d", i+1), tStr}}, false}, col})
	}
	name := c.tempName("tmp")
	c.temps[p] = name
	c.createTemp(name, outer, s.reads, "patient_id")
	return name
}

// zeroOf is a non-NULL value of type t, standing in for NULL in sort
// keys (after a flag that ranks NULL lowest).
func zeroOf(t querymodel.Type) Expr {
	switch t.Kind() {
	case querymodel.KindBool:
		return lit{false, tBool}
	case querymodel.KindInt:
		return lit{int64(0), tInt}
	case querymodel.KindFloat:
		return lit{0.0, tFloat}
	case querymodel.KindStr, querymodel.KindCode:
		return lit{"", tStr}
	case querymodel.KindDate:
		return lit{querymodel.CalendarDate{Year: 1, Month: 1, Day: 1}, tDate}
	}
	fail("cannot sort by a value of type %v", t)
	return nil
}

// namedExpr is one field of a struct_pack.
type namedExpr struct {
	name string
	x    Expr
}

// structPack is DuckDB's struct_pack(name := x, ...).
type structPack []namedExpr

func (p structPack) write(w *writer) {
	w.str("struct_pack(")
	for i, f := range p {
		if i > 0 {
			w.str(", ")
		}
		w.ident(f.name)
		w.str(" := ")
		f.x.write(w)
	}
	w.str(")")
}
