package fileformats

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"os"
	"slices"
	"strings"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/arrow/ipc"
	"github.com/apache/arrow-go/v18/arrow/memory"
	"github.com/opensafely-go/opensafely/internal/querymodel"
)

// batchSource yields the record batches of an Arrow or Parquet file.
type batchSource interface {
	schema() *arrow.Schema
	// next returns the next batch, which stays valid until the following
	// call, or nil at the end.
	next() (arrow.RecordBatch, error)
	// sizeHint estimates the total number of rows from the first batch.
	sizeHint(first arrow.RecordBatch) int
	close()
}

type ipcSource struct {
	f   *os.File
	r   *ipc.FileReader
	i   int
	cur arrow.RecordBatch
}

func openIPC(path string, mem memory.Allocator) (batchSource, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("fileformats: %w", err)
	}
	r, err := ipc.NewFileReader(f, ipc.WithAllocator(mem))
	if err != nil {
		f.Close()
		return nil, validationError(path, "Not an Arrow IPC file: "+path)
	}
	return &ipcSource{f: f, r: r}, nil
}

func (s *ipcSource) schema() *arrow.Schema { return s.r.Schema() }

func (s *ipcSource) next() (arrow.RecordBatch, error) {
	if s.cur != nil {
		s.cur.Release()
		s.cur = nil
	}
	if s.i >= s.r.NumRecords() {
		return nil, nil
	}
	rec, err := s.r.RecordBatchAt(s.i)
	if err != nil {
		return nil, err
	}
	s.i++
	s.cur = rec
	return rec, nil
}

func (s *ipcSource) sizeHint(first arrow.RecordBatch) int {
	return int(first.NumRows()) * s.r.NumRecords()
}

func (s *ipcSource) close() {
	if s.cur != nil {
		s.cur.Release()
	}
	s.r.Close()
	s.f.Close()
}

// arrowTypeMatches applies the reference's type test for a column of kind
// k to an Arrow type (the value type, for a dictionary).
func arrowTypeMatches(k kind, t arrow.DataType) bool {
	if dt, ok := t.(*arrow.DictionaryType); ok {
		t = dt.ValueType
	}
	switch k {
	case kindBool:
		return t.ID() == arrow.BOOL
	case kindInt:
		return arrow.IsInteger(t.ID())
	case kindFloat:
		return arrow.IsFloating(t.ID())
	case kindStr:
		return t.ID() == arrow.STRING
	case kindDate:
		return t.ID() == arrow.DATE32 || t.ID() == arrow.DATE64
	}
	return false
}

// pyarrowTypeName renders an Arrow type as pyarrow prints it.
func pyarrowTypeName(t arrow.DataType) string {
	switch x := t.(type) {
	case *arrow.DictionaryType:
		ordered := 0
		if x.Ordered {
			ordered = 1
		}
		return fmt.Sprintf("dictionary<values=%s, indices=%s, ordered=%d>",
			pyarrowTypeName(x.ValueType), pyarrowTypeName(x.IndexType), ordered)
	case *arrow.TimestampType:
		if x.TimeZone != "" {
			return fmt.Sprintf("timestamp[%s, tz=%s]", x.Unit, x.TimeZone)
		}
		return fmt.Sprintf("timestamp[%s]", x.Unit)
	case *arrow.Time32Type:
		return fmt.Sprintf("time32[%s]", x.Unit)
	case *arrow.Time64Type:
		return fmt.Sprintf("time64[%s]", x.Unit)
	case *arrow.DurationType:
		return fmt.Sprintf("duration[%s]", x.Unit)
	case *arrow.Decimal128Type:
		return fmt.Sprintf("decimal128(%d, %d)", x.Precision, x.Scale)
	case *arrow.Decimal256Type:
		return fmt.Sprintf("decimal256(%d, %d)", x.Precision, x.Scale)
	case *arrow.FixedSizeBinaryType:
		return fmt.Sprintf("fixed_size_binary[%d]", x.ByteWidth)
	case *arrow.ListType:
		return fmt.Sprintf("list<%s: %s>", x.ElemField().Name, pyarrowTypeName(x.Elem()))
	case *arrow.LargeListType:
		return fmt.Sprintf("large_list<%s: %s>", x.ElemField().Name, pyarrowTypeName(x.Elem()))
	}
	switch t.ID() {
	case arrow.FLOAT16:
		return "halffloat"
	case arrow.FLOAT32:
		return "float"
	case arrow.FLOAT64:
		return "double"
	case arrow.STRING:
		return "string"
	case arrow.LARGE_STRING:
		return "large_string"
	case arrow.STRING_VIEW:
		return "string_view"
	case arrow.LARGE_BINARY:
		return "large_binary"
	case arrow.DATE32:
		return "date32[day]"
	case arrow.DATE64:
		return "date64[ms]"
	}
	return t.String()
}

