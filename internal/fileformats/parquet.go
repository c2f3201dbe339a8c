package fileformats

import (
	"fmt"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/arrow/memory"
	"github.com/apache/arrow-go/v18/parquet"
	"github.com/apache/arrow-go/v18/parquet/file"
	"github.com/apache/arrow-go/v18/parquet/schema"
)

// Parquet files are read with arrow-go's low-level parquet/file package
// and turned into Arrow arrays, one record batch per row group, so that
// they go through the same checks as Arrow files. (The higher-level
// pqarrow package would do the conversion for us, but it links Arrow
// Flight and gRPC into every binary.) Only flat schemas of primitive
// columns are supported. Dictionary-encoded Parquet columns read as plain
// values.

type parquetSource struct {
	pf     *file.Reader
	sch    *arrow.Schema // the Arrow types pyarrow would give the columns
	mem    memory.Allocator
	wanted []int // leaf column indices to read
	rg     int   // next row group
	cur    arrow.RecordBatch
}

func openParquet(path string, mem memory.Allocator) (batchSource, error) {
	pf, err := file.OpenParquetFile(path, false)
	if err != nil {
		return nil, validationError(path, "Not a Parquet file: "+path)
	}
	ps := pf.MetaData().Schema
	root := ps.Root()
	if root.NumFields() != ps.NumColumns() {
		pf.Close()
		return nil, validationError(path, "Nested Parquet columns are not supported: "+path)
	}
	fields := make([]arrow.Field, ps.NumColumns())
	for i := range fields {
		col := ps.Column(i)
		fields[i] = arrow.Field{Name: col.Name(), Type: parquetArrowType(col), Nullable: col.MaxDefinitionLevel() > 0}
	}
	return &parquetSource{pf: pf, sch: arrow.NewSchema(fields, nil), mem: mem}, nil
}

// parquetArrowType maps a Parquet leaf column to the Arrow type pyarrow
// reads it as.
func parquetArrowType(col *schema.Column) arrow.DataType {
	if col.MaxRepetitionLevel() > 0 {
		return arrow.ListOf(arrow.Null)
	}
	lt := col.LogicalType()
	switch col.PhysicalType() {
	case parquet.Types.Boolean:
		return arrow.FixedWidthTypes.Boolean
	case parquet.Types.Int32, parquet.Types.Int64:
		switch t := lt.(type) {
		case schema.DateLogicalType:
			return arrow.FixedWidthTypes.Date32
		case schema.IntLogicalType:
			return intTypeOf(int(t.BitWidth()), t.IsSigned())
		case schema.TimestampLogicalType:
			unit := []arrow.TimeUnit{arrow.Millisecond, arrow.Microsecond, arrow.Nanosecond}[t.TimeUnit()]
			ts := &arrow.TimestampType{Unit: unit}
			if t.IsAdjustedToUTC() {
				ts.TimeZone = "UTC"
			}
			return ts
		case schema.TimeLogicalType:
			if col.PhysicalType() == parquet.Types.Int32 {
				return arrow.FixedWidthTypes.Time32ms
			}
			return arrow.FixedWidthTypes.Time64us
		case schema.DecimalLogicalType:
			return &arrow.Decimal128Type{Precision: t.Precision(), Scale: t.Scale()}
		}
		if col.PhysicalType() == parquet.Types.Int32 {
			return arrow.PrimitiveTypes.Int32
		}
		return arrow.PrimitiveTypes.Int64
	case parquet.Types.Int96:
		return &arrow.TimestampType{Unit: arrow.Nanosecond}
	case parquet.Types.Float:
		return arrow.PrimitiveTypes.Float32
	case parquet.Types.Double:
		return arrow.PrimitiveTypes.Float64
	case parquet.Types.ByteArray:
		switch lt.(type) {
		case schema.StringLogicalType, schema.EnumLogicalType, schema.JSONLogicalType:
			return arrow.BinaryTypes.String
		case schema.DecimalLogicalType:
			t := lt.(schema.DecimalLogicalType)
			return &arrow.Decimal128Type{Precision: t.Precision(), Scale: t.Scale()}
		}
		return arrow.BinaryTypes.Binary
	case parquet.Types.FixedLenByteArray:
		switch t := lt.(type) {
		case schema.Float16LogicalType:
			return arrow.FixedWidthTypes.Float16
		case schema.DecimalLogicalType:
			return &arrow.Decimal128Type{Precision: t.Precision(), Scale: t.Scale()}
		}
		return &arrow.FixedSizeBinaryType{ByteWidth: col.TypeLength()}
	}
	return arrow.Null
}

