package debug

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"slices"
	"strconv"

	"github.com/opensafely-go/opensafely/internal/codes"
	"github.com/opensafely-go/opensafely/internal/ehrql"
	"github.com/opensafely-go/opensafely/internal/engine/memory"
	"github.com/opensafely-go/opensafely/internal/fileformats"
	"github.com/opensafely-go/opensafely/internal/generate"
	"github.com/opensafely-go/opensafely/internal/python"
	"github.com/opensafely-go/opensafely/internal/querymodel"
)

// session is the state of one debug run: the dummy tables read so far
// and, for every event table, its copy with a row_id column.
type session struct {
	ctx    context.Context
	dir    string
	format Format
	log    io.Writer

	src      memory.MapSource
	withRows map[*querymodel.Table]*querymodel.Table
	rowCol   map[*querymodel.Table]string // row-id column of each copy
	// dataErr is the first error reading dummy tables; it ends the run
	// with the file's error rather than a Python traceback.
	dataErr error
}

func newSession(ctx context.Context, dir string, f Format, log io.Writer) *session {
	return &session{
		ctx:      ctx,
		dir:      dir,
		format:   f,
		log:      log,
		src:      memory.MapSource{},
		withRows: map[*querymodel.Table]*querymodel.Table{},
		rowCol:   map[*querymodel.Table]string{},
	}
}

// rowsTable returns event table t's copy whose schema ends with a row-id
// column, reading its data (and numbering its rows in file order) on first
// use.
func (s *session) rowsTable(t *querymodel.Table) (*querymodel.Table, error) {
	if c, ok := s.withRows[t]; ok {
		return c, nil
	}
	name := "row_id"
	for {
		if _, taken := t.Schema.Column(name); !taken {
			break
		}
		name = "_" + name
	}
	schema, err := querymodel.NewTableSchema(slices.Concat(t.Schema.Columns(), []querymodel.Column{{Name: name, Type: querymodel.Int}})...)
	if err != nil {
		return nil, err
	}
	c := *t
	c.Schema = schema
	data, err := s.read(t, fileformats.ReadOptions{AllowMissingColumns: true})
	if err != nil {
		return nil, err
	}
	ids := make([]int64, len(data.PatientIDs))
	for i := range ids {
		ids[i] = int64(i + 1)
	}
	data.Columns = append(data.Columns, fileformats.Column{Name: name, Type: querymodel.Int, Ints: ids})
	data.SortByPatient()
	s.src[&c] = generate.EngineData(data)
	s.withRows[t] = &c
	s.rowCol[&c] = name
	return &c, nil
}

// read reads table t from the dummy-tables directory.
func (s *session) read(t *querymodel.Table, opts fileformats.ReadOptions) (*fileformats.Table, error) {
	spec := fileformats.TableSpec{Name: t.TableName(), Columns: fileformats.SpecsFromSchema(t.Schema)}
	data, err := fileformats.ReadTables(s.dir, []fileformats.TableSpec{spec}, opts)
	if err != nil {
		if s.dataErr == nil {
			s.dataErr = err
		}
		return nil, err
	}
	return data[0], nil
}

// prepare rewrites n to read every event table through its row-numbered
// copy and makes sure the data of every table n reads is loaded.
func (s *session) prepare(n querymodel.Node) (querymodel.Node, error) {
	var err error
	querymodel.Walk(n, func(m querymodel.Node) bool {
		if err != nil {
			return false
		}
		if f, ok := m.(*querymodel.SelectPatientTable); ok {
			if _, loaded := s.src[f.Table]; !loaded {
				var data *fileformats.Table
				if data, err = s.read(f.Table, fileformats.DummyTablesOptions); err == nil {
					s.src[f.Table] = generate.EngineData(data)
				}
			}
		}
		return true
	})
	if err != nil {
		return nil, err
	}
	return querymodel.Rewrite(n, func(_, rebuilt querymodel.Node) (querymodel.Node, error) {
		f, ok := rebuilt.(*querymodel.SelectTable)
		if !ok {
			return rebuilt, nil
		}
		if _, copied := s.rowCol[f.Table]; copied {
			return f, nil
		}
		c, err := s.rowsTable(f.Table)
		if err != nil {
			return nil, err
		}
		return querymodel.NewSelectTable(c)
	})
}

