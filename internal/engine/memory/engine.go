package memory

import (
	"context"
	"fmt"
	"iter"

	"github.com/opensafely-go/opensafely/internal/querymodel"
)

// Options configures an Engine.
type Options struct {
	// InlineReader reads the rows of a table_from_file inline table
	// (querymodel.FileRows). Without it, such tables are an error.
	InlineReader func(rows *querymodel.FileRows, schema *querymodel.TableSchema) (*TableData, error)
	// KeepDictionaries leaves string and code result columns that are
	// dictionary-encoded inside the engine as Dict+Codes instead of
	// decoding them to Strs (for callers that group by them).
	KeepDictionaries bool
}

// Engine evaluates query-model datasets over data from a Source.
type Engine struct {
	src  Source
	opts Options
}

// New returns an engine reading table data from src.
func New(src Source, opts Options) *Engine {
	return &Engine{src: src, opts: opts}
}

// Result is the output of a dataset: the dataset table first, then one
// table per event table, in definition order.
type Result struct {
	Tables []*ResultTable
}

// ResultTable is one output table, columnar. Column 0 is patient_id (an
// int column without NULLs).
type ResultTable struct {
	Name    string
	Columns []ResultColumn
	rows    int
}

// ResultColumn is one named, typed output column.
type ResultColumn struct {
	Name string
	Type querymodel.Type
	Data *Column
}

// Len returns the number of rows.
func (t *ResultTable) Len() int { return t.rows }

// Value returns the value at (row, col) as a Go value (see Column.Value).
func (t *ResultTable) Value(row, col int) any {
	c := &t.Columns[col]
	return c.Data.Value(c.Type, row)
}

// Row fills dst (grown as needed) with row i and returns it.
func (t *ResultTable) Row(i int, dst []any) []any {
	dst = dst[:0]
	for j := range t.Columns {
		dst = append(dst, t.Value(i, j))
	}
	return dst
}

// Rows iterates over the rows in order. The yielded slice is reused
// between rows; copy it to keep it.
func (t *ResultTable) Rows() iter.Seq2[int, []any] {
	return func(yield func(int, []any) bool) {
		buf := make([]any, 0, len(t.Columns))
		for i := 0; i < t.rows; i++ {
			buf = t.Row(i, buf)
			if !yield(i, buf) {
				return
			}
		}
	}
}

// EvaluateDataset evaluates ds. It applies querymodel.RewriteSorts first;
// parameters must already be substituted.
func (eng *Engine) EvaluateDataset(ctx context.Context, ds *querymodel.Dataset) (res *Result, err error) {
	root, err := querymodel.RewriteSorts(ds)
	if err != nil {
		return nil, fmt.Errorf("memory: %w", err)
	}
	ds = root.(*querymodel.Dataset)
	e, err := eng.newEvaluator(ctx, ds)
	if err != nil {
		return nil, err
	}
	defer recoverError(&err)
	return e.dataset(ds), nil
}

// newEvaluator loads every table root references and fixes the universe.
func (eng *Engine) newEvaluator(ctx context.Context, root querymodel.Node) (*evaluator, error) {
	l, err := eng.load(ctx, root)
	if err != nil {
		return nil, err
	}
	e := newEvaluatorFor(ctx, l)
	e.keepDicts = eng.opts.KeepDictionaries
	return e, nil
}

// loaded is the table data of an evaluation and its universe of patients.
type loaded struct {
	tables map[*querymodel.Table]*tableState
	inline map[*querymodel.InlinePatientTable]*tableState
	ids    []int64 // the universe, ascending
}

// newEvaluatorFor returns an evaluator over already loaded tables.
func newEvaluatorFor(ctx context.Context, l *loaded) *evaluator {
	return &evaluator{
		ctx:     ctx,
		tables:  l.tables,
		inline:  l.inline,
		ids:     l.ids,
		n:       len(l.ids),
		memo:    make(map[querymodel.Series]*vec),
		frames:  make(map[querymodel.Frame]any),
		domains: make(map[*querymodel.Domain]*rowSet),
		aligned: make(map[alignKey]*vec),
		dicts:   make(map[*Column]*dictVals),
	}
}