// arrowColumn maps one spec to its place in the file.
type arrowColumn struct {
	spec  ColumnSpec
	kind  kind
	field int     // index in the file schema, -1 when missing
	col   *Column // nil for patient_id
}

// readArrow reads an Arrow IPC or Parquet file.
func readArrow(path string, parquet bool, specs []ColumnSpec, opts ReadOptions) (*Table, error) {
	mem := memory.NewGoAllocator()
	var (
		src batchSource
		err error
	)
	if parquet {
		src, err = openParquet(path, mem)
	} else {
		src, err = openIPC(path, mem)
	}
	if err != nil {
		return nil, err
	}
	defer src.close()
	sch := src.schema()
	names := make([]string, sch.NumFields())
	for i, f := range sch.Fields() {
		names[i] = f.Name
	}
	if err := validateColumns(path, names, specs, opts.AllowMissingColumns); err != nil {
		return nil, err
	}
	// The columns are sized once the first batch gives a row estimate.
	t := newTable(specs, 0)
	cols := make([]arrowColumn, len(specs))
	var problems []string
	var wanted []string
	for j, s := range specs {
		c := &cols[j]
		c.spec, c.kind, c.field = s, kindOf(s.Type), -1
		if j > 0 || t.PatientIDs == nil {
			c.col = &t.Columns[j-len(specs)+len(t.Columns)]
		}
		if i := slices.Index(names, s.Name); i >= 0 {
			c.field = i
			wanted = append(wanted, s.Name)
			if ft := sch.Field(i).Type; !arrowTypeMatches(c.kind, ft) {
				problems = append(problems, fmt.Sprintf("Type mismatch in column '%s': expected %s, got %s",
					s.Name, c.kind.pythonClass(), pyarrowTypeName(ft)))
			}
		}
	}
	if problems != nil {
		return nil, validationError(path, strings.Join(problems, "\n"))
	}
	if ps, ok := src.(*parquetSource); ok {
		ps.only(wanted)
	}
	rowBase := 0
	for first := true; ; first = false {
		rec, err := src.next()
		if err != nil {
			return nil, validationError(path, fmt.Sprintf("Error reading %s: %v", path, err))
		}
		if rec == nil {
			break
		}
		// Columns may be a subset of the file's (Parquet): find by name.
		rs := rec.Schema()
		if first {
			if hint := src.sizeHint(rec); hint > 0 {
				reserve(t, hint)
			}
			for j := range cols {
				c := &cols[j]
				if c.field < 0 || c.spec.Categories == nil {
					continue
				}
				if msg := checkArrowCategories(c, rec.Column(rs.FieldIndices(c.spec.Name)[0])); msg != "" {
					problems = append(problems, msg)
				}
			}
			if problems != nil {
				return nil, validationError(path, strings.Join(problems, "\n"))
			}
		}
		n := int(rec.NumRows())
		for j := range cols {
			c := &cols[j]
			if c.field < 0 {
				for range n {
					c.col.AppendNull()
				}
				continue
			}
			arr := rec.Column(rs.FieldIndices(c.spec.Name)[0])
			if err := appendArrow(t, c, arr); err != nil {
				var re *rowErr
				if errors.As(err, &re) {
					return nil, rowError(path, rowBase+re.row+1, re.msg)
				}
				return nil, validationError(path, err.Error())
			}
		}
		rowBase += n
	}
	return t, nil
}

// rowErr is a problem at a row of the current batch.
type rowErr struct {
	row int
	msg string
}

func (e *rowErr) Error() string { return e.msg }

