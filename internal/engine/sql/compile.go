package sql

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/opensafely-go/opensafely/internal/codes"
	"github.com/opensafely-go/opensafely/internal/querymodel"
)

// DefaultMaxJoinCount is the number of tables the variables query joins
// before its columns are split into batches (EHRQL_MAX_JOIN_COUNT).
const DefaultMaxJoinCount = 16

// maxInList is the largest literal set compiled to an IN list; larger sets
// go into a temporary table.
const maxInList = 32

// CompileOptions configures Compile.
type CompileOptions struct {
	// MaxJoinCount bounds the joins of one query of the variables (0:
	// DefaultMaxJoinCount).
	MaxJoinCount int
	// Permissions are the granted permissions (EHRQL_PERMISSIONS), passed
	// to Backend.Rewrite.
	Permissions []string
	// InlineReader reads the rows of a table_from_file inline table: each
	// row is (patient_id, col1, ...) as Go values (nil, bool, int64,
	// float64, string, codes.Code, querymodel.CalendarDate). Without it,
	// such tables are an error.
	InlineReader func(rows *querymodel.FileRows, schema *querymodel.TableSchema) ([][]any, error)
	// RunID distinguishes the tables of concurrent runs on Trino, which
	// has no temporary tables (ehrql_<RunID>_tmp_N); empty: random.
	RunID string
	// NoSharedRows turns off the temp tables of filtered rows read by
	// several scans (DuckDB and PostgreSQL only; see sharedDomains).
	NoSharedRows bool
}

// Program is a compiled dataset: setup statements that leave each output
// table in a temporary table, the queries that fetch them, and cleanup
// statements. All SQL has literals inlined.
type Program struct {
	dialect Dialect
	setup   []string
	results []ResultTable
	cleanup []string
	temps   []string // every temp table, to drop after a failure
}

// ResultTable describes one output table of a Program.
type ResultTable struct {
	Name    string // "dataset", or the event table's name
	Table   string // the temporary table holding the rows (as written in SQL)
	Columns []ResultColumn
	// Query selects every row, ordered by patient_id.
	Query string
	// key is the unique column downloads paginate on; sel selects every
	// column (without order) from table, the temp table's plain name.
	key   string
	sel   *selectStmt
	table string
}

// ResultColumn is one output column: patient_id first.
type ResultColumn struct {
	Name string
	Type querymodel.Type
}

// Dialect returns the dialect the program is written in.
func (p *Program) Dialect() Dialect { return p.dialect }

// Setup returns the statements to run first, in order.
func (p *Program) Setup() []string { return p.setup }

// Results returns the output tables: the dataset table, then one per event
// table.
func (p *Program) Results() []ResultTable { return p.results }

// Cleanup returns the statements that drop the result tables.
func (p *Program) Cleanup() []string { return p.cleanup }

// Dump writes every statement of the program, numbered, each followed by
// ";" and a blank line (the dump-dataset-sql format).
func (p *Program) Dump(w io.Writer) error {
	total := len(p.setup) + len(p.results) + len(p.cleanup)
	n := 0
	write := func(label, sql string) error {
		n++
		_, err := fmt.Fprintf(w, "-- %s %03d / %03d\n%s;\n\n", label, n, total, sql)
		return err
	}
	for _, s := range p.setup {
		if err := write("Run query", s); err != nil {
			return err
		}
	}
	for _, r := range p.results {
		if err := write("Fetch results from query", r.Query); err != nil {
			return err
		}
	}
	for _, s := range p.cleanup {
		if err := write("Run query", s); err != nil {
			return err
		}
	}
	return nil
}

// Compile compiles ds for dialect d over backend b: it applies the
// backend's rewrite, querymodel.RewriteSorts and querymodel.SpecialiseCases,
// then builds the program (ehrQL spec §8.3). Parameters must already be
// substituted.
func Compile(ds *querymodel.Dataset, d Dialect, b Backend, opts CompileOptions) (prog *Program, err error) {
	if b == nil {
		b = CoreBackend{}
	}
	if opts.MaxJoinCount <= 0 {
		opts.MaxJoinCount = DefaultMaxJoinCount
	}
	if opts.RunID == "" {
		var b [6]byte
		_, _ = rand.Read(b[:])
		opts.RunID = hex.EncodeToString(b[:])
	}
	ds, err = b.Rewrite(ds, opts.Permissions)
	if err != nil {
		return nil, err
	}
	root, err := querymodel.RewriteSorts(ds)
	if err != nil {
		return nil, fmt.Errorf("sql: %w", err)
	}
	if root, err = querymodel.SpecialiseCases(root); err != nil {
		return nil, fmt.Errorf("sql: %w", err)
	}
	ds = root.(*querymodel.Dataset)
	c := &compiler{
		d: d, b: b, opts: opts,
		temps:    make(map[querymodel.Node]string),
		sources:  make(map[*querymodel.Table]TableSource),
		material: make(map[*querymodel.Table]string),
		created:  make(map[string]bool),
		groups:   make(map[*querymodel.Domain][]*querymodel.Aggregate),
		aggCols:  make(map[*querymodel.Aggregate][2]string),
		shared:   make(map[*querymodel.Domain]bool),
		domRows:  make(map[*querymodel.Domain]domainTable),
	}
	defer func() {
		if r := recover(); r != nil {
			ce, ok := r.(compileError)
			if !ok {
				panic(r)
			}
			prog, err = nil, ce.err
		}
	}()
	c.groupAggregates(ds)
	if !opts.NoSharedRows && d.shareRows() {
		c.sharedDomains(ds)
	}
	return c.dataset(ds), nil
}

