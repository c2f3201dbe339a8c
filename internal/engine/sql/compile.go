package sql

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"io"
	"math"
	"slices"

	"github.com/opensafely-go/opensafely/internal/querymodel"
)

// DefaultMaxJoinCount is the number of tables the variables query joins
// before its columns are split into batches (EHRQL_MAX_JOIN_COUNT).
const DefaultMaxJoinCount = 16

// CompileOptions configures Compile.
type CompileOptions struct {
	// MaxJoinCount bounds the joins of one query of the variables (0:
	// DefaultMaxJoinCount; no limit on DuckDB).
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

	// inline lists the backend's materialised tables to read as
	// sub-queries instead (see inlineSingleReads); nil: not decided yet.
	inline map[*querymodel.Table]bool
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
		opts.MaxJoinCount = defaultMaxJoinCount(d)
	}
	if opts.RunID == "" {
		var b [6]byte
		_, _ = rand.Read(b[:])
		opts.RunID = hex.EncodeToString(b[:])
	}
	orig := ds
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
		temps:      make(map[querymodel.Node]string),
		sources:    make(map[*querymodel.Table]TableSource),
		material:   make(map[*querymodel.Table]string),
		created:    make(map[string]bool),
		groups:     make(map[*querymodel.Domain][]*querymodel.Aggregate),
		aggCols:    make(map[*querymodel.Aggregate][2]string),
		shared:     make(map[*querymodel.Domain]bool),
		usedMacros: make(map[string]bool),
		domRows:    make(map[*querymodel.Domain]domainTable),
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
	c.foldGroups(ds)
	if d.shareRows() {
		c.sharedDomains(ds)
	}
	return c.inlineSingleReads(orig, c.dataset(ds))
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

	stmts      []pstmt
	n          int                        // temp table counter
	temps      map[querymodel.Node]string // memoised temp tables
	sources    map[*querymodel.Table]TableSource
	material   map[*querymodel.Table]string // materialised query tables
	created    map[string]bool              // temp tables, including results
	groups     map[*querymodel.Domain][]*querymodel.Aggregate
	aggCols    map[*querymodel.Aggregate][2]string // table and column of computed aggregations
	shared     map[*querymodel.Domain]bool         // domains whose rows get a temp table
	usedMacros map[string]bool
	nlet       int // lambda parameters
	noLets     int // > 0: do not bind (see noLetsIf)
	domRows    map[*querymodel.Domain]domainTable

	population string // the population temp table, once built
	// direct is the patient table the population reads when the
	// dataset query reads it directly (see directPopulation).
	direct *querymodel.SelectPatientTable
	// folded maps the aggregations computed in their parent domain's
	// group to the filter condition they add (see foldGroups).
	folded map[*querymodel.Aggregate]querymodel.Series
	events bool // compiling the event tables (see restricts)
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

// createResults creates a results table, indexed on its key but not
// analysed (only the download reads it, by key).
func (c *compiler) createResults(name string, sel *selectStmt, reads map[string]bool, key string) {
	c.emit(createTempAs{name, sel}, reads, name)
	if c.d.indexes() {
		c.emit(createIndex{name, key}, map[string]bool{name: true}, "")
	}
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
	if !src.Materialise || c.opts.inline[t] {
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
	if c.directPopulation(ds) {
		return
	}
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
	if c.direct != nil {
		return c.directVariables(ds)
	}
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
	c.createDatasetResults(name, sel, reads)
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
	c.events = true
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
	c.createResults(name, s.selectFrom(from, where, cols), s.reads, "row_id")
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
	keep := c.viewInputs() // dropped in cleanup
	dropsAfter := map[int][]string{}
	for name, i := range last {
		if !results[name] && !keep[name] {
			dropsAfter[i] = append(dropsAfter[i], name)
		}
	}
	for name := range c.created {
		prog.temps = append(prog.temps, name)
	}
	slices.Sort(prog.temps)
	for _, m := range c.macroStmts() {
		prog.setup = append(prog.setup, render(c.d, m))
	}
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
		prog.cleanup = append(prog.cleanup, render(c.d, c.dropResults(r.table)))
	}
	prog.cleanup = append(prog.cleanup, c.viewInputDrops(keep, createdAt)...)
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
