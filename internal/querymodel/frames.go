package querymodel

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// SelectTable is every row of a table with many rows per patient.
type SelectTable struct {
	header
	Table *Table
}

// SelectPatientTable is every row of a table with one row per patient.
type SelectPatientTable struct {
	header
	Table *Table
}

// RowSource supplies the rows of an InlinePatientTable. Row sources are
// compared by content (the literal rows, or the file name, format and
// column specifications). The implementations are *LiteralRows and
// *FileRows; neither may be modified once used in a node.
type RowSource interface {
	rowsKey() string
}

// LiteralRows are rows given in the definition (table_from_rows): each row
// is (patient_id, col1, col2, ...) as literals.
type LiteralRows struct {
	Rows [][]any
}

// FileRows are rows read from a data file (table_from_file).
type FileRows struct {
	// Format is "csv", "csv.gz" or "arrow".
	Format              string
	Filename            string
	Columns             []ColumnSpec
	AllowMissingColumns bool
}

// ColumnSpec describes one column of a data file.
type ColumnSpec struct {
	Name       string
	Type       Type
	Nullable   bool
	Categories []any // nil for no categories
	Min, Max   any   // nil for no bound
}

func (r *LiteralRows) rowsKey() string {
	var b strings.Builder
	b.WriteString("rows[")
	for _, row := range r.Rows {
		for _, c := range row {
			v, _, err := normaliseLiteral(c)
			if err != nil {
				fmt.Fprintf(&b, "?%#v,", c)
				continue
			}
			b.WriteString(literalKey(v))
			b.WriteByte(',')
		}
		b.WriteByte(';')
	}
	return b.String() + "]"
}

func (r *FileRows) rowsKey() string {
	var b strings.Builder
	fmt.Fprintf(&b, "file[%q,%q,%v", r.Format, r.Filename, r.AllowMissingColumns)
	for _, c := range r.Columns {
		fmt.Fprintf(&b, ";%q:%s:%v:%#v:%#v:%#v", c.Name, c.Type, c.Nullable, c.Categories, c.Min, c.Max)
	}
	return b.String() + "]"
}

// InlinePatientTable is a patient table whose rows come with the definition.
type InlinePatientTable struct {
	header
	Rows        RowSource
	TableSchema *TableSchema
}

// Filter keeps the rows of Source where Condition is True.
type Filter struct {
	header
	Source    Frame
	Condition Series
}

// Sort orders the rows of Source by SortBy (stable; NULL first). The
// leftmost user sort key is the outermost Sort.
type Sort struct {
	header
	Source Frame
	SortBy Series
}

// Position chooses the first or last row of a sorted frame.
type Position uint8

const (
	First Position = iota + 1
	Last
)

func (p Position) String() string {
	if p == Last {
		return "last"
	}
	return "first"
}

// PickOneRowPerPatient is the first or last row per patient of a sorted frame.
type PickOneRowPerPatient struct {
	header
	Source   Frame
	Position Position
}

// PickOneRowPerPatientWithColumns is the engine form of a pick produced by
// RewriteSorts: it lists the columns selected from it.
type PickOneRowPerPatientWithColumns struct {
	header
	Source          Frame
	Position        Position
	SelectedColumns []string // sorted, unique
}

// NamedSeries pairs a name with a series (event table members, dataset
// variables).
type NamedSeries struct {
	Name   string
	Series Series
}

// SeriesCollectionFrame is an event-level output table: named series of one
// domain, at least one with many rows per patient.
type SeriesCollectionFrame struct {
	header
	Members []NamedSeries
	schema  *TableSchema
}

// Schema implementations.
func (f *SelectTable) Schema() *TableSchema                     { return f.Table.Schema }
func (f *SelectPatientTable) Schema() *TableSchema              { return f.Table.Schema }
func (f *InlinePatientTable) Schema() *TableSchema              { return f.TableSchema }
func (f *Filter) Schema() *TableSchema                          { return f.Source.Schema() }
func (f *Sort) Schema() *TableSchema                            { return f.Source.Schema() }
func (f *PickOneRowPerPatient) Schema() *TableSchema            { return f.Source.Schema() }
func (f *PickOneRowPerPatientWithColumns) Schema() *TableSchema { return f.Source.Schema() }
func (f *SeriesCollectionFrame) Schema() *TableSchema           { return f.schema }