// checkArrowCategories compares a categorical column's values with the
// spec's categories, as the reference does on the first batch: a
// dictionary's whole value list, or else the distinct values present.
func checkArrowCategories(c *arrowColumn, arr arrow.Array) string {
	var values []any
	if d, ok := arr.(*array.Dictionary); ok {
		values = arrowValues(d.Dictionary())
	} else {
		seen := map[any]bool{}
		for _, v := range arrowValues(arr) {
			if v != nil && !seen[v] {
				seen[v] = true
				values = append(values, v)
			}
		}
		slices.SortFunc(values, compareValues)
	}
	cats := newCategorySet(c.spec.Categories)
	unexpected := false
	for _, v := range values {
		if v == nil || !categoryHas(cats, v) {
			unexpected = true
			break
		}
	}
	if !unexpected {
		return ""
	}
	return fmt.Sprintf("Unexpected categories in column '%s'\n  Categories: %s\n  Expected: %s\n",
		c.spec.Name, joinStr(values), joinStr(c.spec.Categories))
}

func categoryHas(cs *categorySet, v any) bool {
	switch x := v.(type) {
	case string:
		return cs.hasStr(x)
	case int64:
		return cs.hasInt(x)
	case float64:
		return cs.hasFloat(x)
	case bool:
		return cs.hasBool(x) || cs.hasInt(boolInt(x))
	}
	return false
}

// joinStr joins values as Python's ", ".join(map(str, ...)) would.
func joinStr(values []any) string {
	var b []byte
	for i, v := range values {
		if i > 0 {
			b = append(b, ", "...)
		}
		if s, ok := normaliseValue(v).(string); ok {
			b = append(b, s...)
		} else {
			b = appendPyRepr(b, v)
		}
	}
	return string(b)
}

func compareValues(a, b any) int {
	switch x := a.(type) {
	case string:
		return cmp.Compare(x, b.(string))
	case int64:
		return cmp.Compare(x, b.(int64))
	case float64:
		return cmp.Compare(x, b.(float64))
	case bool:
		return cmp.Compare(boolInt(x), boolInt(b.(bool)))
	}
	return 0
}

// arrowValues returns an array's values as Go values (nil for NULL); only
// the types that category checks need are supported.
func arrowValues(arr arrow.Array) []any {
	out := make([]any, arr.Len())
	for i := range out {
		if arr.IsNull(i) {
			continue
		}
		switch a := arr.(type) {
		case *array.String:
			out[i] = a.Value(i)
		case *array.Boolean:
			out[i] = a.Value(i)
		case *array.Float64:
			out[i] = a.Value(i)
		case *array.Float32:
			out[i] = float64(a.Value(i))
		default:
			if v, ok := intAt(arr, i); ok {
				out[i] = v
			}
		}
	}
	return out
}

// intAt returns element i of any integer array; ok is false for a uint64
// value beyond int64 or a non-integer array.
func intAt(arr arrow.Array, i int) (int64, bool) {
	switch a := arr.(type) {
	case *array.Int8:
		return int64(a.Value(i)), true
	case *array.Int16:
		return int64(a.Value(i)), true
	case *array.Int32:
		return int64(a.Value(i)), true
	case *array.Int64:
		return a.Value(i), true
	case *array.Uint8:
		return int64(a.Value(i)), true
	case *array.Uint16:
		return int64(a.Value(i)), true
	case *array.Uint32:
		return int64(a.Value(i)), true
	case *array.Uint64:
		v := a.Value(i)
		return int64(v), v <= math.MaxInt64
	}
	return 0, false
}

