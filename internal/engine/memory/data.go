package memory

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"time"

	"github.com/opensafely-go/opensafely/internal/codes"
	"github.com/opensafely-go/opensafely/internal/querymodel"
)

// Date is a calendar date stored as the number of days since 1970-01-01
// (the Arrow date32 representation). Only years 1..9999 are valid.
type Date int32

// MakeDate returns the Date of y-m-d. The date must exist.
func MakeDate(y int, m time.Month, d int) Date {
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 {
		era = (y - 399) / 400
	}
	yoe := y - era*400
	mp := (int(m) + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return Date(era*146097 + doe - 719468)
}

// DateOf converts a query-model date.
func DateOf(d querymodel.CalendarDate) Date { return MakeDate(d.Year, d.Month, d.Day) }

// Civil returns the year, month and day of d.
func (d Date) Civil() (year int, month time.Month, day int) {
	z := int(d) + 719468
	era := z / 146097
	if z < 0 {
		era = (z - 146096) / 146097
	}
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	day = doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return y, time.Month(m), day
}

// Calendar converts d to a query-model date.
func (d Date) Calendar() querymodel.CalendarDate {
	y, m, day := d.Civil()
	return querymodel.CalendarDate{Year: y, Month: m, Day: day}
}

// String returns the ISO form, "2020-01-31".
func (d Date) String() string { return d.Calendar().String() }

var (
	minDate = MakeDate(1, 1, 1)
	maxDate = MakeDate(9999, 12, 31)
)

// Column is one column of table data or of a result: a typed slice chosen
// by the column's kind (bool: Bools; int: Ints; float: Floats; str, codes
// and multi-code strings: Strs; date: Dates) and a validity slice. Valid is
// nil when the column has no NULLs; otherwise Valid[i] is false for a NULL
// (whose slot in the typed slice is ignored). Columns handed to or returned
// by the engine must not be modified afterwards: the engine shares slices
// rather than copying them.
//
// A string or code column of table data may instead be given
// dictionary-encoded, with Strs nil: value i is Dict[Codes[i]]. Readers of
// Arrow dictionary arrays, or readers that intern values anyway, should
// prefer this form: the engine then compares, tests membership and counts
// distinct values once per distinct value rather than once per row.
type Column struct {
	Valid  []bool
	Bools  []bool
	Ints   []int64
	Floats []float64
	Strs   []string
	Dates  []Date
	Dict   []string
	Codes  []int32
}

// NewColumn returns a column of n NULLs of type t, ready to be filled with
// Set.
func NewColumn(t querymodel.Type, n int) *Column {
	c := &Column{Valid: make([]bool, n)}
	switch t.Kind() {
	case querymodel.KindBool:
		c.Bools = make([]bool, n)
	case querymodel.KindInt:
		c.Ints = make([]int64, n)
	case querymodel.KindFloat:
		c.Floats = make([]float64, n)
	case querymodel.KindStr, querymodel.KindCode:
		c.Strs = make([]string, n)
	case querymodel.KindDate:
		c.Dates = make([]Date, n)
	}
	return c
}

// Len returns the number of values.
func (c *Column) Len() int {
	switch {
	case c.Valid != nil:
		return len(c.Valid)
	case c.Bools != nil:
		return len(c.Bools)
	case c.Ints != nil:
		return len(c.Ints)
	case c.Floats != nil:
		return len(c.Floats)
	case c.Strs != nil:
		return len(c.Strs)
	case c.Dates != nil:
		return len(c.Dates)
	case c.Codes != nil:
		return len(c.Codes)
	}
	return 0
}

// IsValid reports whether value i is not NULL.
func (c *Column) IsValid(i int) bool { return c.Valid == nil || c.Valid[i] }

// Set stores the Go value v (nil for NULL; bool, int64 or int, float64,
// string, codes.Code, querymodel.CalendarDate or Date) at i. The column
// must have been made for a type of v's kind.
func (c *Column) Set(i int, v any) error {
	if v == nil {
		if c.Valid == nil {
			c.Valid = make([]bool, c.Len())
			for j := range c.Valid {
				c.Valid[j] = true
			}
		}
		c.Valid[i] = false
		return nil
	}
	ok := true
	switch x := v.(type) {
	case bool:
		ok = c.Bools != nil
		if ok {
			c.Bools[i] = x
		}
	case int64:
		ok = c.Ints != nil
		if ok {
			c.Ints[i] = x
		}
	case int:
		ok = c.Ints != nil
		if ok {
			c.Ints[i] = int64(x)
		}
	case float64:
		ok = c.Floats != nil
		if ok {
			c.Floats[i] = x
		}
	case string:
		ok = c.Strs != nil
		if ok {
			c.Strs[i] = x
		}
	case codes.Code:
		ok = c.Strs != nil
		if ok {
			c.Strs[i] = x.Value
		}
	case querymodel.CalendarDate:
		ok = c.Dates != nil
		if ok {
			c.Dates[i] = DateOf(x)
		}
	case Date:
		ok = c.Dates != nil
		if ok {
			c.Dates[i] = x
		}
	default:
		return fmt.Errorf("memory: unsupported value %#v", v)
	}
	if !ok {
		return fmt.Errorf("memory: value %#v does not fit the column's type", v)
	}
	if c.Valid != nil {
		c.Valid[i] = true
	}
	return nil
}

// Value returns value i as a Go value of type t: nil for NULL, bool,
// int64, float64, string, codes.Code (code and multi-code types) or
// querymodel.CalendarDate.
func (c *Column) Value(t querymodel.Type, i int) any {
	if !c.IsValid(i) {
		return nil
	}
	switch t.Kind() {
	case querymodel.KindBool:
		return c.Bools[i]
	case querymodel.KindInt:
		return c.Ints[i]
	case querymodel.KindFloat:
		return c.Floats[i]
	case querymodel.KindStr:
		return c.str(i)
	case querymodel.KindCode:
		return codes.Code{System: t.System(), Value: c.str(i)}
	case querymodel.KindDate:
		return c.Dates[i].Calendar()
	}
	return nil
}

func (c *Column) str(i int) string {
	if c.Strs == nil && c.Codes != nil {
		return c.Dict[c.Codes[i]]
	}
	return c.Strs[i]
}

// TableData is the data of one table: PatientIDs sorted ascending (unique
// in a patient table), and the columns by name, each as long as
// PatientIDs. Columns missing from the map read as NULL; columns not in
// the table's schema are ignored.
type TableData struct {
	PatientIDs []int64
	Columns    map[string]*Column
}

// Len returns the number of rows.
func (d *TableData) Len() int { return len(d.PatientIDs) }

// Validate checks d against schema: sorted (and for a patient table,
// unique) patient ids, column lengths and the presence of the typed slice
// each column's type needs.
func (d *TableData) Validate(schema *querymodel.TableSchema, patient bool) error {
	n := len(d.PatientIDs)
	for i := 1; i < n; i++ {
		if d.PatientIDs[i] < d.PatientIDs[i-1] {
			return fmt.Errorf("rows are not sorted by patient_id (row %d)", i)
		}
		if patient && d.PatientIDs[i] == d.PatientIDs[i-1] {
			return fmt.Errorf("patient_id %d appears more than once in a patient table", d.PatientIDs[i])
		}
	}
	for _, col := range schema.Columns() {
		c := d.Columns[col.Name]
		if c == nil {
			continue
		}
		if c.Valid != nil && len(c.Valid) != n {
			return fmt.Errorf("column %q: validity has %d values, want %d", col.Name, len(c.Valid), n)
		}
		var got int
		switch col.Type.Kind() {
		case querymodel.KindBool:
			got = len(c.Bools)
		case querymodel.KindInt:
			got = len(c.Ints)
		case querymodel.KindFloat:
			got = len(c.Floats)
		case querymodel.KindStr, querymodel.KindCode:
			got = len(c.Strs)
			if c.Strs == nil && c.Codes != nil {
				got = len(c.Codes)
				for i, k := range c.Codes {
					if c.IsValid(i) && (k < 0 || int(k) >= len(c.Dict)) {
						return fmt.Errorf("column %q: dictionary code %d out of range in row %d", col.Name, k, i)
					}
				}
			}
		case querymodel.KindDate:
			got = len(c.Dates)
			for i, v := range c.Dates {
				if c.IsValid(i) && (v < minDate || v > maxDate) {
					return fmt.Errorf("column %q: date out of range in row %d", col.Name, i)
				}
			}
		}
		if got != n {
			return fmt.Errorf("column %q (%s): has %d values, want %d", col.Name, col.Type, got, n)
		}
	}
	return nil
}

// FromRows builds table data from rows of Go values, each row
// (patient_id, col1, col2, ...) in schema order, as accepted by
// Column.Set (and int64 or int patient ids). Rows are sorted by patient_id
// (stably) when they are not already.
func FromRows(schema *querymodel.TableSchema, rows [][]any) (*TableData, error) {
	cols := schema.Columns()
	d := &TableData{PatientIDs: make([]int64, len(rows)), Columns: make(map[string]*Column, len(cols))}
	for _, c := range cols {
		d.Columns[c.Name] = NewColumn(c.Type, len(rows))
	}
	sorted := true
	for i, row := range rows {
		if len(row) != len(cols)+1 {
			return nil, fmt.Errorf("memory: row %d has %d values, want %d", i, len(row), len(cols)+1)
		}
		switch id := row[0].(type) {
		case int64:
			d.PatientIDs[i] = id
		case int:
			d.PatientIDs[i] = int64(id)
		default:
			return nil, fmt.Errorf("memory: row %d: patient_id must be an integer, got %#v", i, row[0])
		}
		if i > 0 && d.PatientIDs[i] < d.PatientIDs[i-1] {
			sorted = false
		}
		for j, c := range cols {
			v := row[j+1]
			if f, ok := v.(float64); ok && c.Type.Kind() == querymodel.KindInt && f == math.Trunc(f) {
				v = int64(f)
			}
			if err := d.Columns[c.Name].Set(i, v); err != nil {
				return nil, fmt.Errorf("memory: row %d column %q: %w", i, c.Name, err)
			}
		}
	}
	if !sorted {
		return FromRows(schema, sortRows(rows))
	}
	for _, c := range d.Columns {
		allValid := true
		for _, ok := range c.Valid {
			allValid = allValid && ok
		}
		if allValid {
			c.Valid = nil
		}
	}
	return d, nil
}

// Source supplies table data to an evaluation. TableData is called at most
// once per table per evaluation, only for tables the query references,
// from the evaluating goroutine. A Source used by concurrent evaluations
// must be safe for concurrent use.
type Source interface {
	TableData(t *querymodel.Table) (*TableData, error)
}

// MapSource is a Source holding data in memory. Tables it lacks are empty.
type MapSource map[*querymodel.Table]*TableData

// TableData implements Source.
func (m MapSource) TableData(t *querymodel.Table) (*TableData, error) {
	if d, ok := m[t]; ok {
		return d, nil
	}
	return &TableData{}, nil
}

// sortRows returns rows stably sorted by their patient_id.
func sortRows(rows [][]any) [][]any {
	out := slices.Clone(rows)
	id := func(r []any) int64 {
		switch x := r[0].(type) {
		case int64:
			return x
		case int:
			return int64(x)
		}
		return 0
	}
	slices.SortStableFunc(out, func(a, b []any) int { return cmp.Compare(id(a), id(b)) })
	return out
}

// SortedByPatient returns d with its rows stably sorted by patient_id: d
// itself when already sorted, otherwise a reordered copy (d is not
// modified). Readers of files that may be unsorted call it before handing
// data to the engine.
func (d *TableData) SortedByPatient() *TableData {
	if slices.IsSorted(d.PatientIDs) {
		return d
	}
	perm := make([]int32, len(d.PatientIDs))
	for i := range perm {
		perm[i] = int32(i)
	}
	slices.SortStableFunc(perm, func(a, b int32) int { return cmp.Compare(d.PatientIDs[a], d.PatientIDs[b]) })
	out := &TableData{PatientIDs: gatherSlice(d.PatientIDs, perm), Columns: make(map[string]*Column, len(d.Columns))}
	for name, c := range d.Columns {
		g := Column{
			Bools:  gatherSlice(c.Bools, perm),
			Ints:   gatherSlice(c.Ints, perm),
			Floats: gatherSlice(c.Floats, perm),
			Strs:   gatherSlice(c.Strs, perm),
			Dates:  gatherSlice(c.Dates, perm),
			Codes:  gatherSlice(c.Codes, perm),
			Dict:   c.Dict,
		}
		if c.Valid != nil {
			g.Valid = gatherSlice(c.Valid, perm)
		}
		out.Columns[name] = &g
	}
	return out
}
