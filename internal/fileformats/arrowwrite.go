package fileformats

import (
	"bufio"
	"fmt"
	"math"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/arrow/ipc"
	"github.com/apache/arrow-go/v18/arrow/memory"
	"github.com/opensafely-go/opensafely/internal/querymodel"
)

// RowsPerBatch is the number of rows in each Arrow record batch.
const RowsPerBatch = 64000

// ArrowSchema returns the Arrow schema the reference writes for specs:
// bool, float64, string, date32; ints as int64 unless a known range allows
// a narrower type (unsigned when the range has no negative values);
// categorical strings as an ordered dictionary with the smallest signed
// index type that can number every category.
func ArrowSchema(specs []ColumnSpec) *arrow.Schema {
	fields := make([]arrow.Field, len(specs))
	for i, s := range specs {
		fields[i] = arrow.Field{Name: s.Name, Type: arrowType(s), Nullable: !s.NotNull}
	}
	return arrow.NewSchema(fields, nil)
}

func arrowType(s ColumnSpec) arrow.DataType {
	switch kindOf(s.Type) {
	case kindBool:
		return arrow.FixedWidthTypes.Boolean
	case kindInt:
		if s.Range == nil {
			return arrow.PrimitiveTypes.Int64
		}
		return smallestIntType(s.Range.Min, s.Range.Max)
	case kindFloat:
		return arrow.PrimitiveTypes.Float64
	case kindStr:
		if s.Categories != nil {
			// Always signed: pandas cannot read unsigned dictionary indices.
			return &arrow.DictionaryType{
				IndexType: smallestIntType(-1, int64(len(s.Categories))-1),
				ValueType: arrow.BinaryTypes.String,
				Ordered:   true,
			}
		}
		return arrow.BinaryTypes.String
	case kindDate:
		return arrow.FixedWidthTypes.Date32
	}
	return arrow.Null
}

// smallestIntType follows the reference: signed when min is negative, and
// sized by the larger of max and |min|.
func smallestIntType(lo, hi int64) arrow.DataType {
	absMax := uint64(max(hi, 0))
	if lo < 0 {
		absMax = max(absMax, uint64(-(lo+1))+1)
		switch {
		case absMax < 1<<7:
			return arrow.PrimitiveTypes.Int8
		case absMax < 1<<15:
			return arrow.PrimitiveTypes.Int16
		case absMax < 1<<31:
			return arrow.PrimitiveTypes.Int32
		}
		return arrow.PrimitiveTypes.Int64
	}
	switch {
	case absMax < 1<<8:
		return arrow.PrimitiveTypes.Uint8
	case absMax < 1<<16:
		return arrow.PrimitiveTypes.Uint16
	case absMax < 1<<32:
		return arrow.PrimitiveTypes.Uint32
	}
	return arrow.PrimitiveTypes.Uint64
}

// arrowWriter streams record batches to an Arrow IPC file.
type arrowWriter struct {
	specs  []ColumnSpec
	schema *arrow.Schema
	file   *atomicFile
	mem    memory.Allocator

	cols    []arrowCol
	rows    int // rows in the current batch
	buf     *bufio.Writer
	ipcw    *ipc.FileWriter
	started bool
	done    bool
	err     error
}

func newArrowWriter(specs []ColumnSpec, file *atomicFile) *arrowWriter {
	return &arrowWriter{specs: specs, file: file, mem: memory.NewGoAllocator()}
}

func (w *arrowWriter) start() error {
	if w.done {
		return errClosed
	}
	if w.err != nil || w.started {
		return w.err
	}
	w.started = true
	w.schema = ArrowSchema(w.specs)
	w.cols = make([]arrowCol, len(w.specs))
	for i, s := range w.specs {
		w.cols[i] = newArrowCol(s, w.schema.Field(i).Type, w.mem)
	}
	f, err := w.file.create()
	if err != nil {
		w.err = err
		return err
	}
	w.buf = bufio.NewWriterSize(f, 1<<20)
	w.ipcw, err = ipc.NewFileWriter(w.buf, ipc.WithSchema(w.schema), ipc.WithZstd(), ipc.WithAllocator(w.mem))
	if err != nil {
		w.err = fmt.Errorf("fileformats: %w", err)
	}
	return w.err
}

func (w *arrowWriter) fail(err error) error {
	if w.err == nil {
		w.err = err
	}
	return err
}

func (w *arrowWriter) WriteRow(row []any) error {
	if err := w.start(); err != nil {
		return err
	}
	if len(row) != len(w.specs) {
		return fmt.Errorf("fileformats: row has %d values, output has %d columns", len(row), len(w.specs))
	}
	for i, v := range row {
		var err error
		if v == nil {
			err = w.cols[i].appendNull()
		} else {
			err = w.cols[i].appendValue(v)
		}
		if err != nil {
			// Keep the columns aligned: the row is dropped by failing the
			// whole writer.
			return w.fail(err)
		}
	}
	w.rows++
	if w.rows == RowsPerBatch {
		return w.flush()
	}
	return nil
}