func checkTable(node string, t *Table, patient bool) error {
	if t == nil || t.Schema == nil {
		return &ArgumentError{Node: node, Msg: "table and its schema must not be nil"}
	}
	if t.Patient != patient {
		return &ArgumentError{Node: node, Msg: fmt.Sprintf("table %q has the wrong dimension", t.TableName())}
	}
	return nil
}

// NewSelectTable returns all rows of t, which must have many rows per patient.
func NewSelectTable(t *Table) (*SelectTable, error) {
	if err := checkTable("SelectTable", t, false); err != nil {
		return nil, err
	}
	n := &SelectTable{header: header{dim: ManyRowsPerPatient, dom: tableDomain(t)}, Table: t}
	key := newKey("SelectTable").raw(strconv.FormatUint(tableID(t), 10)).String()
	return intern(key, n), nil
}

// NewSelectPatientTable returns all rows of t, which must have one row per
// patient.
func NewSelectPatientTable(t *Table) (*SelectPatientTable, error) {
	if err := checkTable("SelectPatientTable", t, true); err != nil {
		return nil, err
	}
	n := &SelectPatientTable{header: header{dim: OneRowPerPatient}, Table: t}
	key := newKey("SelectPatientTable").raw(strconv.FormatUint(tableID(t), 10)).String()
	return intern(key, n), nil
}

// TableFrame returns NewSelectPatientTable or NewSelectTable as t requires.
func TableFrame(t *Table) (Frame, error) {
	if t != nil && t.Patient {
		return NewSelectPatientTable(t)
	}
	return NewSelectTable(t)
}

// NewInlinePatientTable returns a patient table holding rows with schema.
func NewInlinePatientTable(rows RowSource, schema *TableSchema) (*InlinePatientTable, error) {
	if rows == nil || schema == nil {
		return nil, &ArgumentError{Node: "InlinePatientTable", Msg: "rows and schema must not be nil"}
	}
	n := &InlinePatientTable{header: header{dim: OneRowPerPatient}, Rows: rows, TableSchema: schema}
	key := newKey("InlinePatientTable").raw(rows.rowsKey()).raw(schema.key()).String()
	return intern(key, n), nil
}

func requireManyRows(node string, src Frame) error {
	if src == nil {
		return &ArgumentError{Node: node, Msg: "source must not be nil"}
	}
	if src.Dim() != ManyRowsPerPatient {
		return &FrameError{Node: node, Msg: "source must be a frame with many rows per patient"}
	}
	if _, ok := src.(*SeriesCollectionFrame); ok {
		return &FrameError{Node: node, Msg: "source must not be an event table"}
	}
	return nil
}

// NewFilter keeps the rows of src where cond is True. cond must be a
// bool series whose domain is src's domain or an ancestor of it.
func NewFilter(src Frame, cond Series) (*Filter, error) {
	if err := requireManyRows("Filter", src); err != nil {
		return nil, err
	}
	if cond == nil {
		return nil, &ArgumentError{Node: "Filter", Msg: "condition must not be nil"}
	}
	if !matches(Bool, cond.Type()) {
		return nil, &TypeError{Node: "Filter", Field: "condition", Expected: Bool.SeriesName(), Got: cond.Type()}
	}
	if !isAncestorOrSelf(DomainOf(cond), DomainOf(src)) {
		return nil, &DomainMismatchError{Node: "Filter"}
	}
	n := &Filter{header: header{dim: ManyRowsPerPatient, dom: filterDomain(DomainOf(src), cond)}, Source: src, Condition: cond}
	return intern(newKey("Filter").node(src).node(cond).String(), n), nil
}

// NewSort orders src by key. key must have many values per patient
// (InvalidSortError otherwise), be a non-set type, and come from src's
// domain or an ancestor.
func NewSort(src Frame, key Series) (*Sort, error) {
	if err := requireManyRows("Sort", src); err != nil {
		return nil, err
	}
	if key == nil {
		return nil, &ArgumentError{Node: "Sort", Msg: "sort_by must not be nil"}
	}
	if DomainOf(key) == nil {
		return nil, &InvalidSortError{}
	}
	// The reference requires Comparable; bool and multi-code strings are
	// accepted too (table methods sort by bool columns, and sort rewriting
	// adds tie-break keys for every selected column).
	if t := key.Type(); t.IsSet() || t.Kind() == KindNull {
		return nil, &TypeError{Node: "Sort", Field: "sort_by", Expected: "Series[Comparable]", Got: t}
	}
	if !isAncestorOrSelf(DomainOf(key), DomainOf(src)) {
		return nil, &DomainMismatchError{Node: "Sort"}
	}
	n := &Sort{header: header{dim: ManyRowsPerPatient, dom: DomainOf(src)}, Source: src, SortBy: key}
	return intern(newKey("Sort").node(src).node(key).String(), n), nil
}

