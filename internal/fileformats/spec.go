package fileformats

import (
	"fmt"
	"math"

	"github.com/opensafely-go/opensafely/internal/codes"
	"github.com/opensafely-go/opensafely/internal/querymodel"
)

// PatientIDColumn is the name of the patient identifier column.
const PatientIDColumn = "patient_id"

// ColumnSpec describes one column of a file.
type ColumnSpec struct {
	Name string
	// Type is a scalar ehrQL type: querymodel.Bool, Int, Float, Str, Date
	// or a code type (stored and written as a string).
	Type querymodel.Type
	// NotNull marks a column that must never hold NULL (patient_id).
	NotNull bool
	// Categories, when non-nil, lists the column's valid values in order,
	// as Go values of the column's type: string (str and code columns),
	// int64, float64, bool or querymodel.CalendarDate. A categorical str
	// column is written to Arrow as a dictionary holding exactly these
	// values; on reading, values outside the list are rejected.
	Categories []any
	// Range, when non-nil, is the known range of an int column, used to
	// choose the narrowest Arrow integer type.
	Range *IntRange
}

// IntRange is an inclusive range of integer values.
type IntRange struct{ Min, Max int64 }

// CountRange returns the range the reference gives count aggregations
// (count_for_patient and friends): 0..65535, stored as uint16.
func CountRange() *IntRange { return &IntRange{Min: 0, Max: 1<<16 - 1} }

// TableSpec names a table and lists its columns.
type TableSpec struct {
	Name    string
	Columns []ColumnSpec
}

// PatientIDSpec returns the spec of the patient_id column: a non-nullable
// int.
func PatientIDSpec() ColumnSpec {
	return ColumnSpec{Name: PatientIDColumn, Type: querymodel.Int, NotNull: true}
}

// SpecsFromSchema returns the column specs the reference derives from a
// table schema: patient_id followed by the schema's columns. As in the
// reference, every schema column is nullable (NotNull constraints are not
// enforced on files); categories come from Categorical constraints (code
// values as strings) and ranges from ClosedRange constraints.
func SpecsFromSchema(schema *querymodel.TableSchema) []ColumnSpec {
	cols := schema.Columns()
	specs := make([]ColumnSpec, 0, len(cols)+1)
	specs = append(specs, PatientIDSpec())
	for i := range cols {
		specs = append(specs, SpecFromColumn(&cols[i]))
	}
	return specs
}

// SpecFromColumn returns the spec of one schema column (see
// SpecsFromSchema).
func SpecFromColumn(c *querymodel.Column) ColumnSpec {
	s := ColumnSpec{Name: c.Name, Type: c.Type}
	if cats, ok := c.Categories(); ok {
		s.Categories = make([]any, 0, len(cats))
		for _, v := range cats {
			s.Categories = append(s.Categories, normaliseValue(v))
		}
	}
	for _, k := range c.Constraints {
		if r, ok := k.(querymodel.ClosedRange); ok {
			s.Range = &IntRange{Min: r.Min, Max: r.Max}
		}
	}
	return s
}

// normaliseValue converts the Go representations accepted for values to
// the canonical ones: ints to int64, codes to strings.
func normaliseValue(v any) any {
	switch x := v.(type) {
	case int:
		return int64(x)
	case int32:
		return int64(x)
	case codes.Code:
		return x.Value
	}
	return v
}

// kind is the physical storage kind of a column.
type kind uint8

const (
	kindInvalid kind = iota
	kindBool
	kindInt
	kindFloat
	kindStr
	kindDate
)

func kindOf(t querymodel.Type) kind {
	if t.IsSet() {
		return kindInvalid
	}
	switch t.Kind() {
	case querymodel.KindBool:
		return kindBool
	case querymodel.KindInt:
		return kindInt
	case querymodel.KindFloat:
		return kindFloat
	case querymodel.KindStr, querymodel.KindCode:
		return kindStr
	case querymodel.KindDate:
		return kindDate
	}
	return kindInvalid
}