func (w *arrowWriter) WriteTable(t *Table) error {
	if err := checkTable(t, w.specs); err != nil {
		return err
	}
	if err := w.start(); err != nil {
		return err
	}
	n := t.Len()
	for from := 0; from < n; {
		to := min(n, from+RowsPerBatch-w.rows)
		i := 0
		if t.PatientIDs != nil {
			if err := w.cols[0].appendInts(t.PatientIDs[from:to], nil); err != nil {
				return w.fail(err)
			}
			i = 1
		}
		for c := range t.Columns {
			if err := w.cols[i+c].appendColumn(&t.Columns[c], from, to); err != nil {
				return w.fail(err)
			}
		}
		w.rows += to - from
		from = to
		if w.rows == RowsPerBatch {
			if err := w.flush(); err != nil {
				return err
			}
		}
	}
	return nil
}

// flush writes the buffered rows as one record batch.
func (w *arrowWriter) flush() error {
	if w.rows == 0 {
		return nil
	}
	arrays := make([]arrow.Array, len(w.cols))
	for i, c := range w.cols {
		arrays[i] = c.build()
	}
	rec := array.NewRecordBatch(w.schema, arrays, int64(w.rows))
	for _, a := range arrays {
		a.Release()
	}
	err := w.ipcw.Write(rec)
	rec.Release()
	w.rows = 0
	if err != nil {
		return w.fail(fmt.Errorf("fileformats: %w", err))
	}
	return nil
}

func (w *arrowWriter) Close() error {
	if w.done {
		return w.err
	}
	if err := w.start(); err != nil {
		w.Abort()
		return err
	}
	err := w.flush()
	if err == nil {
		if err = w.ipcw.Close(); err == nil {
			err = w.buf.Flush()
		}
		if err != nil {
			err = w.fail(fmt.Errorf("fileformats: %w", err))
		}
	}
	if err != nil {
		w.Abort()
		return err
	}
	w.done = true
	w.release()
	if err := w.file.commit(); err != nil {
		w.err = err
	}
	return w.err
}

func (w *arrowWriter) Abort() {
	if w.done {
		return
	}
	w.done = true
	if w.ipcw != nil {
		w.ipcw.Close()
	}
	w.release()
	w.file.abort()
}

func (w *arrowWriter) release() {
	for _, c := range w.cols {
		c.release()
	}
	w.cols = nil
}

// arrowCol accumulates the values of one column of the current batch.
type arrowCol interface {
	appendNull() error
	appendValue(v any) error
	appendColumn(c *Column, from, to int) error
	appendInts(v []int64, valid []bool) error
	build() arrow.Array
	release()
}

func newArrowCol(s ColumnSpec, t arrow.DataType, mem memory.Allocator) arrowCol {
	base := colBase{spec: s}
	switch kindOf(s.Type) {
	case kindBool:
		return &boolCol{colBase: base, b: array.NewBooleanBuilder(mem)}
	case kindInt:
		return newIntCol(base, t, mem)
	case kindFloat:
		return &floatCol{colBase: base, b: array.NewFloat64Builder(mem)}
	case kindStr:
		if dt, ok := t.(*arrow.DictionaryType); ok {
			return newDictCol(base, dt, mem)
		}
		return &strCol{colBase: base, b: array.NewStringBuilder(mem)}
	case kindDate:
		return &dateCol{colBase: base, b: array.NewDate32Builder(mem)}
	}
	panic("fileformats: unsupported column type " + s.Type.String())
}

type colBase struct{ spec ColumnSpec }

func (c *colBase) nullError() error {
	if c.spec.NotNull {
		return fmt.Errorf("fileformats: NULL value in non-nullable column '%s'", c.spec.Name)
	}
	return nil
}

func (c *colBase) typeError(v any) error {
	return fmt.Errorf("fileformats: column %q: cannot write %T as %s", c.spec.Name, v, c.spec.Type)
}

func (c *colBase) notInt() error {
	return fmt.Errorf("fileformats: column %q is not an int column", c.spec.Name)
}

// checkNulls reports a NULL in rows from..to of a NotNull column.
func (c *colBase) checkNulls(valid []bool) error {
	if valid == nil || !c.spec.NotNull {
		return nil
	}
	for _, ok := range valid {
		if !ok {
			return c.nullError()
		}
	}
	return nil
}

