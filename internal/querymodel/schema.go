package querymodel

import (
	"fmt"
	"regexp"
	"strings"
	"sync"
)

// Constraint is a restriction on the values of a table column. Real
// constraints are checked on assurance test data and honoured by dummy
// data; a column's DummyConstraints only shape generated data.
//
// The implementations are NotNull, Categorical, Unique, FirstOfMonth, Regex,
// ClosedRange, GeneralRange and DateAfter.
type Constraint interface {
	// Description says in words what the constraint requires.
	Description() string
	// Validate reports whether a non-null column value satisfies the
	// constraint (NotNull is checked on null values by the caller; Unique
	// and DateAfter need more than one value and always report true here).
	Validate(v any) bool
	constraintName() string
}

// NotNull: the column never holds NULL.
type NotNull struct{}

// Categorical: the column only holds one of Values.
type Categorical struct{ Values []any }

// Unique: no two rows share a value.
type Unique struct{}

// FirstOfMonth: dates are always the first of a month.
type FirstOfMonth struct{}

// Regex: strings fully match Pattern.
type Regex struct{ Pattern string }

// ClosedRange: integers in Min..Max inclusive, in steps of Step from Min.
type ClosedRange struct{ Min, Max, Step int64 }

// GeneralRange: values between Min and Max (either may be nil for no
// bound), each bound included or not.
type GeneralRange struct {
	Min, Max                 any
	IncludesMin, IncludesMax bool
}

// DateAfter (dummy data only): the date is on or after the listed columns'
// dates.
type DateAfter struct{ Columns []string }

func (NotNull) constraintName() string      { return "NotNull" }
func (Categorical) constraintName() string  { return "Categorical" }
func (Unique) constraintName() string       { return "Unique" }
func (FirstOfMonth) constraintName() string { return "FirstOfMonth" }
func (Regex) constraintName() string        { return "Regex" }
func (ClosedRange) constraintName() string  { return "ClosedRange" }
func (GeneralRange) constraintName() string { return "GeneralRange" }
func (DateAfter) constraintName() string    { return "DateAfter" }

func (NotNull) Description() string { return "must have a value" }
func (c Categorical) Description() string {
	vals := make([]string, len(c.Values))
	for i, v := range c.Values {
		vals[i] = fmt.Sprint(v)
	}
	return "must be one of " + strings.Join(vals, ", ")
}
func (Unique) Description() string       { return "must be unique" }
func (FirstOfMonth) Description() string { return "must be the first day of a month" }
func (c Regex) Description() string      { return "must match the pattern " + c.Pattern }
func (c ClosedRange) Description() string {
	if c.Step > 1 {
		return fmt.Sprintf("must be between %d and %d in steps of %d", c.Min, c.Max, c.Step)
	}
	return fmt.Sprintf("must be between %d and %d", c.Min, c.Max)
}
func (c GeneralRange) Description() string {
	var parts []string
	if c.Min != nil {
		op := ">"
		if c.IncludesMin {
			op = ">="
		}
		parts = append(parts, fmt.Sprintf("%s %v", op, c.Min))
	}
	if c.Max != nil {
		op := "<"
		if c.IncludesMax {
			op = "<="
		}
		parts = append(parts, fmt.Sprintf("%s %v", op, c.Max))
	}
	return "must be " + strings.Join(parts, " and ")
}
func (c DateAfter) Description() string {
	return "must be after " + strings.Join(c.Columns, ", ")
}

func (NotNull) Validate(v any) bool { return v != nil }
func (c Categorical) Validate(v any) bool {
	nv, _, err := normaliseLiteral(v)
	if err != nil {
		return false
	}
	key := literalKey(nv)
	for _, x := range c.Values {
		if nx, _, err := normaliseLiteral(x); err == nil && literalKey(nx) == key {
			return true
		}
	}
	return false
}
func (Unique) Validate(any) bool { return true }
func (FirstOfMonth) Validate(v any) bool {
	d, ok := v.(CalendarDate)
	return ok && d.Day == 1
}
func (c Regex) Validate(v any) bool {
	s, ok := v.(string)
	if !ok {
		return false
	}
	re, err := compiledRegex(c.Pattern)
	return err == nil && re.MatchString(s)
}

var regexCache sync.Map // pattern -> *regexp.Regexp

func compiledRegex(pattern string) (*regexp.Regexp, error) {
	if re, ok := regexCache.Load(pattern); ok {
		return re.(*regexp.Regexp), nil
	}
	re, err := regexp.Compile(`^(?:` + pattern + `)$`)
	if err != nil {
		return nil, err
	}
	regexCache.Store(pattern, re)
	return re, nil
}
func (c ClosedRange) Validate(v any) bool {
	n, ok := v.(int64)
	if !ok {
		if i, ok2 := v.(int); ok2 {
			n, ok = int64(i), true
		}
	}
	step := max(c.Step, 1)
	return ok && n >= c.Min && n <= c.Max && (n-c.Min)%step == 0
}
func (c GeneralRange) Validate(v any) bool {
	v, _, err := normaliseLiteral(v)
	if err != nil || v == nil {
		return false
	}
	if c.Min != nil {
		lo, _, _ := normaliseLiteral(c.Min)
		r := safeCompare(v, lo)
		if r < 0 || (r == 0 && !c.IncludesMin) {
			return false
		}
	}
	if c.Max != nil {
		hi, _, _ := normaliseLiteral(c.Max)
		r := safeCompare(v, hi)
		if r > 0 || (r == 0 && !c.IncludesMax) {
			return false
		}
	}
	return true
}
func (DateAfter) Validate(any) bool { return true }

