package assure

import (
	"cmp"
	"context"
	"fmt"
	"slices"

	"github.com/opensafely-go/opensafely/internal/codes"
	"github.com/opensafely-go/opensafely/internal/engine/memory"
	"github.com/opensafely-go/opensafely/internal/querymodel"
)

// tableGroup is the tables a dataset reads under one table name (usually
// one; a dataset may read, say, both ehrql.tables.core.patients and
// ehrql.tables.tpp.patients, which share their test data).
type tableGroup struct {
	name    string
	tables  []*querymodel.Table
	patient bool
}

// column finds a column in the first table of the group that has it.
func (g *tableGroup) column(name string) (*querymodel.Column, bool) {
	for _, t := range g.tables {
		if c, ok := t.Schema.Column(name); ok {
			return c, true
		}
	}
	return nil, false
}

// columnNames lists the group's columns in declaration order.
func (g *tableGroup) columnNames() []string {
	var names []string
	for _, t := range g.tables {
		for _, n := range t.Schema.ColumnNames() {
			if !slices.Contains(names, n) {
				names = append(names, n)
			}
		}
	}
	return names
}

// tableGroups lists the tables ds reads, grouped by table name and sorted
// by it.
func tableGroups(ds *querymodel.Dataset) []*tableGroup {
	byName := map[string]*tableGroup{}
	var groups []*tableGroup
	querymodel.Walk(ds, func(n querymodel.Node) bool {
		var t *querymodel.Table
		switch f := n.(type) {
		case *querymodel.SelectTable:
			t = f.Table
		case *querymodel.SelectPatientTable:
			t = f.Table
		}
		if t == nil {
			return true
		}
		g := byName[t.TableName()]
		if g == nil {
			g = &tableGroup{name: t.TableName()}
			byName[g.name] = g
			groups = append(groups, g)
		}
		if !slices.Contains(g.tables, t) {
			g.tables = append(g.tables, t)
			g.patient = g.patient || t.Patient
		}
		return true
	})
	slices.SortFunc(groups, func(a, b *tableGroup) int { return cmp.Compare(a.name, b.name) })
	return groups
}

// Keys of a patient's entry that are not table names.
const (
	keyInPopulation = "expected_in_population"
	keyColumns      = "expected_columns"
	keyEvents       = "expected_events"
)

// patientCheck is what the data stage learnt about one patient.
type patientCheck struct {
	problems []Problem
	// loadable is false when the patient's data could not be given to the
	// engine (missing tables, wrong types, too many rows, bad shapes).
	loadable bool
	// rows are the patient's engine rows per table (patient_id first, then
	// the schema's columns).
	rows map[*querymodel.Table][][]any
	// inPopulation and columns are the expectations; columnsGiven says
	// whether expected_columns was present; expectationsOK is false when
	// they are malformed.
	inPopulation   bool
	columns        Dict
	columnsGiven   bool
	events         Dict // event table name -> List of row dicts; nil if not given
	expectationsOK bool
}

// Check validates the test patients against the tables ds reads, then
// evaluates ds with the in-memory engine over their data and compares the
// results with their expectations. The error result is for failures of the
// evaluation itself, not of the tests.
func Check(ctx context.Context, ds *querymodel.Dataset, patients []Patient) (*Report, error) {
	groups := tableGroups(ds)
	report := &Report{}
	checks := make([]*patientCheck, len(patients))
	data := map[*querymodel.Table][][]any{}
	for _, g := range groups {
		for _, t := range g.tables {
			data[t] = nil
		}
	}
	for i, p := range patients {
		pc := checkPatient(p, groups)
		checks[i] = pc
		if len(pc.problems) > 0 {
			report.Data = append(report.Data, PatientProblems{Patient: p.ID, Problems: pc.problems})
		}
		if pc.loadable {
			for t, rows := range pc.rows {
				data[t] = append(data[t], rows...)
			}
		}
	}

	src := make(memory.MapSource, len(data))
	for t, rows := range data {
		td, err := memory.FromRows(t.Schema, rows)
		if err != nil {
			return nil, fmt.Errorf("assure: loading test data for table '%s': %w", t.TableName(), err)
		}
		src[t] = td
	}
	res, err := memory.New(src, memory.Options{}).EvaluateDataset(ctx, ds)
	if err != nil {
		return nil, fmt.Errorf("assure: evaluating the dataset over the test data: %w", err)
	}
	out := res.Tables[0]
	rowOf := make(map[int64]int, out.Len())
	for i := range out.Len() {
		if id, ok := out.Value(i, 0).(int64); ok {
			rowOf[id] = i
		}
	}
	events := eventRows(res.Tables[1:])
	colOf := make(map[string]int, len(out.Columns))
	for j, c := range out.Columns {
		colOf[c.Name] = j
	}

	for i, p := range patients {
		pc := checks[i]
		var prob Problem
		row, inPop := rowOf[p.ID]
		switch {
		case !pc.loadable || !pc.expectationsOK:
			prob = CannotValidate{Reasons: []string{"its test data has errors (see 'Validate test data')"}}
		case !pc.inPopulation:
			if inPop {
				prob = InPopulation{}
			}
		case !inPop:
			prob = NotInPopulation{}
		case !pc.columnsGiven:
			prob = CannotValidate{Reasons: []string{"expected_columns is missing; it is required for a patient expected in the population"}}
		default:
			prob = compareColumns(pc.columns, out, row, colOf)
			if prob == nil {
				prob = compareEvents(p.ID, pc.events, events)
			}
		}
		if prob != nil {
			report.Results = append(report.Results, PatientProblems{Patient: p.ID, Problems: []Problem{prob}})
		}
	}
	return report, nil
}

