package fileformats

import (
	"fmt"
	"slices"
	"sort"

	"github.com/opensafely-go/opensafely/internal/codes"
	"github.com/opensafely-go/opensafely/internal/querymodel"
)

// Table is columnar data read from, or to be written to, a file.
//
// A patient table (specs starting with patient_id) keeps its identifiers
// in PatientIDs, which are never NULL, and its other columns in Columns;
// any other table has nil PatientIDs and all its columns in Columns. Every
// column has the same number of rows.
type Table struct {
	PatientIDs []int64
	Columns    []Column
}

// Column is one column of a Table. Exactly one of the value slices is
// used, chosen by the column's type: Bools (bool), Ints (int), Floats
// (float), Strs (str and code types) or Dates (date). A NULL row holds the
// zero value in that slice and false in Valid; Valid is nil when no row is
// NULL.
type Column struct {
	Name   string
	Type   querymodel.Type
	Valid  []bool
	Bools  []bool
	Ints   []int64
	Floats []float64
	Strs   []string
	Dates  []querymodel.CalendarDate
}

// NewColumn returns an empty column with room for n rows.
func NewColumn(name string, t querymodel.Type, n int) Column {
	c := Column{Name: name, Type: t}
	switch kindOf(t) {
	case kindBool:
		c.Bools = make([]bool, 0, n)
	case kindInt:
		c.Ints = make([]int64, 0, n)
	case kindFloat:
		c.Floats = make([]float64, 0, n)
	case kindStr:
		c.Strs = make([]string, 0, n)
	case kindDate:
		c.Dates = make([]querymodel.CalendarDate, 0, n)
	}
	return c
}

// Len returns the number of rows.
func (c *Column) Len() int {
	switch kindOf(c.Type) {
	case kindBool:
		return len(c.Bools)
	case kindInt:
		return len(c.Ints)
	case kindFloat:
		return len(c.Floats)
	case kindStr:
		return len(c.Strs)
	case kindDate:
		return len(c.Dates)
	}
	return 0
}

// IsNull reports whether row i is NULL.
func (c *Column) IsNull(i int) bool { return c.Valid != nil && !c.Valid[i] }

// Value returns row i as a Go value (nil for NULL; bool, int64, float64,
// string or querymodel.CalendarDate otherwise). It is meant for tests and
// slow paths.
func (c *Column) Value(i int) any {
	if c.IsNull(i) {
		return nil
	}
	switch kindOf(c.Type) {
	case kindBool:
		return c.Bools[i]
	case kindInt:
		return c.Ints[i]
	case kindFloat:
		return c.Floats[i]
	case kindStr:
		return c.Strs[i]
	case kindDate:
		return c.Dates[i]
	}
	return nil
}

// AppendNull appends a NULL row.
func (c *Column) AppendNull() {
	n := c.Len()
	if c.Valid == nil {
		c.Valid = make([]bool, n, max(cap(c.Ints), cap(c.Strs), cap(c.Floats), cap(c.Bools), cap(c.Dates), n+1))
		for i := range c.Valid {
			c.Valid[i] = true
		}
	}
	c.Valid = append(c.Valid, false)
	switch kindOf(c.Type) {
	case kindBool:
		c.Bools = append(c.Bools, false)
	case kindInt:
		c.Ints = append(c.Ints, 0)
	case kindFloat:
		c.Floats = append(c.Floats, 0)
	case kindStr:
		c.Strs = append(c.Strs, "")
	case kindDate:
		c.Dates = append(c.Dates, querymodel.CalendarDate{})
	}
}

// markValid records that the row just appended is not NULL.
func (c *Column) markValid() {
	if c.Valid != nil {
		c.Valid = append(c.Valid, true)
	}
}

// Append appends a value (nil for NULL). It accepts the Go values listed
// for Value, plus int and codes.Code.
func (c *Column) Append(v any) error {
	if v == nil {
		c.AppendNull()
		return nil
	}
	ok := true
	switch kindOf(c.Type) {
	case kindBool:
		x, is := v.(bool)
		ok = is
		c.Bools = appendIf(c.Bools, x, is)
	case kindInt:
		x, is := toInt64(v)
		ok = is
		c.Ints = appendIf(c.Ints, x, is)
	case kindFloat:
		x, is := v.(float64)
		ok = is
		c.Floats = appendIf(c.Floats, x, is)
	case kindStr:
		x, is := toString(v)
		ok = is
		c.Strs = appendIf(c.Strs, x, is)
	case kindDate:
		x, is := v.(querymodel.CalendarDate)
		ok = is
		c.Dates = appendIf(c.Dates, x, is)
	default:
		ok = false
	}
	if !ok {
		return fmt.Errorf("fileformats: column %q: cannot store %T in a %s column", c.Name, v, c.Type)
	}
	c.markValid()
	return nil
}