// pythonClass is how the reference names a column's type in messages.
func (k kind) pythonClass() string {
	switch k {
	case kindBool:
		return "<class 'bool'>"
	case kindInt:
		return "<class 'int'>"
	case kindFloat:
		return "<class 'float'>"
	case kindStr:
		return "<class 'str'>"
	case kindDate:
		return "<class 'datetime.date'>"
	}
	return "<class 'NoneType'>"
}

// checkSpecs reports specs that no format can handle.
func checkSpecs(specs []ColumnSpec) error {
	seen := make(map[string]bool, len(specs))
	for i, s := range specs {
		if kindOf(s.Type) == kindInvalid {
			return fmt.Errorf("fileformats: column %q has unsupported type %s", s.Name, s.Type)
		}
		if seen[s.Name] {
			return fmt.Errorf("fileformats: duplicate column %q", s.Name)
		}
		seen[s.Name] = true
		if s.Name == PatientIDColumn && i == 0 && kindOf(s.Type) != kindInt {
			return fmt.Errorf("fileformats: patient_id must be an int column")
		}
		if s.Range != nil && s.Range.Min > s.Range.Max {
			return fmt.Errorf("fileformats: column %q has empty range %d..%d", s.Name, s.Range.Min, s.Range.Max)
		}
	}
	return nil
}

// hasPatientID reports whether specs describe a patient table, whose
// first column is patient_id.
func hasPatientID(specs []ColumnSpec) bool {
	return len(specs) > 0 && specs[0].Name == PatientIDColumn
}

// categorySet is a compiled Categories list for fast membership tests.
type categorySet struct {
	strs   map[string]int
	ints   map[int64]int
	floats map[float64]int
	bools  map[bool]int
	dates  map[querymodel.CalendarDate]int
	// text is the reference's rendering of the list: "'a', 'b'".
	text string
}

func newCategorySet(cats []any) *categorySet {
	if cats == nil {
		return nil
	}
	cs := &categorySet{}
	var b []byte
	for i, raw := range cats {
		v := normaliseValue(raw)
		if i > 0 {
			b = append(b, ", "...)
		}
		b = appendPyRepr(b, v)
		switch x := v.(type) {
		case string:
			if cs.strs == nil {
				cs.strs = make(map[string]int, len(cats))
			}
			if _, dup := cs.strs[x]; !dup {
				cs.strs[x] = i
			}
		case int64:
			if cs.ints == nil {
				cs.ints = make(map[int64]int, len(cats))
			}
			if _, dup := cs.ints[x]; !dup {
				cs.ints[x] = i
			}
		case float64:
			if cs.floats == nil {
				cs.floats = make(map[float64]int, len(cats))
			}
			cs.floats[x] = i
		case bool:
			if cs.bools == nil {
				cs.bools = make(map[bool]int, 2)
			}
			cs.bools[x] = i
		case querymodel.CalendarDate:
			if cs.dates == nil {
				cs.dates = make(map[querymodel.CalendarDate]int, len(cats))
			}
			cs.dates[x] = i
		}
	}
	cs.text = string(b)
	return cs
}

func (cs *categorySet) hasStr(s string) bool { _, ok := cs.strs[s]; return ok }
func (cs *categorySet) hasBool(v bool) bool  { _, ok := cs.bools[v]; return ok }
func (cs *categorySet) hasDate(v querymodel.CalendarDate) bool {
	_, ok := cs.dates[v]
	return ok
}

// hasInt follows Python's equality, where 1 == 1.0 == True.
func (cs *categorySet) hasInt(v int64) bool {
	if _, ok := cs.ints[v]; ok {
		return true
	}
	if _, ok := cs.floats[float64(v)]; ok && float64(v) == math.Trunc(float64(v)) {
		return true
	}
	if v == 0 || v == 1 {
		_, ok := cs.bools[v == 1]
		return ok
	}
	return false
}

func (cs *categorySet) hasFloat(v float64) bool {
	if _, ok := cs.floats[v]; ok {
		return true
	}
	if v == math.Trunc(v) && math.Abs(v) < 1<<63 {
		if _, ok := cs.ints[int64(v)]; ok {
			return true
		}
	}
	return false
}