// everyone is the population of every patient in the tables a query reads.
func everyone() querymodel.Series { return querymodel.MustValue(true) }

// presentFor returns the population of patients for whom the prepared
// patient-level nodes have a value of their own, as the reference's
// in-memory engine keeps them: a patient frame's patients are those with a
// row (so a picked row leaves out patients without one), an aggregation's
// those of the table it aggregates, and a computed series has the union of
// its inputs' patients. Nodes of no table (literals) give everyone.
func presentFor(nodes ...querymodel.Node) (querymodel.Series, error) {
	var union querymodel.Series
	seen := map[querymodel.Node]bool{}
	var visit func(n querymodel.Node) error
	add := func(s querymodel.Series) error {
		if union == nil {
			union = s
			return nil
		}
		or, err := querymodel.NewFunction(querymodel.FnOr, union, s)
		union = or
		return err
	}
	visit = func(n querymodel.Node) error {
		if n == nil || seen[n] {
			return nil
		}
		seen[n] = true
		switch x := n.(type) {
		case querymodel.Frame:
			if x.Dim() != querymodel.OneRowPerPatient {
				return nil
			}
			exists, err := querymodel.NewAggregate(querymodel.AggExists, x)
			if err != nil {
				return err
			}
			return add(exists)
		case *querymodel.Aggregate:
			if dom := querymodel.DomainOf(x.Source); dom != nil {
				rows, err := querymodel.NewSelectTable(dom.Table())
				if err != nil {
					return err
				}
				exists, err := querymodel.NewAggregate(querymodel.AggExists, rows)
				if err != nil {
					return err
				}
				return add(exists)
			}
		}
		for _, c := range querymodel.Children(n) {
			if err := visit(c); err != nil {
				return err
			}
		}
		return nil
	}
	for _, n := range nodes {
		if err := visit(n); err != nil {
			return nil, err
		}
	}
	if union == nil {
		return everyone(), nil
	}
	return union, nil
}

// evaluate runs a dataset (already prepared) and returns its result tables.
func (s *session) evaluate(pop querymodel.Series, vars []querymodel.NamedSeries, events []querymodel.NamedFrame) (*memory.Result, error) {
	ds, err := querymodel.NewDataset(pop, vars, events, nil)
	if err != nil {
		return nil, err
	}
	return memory.New(s.src, memory.Options{InlineReader: generate.ReadInline}).EvaluateDataset(s.ctx, ds)
}

// seriesTable evaluates one or more series (or date differences) of one
// domain: patient_id, row_id for event-level series, then "value" for a
// single series or series_1, series_2, ... for several.
func (s *session) seriesTable(elems []python.Value) (*Table, error) {
	nodes := make([]querymodel.Series, len(elems))
	for i, e := range elems {
		switch x := e.(type) {
		case *ehrql.Series:
			nodes[i] = x.Node()
		case *ehrql.DateDifference:
			days, err := x.Days()
			if err != nil {
				return nil, err
			}
			nodes[i] = days
		}
		if querymodel.DomainOf(nodes[i]) != querymodel.DomainOf(nodes[0]) {
			return nil, python.Errorf(python.TypeError, "%s", misuse)
		}
	}
	names := []string{"value"}
	if len(nodes) > 1 {
		names = make([]string, len(nodes))
		for i := range names {
			names[i] = "series_" + strconv.Itoa(i+1)
		}
	}
	members := make([]querymodel.NamedSeries, len(nodes))
	for i, n := range nodes {
		p, err := s.prepare(n)
		if err != nil {
			return nil, err
		}
		members[i] = querymodel.NamedSeries{Name: names[i], Series: p.(querymodel.Series)}
	}
	if nodes[0].Dim() == querymodel.OneRowPerPatient {
		prepared := make([]querymodel.Node, len(members))
		for i, m := range members {
			prepared[i] = m.Series
		}
		pop, err := presentFor(prepared...)
		if err != nil {
			return nil, err
		}
		res, err := s.evaluate(pop, members, nil)
		if err != nil {
			return nil, err
		}
		return tableOf(res.Tables[0], append([]string{"patient_id"}, names...), nil), nil
	}
	cols := []string{"patient_id"}
	row, frame := s.rowIDOf(members[0].Series)
	if row != nil {
		members = append([]querymodel.NamedSeries{{Name: "row_id", Series: row}}, members...)
		cols = append(cols, "row_id")
	}
	return s.eventTable(members, append(cols, names...), frame)
}