// compileError carries an error out of the recursive compiler.
type compileError struct{ err error }

func fail(format string, args ...any) {
	panic(compileError{fmt.Errorf("sql: "+format, args...)})
}

func check(err error) {
	if err != nil {
		panic(compileError{err})
	}
}

type compiler struct {
	d    Dialect
	b    Backend
	opts CompileOptions

	stmts    []pstmt
	n        int                        // temp table counter
	temps    map[querymodel.Node]string // memoised temp tables
	sources  map[*querymodel.Table]TableSource
	material map[*querymodel.Table]string // materialised query tables
	created  map[string]bool              // temp tables, including results
	groups   map[*querymodel.Domain][]*querymodel.Aggregate
	aggCols  map[*querymodel.Aggregate][2]string // table and column of computed aggregations
	shared   map[*querymodel.Domain]bool         // domains whose rows get a temp table
	domRows  map[*querymodel.Domain]domainTable

	population string // the population temp table, once built
}

// pstmt is a statement with the temp tables it reads and creates.
type pstmt struct {
	s       stmt
	reads   []string
	creates string
}

func (c *compiler) tempName(prefix string) string {
	c.n++
	if c.d.persistentTemps() {
		return fmt.Sprintf("%s_%s_%d", c.opts.RunID, prefix, c.n)
	}
	return fmt.Sprintf("%s_%d", prefix, c.n)
}

func (c *compiler) emit(s stmt, reads map[string]bool, creates string) {
	var rs []string
	for r := range reads {
		rs = append(rs, r)
	}
	slices.Sort(rs)
	c.stmts = append(c.stmts, pstmt{s, rs, creates})
	if creates != "" {
		c.created[creates] = true
	}
}

// createTemp emits the creation of temp table name from sel (read by
// scope sc), with an index on patient_id when indexed.
func (c *compiler) createTemp(name string, sel *selectStmt, reads map[string]bool, indexOn string) {
	c.emit(createTempAs{name, sel}, reads, name)
	c.afterCreate(name, indexOn)
}

func (c *compiler) afterCreate(name, indexOn string) {
	if indexOn != "" && c.d.indexes() {
		c.emit(createIndex{name, indexOn}, map[string]bool{name: true}, "")
	}
	if a := c.d.analyze(name); a != nil {
		c.emit(a, map[string]bool{name: true}, "")
	}
}

// source returns the backend's source for t.
func (c *compiler) source(t *querymodel.Table) TableSource {
	if s, ok := c.sources[t]; ok {
		return s
	}
	s, err := c.b.Table(t)
	check(err)
	c.sources[t] = s
	return s
}

// tableFrom returns the FROM item reading table t as alias, recording in
// reads the temp tables it needs.
func (c *compiler) tableFrom(t *querymodel.Table, alias string, reads map[string]bool) fromItem {
	src := c.source(t)
	if src.Query == nil {
		return fromItem{table: src.Name, alias: alias}
	}
	if !src.Materialise {
		return fromItem{query: src.Query(c.d), alias: alias}
	}
	name, ok := c.material[t]
	if !ok {
		name = c.tempName("tmp")
		c.material[t] = name
		sel := &selectStmt{cols: []selCol{{keyword("*"), ""}}, from: &fromItem{query: src.Query(c.d), alias: "q"}}
		c.createTemp(name, sel, nil, "patient_id")
	}
	reads[name] = true
	return fromItem{table: name, alias: alias, temp: true}
}

// column returns the reference to logical column name of table t read as
// alias.
func (c *compiler) column(t *querymodel.Table, alias, name string) Expr {
	src := c.source(t)
	if src.Query == nil && src.Columns != nil {
		if phys, ok := src.Columns[name]; ok {
			name = phys
		}
	}
	return colRef{alias, name}
}