func sliceValid(c *Column, from, to int) []bool {
	if c.Valid == nil {
		return nil
	}
	return c.Valid[from:to]
}

type boolCol struct {
	colBase
	b *array.BooleanBuilder
}

func (c *boolCol) appendNull() error {
	c.b.AppendNull()
	return c.nullError()
}

func (c *boolCol) appendValue(v any) error {
	x, ok := v.(bool)
	if !ok {
		return c.typeError(v)
	}
	c.b.Append(x)
	return nil
}

func (c *boolCol) appendColumn(col *Column, from, to int) error {
	valid := sliceValid(col, from, to)
	c.b.AppendValues(col.Bools[from:to], valid)
	return c.checkNulls(valid)
}

func (c *boolCol) appendInts([]int64, []bool) error { return c.notInt() }
func (c *boolCol) build() arrow.Array               { return c.b.NewArray() }
func (c *boolCol) release()                         { c.b.Release() }

type floatCol struct {
	colBase
	b *array.Float64Builder
}

func (c *floatCol) appendNull() error {
	c.b.AppendNull()
	return c.nullError()
}

func (c *floatCol) appendValue(v any) error {
	x, ok := v.(float64)
	if !ok {
		return c.typeError(v)
	}
	c.b.Append(x)
	return nil
}

func (c *floatCol) appendColumn(col *Column, from, to int) error {
	valid := sliceValid(col, from, to)
	c.b.AppendValues(col.Floats[from:to], valid)
	return c.checkNulls(valid)
}

func (c *floatCol) appendInts([]int64, []bool) error { return c.notInt() }
func (c *floatCol) build() arrow.Array               { return c.b.NewArray() }
func (c *floatCol) release()                         { c.b.Release() }

type strCol struct {
	colBase
	b *array.StringBuilder
}

func (c *strCol) appendNull() error {
	c.b.AppendNull()
	return c.nullError()
}

func (c *strCol) appendValue(v any) error {
	x, ok := toString(v)
	if !ok {
		return c.typeError(v)
	}
	c.b.Append(x)
	return nil
}

func (c *strCol) appendColumn(col *Column, from, to int) error {
	valid := sliceValid(col, from, to)
	c.b.AppendValues(col.Strs[from:to], valid)
	return c.checkNulls(valid)
}

func (c *strCol) appendInts([]int64, []bool) error { return c.notInt() }
func (c *strCol) build() arrow.Array               { return c.b.NewArray() }
func (c *strCol) release()                         { c.b.Release() }

type dateCol struct {
	colBase
	b *array.Date32Builder
}

func (c *dateCol) appendNull() error {
	c.b.AppendNull()
	return c.nullError()
}

func (c *dateCol) appendValue(v any) error {
	x, ok := v.(querymodel.CalendarDate)
	if !ok {
		return c.typeError(v)
	}
	c.b.Append(arrow.Date32(dateToDays(x)))
	return nil
}

func (c *dateCol) appendColumn(col *Column, from, to int) error {
	valid := sliceValid(col, from, to)
	c.b.Reserve(to - from)
	for i := from; i < to; i++ {
		if valid != nil && !valid[i-from] {
			c.b.UnsafeAppendBoolToBitmap(false)
			continue
		}
		c.b.UnsafeAppend(arrow.Date32(dateToDays(col.Dates[i])))
	}
	return c.checkNulls(valid)
}

func (c *dateCol) appendInts([]int64, []bool) error { return c.notInt() }
func (c *dateCol) build() arrow.Array               { return c.b.NewArray() }
func (c *dateCol) release()                         { c.b.Release() }

// intCol writes ints to any Arrow integer type, checking the range.
type intCol struct {
	colBase
	b      array.Builder
	lo, hi int64
	put    func(int64)
	putAll func([]int64, []bool) // nil unless the type is int64
}

func newIntCol(base colBase, t arrow.DataType, mem memory.Allocator) *intCol {
	c := &intCol{colBase: base}
	c.b, c.lo, c.hi, c.put = intBuilder(t, mem)
	if b, ok := c.b.(*array.Int64Builder); ok {
		c.putAll = b.AppendValues
	}
	return c
}