func intTypeOf(bits int, signed bool) arrow.DataType {
	switch {
	case bits == 8 && signed:
		return arrow.PrimitiveTypes.Int8
	case bits == 8:
		return arrow.PrimitiveTypes.Uint8
	case bits == 16 && signed:
		return arrow.PrimitiveTypes.Int16
	case bits == 16:
		return arrow.PrimitiveTypes.Uint16
	case bits == 32 && signed:
		return arrow.PrimitiveTypes.Int32
	case bits == 32:
		return arrow.PrimitiveTypes.Uint32
	case signed:
		return arrow.PrimitiveTypes.Int64
	}
	return arrow.PrimitiveTypes.Uint64
}

func (s *parquetSource) schema() *arrow.Schema { return s.sch }

// only restricts reading to the named columns.
func (s *parquetSource) only(names []string) {
	s.wanted = s.wanted[:0]
	for i, f := range s.sch.Fields() {
		for _, n := range names {
			if f.Name == n {
				s.wanted = append(s.wanted, i)
				break
			}
		}
	}
}

func (s *parquetSource) sizeHint(arrow.RecordBatch) int { return int(s.pf.NumRows()) }

func (s *parquetSource) next() (arrow.RecordBatch, error) {
	if s.cur != nil {
		s.cur.Release()
		s.cur = nil
	}
	if s.rg >= s.pf.NumRowGroups() {
		return nil, nil
	}
	rg := s.pf.RowGroup(s.rg)
	s.rg++
	n := rg.NumRows()
	fields := make([]arrow.Field, 0, len(s.wanted))
	arrays := make([]arrow.Array, 0, len(s.wanted))
	defer func() {
		for _, a := range arrays {
			a.Release()
		}
	}()
	for _, i := range s.wanted {
		cr, err := rg.Column(i)
		if err != nil {
			return nil, err
		}
		arr, err := readParquetColumn(cr, s.sch.Field(i).Type, n, s.mem)
		if err != nil {
			return nil, fmt.Errorf("column '%s': %w", s.sch.Field(i).Name, err)
		}
		fields = append(fields, arrow.Field{Name: s.sch.Field(i).Name, Type: arr.DataType(), Nullable: true})
		arrays = append(arrays, arr)
	}
	s.cur = array.NewRecordBatch(arrow.NewSchema(fields, nil), arrays, n)
	return s.cur, nil
}

func (s *parquetSource) close() {
	if s.cur != nil {
		s.cur.Release()
	}
	s.pf.Close()
}