func sqlTypeOf(t querymodel.Type) sqlType {
	switch t.Kind() {
	case querymodel.KindBool:
		return tBool
	case querymodel.KindInt:
		return tInt
	case querymodel.KindFloat:
		return tFloat
	case querymodel.KindStr, querymodel.KindCode:
		return tStr
	case querymodel.KindDate:
		return tDate
	}
	return tNone
}

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

// scope compiles expressions evaluated once per row of a query: the
// query's patient_id, an optional event-table row, and the patient-level
// tables joined so far.
type scope struct {
	c      *compiler
	pid    Expr
	row    *querymodel.Table // the event table of the row (alias "t"), or nil
	joins  []join
	joined map[string]string
	reads  map[string]bool
	nalias int
}

func (c *compiler) newScope(pid Expr) *scope {
	return &scope{c: c, pid: pid, joined: make(map[string]string), reads: make(map[string]bool)}
}

func (s *scope) clone() *scope {
	n := *s
	n.joins = slices.Clone(s.joins)
	n.joined = make(map[string]string, len(s.joined))
	for k, v := range s.joined {
		n.joined[k] = v
	}
	n.reads = make(map[string]bool, len(s.reads))
	for k, v := range s.reads {
		n.reads[k] = v
	}
	return &n
}

// joinItem left-joins item (by key) on patient_id and returns its alias.
func (s *scope) joinItem(key string, item fromItem, pidCol string) string {
	if a, ok := s.joined[key]; ok {
		return a
	}
	s.nalias++
	a := fmt.Sprintf("j%d", s.nalias)
	item.alias = a
	s.joins = append(s.joins, join{item, binOp{"=", colRef{a, pidCol}, s.pid}})
	s.joined[key] = a
	return a
}

func (s *scope) joinTemp(name string) string {
	s.reads[name] = true
	return s.joinItem("temp:"+name, fromItem{table: name, temp: true}, "patient_id")
}

func (s *scope) joinTable(t *querymodel.Table) string {
	item := s.c.tableFrom(t, "", s.reads)
	pid := s.c.column(t, "", "patient_id").(colRef).name
	return s.joinItem("table:"+t.TableName(), item, pid)
}

// value compiles x to an expression giving its value (bools as values).
func (s *scope) value(x querymodel.Series) Expr {
	e, isPred := s.compile(x)
	if isPred && !s.c.d.nativeBool() {
		return castExpr{boolValue(e), tBool}
	}
	return e
}

// pred compiles the bool series x to a predicate.
func (s *scope) pred(x querymodel.Series) Expr {
	e, isPred := s.compile(x)
	if !isPred && !s.c.d.nativeBool() {
		return binOp{"=", e, lit{int64(1), tNone}}
	}
	return e
}

// boolValue turns a predicate into a value, keeping NULL.
func boolValue(p Expr) Expr {
	return caseExpr{whens: []whenThen{{p, lit{int64(1), tNone}}, {prefix{"NOT", p}, lit{int64(0), tNone}}}}
}

// ordered makes string comparisons of x use code-point order.
func ordered(x Expr, t querymodel.Type) Expr {
	if k := t.Kind(); k == querymodel.KindStr || k == querymodel.KindCode {
		return binaryCollate{x}
	}
	return x
}

func (c *compiler) falsePred() Expr {
	if c.d.nativeBool() {
		return keyword("FALSE")
	}
	return binOp{"=", lit{int64(1), tNone}, lit{int64(0), tNone}}
}

func isNullLiteral(x querymodel.Series) bool {
	return x.Type().Kind() == querymodel.KindNull && !x.Type().IsSet()
}

var cmpOps = map[querymodel.FuncOp]string{
	querymodel.FnEQ: "=", querymodel.FnNE: "<>", querymodel.FnLT: "<",
	querymodel.FnLE: "<=", querymodel.FnGT: ">", querymodel.FnGE: ">=",
}