// compareColumns compares one patient's expected columns with its row of
// the dataset, returning nil when they all match.
func compareColumns(expected Dict, out *memory.ResultTable, row int, colOf map[string]int) Problem {
	var missing []string
	for _, it := range expected {
		name := it.Key.(string) // checked by checkExpectations
		if _, ok := colOf[name]; !ok {
			missing = append(missing, fmt.Sprintf("Column '%s' in expected_columns is not in the dataset", name))
		}
	}
	if len(missing) > 0 {
		return CannotValidate{Reasons: missing}
	}
	var diffs []Mismatch
	for _, it := range expected {
		name := it.Key.(string)
		actual := out.Value(row, colOf[name])
		if !equal(it.Value, actual) {
			diffs = append(diffs, Mismatch{Column: name, Expected: pyStr(it.Value), Actual: pyStr(actual)})
		}
	}
	if len(diffs) > 0 {
		return UnexpectedValues{Values: diffs}
	}
	return nil
}

// checkPatient validates one patient's entry: its expectations, then its
// data for each table group in name order.
func checkPatient(p Patient, groups []*tableGroup) *patientCheck {
	pc := &patientCheck{loadable: true, rows: map[*querymodel.Table][][]any{}}
	pc.checkExpectations(p.Data)
	for _, g := range groups {
		entry, ok := p.Data.Get(g.name)
		if !ok {
			pc.problems = append(pc.problems, MissingTable{Table: g.name})
			pc.loadable = false
			continue
		}
		pc.checkTable(p.ID, g, entry)
	}
	return pc
}

func (pc *patientCheck) malformed(format string, args ...any) {
	pc.problems = append(pc.problems, MalformedData{Msg: fmt.Sprintf(format, args...)})
}

func (pc *patientCheck) checkExpectations(d Dict) {
	pc.expectationsOK = true
	pc.inPopulation = true
	if v, ok := d.Get(keyInPopulation); ok {
		pc.inPopulation = truthy(v) // as Python's if would read it
	}
	v, ok := d.Get(keyColumns)
	if !ok {
		return
	}
	cols, isDict := v.(Dict)
	if !isDict {
		pc.malformed("%s must be a dict of column names to values, got %s", keyColumns, typeName(v))
		pc.expectationsOK = false
		return
	}
	for _, it := range cols {
		if _, ok := it.Key.(string); !ok {
			pc.malformed("%s keys must be column names, got %s", keyColumns, pyRepr(it.Key))
			pc.expectationsOK = false
			return
		}
	}
	pc.columns, pc.columnsGiven = cols, true
	pc.checkEvents(d)
}

// checkEvents reads expected_events: event table names to lists of row
// dicts, in the order the dataset's event table gives them.
func (pc *patientCheck) checkEvents(d Dict) {
	v, ok := d.Get(keyEvents)
	if !ok {
		return
	}
	tables, isDict := v.(Dict)
	if !isDict {
		pc.malformed("%s must be a dict of event table names to lists of rows, got %s", keyEvents, typeName(v))
		pc.expectationsOK = false
		return
	}
	for _, it := range tables {
		_, okName := it.Key.(string)
		rows, okRows := it.Value.(List)
		for _, r := range rows {
			okRows = okRows && isStringKeyed(r)
		}
		if !okName || !okRows {
			pc.malformed("%s must map each event table name to a list of row dicts, got %s: %s", keyEvents, pyRepr(it.Key), typeName(it.Value))
			pc.expectationsOK = false
			return
		}
	}
	pc.events = tables
}

func isStringKeyed(v any) bool {
	d, ok := v.(Dict)
	if !ok {
		return false
	}
	for _, it := range d {
		if _, ok := it.Key.(string); !ok {
			return false
		}
	}
	return true
}

// eventRows groups the rows of the dataset's event tables by table name
// and patient, each row a dict of its columns without patient_id. Codes
// become their plain strings, as the reference engine returns the values
// test data gave.
func eventRows(tables []*memory.ResultTable) map[string]map[int64]List {
	out := make(map[string]map[int64]List, len(tables))
	for _, t := range tables {
		byPatient := map[int64]List{}
		for i := range t.Len() {
			id, _ := t.Value(i, 0).(int64)
			row := make(Dict, 0, len(t.Columns)-1)
			for j := 1; j < len(t.Columns); j++ {
				v := t.Value(i, j)
				if c, ok := v.(codes.Code); ok {
					v = c.Value
				}
				row = append(row, Item{t.Columns[j].Name, v})
			}
			byPatient[id] = append(byPatient[id], row)
		}
		out[t.Name] = byPatient
	}
	return out
}