// readParquetColumn reads a row group's column chunk into an Arrow array
// of a type that holds the same values as typ (ints widen to int64 unless
// unsigned 64-bit).
func readParquetColumn(cr file.ColumnChunkReader, typ arrow.DataType, n int64, mem memory.Allocator) (arrow.Array, error) {
	def := make([]int16, n)
	valid := func(count int64) []bool {
		v := make([]bool, count)
		maxDef := cr.Descriptor().MaxDefinitionLevel()
		for i := range v {
			v[i] = maxDef == 0 || def[i] == maxDef
		}
		return v
	}
	// spread places the k non-null values at the valid positions.
	switch r := cr.(type) {
	case *file.BooleanColumnChunkReader:
		vals := make([]bool, n)
		total, k, err := readAll(n, func(m int64, off int) (int64, int, error) { return r.ReadBatch(m, vals[off:], def[n-m:], nil) })
		if err != nil {
			return nil, err
		}
		b := array.NewBooleanBuilder(mem)
		defer b.Release()
		ok := valid(total)
		b.AppendValues(spread(vals[:k], ok), ok)
		return b.NewArray(), nil
	case *file.Int32ColumnChunkReader:
		vals := make([]int32, n)
		total, k, err := readAll(n, func(m int64, off int) (int64, int, error) { return r.ReadBatch(m, vals[off:], def[n-m:], nil) })
		if err != nil {
			return nil, err
		}
		ok := valid(total)
		vs := spread(vals[:k], ok)
		if typ.ID() == arrow.DATE32 {
			b := array.NewDate32Builder(mem)
			defer b.Release()
			for i, v := range vs {
				if ok[i] {
					b.Append(arrow.Date32(v))
				} else {
					b.AppendNull()
				}
			}
			return b.NewArray(), nil
		}
		unsigned := typ.ID() == arrow.UINT32
		b := array.NewInt64Builder(mem)
		defer b.Release()
		for i, v := range vs {
			switch {
			case !ok[i]:
				b.AppendNull()
			case unsigned:
				b.Append(int64(uint32(v)))
			default:
				b.Append(int64(v))
			}
		}
		return b.NewArray(), nil
	case *file.Int64ColumnChunkReader:
		vals := make([]int64, n)
		total, k, err := readAll(n, func(m int64, off int) (int64, int, error) { return r.ReadBatch(m, vals[off:], def[n-m:], nil) })
		if err != nil {
			return nil, err
		}
		ok := valid(total)
		vs := spread(vals[:k], ok)
		if typ.ID() == arrow.UINT64 {
			b := array.NewUint64Builder(mem)
			defer b.Release()
			for i, v := range vs {
				if ok[i] {
					b.Append(uint64(v))
				} else {
					b.AppendNull()
				}
			}
			return b.NewArray(), nil
		}
		b := array.NewInt64Builder(mem)
		defer b.Release()
		b.AppendValues(vs, ok)
		return b.NewArray(), nil
	case *file.Float32ColumnChunkReader:
		vals := make([]float32, n)
		total, k, err := readAll(n, func(m int64, off int) (int64, int, error) { return r.ReadBatch(m, vals[off:], def[n-m:], nil) })
		if err != nil {
			return nil, err
		}
		ok := valid(total)
		b := array.NewFloat32Builder(mem)
		defer b.Release()
		b.AppendValues(spread(vals[:k], ok), ok)
		return b.NewArray(), nil
	case *file.Float64ColumnChunkReader:
		vals := make([]float64, n)
		total, k, err := readAll(n, func(m int64, off int) (int64, int, error) { return r.ReadBatch(m, vals[off:], def[n-m:], nil) })
		if err != nil {
			return nil, err
		}
		ok := valid(total)
		b := array.NewFloat64Builder(mem)
		defer b.Release()
		b.AppendValues(spread(vals[:k], ok), ok)
		return b.NewArray(), nil
	case *file.ByteArrayColumnChunkReader:
		vals := make([]parquet.ByteArray, n)
		total, k, err := readAll(n, func(m int64, off int) (int64, int, error) { return r.ReadBatch(m, vals[off:], def[n-m:], nil) })
		if err != nil {
			return nil, err
		}
		ok := valid(total)
		vs := spread(vals[:k], ok)
		b := array.NewStringBuilder(mem)
		defer b.Release()
		for i, v := range vs {
			if ok[i] {
				b.BinaryBuilder.Append(v)
			} else {
				b.AppendNull()
			}
		}
		return b.NewArray(), nil
	}
	return nil, fmt.Errorf("unsupported Parquet type %s", pyarrowTypeName(typ))
}

// readAll calls read until n levels have been read, returning the levels
// and values read.
func readAll(n int64, read func(remaining int64, valuesOffset int) (int64, int, error)) (int64, int, error) {
	var total int64
	values := 0
	for total < n {
		t, v, err := read(n-total, values)
		if err != nil {
			return 0, 0, err
		}
		if t == 0 {
			break
		}
		total += t
		values += v
	}
	return total, values, nil
}

// spread expands dense non-null values to one slot per row.
func spread[T any](dense []T, ok []bool) []T {
	if len(dense) == len(ok) {
		return dense
	}
	out := make([]T, len(ok))
	j := 0
	for i, valid := range ok {
		if valid {
			out[i] = dense[j]
			j++
		}
	}
	return out
}