// compile returns the SQL of x and whether it is a predicate.
func (s *scope) compile(x querymodel.Series) (Expr, bool) {
	switch n := x.(type) {
	case *querymodel.Value:
		if _, ok := n.V.(querymodel.Frozenset); ok {
			fail("a set of values cannot be used as a value")
		}
		return lit{n.V, sqlTypeOf(n.Type())}, false
	case *querymodel.Parameter:
		fail("parameter %q has no value (parameters must be substituted before execution)", n.Name)
	case *querymodel.SelectColumn:
		return s.selectColumn(n), false
	case *querymodel.Aggregate:
		return s.aggregate(n)
	case *querymodel.Function:
		return s.function(n)
	case *querymodel.Case:
		ce := caseExpr{}
		for _, arm := range n.Cases {
			var then Expr = lit{nil, sqlTypeOf(n.Type())}
			if arm.Then != nil && !isNullLiteral(arm.Then) {
				then = s.value(arm.Then)
			}
			ce.whens = append(ce.whens, whenThen{s.pred(arm.When), then})
		}
		if n.Default != nil && !isNullLiteral(n.Default) {
			ce.els = s.value(n.Default)
		} else {
			ce.els = lit{nil, sqlTypeOf(n.Type())}
		}
		return ce, false
	case *querymodel.FixedValueMap:
		t := sqlTypeOf(n.Type())
		def := lit{n.Default, t}
		if len(n.Mapping) == 0 {
			return def, false
		}
		ce := caseExpr{subject: s.value(n.Source), els: def}
		for _, m := range n.Mapping {
			ce.whens = append(ce.whens, whenThen{lit{m.From, sqlTypeOf(n.Source.Type())}, lit{m.To, t}})
		}
		return ce, false
	case *querymodel.Coalesce:
		var args []Expr
		for _, src := range n.Sources {
			if !isNullLiteral(src) {
				args = append(args, s.value(src))
			}
		}
		switch len(args) {
		case 0:
			return lit{nil, sqlTypeOf(n.Type())}, false
		case 1:
			return args[0], false
		}
		return call{"COALESCE", args, false}, false
	}
	fail("cannot compile %T", x)
	return nil, false
}

func (s *scope) selectColumn(n *querymodel.SelectColumn) Expr {
	c := s.c
	switch src := n.Source.(type) {
	case *querymodel.SelectPatientTable:
		return c.column(src.Table, s.joinTable(src.Table), n.Name)
	case *querymodel.InlinePatientTable:
		return colRef{s.joinTemp(c.inlineTable(src)), n.Name}
	case *querymodel.PickOneRowPerPatientWithColumns:
		return colRef{s.joinTemp(c.pick(src)), n.Name}
	case *querymodel.PickOneRowPerPatient:
		fail("pick without selected columns (sorts were not rewritten)")
	}
	fi := chainOf(n.Source)
	if s.row == nil || s.row != fi.table {
		fail("event-level column %s.%s used outside its table's rows", fi.table.TableName(), n.Name)
	}
	return c.column(fi.table, "t", n.Name)
}