// eventTable evaluates event-level members as an event table. When the
// members start with a row_id, the rows of each patient are put in the
// order frame's sorts give them.
func (s *session) eventTable(members []querymodel.NamedSeries, cols []string, frame querymodel.Frame) (*Table, error) {
	coll, err := querymodel.NewSeriesCollectionFrame(members)
	if err != nil {
		return nil, err
	}
	res, err := s.evaluate(everyone(), nil, []querymodel.NamedFrame{{Name: "shown", Frame: coll}})
	if err != nil {
		return nil, err
	}
	out := res.Tables[1]
	var order []int
	if len(cols) > 1 && cols[1] == "row_id" && frame != nil {
		keys, err := s.sortKeys(frame)
		if err != nil {
			return nil, err
		}
		order = sortedRows(out, keys)
	}
	return tableOf(out, cols, order), nil
}

// rowIDOf returns the row-id column of the rows event-level series n (a
// prepared one) is drawn from, and the frame holding those rows; nil if
// they cannot be found.
func (s *session) rowIDOf(n querymodel.Series) (querymodel.Series, querymodel.Frame) {
	dom := querymodel.DomainOf(n)
	var (
		row   querymodel.Series
		frame querymodel.Frame
	)
	querymodel.Walk(n, func(m querymodel.Node) bool {
		if row != nil {
			return false
		}
		f, ok := m.(querymodel.Frame)
		if !ok || f.Dim() != querymodel.ManyRowsPerPatient || querymodel.DomainOf(f) != dom {
			return true
		}
		if name, ok := s.rowCol[dom.Table()]; ok {
			if c, err := querymodel.NewSelectColumn(f, name); err == nil {
				row, frame = c, f
			}
		}
		return row == nil
	})
	return row, frame
}

// sortKeys evaluates the sort keys applied along a prepared event frame's
// chain of sorts and filters, primary (outermost) first, each as a map
// from row id to value. Keys with one value per patient do not order a
// patient's rows and are left out.
func (s *session) sortKeys(f querymodel.Frame) ([]map[int64]any, error) {
	var keys []map[int64]any
	for {
		switch x := f.(type) {
		case *querymodel.Filter:
			f = x.Source
			continue
		case *querymodel.Sort:
			f = x.Source
			if x.SortBy.Dim() != querymodel.ManyRowsPerPatient {
				continue
			}
			row, _ := s.rowIDOf(x.SortBy)
			if row == nil {
				continue
			}
			coll, err := querymodel.NewSeriesCollectionFrame([]querymodel.NamedSeries{{Name: "row_id", Series: row}, {Name: "key", Series: x.SortBy}})
			if err != nil {
				return nil, err
			}
			res, err := s.evaluate(everyone(), nil, []querymodel.NamedFrame{{Name: "key", Frame: coll}})
			if err != nil {
				return nil, err
			}
			t := res.Tables[1]
			key := make(map[int64]any, t.Len())
			for i := 0; i < t.Len(); i++ {
				id, _ := t.Value(i, 1).(int64)
				key[id] = t.Value(i, 2)
			}
			keys = append(keys, key)
			continue
		}
		return keys, nil
	}
}

// sortedRows returns the order in which to list the rows of an event
// result (patient_id, row_id, ...): by patient, then by the sort keys,
// NULL first, keeping table order between equal rows. It returns nil when
// there are no keys.
func sortedRows(t *memory.ResultTable, keys []map[int64]any) []int {
	if len(keys) == 0 {
		return nil
	}
	order := make([]int, t.Len())
	for i := range order {
		order[i] = i
	}
	pid := func(i int) int64 { v, _ := t.Value(i, 0).(int64); return v }
	rid := func(i int) int64 { v, _ := t.Value(i, 1).(int64); return v }
	slices.SortStableFunc(order, func(a, b int) int {
		if c := cmp.Compare(pid(a), pid(b)); c != 0 {
			return c
		}
		for _, k := range keys {
			if c := compareValues(k[rid(a)], k[rid(b)]); c != 0 {
				return c
			}
		}
		return 0
	})
	return order
}

