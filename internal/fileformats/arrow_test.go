package fileformats

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/ipc"
	"github.com/opensafely-go/opensafely/internal/querymodel"
)

func TestSmallestIntType(t *testing.T) {
	tests := []struct {
		lo, hi int64
		want   string
	}{
		{0, 1, "uint8"},
		{0, 255, "uint8"},
		{0, 256, "uint16"},
		{0, 65535, "uint16"},
		{0, 65536, "uint32"},
		{0, 1<<32 - 1, "uint32"},
		{0, 1 << 32, "uint64"},
		{-1, 0, "int8"},
		{-1, 127, "int8"},
		{-1, 128, "int16"},
		{-127, 5, "int8"},
		{-128, 5, "int16"}, // the reference sizes by |min|, a quirk we keep
		{-32767, 0, "int16"},
		{-32768, 0, "int32"},
		{-1, 1<<31 - 1, "int32"},
		{-1, 1 << 31, "int64"},
		{-1 << 63, 1<<63 - 1, "int64"},
		{5, 10, "uint8"},
	}
	for _, tt := range tests {
		if got := smallestIntType(tt.lo, tt.hi).String(); got != tt.want {
			t.Errorf("smallestIntType(%d, %d) = %s, want %s", tt.lo, tt.hi, got, tt.want)
		}
	}
}

func categories(n int) []any {
	out := make([]any, n)
	for i := range out {
		out[i] = strings.Repeat("x", i+1)
	}
	return out
}

func TestArrowSchema(t *testing.T) {
	specs := []ColumnSpec{
		PatientIDSpec(),
		{Name: "b", Type: querymodel.Bool},
		{Name: "i", Type: querymodel.Int},
		{Name: "count", Type: querymodel.Int, Range: CountRange()},
		{Name: "age", Type: querymodel.Int, Range: &IntRange{Min: 0, Max: 120}},
		{Name: "signed", Type: querymodel.Int, Range: &IntRange{Min: -10, Max: 1000}},
		{Name: "f", Type: querymodel.Float},
		{Name: "s", Type: querymodel.Str},
		{Name: "d", Type: querymodel.Date},
		{Name: "cat1", Type: querymodel.Str, Categories: categories(1)},
		{Name: "cat128", Type: querymodel.Str, Categories: categories(128)},
		{Name: "cat129", Type: querymodel.Str, Categories: categories(129)},
		{Name: "catint", Type: querymodel.Int, Categories: []any{1, 2}},
		{Name: "notnull", Type: querymodel.Float, NotNull: true},
	}
	want := `schema:
  fields: 14
    - patient_id: type=int64
    - b: type=bool, nullable
    - i: type=int64, nullable
    - count: type=uint16, nullable
    - age: type=uint8, nullable
    - signed: type=int16, nullable
    - f: type=float64, nullable
    - s: type=utf8, nullable
    - d: type=date32, nullable
    - cat1: type=dictionary<values=utf8, indices=int8, ordered=true>, nullable
    - cat128: type=dictionary<values=utf8, indices=int8, ordered=true>, nullable
    - cat129: type=dictionary<values=utf8, indices=int16, ordered=true>, nullable
    - catint: type=int64, nullable
    - notnull: type=float64`
	if got := ArrowSchema(specs).String(); got != want {
		t.Errorf("schema:\n%s\nwant:\n%s", got, want)
	}

	// The file carries that schema and the full category list even when
	// few categories are used.
	path := filepath.Join(t.TempDir(), "s.arrow")
	w := mustCreate(t, path, specs)
	row := []any{int64(1), true, int64(2), int64(3), int64(4), int64(-5), 1.5, "s", date(2020, 1, 1), "x", "xx", nil, int64(1), 0.5}
	writeRows(t, w, [][]any{row})
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r, err := ipc.NewFileReader(f)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if got := r.Schema().String(); got != want {
		t.Errorf("file schema:\n%s\nwant:\n%s", got, want)
	}
	rec, err := r.RecordBatch(0)
	if err != nil {
		t.Fatal(err)
	}
	dict := rec.Column(10).(interface{ Dictionary() arrow.Array }).Dictionary()
	if dict.Len() != 128 {
		t.Errorf("dictionary has %d values, want all 128 categories", dict.Len())
	}
}