// isSorted reports whether a Sort lies beneath src's chain of filters.
func isSorted(src Frame) bool {
	for {
		switch f := src.(type) {
		case *Sort:
			return true
		case *Filter:
			src = f.Source
		default:
			return false
		}
	}
}

func checkPick(node string, src Frame, pos Position) error {
	if err := requireManyRows(node, src); err != nil {
		return err
	}
	if pos != First && pos != Last {
		return &ArgumentError{Node: node, Msg: "position must be First or Last"}
	}
	if !isSorted(src) {
		return &FrameError{Node: node, Msg: "source must be sorted"}
	}
	return nil
}

// NewPickOneRowPerPatient picks the first or last row per patient of the
// sorted frame src.
func NewPickOneRowPerPatient(src Frame, pos Position) (*PickOneRowPerPatient, error) {
	if err := checkPick("PickOneRowPerPatient", src, pos); err != nil {
		return nil, err
	}
	n := &PickOneRowPerPatient{header: header{dim: OneRowPerPatient}, Source: src, Position: pos}
	return intern(newKey("PickOneRowPerPatient").node(src).raw(pos.String()).String(), n), nil
}

// NewPickOneRowPerPatientWithColumns is the engine form of a pick that
// lists the columns selected from it.
func NewPickOneRowPerPatientWithColumns(src Frame, pos Position, columns []string) (*PickOneRowPerPatientWithColumns, error) {
	const node = "PickOneRowPerPatientWithColumns"
	if err := checkPick(node, src, pos); err != nil {
		return nil, err
	}
	cols := slices.Clone(columns)
	slices.Sort(cols)
	cols = slices.Compact(cols)
	for _, c := range cols {
		if _, ok := src.Schema().Column(c); !ok {
			return nil, &FrameError{Node: node, Msg: fmt.Sprintf("no column %q", c)}
		}
	}
	n := &PickOneRowPerPatientWithColumns{header: header{dim: OneRowPerPatient}, Source: src, Position: pos, SelectedColumns: cols}
	k := newKey(node).node(src).raw(pos.String())
	for _, c := range cols {
		k.str(c)
	}
	return intern(k.String(), n), nil
}

// NewSeriesCollectionFrame returns an event table with the given members,
// in order. Names must be unique; at least one member must have many values
// per patient; all members must share one domain.
func NewSeriesCollectionFrame(members []NamedSeries) (*SeriesCollectionFrame, error) {
	const node = "SeriesCollectionFrame"
	if len(members) == 0 {
		return nil, &EventTableError{Msg: "event tables must be defined with at least one column"}
	}
	var cols []Column
	var series []Series
	many := false
	k := newKey(node)
	for _, m := range members {
		if m.Series == nil {
			return nil, &ArgumentError{Node: node, Msg: fmt.Sprintf("member %q is nil", m.Name)}
		}
		if m.Series.Dim() == ManyRowsPerPatient {
			many = true
		}
		t := m.Series.Type()
		if t.Kind() == KindNull {
			t = Str
		}
		cols = append(cols, Column{Name: m.Name, Type: t})
		series = append(series, m.Series)
		k.str(m.Name).node(m.Series)
	}
	if !many {
		return nil, &EventTableError{Msg: "event tables must have columns with more than one value per patient; include at least one series drawn from an event table"}
	}
	dom, err := commonDomain(node, series)
	if err != nil {
		return nil, &EventTableError{Msg: "cannot combine series drawn from different tables; create a new event table for the series from each table", Err: err}
	}
	schema, err := NewTableSchema(cols...)
	if err != nil {
		return nil, &ArgumentError{Node: node, Msg: strings.TrimPrefix(err.Error(), "querymodel: ")}
	}
	n := &SeriesCollectionFrame{header: header{dim: ManyRowsPerPatient, dom: dom}, Members: slices.Clone(members), schema: schema}
	return intern(k.String(), n), nil
}

// commonDomain returns the single non-patient domain among inputs, or nil.
func commonDomain(node string, inputs []Series) (*Domain, error) {
	var dom *Domain
	for _, s := range inputs {
		if s == nil {
			continue
		}
		d := DomainOf(s)
		if d == nil {
			continue
		}
		if dom != nil && dom != d {
			return nil, &DomainMismatchError{Node: node}
		}
		dom = d
	}
	return dom, nil
}