// load reads every table root references and fixes the universe.
func (eng *Engine) load(ctx context.Context, root querymodel.Node) (*loaded, error) {
	l := &loaded{
		tables: make(map[*querymodel.Table]*tableState),
		inline: make(map[*querymodel.InlinePatientTable]*tableState),
	}
	var loadErr error
	var all []*tableState
	querymodel.Walk(root, func(n querymodel.Node) bool {
		if loadErr != nil {
			return false
		}
		switch n := n.(type) {
		case *querymodel.SelectTable:
			loadErr = eng.loadTable(l, n.Table, &all)
		case *querymodel.SelectPatientTable:
			loadErr = eng.loadTable(l, n.Table, &all)
		case *querymodel.InlinePatientTable:
			if _, ok := l.inline[n]; ok {
				break
			}
			var d *TableData
			switch rows := n.Rows.(type) {
			case *querymodel.LiteralRows:
				d, loadErr = FromRows(n.TableSchema, rows.Rows)
			case *querymodel.FileRows:
				if eng.opts.InlineReader == nil {
					loadErr = fmt.Errorf("memory: no reader for inline table file %s", rows.Filename)
					break
				}
				d, loadErr = eng.opts.InlineReader(rows, n.TableSchema)
			default:
				loadErr = fmt.Errorf("memory: unsupported inline rows %T", n.Rows)
			}
			if loadErr == nil {
				if err := d.Validate(n.TableSchema, true); err != nil {
					loadErr = fmt.Errorf("memory: inline table: %w", err)
					break
				}
				ts := &tableState{schema: n.TableSchema, data: decode(n.TableSchema, d), patient: true}
				l.inline[n] = ts
				all = append(all, ts)
			}
		}
		return true
	})
	if loadErr != nil {
		return nil, loadErr
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	l.ids = mergeIDs(all)
	n := len(l.ids)
	for _, ts := range all {
		ts.pat = universeIndex(l.ids, ts.data.PatientIDs)
		if ts.patient {
			ts.rowOf = make([]int32, n)
			for i := range ts.rowOf {
				ts.rowOf[i] = -1
			}
			for r, p := range ts.pat {
				ts.rowOf[p] = int32(r)
			}
		}
	}
	return l, nil
}

func (eng *Engine) loadTable(l *loaded, t *querymodel.Table, all *[]*tableState) error {
	if _, ok := l.tables[t]; ok {
		return nil
	}
	d, err := eng.src.TableData(t)
	if err != nil {
		return err
	}
	if d == nil {
		d = &TableData{}
	}
	if err := d.Validate(t.Schema, t.Patient); err != nil {
		return fmt.Errorf("memory: table %s: %w", t.TableName(), err)
	}
	ts := &tableState{schema: t.Schema, data: decode(t.Schema, d), patient: t.Patient}
	l.tables[t] = ts
	*all = append(*all, ts)
	return nil
}

// mergeIDs returns the sorted union of the tables' patient ids.
func mergeIDs(tables []*tableState) []int64 {
	var out []int64
	for _, ts := range tables {
		out = unionSorted(out, ts.data.PatientIDs)
	}
	return out
}

// unionSorted merges sorted a (unique) and sorted b (may repeat).
func unionSorted(a, b []int64) []int64 {
	out := make([]int64, 0, max(len(a), 16))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		var x int64
		switch {
		case j >= len(b) || (i < len(a) && a[i] < b[j]):
			x = a[i]
			i++
		case i >= len(a) || b[j] < a[i]:
			x = b[j]
			j++
		default:
			x = a[i]
			i++
			j++
		}
		if len(out) == 0 || out[len(out)-1] != x {
			out = append(out, x)
		}
		for j < len(b) && b[j] == x {
			j++
		}
	}
	return out
}

// universeIndex maps sorted ids to their positions in the universe.
func universeIndex(universe, ids []int64) []int32 {
	out := make([]int32, len(ids))
	j := 0
	for i, id := range ids {
		for universe[j] != id {
			j++
		}
		out[i] = int32(j)
	}
	return out
}

