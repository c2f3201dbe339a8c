package benchdata

import (
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/apache/arrow-go/v18/parquet"
	"github.com/apache/arrow-go/v18/parquet/compress"
	"github.com/apache/arrow-go/v18/parquet/file"
	"github.com/apache/arrow-go/v18/parquet/schema"
	"github.com/opensafely-go/opensafely/internal/exampledata"
	"github.com/opensafely-go/opensafely/internal/fileformats"
	"github.com/opensafely-go/opensafely/internal/querymodel"
)

// parquetRowGroup is the number of rows per Parquet row group (the reader
// turns each into one record batch).
const parquetRowGroup = 1 << 20

// WriteParquet writes tables into dir as <table>.parquet files
// (zstd-compressed, dates as DATE, strings and codes as UTF-8). Package
// fileformats only reads Parquet, so the benchmark writes its Parquet
// input here with arrow-go's low-level writer.
func WriteParquet(dir string, tables []exampledata.Table) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, t := range tables {
		if err := writeParquetTable(filepath.Join(dir, t.Name+".parquet"), t.Spec, t.Data); err != nil {
			return fmt.Errorf("benchdata: %s: %w", t.Name, err)
		}
	}
	return nil
}

func writeParquetTable(path string, specs []fileformats.ColumnSpec, t *fileformats.Table) (err error) {
	var fields schema.FieldList
	for _, s := range specs {
		rep := parquet.Repetitions.Optional
		if s.NotNull {
			rep = parquet.Repetitions.Required
		}
		var node schema.Node
		switch {
		case s.Type == querymodel.Int:
			node = schema.NewInt64Node(s.Name, rep, -1)
		case s.Type == querymodel.Float:
			node, err = schema.NewPrimitiveNode(s.Name, rep, parquet.Types.Double, -1, -1)
		case s.Type == querymodel.Date:
			node, err = schema.NewPrimitiveNodeLogical(s.Name, rep, schema.DateLogicalType{}, parquet.Types.Int32, -1, -1)
		default: // str and code types
			node, err = schema.NewPrimitiveNodeLogical(s.Name, rep, schema.StringLogicalType{}, parquet.Types.ByteArray, -1, -1)
		}
		if err != nil {
			return err
		}
		fields = append(fields, node)
	}
	root, err := schema.NewGroupNode("schema", parquet.Repetitions.Required, fields, -1)
	if err != nil {
		return err
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	// The Parquet writer closes f in Close; on an earlier error close it
	// here.
	defer func() {
		if err != nil {
			f.Close()
		}
	}()
	props := parquet.NewWriterProperties(parquet.WithCompression(compress.Codecs.Zstd), parquet.WithMaxRowGroupLength(parquetRowGroup))
	w := file.NewParquetWriter(f, root, file.WithWriterProps(props))
	n := len(t.PatientIDs)
	for from := 0; from < n || from == 0; from += parquetRowGroup {
		to := min(from+parquetRowGroup, n)
		rg := w.AppendRowGroup()
		for i := range specs {
			cw, err := rg.NextColumn()
			if err != nil {
				return err
			}
			if i == 0 {
				_, err = cw.(*file.Int64ColumnChunkWriter).WriteBatch(t.PatientIDs[from:to], nil, nil)
			} else {
				err = writeParquetColumn(cw, &t.Columns[i-1], from, to)
			}
			if err != nil {
				return err
			}
			if err := cw.Close(); err != nil {
				return err
			}
		}
		if err := rg.Close(); err != nil {
			return err
		}
		if n == 0 {
			break
		}
	}
	return w.Close()
}

// writeParquetColumn writes rows [from, to) of an optional column: the
// non-NULL values densely and one definition level per row.
func writeParquetColumn(cw file.ColumnChunkWriter, c *fileformats.Column, from, to int) error {
	def := make([]int16, to-from)
	var keep []int
	for i := from; i < to; i++ {
		if !c.IsNull(i) {
			def[i-from] = 1
			keep = append(keep, i)
		}
	}
	var err error
	switch w := cw.(type) {
	case *file.Int64ColumnChunkWriter:
		_, err = w.WriteBatch(dense(c.Ints, keep), def, nil)
	case *file.Float64ColumnChunkWriter:
		_, err = w.WriteBatch(dense(c.Floats, keep), def, nil)
	case *file.Int32ColumnChunkWriter:
		days := make([]int32, len(keep))
		for j, i := range keep {
			d := c.Dates[i]
			days[j] = int32(time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC).Unix() / 86400)
		}
		_, err = w.WriteBatch(days, def, nil)
	case *file.ByteArrayColumnChunkWriter:
		vals := make([]parquet.ByteArray, len(keep))
		for j, i := range keep {
			vals[j] = parquet.ByteArray(c.Strs[i])
		}
		_, err = w.WriteBatch(vals, def, nil)
	default:
		err = fmt.Errorf("unsupported column writer %T", cw)
	}
	return err
}

func dense[T any](values []T, keep []int) []T {
	out := make([]T, len(keep))
	for j, i := range keep {
		out[j] = values[i]
	}
	return out
}