func appendIf[T any](s []T, v T, ok bool) []T {
	if ok {
		return append(s, v)
	}
	return s
}

func toInt64(v any) (int64, bool) {
	switch x := v.(type) {
	case int64:
		return x, true
	case int:
		return int64(x), true
	case int32:
		return int64(x), true
	}
	return 0, false
}

func toString(v any) (string, bool) {
	switch x := v.(type) {
	case string:
		return x, true
	case codes.Code:
		return x.Value, true
	}
	return "", false
}

// Len returns the number of rows.
func (t *Table) Len() int {
	if t.PatientIDs != nil {
		return len(t.PatientIDs)
	}
	if len(t.Columns) > 0 {
		return t.Columns[0].Len()
	}
	return 0
}

// Column returns the column called name, or nil.
func (t *Table) Column(name string) *Column {
	for i := range t.Columns {
		if t.Columns[i].Name == name {
			return &t.Columns[i]
		}
	}
	return nil
}

// Row returns row i as Go values in file column order (patient_id first
// for a patient table). It is meant for tests and slow paths.
func (t *Table) Row(i int) []any {
	row := make([]any, 0, len(t.Columns)+1)
	if t.PatientIDs != nil {
		row = append(row, t.PatientIDs[i])
	}
	for c := range t.Columns {
		row = append(row, t.Columns[c].Value(i))
	}
	return row
}

// SortByPatient sorts the rows by patient_id, keeping the file order of
// rows with the same patient_id. It does nothing if the table is already
// sorted or has no patient_id column.
func (t *Table) SortByPatient() {
	ids := t.PatientIDs
	if ids == nil || slices.IsSorted(ids) {
		return
	}
	perm := make([]int32, len(ids))
	for i := range perm {
		perm[i] = int32(i)
	}
	sort.SliceStable(perm, func(a, b int) bool { return ids[perm[a]] < ids[perm[b]] })
	t.PatientIDs = permute(ids, perm)
	for i := range t.Columns {
		c := &t.Columns[i]
		if c.Valid != nil {
			c.Valid = permute(c.Valid, perm)
		}
		switch kindOf(c.Type) {
		case kindBool:
			c.Bools = permute(c.Bools, perm)
		case kindInt:
			c.Ints = permute(c.Ints, perm)
		case kindFloat:
			c.Floats = permute(c.Floats, perm)
		case kindStr:
			c.Strs = permute(c.Strs, perm)
		case kindDate:
			c.Dates = permute(c.Dates, perm)
		}
	}
}

func permute[T any](s []T, perm []int32) []T {
	out := make([]T, len(s))
	for i, p := range perm {
		out[i] = s[p]
	}
	return out
}

// newTable returns an empty table for specs with room for n rows.
func newTable(specs []ColumnSpec, n int) *Table {
	t := &Table{}
	rest := specs
	if hasPatientID(specs) {
		t.PatientIDs = make([]int64, 0, n)
		rest = specs[1:]
	}
	t.Columns = make([]Column, len(rest))
	for i, s := range rest {
		t.Columns[i] = NewColumn(s.Name, s.Type, n)
	}
	return t
}

// checkTable reports a table whose shape does not match specs.
func checkTable(t *Table, specs []ColumnSpec) error {
	want := len(specs)
	if t.PatientIDs != nil {
		if !hasPatientID(specs) {
			return fmt.Errorf("fileformats: table has patient ids but the output has no patient_id column")
		}
		want--
	}
	if len(t.Columns) != want {
		return fmt.Errorf("fileformats: table has %d columns, output has %d", len(t.Columns)+len(specs)-want, len(specs))
	}
	n := t.Len()
	off := len(specs) - want
	for i := range t.Columns {
		c := &t.Columns[i]
		if kindOf(c.Type) != kindOf(specs[i+off].Type) {
			return fmt.Errorf("fileformats: column %q is %s, output column %q is %s", c.Name, c.Type, specs[i+off].Name, specs[i+off].Type)
		}
		if c.Len() != n || c.Valid != nil && len(c.Valid) != n {
			return fmt.Errorf("fileformats: column %q has %d rows, table has %d", c.Name, c.Len(), n)
		}
	}
	return nil
}