// appendArrow converts an Arrow array and appends it to c's column.
func appendArrow(t *Table, c *arrowColumn, arr arrow.Array) error {
	if d, ok := arr.(*array.Dictionary); ok {
		return appendDictionary(t, c, d)
	}
	n := arr.Len()
	nulls := arr.NullN() > 0
	if nulls && c.spec.NotNull {
		for i := range n {
			if arr.IsNull(i) {
				return &rowErr{row: i, msg: fmt.Sprintf("NULL value in non-nullable column '%s'", c.spec.Name)}
			}
		}
	}
	if c.col == nil {
		// patient_id: never NULL (checked above).
		for i := range n {
			v, ok := intAt(arr, i)
			if !ok {
				return &rowErr{row: i, msg: fmt.Sprintf("column '%s': integer out of range for a 64-bit int", c.spec.Name)}
			}
			t.PatientIDs = append(t.PatientIDs, v)
		}
		return nil
	}
	col := c.col
	start := col.Len()
	switch a := arr.(type) {
	case *array.Boolean:
		for i := range n {
			col.Bools = append(col.Bools, a.Value(i))
		}
	case *array.Int64:
		col.Ints = append(col.Ints, a.Int64Values()...)
	case *array.Float64:
		col.Floats = append(col.Floats, a.Float64Values()...)
	case *array.Float32:
		for _, v := range a.Float32Values() {
			col.Floats = append(col.Floats, float64(v))
		}
	case *array.Float16:
		for _, v := range a.Values() {
			col.Floats = append(col.Floats, float64(v.Float32()))
		}
	case *array.String:
		// One copy of the batch's character data; values are slices of it,
		// so nothing refers to Arrow's buffers after the batch is released.
		offsets := a.ValueOffsets()
		data := string(a.ValueBytes())
		base := offsets[0]
		for i := range n {
			col.Strs = append(col.Strs, data[offsets[i]-base:offsets[i+1]-base])
		}
	case *array.Date32:
		for _, v := range a.Date32Values() {
			col.Dates = append(col.Dates, daysToDate(int64(v)))
		}
	case *array.Date64:
		for _, v := range a.Date64Values() {
			days := int64(v) / 86400000
			if int64(v)%86400000 < 0 {
				days--
			}
			col.Dates = append(col.Dates, daysToDate(days))
		}
	default:
		if !arrow.IsInteger(arr.DataType().ID()) {
			return fmt.Errorf("unsupported Arrow type %s in column '%s'", pyarrowTypeName(arr.DataType()), c.spec.Name)
		}
		for i := range n {
			v, ok := intAt(arr, i)
			if !ok && !arr.IsNull(i) {
				return &rowErr{row: i, msg: fmt.Sprintf("column '%s': integer out of range for a 64-bit int", c.spec.Name)}
			}
			col.Ints = append(col.Ints, v)
		}
	}
	// Strings at NULL positions may hold anything: clear them, so NULL rows
	// hold the zero value as Column documents.
	if nulls {
		if col.Valid == nil {
			col.Valid = make([]bool, start, start+n)
			for i := range col.Valid {
				col.Valid[i] = true
			}
		}
		for i := range n {
			ok := arr.IsValid(i)
			col.Valid = append(col.Valid, ok)
			if !ok {
				zeroAt(col, start+i)
			}
		}
	} else if col.Valid != nil {
		for range n {
			col.Valid = append(col.Valid, true)
		}
	}
	return nil
}

func zeroAt(c *Column, i int) {
	switch kindOf(c.Type) {
	case kindBool:
		c.Bools[i] = false
	case kindInt:
		c.Ints[i] = 0
	case kindFloat:
		c.Floats[i] = 0
	case kindStr:
		c.Strs[i] = ""
	case kindDate:
		c.Dates[i] = querymodel.CalendarDate{}
	}
}

// appendDictionary decodes a dictionary array through its value list.
func appendDictionary(t *Table, c *arrowColumn, d *array.Dictionary) error {
	if c.col == nil {
		return fmt.Errorf("column '%s': dictionary-encoded patient ids are not supported", c.spec.Name)
	}
	// Decode the dictionary once, then gather.
	values := &arrowColumn{spec: ColumnSpec{Name: c.spec.Name, Type: c.spec.Type}, kind: c.kind, field: 0}
	tmp := NewColumn(c.spec.Name, c.spec.Type, d.Dictionary().Len())
	values.col = &tmp
	if err := appendArrow(nil, values, d.Dictionary()); err != nil {
		return err
	}
	n := d.Len()
	col := c.col
	for i := range n {
		if d.IsNull(i) || tmp.IsNull(d.GetValueIndex(i)) {
			if c.spec.NotNull {
				return &rowErr{row: i, msg: fmt.Sprintf("NULL value in non-nullable column '%s'", c.spec.Name)}
			}
			col.AppendNull()
			continue
		}
		j := d.GetValueIndex(i)
		switch c.kind {
		case kindStr:
			col.Strs = append(col.Strs, tmp.Strs[j])
		case kindInt:
			col.Ints = append(col.Ints, tmp.Ints[j])
		case kindFloat:
			col.Floats = append(col.Floats, tmp.Floats[j])
		case kindBool:
			col.Bools = append(col.Bools, tmp.Bools[j])
		case kindDate:
			col.Dates = append(col.Dates, tmp.Dates[j])
		}
		col.markValid()
	}
	return nil
}

// reserve gives every column of an empty table room for n rows.
func reserve(t *Table, n int) {
	if t.PatientIDs != nil {
		t.PatientIDs = make([]int64, 0, n)
	}
	for i := range t.Columns {
		c := &t.Columns[i]
		*c = NewColumn(c.Name, c.Type, n)
	}
}