// compareEvents compares a patient's expected_events with its rows of the
// dataset's event tables, reporting the first table that differs.
func compareEvents(id int64, expected Dict, actual map[string]map[int64]List) Problem {
	for _, it := range expected {
		name := it.Key.(string)
		want := it.Value.(List)
		got := actual[name][id]
		if got == nil {
			got = List{}
		}
		if !equal(want, got) {
			return UnexpectedEvents{Table: name, Expected: pyRepr(want), Actual: pyRepr(got)}
		}
	}
	return nil
}

// checkTable validates a patient's entry for one table group and converts
// its rows for the engine.
func (pc *patientCheck) checkTable(id int64, g *tableGroup, entry any) {
	var records []Dict
	switch x := entry.(type) {
	case Dict:
		records = []Dict{x}
	case List, Tuple:
		var items []any
		if l, ok := x.(List); ok {
			items = l
		} else {
			items = x.(Tuple)
		}
		for _, it := range items {
			d, ok := it.(Dict)
			if !ok {
				pc.malformed("the rows for table '%s' must be dicts of column names to values, got %s", g.name, typeName(it))
				pc.loadable = false
				return
			}
			records = append(records, d)
		}
	default:
		pc.malformed("the test data for table '%s' must be a dict or a list of dicts, got %s", g.name, typeName(entry))
		pc.loadable = false
		return
	}

	var bad []InvalidValue
	var unknown []string
	converted := make([]map[string]any, len(records))
	for i, rec := range records {
		converted[i] = map[string]any{}
		for _, it := range rec {
			name, ok := it.Key.(string)
			if !ok {
				pc.malformed("the rows for table '%s' must use column names as keys, got %s", g.name, pyRepr(it.Key))
				pc.loadable = false
				return
			}
			col, ok := g.column(name)
			if !ok {
				if !slices.Contains(unknown, name) {
					unknown = append(unknown, name)
				}
				continue
			}
			v, ok := convert(it.Value, col.Type)
			if !ok {
				bad = append(bad, InvalidValue{Column: name, Constraint: "must be of type " + col.Type.String(), Value: pyStr(it.Value)})
				pc.loadable = false
				continue
			}
			for _, c := range col.Constraints {
				if !satisfies(c, v) {
					bad = append(bad, InvalidValue{Column: name, Constraint: c.Description(), Value: pyStr(it.Value)})
				}
			}
			converted[i][name] = v
		}
	}
	if len(bad) > 0 {
		pc.problems = append(pc.problems, InvalidValues{Table: g.name, Values: bad})
	}
	if len(unknown) > 0 {
		pc.problems = append(pc.problems, UnknownColumns{Table: g.name, Invalid: unknown, Valid: g.columnNames()})
	}
	if g.patient && len(records) > 1 {
		pc.problems = append(pc.problems, TooManyRows{Table: g.name, Rows: len(records)})
		pc.loadable = false
	}
	for _, t := range g.tables {
		cols := t.Schema.Columns()
		for _, rec := range converted {
			row := make([]any, 1+len(cols))
			row[0] = id
			for j, c := range cols {
				v := rec[c.Name]
				if v != nil {
					if v, ok := convert(v, c.Type); ok {
						row[j+1] = v
					} else {
						pc.loadable = false // same-named tables that disagree on a type
					}
				}
			}
			pc.rows[t] = append(pc.rows[t], row)
		}
	}
}

// satisfies applies a constraint the way the reference does: NULL only
// breaks NotNull.
func satisfies(c querymodel.Constraint, v any) bool {
	if v == nil {
		_, notNull := c.(querymodel.NotNull)
		return !notNull
	}
	if code, ok := v.(codes.Code); ok {
		return c.Validate(code.Value)
	}
	return c.Validate(v)
}

// convert returns test value v as the engine value of a column of type t,
// or false if v does not have the type. An int fits a float column and a
// string fits a code column.
func convert(v any, t querymodel.Type) (any, bool) {
	if v == nil {
		return nil, true
	}
	switch t.Kind() {
	case querymodel.KindBool:
		b, ok := v.(bool)
		return b, ok
	case querymodel.KindInt:
		i, ok := v.(int64)
		return i, ok
	case querymodel.KindFloat:
		switch x := v.(type) {
		case float64:
			return x, true
		case int64:
			return float64(x), true
		}
	case querymodel.KindStr:
		s, ok := v.(string)
		return s, ok
	case querymodel.KindCode:
		switch x := v.(type) {
		case string:
			return codes.Code{System: t.System(), Value: x}, true
		case codes.Code:
			return x, x.System == t.System()
		}
	case querymodel.KindDate:
		d, ok := v.(querymodel.CalendarDate)
		return d, ok
	}
	return nil, false
}