// restriction limits event rows to the population, once it exists.
func (c *compiler) restriction(t *querymodel.Table, reads map[string]bool) Expr {
	if c.population == "" {
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
	restricted := c.population != ""
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
	case querymodel.AggExists, querymodel.AggCount, querymodel.AggSum, querymodel.AggMean, querymodel.AggMin, querymodel.AggMax:
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
	s, from, where := c.rowScope(fi)
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
	case querymodel.AggCountDistinct:
		// Counting the rows of a DISTINCT sub-query is much faster than
		// COUNT(DISTINCT ...) in DuckDB and no slower elsewhere.
		src := a.Source.(querymodel.Series)
		v := s.value(src)
		inner := s.selectFrom(from, andAll(where, postfix{v, "IS NOT NULL"}), []selCol{pid, {v, "value"}})
		inner.distinct = true
		sel = &selectStmt{
			cols:    []selCol{{colRef{"", "patient_id"}, "patient_id"}, {castExpr{call{"COUNT", []Expr{keyword("*")}, false}, tInt}, "value"}},
			from:    &fromItem{sub: inner, alias: "distinct_values"},
			groupBy: []Expr{colRef{"", "patient_id"}},
		}
	default:
		if !combinable(a) {
			fail("cannot compile %s", a.Op)
		}
		group := c.groups[querymodel.DomainOf(a.Source)]
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
				continue // a row in the table is the answer
			case querymodel.AggCount:
				agg = castExpr{call{"COUNT", []Expr{keyword("*")}, false}, tInt}
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

// function compiles a Function node.
func (s *scope) function(f *querymodel.Function) (Expr, bool) {
	c := s.c
	switch f.Op {
	case querymodel.FnAnd, querymodel.FnOr:
		op := "AND"
		if f.Op == querymodel.FnOr {
			op = "OR"
		}
		return binOp{op, s.pred(f.Args[0]), s.pred(f.Args[1])}, true
	case querymodel.FnIsNull:
		if isNullLiteral(f.Args[0]) {
			return postfix{lit{nil, tNone}, "IS NULL"}, true
		}
		return postfix{s.value(f.Args[0]), "IS NULL"}, true
	case querymodel.FnIn:
		return s.in(f.Args[0], f.Args[1]), true
	case querymodel.FnMinimumOf, querymodel.FnMaximumOf:
		var xs []Expr
		for _, a := range f.Args {
			if !isNullLiteral(a) {
				xs = append(xs, ordered(s.value(a), f.Type()))
			}
		}
		switch len(xs) {
		case 0:
			return lit{nil, sqlTypeOf(f.Type())}, false
		case 1:
			return xs[0], false
		}
		return c.d.greatest(f.Op == querymodel.FnMinimumOf, xs), false
	}
	for _, a := range f.Args {
		if isNullLiteral(a) {
			null := lit{nil, sqlTypeOf(f.Type())}
			return null, false
		}
	}
	arg := func(i int) Expr { return s.value(f.Args[i]) }
	one := lit{int64(1), tNone}
	zero := lit{int64(0), tNone}
	switch f.Op {
	case querymodel.FnEQ, querymodel.FnNE, querymodel.FnLT, querymodel.FnLE, querymodel.FnGT, querymodel.FnGE:
		l, r := arg(0), arg(1)
		if f.Op != querymodel.FnEQ && f.Op != querymodel.FnNE {
			l, r = ordered(l, f.Args[0].Type()), ordered(r, f.Args[1].Type())
		}
		return binOp{cmpOps[f.Op], l, r}, true
	case querymodel.FnNot:
		return prefix{"NOT", s.pred(f.Args[0])}, true
	case querymodel.FnNegate:
		return prefix{"-", arg(0)}, false
	case querymodel.FnAbsolute:
		return call{"ABS", []Expr{arg(0)}, false}, false
	case querymodel.FnAdd:
		return binOp{"+", arg(0), arg(1)}, false
	case querymodel.FnSubtract:
		return binOp{"-", arg(0), arg(1)}, false
	case querymodel.FnMultiply:
		return binOp{"*", arg(0), arg(1)}, false
	case querymodel.FnTrueDivide:
		return trueDivide(arg(0), arg(1)), false
	case querymodel.FnFloorDivide:
		return castExpr{call{"FLOOR", []Expr{trueDivide(arg(0), arg(1))}, false}, tInt}, false
	case querymodel.FnPower:
		a, b := arg(0), arg(1)
		fa, fb := castExpr{a, tFloat}, castExpr{b, tFloat}
		return caseExpr{
			whens: []whenThen{
				{binOp{"AND", binOp{"=", a, zero}, binOp{"<", b, zero}}, lit{nil, tFloat}},
				{binOp{"AND", binOp{"<", a, zero}, binOp{"<>", fb, call{"FLOOR", []Expr{fb}, false}}}, lit{nil, tFloat}},
			},
			els: call{"POWER", []Expr{fa, fb}, false},
		}, false
	case querymodel.FnCastToInt:
		switch f.Args[0].Type().Kind() {
		case querymodel.KindBool:
			return castExpr{boolValue(s.pred(f.Args[0])), tInt}, false
		case querymodel.KindFloat:
			return c.d.truncToInt(arg(0)), false
		}
		return arg(0), false
	case querymodel.FnCastToFloat:
		return castExpr{arg(0), tFloat}, false
	case querymodel.FnDateAddDays:
		return c.checkDate(c.d.addDays(arg(0), arg(1))), false
	case querymodel.FnDateAddMonths:
		return c.checkDate(c.addMonths(arg(0), arg(1))), false
	case querymodel.FnDateAddYears:
		return c.checkDate(c.addMonths(arg(0), binOp{"*", arg(1), lit{int64(12), tNone}})), false
	case querymodel.FnDateDifferenceInDays:
		return c.d.diffDays(arg(0), arg(1)), false
	case querymodel.FnDateDifferenceInMonths:
		a, b := arg(0), arg(1)
		y := binOp{"-", c.d.datePart("YEAR", a), c.d.datePart("YEAR", b)}
		m := binOp{"-", c.d.datePart("MONTH", a), c.d.datePart("MONTH", b)}
		adj := caseExpr{whens: []whenThen{{binOp{"<", c.d.datePart("DAY", a), c.d.datePart("DAY", b)}, one}}, els: zero}
		return binOp{"-", binOp{"+", binOp{"*", y, lit{int64(12), tNone}}, m}, adj}, false
	case querymodel.FnDateDifferenceInYears:
		a, b := arg(0), arg(1)
		y := binOp{"-", c.d.datePart("YEAR", a), c.d.datePart("YEAR", b)}
		ma, mb := c.d.datePart("MONTH", a), c.d.datePart("MONTH", b)
		earlier := binOp{"OR", binOp{"<", ma, mb}, binOp{"AND", binOp{"=", ma, mb}, binOp{"<", c.d.datePart("DAY", a), c.d.datePart("DAY", b)}}}
		return binOp{"-", y, caseExpr{whens: []whenThen{{earlier, one}}, els: zero}}, false
	case querymodel.FnYearFromDate:
		return c.d.datePart("YEAR", arg(0)), false
	case querymodel.FnMonthFromDate:
		return c.d.datePart("MONTH", arg(0)), false
	case querymodel.FnDayFromDate:
		return c.d.datePart("DAY", arg(0)), false
	case querymodel.FnToFirstOfYear:
		return c.d.firstOfYear(arg(0)), false
	case querymodel.FnToFirstOfMonth:
		return c.d.firstOfMonth(arg(0)), false
	case querymodel.FnStringContains:
		return s.contains(arg(0), f.Args[1]), true
	}
	fail("cannot compile %s", f.Op)
	return nil, false
}

func trueDivide(a, b Expr) Expr {
	return binOp{"/", castExpr{a, tFloat}, call{"NULLIF", []Expr{castExpr{b, tFloat}, lit{int64(0), tNone}}, false}}
}

// addMonths adds n months to d, rolling a day that does not exist in the
// target month forward to the 1st of the next month.
func (c *compiler) addMonths(d, n Expr) Expr {
	t := c.d.addMonthsClipped(d, n)
	return caseExpr{
		whens: []whenThen{{binOp{"<", c.d.datePart("DAY", t), c.d.datePart("DAY", d)}, c.d.addDays(t, lit{int64(1), tNone})}},
		els:   t,
	}
}

// checkDate raises an error for dates outside the years 1..9999.
func (c *compiler) checkDate(r Expr) Expr {
	e := c.d.dateError(r)
	if e == nil {
		return r
	}
	lo, _ := querymodel.NewDate(1, 1, 1)
	hi, _ := querymodel.NewDate(9999, 12, 31)
	out := binOp{"OR", binOp{"<", r, lit{lo, tDate}}, binOp{">", r, lit{hi, tDate}}}
	return caseExpr{whens: []whenThen{{out, e}}, els: r}
}

// likeEscape escapes LIKE's special characters with "/".
func likeEscape(s string) string {
	r := strings.NewReplacer("/", "//", "%", "/%", "_", "/_")
	return r.Replace(s)
}

func (s *scope) contains(x Expr, needle querymodel.Series) Expr {
	if v, ok := needle.(*querymodel.Value); ok {
		var str string
		switch nv := v.V.(type) {
		case string:
			str = nv
		case codes.Code:
			str = nv.Value
		default:
			fail("cannot search for %T in a string", v.V)
		}
		return likeExpr{x, lit{"%" + likeEscape(str) + "%", tStr}}
	}
	n := s.value(needle)
	for _, r := range [][2]string{{"/", "//"}, {"%", "/%"}, {"_", "/_"}} {
		n = call{"REPLACE", []Expr{n, lit{r[0], tNone}, lit{r[1], tNone}}, false}
	}
	return likeExpr{x, concat{[]Expr{lit{"%", tNone}, n, lit{"%", tNone}}}}
}

// in compiles x IN set.
func (s *scope) in(x, set querymodel.Series) Expr {
	c := s.c
	switch sv := set.(type) {
	case *querymodel.Value:
		if sv.V == nil {
			return lit{nil, tBool}
		}
		fs, ok := sv.V.(querymodel.Frozenset)
		if !ok {
			fail("is_in needs a set of values")
		}
		if fs.Len() == 0 {
			return c.falsePred()
		}
		xe := s.value(x)
		if isNullLiteral(x) {
			xe = lit{nil, tNone}
		}
		t := sqlTypeOf(fs.Elem())
		if fs.Len() <= maxInList {
			items := make([]Expr, fs.Len())
			for i, it := range fs.Items() {
				items[i] = lit{it, t}
			}
			return inList{xe, items}
		}
		name, ok := c.temps[sv]
		if !ok {
			name = c.tempName("inline_data")
			c.temps[sv] = name
			rows := make([][]any, fs.Len())
			for i, it := range fs.Items() {
				rows[i] = []any{it}
			}
			size := 0
			for _, it := range fs.Items() {
				switch v := it.(type) {
				case string:
					size = max(size, utf8.RuneCountInString(v), 1)
				case codes.Code:
					size = max(size, utf8.RuneCountInString(v.Value), 1)
				}
			}
			c.fill(name, []columnDef{{"value", t, size}}, []string{"value"}, []sqlType{t}, rows, "value")
		}
		s.reads[name] = true
		return inSelect{xe, &selectStmt{cols: []selCol{{colRef{"", "value"}, ""}}, from: &fromItem{table: name, temp: true}}}
	case *querymodel.Aggregate:
		if sv.Op != querymodel.AggCombineAsSet {
			break
		}
		if isNullLiteral(sv.Source.(querymodel.Series)) {
			return c.falsePred()
		}
		name := c.setTable(sv)
		s.reads[name] = true
		xe := s.value(x)
		if isNullLiteral(x) {
			xe = lit{nil, tNone}
		}
		return inSelect{xe, &selectStmt{
			cols:  []selCol{{colRef{"s", "value"}, ""}},
			from:  &fromItem{table: name, alias: "s", temp: true},
			where: binOp{"=", colRef{"s", "patient_id"}, s.pid},
		}}
	}
	fail("is_in needs a set of values, got %T", set)
	return nil
}

// tablesOf returns the tables (and inline tables) n reads, in walk order.
func tablesOf(n querymodel.Node) []querymodel.Node {
	var out []querymodel.Node
	seen := map[any]bool{}
	querymodel.Walk(n, func(x querymodel.Node) bool {
		var key any
		switch t := x.(type) {
		case *querymodel.SelectTable:
			key = t.Table
		case *querymodel.SelectPatientTable:
			key = t.Table
		case *querymodel.InlinePatientTable:
			key = t
		default:
			return true
		}
		if !seen[key] {
			seen[key] = true
			out = append(out, x)
		}
		return true
	})
	return out
}

// dataset compiles the whole dataset.
func (c *compiler) dataset(ds *querymodel.Dataset) *Program {
	c.buildPopulation(ds)
	prog := &Program{dialect: c.d}
	prog.results = append(prog.results, c.variables(ds))
	for _, ev := range ds.Events {
		prog.results = append(prog.results, c.eventTable(ev))
	}
	c.finish(prog)
	return prog
}

func (c *compiler) buildPopulation(ds *querymodel.Dataset) {
	tables := tablesOf(ds.Population)
	if len(tables) == 0 {
		tables = tablesOf(ds)
	}
	reads := map[string]bool{}
	var parts []*selectStmt
	for _, t := range tables {
		var item fromItem
		pid := Expr(colRef{"t", "patient_id"})
		switch x := t.(type) {
		case *querymodel.SelectTable:
			item = c.tableFrom(x.Table, "t", reads)
			pid = c.column(x.Table, "t", "patient_id")
		case *querymodel.SelectPatientTable:
			item = c.tableFrom(x.Table, "t", reads)
			pid = c.column(x.Table, "t", "patient_id")
		case *querymodel.InlinePatientTable:
			name := c.inlineTable(x)
			reads[name] = true
			item = fromItem{table: name, alias: "t", temp: true}
		}
		parts = append(parts, &selectStmt{cols: []selCol{{pid, "patient_id"}}, from: &item})
	}
	var ids *selectStmt
	switch len(parts) {
	case 0:
		ids = &selectStmt{cols: []selCol{{lit{nil, tInt}, "patient_id"}}, where: c.falsePred()}
	case 1:
		ids = parts[0]
		ids.distinct = true
	default:
		ids = &selectStmt{union: parts}
	}
	idsName := c.tempName("patient_ids")
	c.createTemp(idsName, ids, reads, "patient_id")

	s := c.newScope(colRef{"ids", "patient_id"})
	s.reads[idsName] = true
	pred := s.pred(ds.Population)
	sel := &selectStmt{
		cols:  []selCol{{colRef{"ids", "patient_id"}, "patient_id"}},
		from:  &fromItem{table: idsName, alias: "ids", temp: true},
		joins: s.joins,
		where: pred,
	}
	name := c.tempName("population")
	c.createTemp(name, sel, s.reads, "patient_id")
	c.population = name
}

// variables compiles the dataset table into a results temp table, joining
// at most MaxJoinCount tables per query.
func (c *compiler) variables(ds *querymodel.Dataset) ResultTable {
	pop := colRef{"pop", "patient_id"}
	type batch struct {
		s    *scope
		cols []selCol
	}
	newBatch := func() *batch {
		b := &batch{s: c.newScope(pop)}
		b.s.reads[c.population] = true
		return b
	}
	batches := []*batch{newBatch()}
	for _, v := range ds.Variables {
		if v.Series.Type().IsSet() {
			fail("variable %q: a set of values cannot be a dataset column", v.Name)
		}
		cur := batches[len(batches)-1]
		trial := cur.s.clone()
		e := trial.value(v.Series)
		if len(trial.joins) > c.opts.MaxJoinCount && len(cur.cols) > 0 {
			cur = newBatch()
			batches = append(batches, cur)
			trial = cur.s.clone()
			e = trial.value(v.Series)
		}
		cur.s = trial
		cur.cols = append(cur.cols, selCol{e, v.Name})
	}
	popFrom := func() *fromItem { return &fromItem{table: c.population, alias: "pop", temp: true} }
	var sel *selectStmt
	reads := map[string]bool{c.population: true}
	if len(batches) == 1 {
		b := batches[0]
		sel = &selectStmt{cols: append([]selCol{{pop, "patient_id"}}, b.cols...), from: popFrom(), joins: b.s.joins}
		reads = b.s.reads
	} else {
		sel = &selectStmt{cols: []selCol{{pop, "patient_id"}}, from: popFrom()}
		for i, b := range batches {
			bsel := &selectStmt{cols: append([]selCol{{pop, "patient_id"}}, b.cols...), from: popFrom(), joins: b.s.joins}
			name := c.tempName("batch")
			c.createTemp(name, bsel, b.s.reads, "patient_id")
			alias := fmt.Sprintf("b%d", i+1)
			reads[name] = true
			sel.joins = append(sel.joins, join{fromItem{table: name, alias: alias, temp: true}, binOp{"=", colRef{alias, "patient_id"}, pop}})
			for _, col := range b.cols {
				sel.cols = append(sel.cols, selCol{colRef{alias, col.alias}, col.alias})
			}
		}
	}
	name := c.tempName("results")
	c.createTemp(name, sel, reads, "patient_id")
	rt := ResultTable{Name: "dataset", Table: name, key: "patient_id"}
	rt.Columns = append(rt.Columns, ResultColumn{"patient_id", querymodel.Int})
	for _, v := range ds.Variables {
		rt.Columns = append(rt.Columns, ResultColumn{v.Name, v.Series.Type()})
	}
	return rt
}

// eventTable compiles an event table into a results temp table with a
// row_id for pagination.
func (c *compiler) eventTable(ev querymodel.NamedFrame) ResultTable {
	fi := domainFrame(ev.Frame)
	s, from, where := c.rowScope(fi)
	cols := []selCol{{s.pid, "patient_id"}}
	rt := ResultTable{Name: ev.Name, key: "row_id"}
	rt.Columns = append(rt.Columns, ResultColumn{"patient_id", querymodel.Int})
	for _, m := range ev.Frame.Members {
		if m.Series.Type().IsSet() {
			fail("event table %q column %q: a set of values cannot be a column", ev.Name, m.Name)
		}
		cols = append(cols, selCol{s.value(m.Series), m.Name})
		rt.Columns = append(rt.Columns, ResultColumn{m.Name, m.Series.Type()})
	}
	cols = append(cols, selCol{rowNumber{order: []orderItem{{s.pid, false}}}, "row_id"})
	name := c.tempName("results")
	c.createTemp(name, s.selectFrom(from, where, cols), s.reads, "row_id")
	rt.Table = name
	return rt
}

// finish orders the statements, inserting a DROP after the last reader of
// each intermediate temp table, and renders everything.
func (c *compiler) finish(prog *Program) {
	results := map[string]bool{}
	for _, r := range prog.results {
		results[r.Table] = true
	}
	last := map[string]int{}
	createdAt := map[string]int{}
	for i, st := range c.stmts {
		if st.creates != "" {
			last[st.creates] = i
			createdAt[st.creates] = i
		}
		for _, r := range st.reads {
			last[r] = i
		}
	}
	dropsAfter := map[int][]string{}
	for name, i := range last {
		if !results[name] {
			dropsAfter[i] = append(dropsAfter[i], name)
		}
	}
	for name := range c.created {
		prog.temps = append(prog.temps, name)
	}
	slices.Sort(prog.temps)
	for i, st := range c.stmts {
		prog.setup = append(prog.setup, render(c.d, st.s))
		drops := dropsAfter[i]
		slices.SortFunc(drops, func(a, b string) int { return createdAt[a] - createdAt[b] })
		for _, name := range drops {
			prog.setup = append(prog.setup, render(c.d, dropTable{name}))
		}
	}
	for i := range prog.results {
		r := &prog.results[i]
		r.table = r.Table
		r.sel = &selectStmt{from: &fromItem{table: r.table, temp: true}}
		for _, col := range r.Columns {
			r.sel.cols = append(r.sel.cols, selCol{colRef{"", col.Name}, ""})
		}
		r.Query = r.fetchSQL(c.d, false, 0, 0)
		r.Table = c.d.tempName(r.table)
		prog.cleanup = append(prog.cleanup, render(c.d, dropTable{r.table}))
	}
}

// fetchSQL returns the query fetching r's rows in key order. The dump
// form (download false) selects every row of the output columns; the
// download form adds the key column of event tables, starts after key
// value after (unless it is math.MinInt64) and returns at most limit rows
// (0: no limit).
func (r *ResultTable) fetchSQL(d Dialect, download bool, after int64, limit int) string {
	sel := *r.sel
	sel.orderBy = []orderItem{{colRef{"", r.key}, false}}
	if download {
		if r.key != "patient_id" {
			sel.cols = append(slices.Clone(sel.cols), selCol{colRef{"", r.key}, ""})
		}
		if after != math.MinInt64 {
			sel.where = binOp{">", colRef{"", r.key}, lit{after, tNone}}
		}
		sel.limit = limit
	}
	return render(d, &sel)
}