// intBuilder returns a builder for an Arrow integer type, the range of
// values it holds and a function appending one value.
func intBuilder(t arrow.DataType, mem memory.Allocator) (array.Builder, int64, int64, func(int64)) {
	switch t.ID() {
	case arrow.INT8:
		b := array.NewInt8Builder(mem)
		return b, math.MinInt8, math.MaxInt8, func(v int64) { b.Append(int8(v)) }
	case arrow.INT16:
		b := array.NewInt16Builder(mem)
		return b, math.MinInt16, math.MaxInt16, func(v int64) { b.Append(int16(v)) }
	case arrow.INT32:
		b := array.NewInt32Builder(mem)
		return b, math.MinInt32, math.MaxInt32, func(v int64) { b.Append(int32(v)) }
	case arrow.UINT8:
		b := array.NewUint8Builder(mem)
		return b, 0, math.MaxUint8, func(v int64) { b.Append(uint8(v)) }
	case arrow.UINT16:
		b := array.NewUint16Builder(mem)
		return b, 0, math.MaxUint16, func(v int64) { b.Append(uint16(v)) }
	case arrow.UINT32:
		b := array.NewUint32Builder(mem)
		return b, 0, math.MaxUint32, func(v int64) { b.Append(uint32(v)) }
	case arrow.UINT64:
		b := array.NewUint64Builder(mem)
		return b, 0, math.MaxInt64, func(v int64) { b.Append(uint64(v)) }
	}
	b := array.NewInt64Builder(mem)
	return b, math.MinInt64, math.MaxInt64, b.Append
}

func (c *intCol) appendNull() error {
	c.b.AppendNull()
	return c.nullError()
}

func (c *intCol) appendValue(v any) error {
	x, ok := toInt64(v)
	if !ok {
		return c.typeError(v)
	}
	return c.appendOne(x)
}

func (c *intCol) appendOne(x int64) error {
	if x < c.lo || x > c.hi {
		// As pyarrow reports it, with the column the reference names.
		return fmt.Errorf("fileformats: Value %d too large to fit in C integer type\nError when writing column '%s'", x, c.spec.Name)
	}
	c.put(x)
	return nil
}

func (c *intCol) appendColumn(col *Column, from, to int) error {
	return c.appendInts(col.Ints[from:to], sliceValid(col, from, to))
}

func (c *intCol) appendInts(vs []int64, valid []bool) error {
	if err := c.checkNulls(valid); err != nil {
		return err
	}
	if c.putAll != nil {
		c.putAll(vs, valid)
		return nil
	}
	c.b.Reserve(len(vs))
	for i, v := range vs {
		if valid != nil && !valid[i] {
			c.b.AppendNull()
			continue
		}
		if err := c.appendOne(v); err != nil {
			return err
		}
	}
	return nil
}

func (c *intCol) build() arrow.Array { return c.b.NewArray() }
func (c *intCol) release()           { c.b.Release() }

// dictCol writes a categorical string column as dictionary indices into
// the fixed list of categories.
type dictCol struct {
	colBase
	typ   *arrow.DictionaryType
	dict  arrow.Array
	index map[string]int64
	idx   array.Builder
	put   func(int64)
}

func newDictCol(base colBase, t *arrow.DictionaryType, mem memory.Allocator) *dictCol {
	c := &dictCol{colBase: base, typ: t, index: make(map[string]int64, len(base.spec.Categories))}
	db := array.NewStringBuilder(mem)
	for i, v := range base.spec.Categories {
		s, _ := toString(v)
		db.Append(s)
		if _, dup := c.index[s]; !dup {
			c.index[s] = int64(i)
		}
	}
	c.dict = db.NewArray()
	db.Release()
	c.idx, _, _, c.put = intBuilder(t.IndexType, mem)
	return c
}

func (c *dictCol) appendNull() error {
	c.idx.AppendNull()
	return c.nullError()
}

func (c *dictCol) appendValue(v any) error {
	s, ok := toString(v)
	if !ok {
		return c.typeError(v)
	}
	return c.appendStr(s)
}

func (c *dictCol) appendStr(s string) error {
	i, ok := c.index[s]
	if !ok {
		var b []byte
		for j, cat := range c.spec.Categories {
			if j > 0 {
				b = append(b, ", "...)
			}
			b = appendPyRepr(b, cat)
		}
		return fmt.Errorf("fileformats: Invalid value %s for column '%s'\nAllowed are: %s", pyRepr(s), c.spec.Name, b)
	}
	c.put(i)
	return nil
}

func (c *dictCol) appendColumn(col *Column, from, to int) error {
	valid := sliceValid(col, from, to)
	if err := c.checkNulls(valid); err != nil {
		return err
	}
	c.idx.Reserve(to - from)
	for i := from; i < to; i++ {
		if valid != nil && !valid[i-from] {
			c.idx.AppendNull()
			continue
		}
		if err := c.appendStr(col.Strs[i]); err != nil {
			return err
		}
	}
	return nil
}

func (c *dictCol) appendInts([]int64, []bool) error { return c.notInt() }

func (c *dictCol) build() arrow.Array {
	indices := c.idx.NewArray()
	defer indices.Release()
	return array.NewDictionaryArray(c.typ, indices, c.dict)
}

func (c *dictCol) release() {
	c.idx.Release()
	c.dict.Release()
}