func safeCompare(a, b any) (r int) {
	defer func() {
		if recover() != nil {
			r = 2 // mismatched types: treat as out of range
		}
	}()
	return compareLiterals(a, b)
}

// Column is one column of a table schema.
type Column struct {
	Name             string
	Type             Type
	Description      string
	Constraints      []Constraint
	DummyConstraints []Constraint
}

// Categories returns the values of the column's Categorical constraint.
func (c *Column) Categories() ([]any, bool) {
	for _, k := range c.Constraints {
		if cat, ok := k.(Categorical); ok {
			return cat.Values, true
		}
	}
	return nil, false
}

// Nullable reports whether the column lacks a NotNull constraint.
func (c *Column) Nullable() bool {
	for _, k := range c.Constraints {
		if _, ok := k.(NotNull); ok {
			return false
		}
	}
	return true
}

// TableSchema is the ordered set of columns of a table. patient_id is
// implicit and never listed.
type TableSchema struct {
	columns []Column
	index   map[string]int
}

// SchemaError reports an invalid table schema.
type SchemaError struct{ Msg string }

func (e *SchemaError) Error() string { return "querymodel: " + e.Msg }

// NewTableSchema returns a schema with the columns in declaration order.
func NewTableSchema(columns ...Column) (*TableSchema, error) {
	s := &TableSchema{index: make(map[string]int, len(columns))}
	for _, c := range columns {
		switch {
		case c.Name == "":
			return nil, &SchemaError{Msg: "column with empty name"}
		case c.Name == "patient_id":
			return nil, &SchemaError{Msg: "patient_id is an implicit column and must not be declared"}
		case !c.Type.IsValid() || c.Type.IsSet() || c.Type.Kind() == KindNull:
			return nil, &SchemaError{Msg: fmt.Sprintf("column %q has invalid type %s", c.Name, c.Type)}
		}
		if _, dup := s.index[c.Name]; dup {
			return nil, &SchemaError{Msg: fmt.Sprintf("duplicate column %q", c.Name)}
		}
		s.index[c.Name] = len(s.columns)
		s.columns = append(s.columns, c)
	}
	return s, nil
}

// MustTableSchema is NewTableSchema for statically known schemas; it
// panics on error.
func MustTableSchema(columns ...Column) *TableSchema {
	s, err := NewTableSchema(columns...)
	if err != nil {
		panic(err)
	}
	return s
}

// Columns returns the columns in declaration order. The caller must not
// modify the slice.
func (s *TableSchema) Columns() []Column { return s.columns }

// ColumnNames returns the column names in declaration order.
func (s *TableSchema) ColumnNames() []string {
	names := make([]string, len(s.columns))
	for i, c := range s.columns {
		names[i] = c.Name
	}
	return names
}

// Column returns the column called name.
func (s *TableSchema) Column(name string) (*Column, bool) {
	i, ok := s.index[name]
	if !ok {
		return nil, false
	}
	return &s.columns[i], true
}

// key is a canonical encoding used to intern nodes that hold a schema.
func (s *TableSchema) key() string {
	var b strings.Builder
	for _, c := range s.columns {
		fmt.Fprintf(&b, "%q:%s[", c.Name, c.Type)
		for _, k := range c.Constraints {
			fmt.Fprintf(&b, "%s%#v;", k.constraintName(), k)
		}
		b.WriteString("|")
		for _, k := range c.DummyConstraints {
			fmt.Fprintf(&b, "%s%#v;", k.constraintName(), k)
		}
		b.WriteString("],")
	}
	return b.String()
}

// ActivationKind says how a table is restricted to GP-activated records.
type ActivationKind uint8

const (
	// NotActivationFiltered (Python False, the default): no filtering.
	NotActivationFiltered ActivationKind = iota
	// ActivationInBackend (Python None): the backend's SQL filters the table.
	ActivationInBackend
	// ActivationByColumn: rows are kept when Column is on or before the
	// practice's activation end date.
	ActivationByColumn
)

// Activation is a table's activation_filter_field.
type Activation struct {
	Kind   ActivationKind
	Column string
}

// Table describes one table defined in an ehrql.tables module. Tables are
// defined by a registry elsewhere (one *Table per table object) and referred
// to by pointer; a *Table must not be modified once nodes refer to it.
type Table struct {
	// Module and Attr locate the table object in Python,
	// ("ehrql.tables.tpp", "clinical_events"); they form its external_ref.
	Module, Attr string
	// Name is the table name used by engines and dummy-table files
	// (table_name; defaults to Attr).
	Name string
	// Patient is true for patient frames (at most one row per patient).
	Patient            bool
	Schema             *TableSchema
	RequiredPermission string // "" when none is needed
	Activation         Activation
}

// TableName returns Name, or Attr when Name is empty.
func (t *Table) TableName() string {
	if t.Name != "" {
		return t.Name
	}
	return t.Attr
}

// TableRegistry resolves the external references of serialised tables.
// Implementations must be safe for concurrent use and must return the same
// *Table for the same table object every time (aliases such as
// ehrql.tables.beta.tpp may return the same pointer as ehrql.tables.tpp).
type TableRegistry interface {
	LookupTable(module, attr string) (*Table, bool)
}

// MapRegistry is a simple TableRegistry keyed by "module.attr". It is
// read-only once in use.
type MapRegistry map[string]*Table

// LookupTable implements TableRegistry.
func (m MapRegistry) LookupTable(module, attr string) (*Table, bool) {
	t, ok := m[module+"."+attr]
	return t, ok
}

// Add registers t under its Module and Attr.
func (m MapRegistry) Add(t *Table) { m[t.Module+"."+t.Attr] = t }