// compareValues orders two values of one type, NULL first.
func compareValues(a, b any) int {
	switch {
	case a == nil && b == nil:
		return 0
	case a == nil:
		return -1
	case b == nil:
		return 1
	}
	switch x := a.(type) {
	case bool:
		y, _ := b.(bool)
		switch {
		case x == y:
			return 0
		case !x:
			return -1
		}
		return 1
	case int64:
		y, _ := b.(int64)
		return cmp.Compare(x, y)
	case float64:
		y, _ := b.(float64)
		return cmp.Compare(x, y)
	case string:
		y, _ := b.(string)
		return cmp.Compare(x, y)
	case codes.Code:
		y, _ := b.(codes.Code)
		return cmp.Compare(x.Value, y.Value)
	case querymodel.CalendarDate:
		y, _ := b.(querymodel.CalendarDate)
		return x.Compare(y)
	}
	return 0
}

// frameTable evaluates a frame: patient_id, row_id for an event frame,
// then every column of the frame.
func (s *session) frameTable(f querymodel.Frame) (*Table, error) {
	p, err := s.prepare(f)
	if err != nil {
		return nil, err
	}
	pf := p.(querymodel.Frame)
	cols := []string{"patient_id"}
	var members []querymodel.NamedSeries
	if f.Dim() == querymodel.ManyRowsPerPatient {
		if name, ok := s.rowCol[querymodel.DomainOf(pf).Table()]; ok {
			row, err := querymodel.NewSelectColumn(pf, name)
			if err != nil {
				return nil, err
			}
			members = append(members, querymodel.NamedSeries{Name: "row_id", Series: row})
			cols = append(cols, "row_id")
		}
	}
	for i, c := range f.Schema().Columns() {
		sel, err := querymodel.NewSelectColumn(pf, c.Name)
		if err != nil {
			continue // a column the frame does not carry
		}
		members = append(members, querymodel.NamedSeries{Name: fmt.Sprintf("c%d", i), Series: sel})
		cols = append(cols, c.Name)
	}
	if f.Dim() == querymodel.ManyRowsPerPatient {
		return s.eventTable(members, cols, pf)
	}
	pop, err := presentFor(pf)
	if err != nil {
		return nil, err
	}
	res, err := s.evaluate(pop, members, nil)
	if err != nil {
		return nil, err
	}
	return tableOf(res.Tables[0], cols, nil), nil
}

// datasetTable evaluates a dataset: patient_id and its variables, for the
// patients in its population (everyone when it has none yet).
func (s *session) datasetTable(d *ehrql.Dataset) (*Table, error) {
	pop := d.Population()
	if pop == nil {
		pop = everyone()
	}
	pp, err := s.prepare(pop)
	if err != nil {
		return nil, err
	}
	cols := []string{"patient_id"}
	vars := make([]querymodel.NamedSeries, len(d.Variables()))
	for i, v := range d.Variables() {
		p, err := s.prepare(v.Series)
		if err != nil {
			return nil, err
		}
		vars[i] = querymodel.NamedSeries{Name: v.Name, Series: p.(querymodel.Series)}
		cols = append(cols, v.Name)
	}
	res, err := s.evaluate(pp.(querymodel.Series), vars, nil)
	if err != nil {
		return nil, err
	}
	return tableOf(res.Tables[0], cols, nil), nil
}

// tableOf formats a result table's cells under the given column names,
// listing its rows in order (nil: as they are).
func tableOf(r *memory.ResultTable, cols []string, order []int) *Table {
	t := &Table{Columns: cols, Rows: make([][]string, 0, r.Len())}
	var buf []any
	for i := 0; i < r.Len(); i++ {
		j := i
		if order != nil {
			j = order[i]
		}
		buf = r.Row(j, buf)
		cells := make([]string, len(buf))
		for k, v := range buf {
			cells[k] = cell(v)
		}
		t.Rows = append(t.Rows, cells)
	}
	return t
}

// cell formats a value as Python's str() does; NULL is empty.
func cell(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case bool:
		if x {
			return "True"
		}
		return "False"
	case int64:
		return strconv.FormatInt(x, 10)
	case float64:
		return fileformats.FormatFloat(x)
	case string:
		return x
	case codes.Code:
		return x.Value
	case querymodel.CalendarDate:
		return x.String()
	}
	return fmt.Sprint(v)
}