// dataset evaluates the population, the variables and the event tables.
func (e *evaluator) dataset(ds *querymodel.Dataset) *Result {
	pop := e.series(ds.Population)
	if isNullType(pop) {
		pop = nullScalar(querymodel.Bool)
	}
	pop = e.materialise(pop)
	pb := argOf[bool](pop)
	var selected []int32
	inPop := make([]bool, e.n)
	for p := 0; p < e.n; p++ {
		if v, ok := pb.at(p); ok && v {
			selected = append(selected, int32(p))
			inPop[p] = true
		}
	}
	ids := make([]int64, len(selected))
	for i, p := range selected {
		ids[i] = e.ids[p]
	}
	main := &ResultTable{Name: "dataset", rows: len(selected)}
	main.Columns = append(main.Columns, ResultColumn{Name: "patient_id", Type: querymodel.Int, Data: &Column{Ints: ids}})
	for _, v := range ds.Variables {
		vv := e.series(v.Series)
		if vv.set != nil {
			panic(evalErrorf("variable %q: a set of values cannot be a dataset column", v.Name))
		}
		idx := selected
		if vv.scalar {
			idx = make([]int32, len(selected))
		}
		col := gather(&vv.Column, idx)
		if !e.keepDicts {
			plainStrs(&col)
		}
		main.Columns = append(main.Columns, ResultColumn{Name: v.Name, Type: v.Series.Type(), Data: &col})
	}
	res := &Result{Tables: []*ResultTable{main}}
	for _, ev := range ds.Events {
		res.Tables = append(res.Tables, e.eventTable(ev.Name, ev.Frame, inPop))
	}
	return res
}

// eventTable evaluates an event table's members over its domain's rows,
// keeping the rows of population patients.
func (e *evaluator) eventTable(name string, f *querymodel.SeriesCollectionFrame, inPop []bool) *ResultTable {
	vs := make([]*vec, len(f.Members))
	for i, m := range f.Members {
		vs[i] = e.series(m.Series)
	}
	sh, vs := e.shapeOf(vs)
	if sh.rs == nil {
		panic(internalf("event table %q has no event-level column", name))
	}
	var idx []int32
	for i, p := range sh.rs.pat {
		if inPop[p] {
			idx = append(idx, int32(i))
		}
	}
	ids := make([]int64, len(idx))
	for i, r := range idx {
		ids[i] = e.ids[sh.rs.pat[r]]
	}
	t := &ResultTable{Name: name, rows: len(idx)}
	t.Columns = append(t.Columns, ResultColumn{Name: "patient_id", Type: querymodel.Int, Data: &Column{Ints: ids}})
	for i, m := range f.Members {
		v := vs[i]
		sel := idx
		if v.scalar {
			sel = make([]int32, len(idx))
		}
		col := gather(&v.Column, sel)
		if !e.keepDicts {
			plainStrs(&col)
		}
		t.Columns = append(t.Columns, ResultColumn{Name: m.Name, Type: m.Series.Type(), Data: &col})
	}
	return t
}

// decode returns d with the codes of every dictionary-encoded string
// column made safe to index (NULL rows may hold any code in the input) and
// every dictionary non-empty. d itself is not modified.
func decode(schema *querymodel.TableSchema, d *TableData) *TableData {
	var out *TableData
	for _, col := range schema.Columns() {
		c := d.Columns[col.Name]
		if c == nil || c.Strs != nil || c.Codes == nil {
			continue
		}
		safe := len(c.Dict) > 0
		for i, k := range c.Codes {
			if !c.IsValid(i) && (k < 0 || int(k) >= len(c.Dict)) {
				safe = false
				break
			}
		}
		if safe {
			continue
		}
		if out == nil {
			out = &TableData{PatientIDs: d.PatientIDs, Columns: make(map[string]*Column, len(d.Columns))}
			for k, v := range d.Columns {
				out.Columns[k] = v
			}
		}
		dc := *c
		dc.Codes = make([]int32, len(c.Codes))
		for i, k := range c.Codes {
			if c.IsValid(i) {
				dc.Codes[i] = k
			}
		}
		if len(c.Dict) == 0 {
			dc.Dict = []string{""}
		}
		out.Columns[col.Name] = &dc
	}
	if out == nil {
		return d
	}
	return out
}

// plainStrs replaces a dictionary encoding in an output column by Strs.
func plainStrs(c *Column) {
	if c.Strs == nil && c.Codes != nil {
		c.Strs = decodeStrs(c)
		c.Codes, c.Dict = nil, nil
	}
}