func TestArrowIsIPCFileWithZstd(t *testing.T) {
	specs := []ColumnSpec{PatientIDSpec(), {Name: "v", Type: querymodel.Int}}
	path := filepath.Join(t.TempDir(), "z.arrow")
	w := mustCreate(t, path, specs)
	for i := range 3 * RowsPerBatch {
		if err := w.WriteRow([]any{int64(i), int64(7)}); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	// IPC file format: magic at both ends.
	if !bytes.HasPrefix(data, []byte("ARROW1\x00\x00")) || !bytes.HasSuffix(data, []byte("ARROW1")) {
		t.Errorf("not an Arrow IPC file")
	}
	// Buffers are zstd frames (magic 28 b5 2f fd), and 192,000 rows of two
	// int64 columns shrink far below their 3 MB.
	if !bytes.Contains(data, []byte{0x28, 0xb5, 0x2f, 0xfd}) {
		t.Errorf("no zstd frame in the file")
	}
	if len(data) > 1<<20 {
		t.Errorf("file is %d bytes: not compressed", len(data))
	}
	f, _ := os.Open(path)
	defer f.Close()
	r, err := ipc.NewFileReader(f)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if r.NumRecords() != 3 {
		t.Errorf("%d record batches, want 3", r.NumRecords())
	}
	for i := range r.NumRecords() {
		rec, _ := r.RecordBatch(i)
		if rec.NumRows() != RowsPerBatch {
			t.Errorf("batch %d has %d rows", i, rec.NumRows())
		}
	}
}

func TestArrowWriteErrors(t *testing.T) {
	specs := []ColumnSpec{
		PatientIDSpec(),
		{Name: "cat", Type: querymodel.Str, Categories: []any{"a", "b"}},
		{Name: "n", Type: querymodel.Int, Range: CountRange()},
	}
	tests := []struct {
		row  []any
		want string
	}{
		{[]any{int64(1), "c", nil}, "fileformats: Invalid value 'c' for column 'cat'\nAllowed are: 'a', 'b'"},
		{[]any{int64(1), nil, int64(70000)}, "fileformats: Value 70000 too large to fit in C integer type\nError when writing column 'n'"},
		{[]any{nil, nil, nil}, "fileformats: NULL value in non-nullable column 'patient_id'"},
		{[]any{int64(1), 5, nil}, `fileformats: column "cat": cannot write int as str`},
	}
	for _, tt := range tests {
		dir := t.TempDir()
		w := mustCreate(t, filepath.Join(dir, "x.arrow"), specs)
		err := w.WriteRow(tt.row)
		if err == nil || err.Error() != tt.want {
			t.Errorf("WriteRow(%v) = %v, want %q", tt.row, err, tt.want)
		}
		// The writer stays failed, and nothing is left behind.
		if err := w.Close(); err == nil {
			t.Errorf("Close after a failed row succeeded")
		}
		if names := listDir(t, dir); len(names) != 0 {
			t.Errorf("files left: %v", names)
		}
	}
}

func TestArrowCategoriesValidation(t *testing.T) {
	dir := t.TempDir()
	wide := []ColumnSpec{PatientIDSpec(), {Name: "cat", Type: querymodel.Str, Categories: []any{"a", "b", "zzz"}}}
	plain := []ColumnSpec{PatientIDSpec(), {Name: "cat", Type: querymodel.Str}}
	writeRows(t, mustCreate(t, filepath.Join(dir, "dict.arrow"), wide), [][]any{{int64(1), "a"}})
	writeRows(t, mustCreate(t, filepath.Join(dir, "plain.arrow"), plain), [][]any{{int64(1), "b"}, {int64(2), "q"}, {int64(3), nil}, {int64(4), "a"}})
	narrow := []ColumnSpec{PatientIDSpec(), {Name: "cat", Type: querymodel.Str, Categories: []any{"a", "b"}}}

	// A dictionary is judged by its whole value list, used or not.
	_, err := ReadTable(filepath.Join(dir, "dict.arrow"), narrow, ReadOptions{})
	checkValidationError(t, err, "Unexpected categories in column 'cat'\n  Categories: a, b, zzz\n  Expected: a, b\n")
	// A plain column by its sorted distinct values.
	_, err = ReadTable(filepath.Join(dir, "plain.arrow"), narrow, ReadOptions{})
	checkValidationError(t, err, "Unexpected categories in column 'cat'\n  Categories: a, b, q\n  Expected: a, b\n")
	// A subset is fine.
	if _, err := ReadTable(filepath.Join(dir, "dict.arrow"), []ColumnSpec{PatientIDSpec(), {Name: "cat", Type: querymodel.Str, Categories: []any{"zzz", "b", "a", "c"}}}, ReadOptions{}); err != nil {
		t.Error(err)
	}
}

func TestArrowNullPatientID(t *testing.T) {
	dir := t.TempDir()
	loose := []ColumnSpec{{Name: "patient_id", Type: querymodel.Int}, {Name: "v", Type: querymodel.Int}}
	path := filepath.Join(dir, "p.arrow")
	writeRows(t, mustCreate(t, path, loose), [][]any{{int64(1), int64(1)}, {nil, int64(2)}})
	_, err := ReadTable(path, []ColumnSpec{PatientIDSpec(), {Name: "v", Type: querymodel.Int}}, ReadOptions{})
	fe := checkValidationError(t, err, "row 2: NULL value in non-nullable column 'patient_id'")
	if fe.Row != 2 || fe.Path != path {
		t.Errorf("row %d path %q", fe.Row, fe.Path)
	}
}

func TestNotArrowFile(t *testing.T) {
	path := writeFile(t, filepath.Join(t.TempDir(), "bad.arrow"), "patient_id\n1\n")
	_, err := ReadTable(path, []ColumnSpec{PatientIDSpec()}, ReadOptions{})
	checkValidationError(t, err, "Not an Arrow IPC file: "+path)
	path = writeFile(t, filepath.Join(t.TempDir(), "bad.parquet"), "patient_id\n1\n")
	_, err = ReadTable(path, []ColumnSpec{PatientIDSpec()}, ReadOptions{})
	checkValidationError(t, err, "Not a Parquet file: "+path)
}
