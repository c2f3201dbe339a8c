package fileformats

import (
	"bytes"
	"io"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/klauspost/compress/gzip"
	"github.com/opensafely-go/opensafely/internal/querymodel"
)

func TestCSVRecordsMatchPython(t *testing.T) {
	// Expected records from Python's csv.reader over io.StringIO(input,
	// newline="").
	tests := []struct {
		in   string
		want [][]string
	}{
		{"a,b\r\nc,d\r\n", [][]string{{"a", "b"}, {"c", "d"}}},
		{"a,b\nc,d", [][]string{{"a", "b"}, {"c", "d"}}},
		{"a,b\rc,d\r", [][]string{{"a", "b"}, {"c", "d"}}},
		{"\n\na\n", [][]string{{}, {}, {"a"}}},
		{"x,\"q\"\"uote\",y\n", [][]string{{"x", "q\"uote", "y"}}},
		{"\"multi\nline\",2\r\n", [][]string{{"multi\nline", "2"}}},
		{"a\"b,c\n", [][]string{{"a\"b", "c"}}},
		{"\"ab\"c,d\n", [][]string{{"abc", "d"}}},
		{"\"unterminated", [][]string{{"unterminated"}}},
		{"a,\n,b\n,\n", [][]string{{"a", ""}, {"", "b"}, {"", ""}}},
		{"\"\",\"\"\n", [][]string{{"", ""}}},
		{"a,\"b\"\r\r\nc", [][]string{{"a", "b"}, {}, {"c"}}},
		{"\"x\"\r", [][]string{{"x"}}},
		{"ab\r\n\r\ncd", [][]string{{"ab"}, {}, {"cd"}}},
		{"\"a\"\"", [][]string{{"a\""}}},
		{" a , b ", [][]string{{" a ", " b "}}},
		{"", nil},
	}
	for _, tt := range tests {
		r := newCSVRecords(strings.NewReader(tt.in))
		var got [][]string
		for r.next() {
			rec := []string{}
			for i := range r.len() {
				rec = append(rec, r.fieldStr(i))
			}
			got = append(got, rec)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%q: got %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCSVWriterQuoting(t *testing.T) {
	specs := []ColumnSpec{{Name: "only", Type: querymodel.Str}}
	var buf bytes.Buffer
	w, _ := NewCSVWriter(&buf, specs)
	writeRows(t, w, [][]any{{"x"}, {nil}, {""}, {"a,b"}, {"tab\there"}})
	// A lone empty field is quoted, as Python's csv module does.
	want := "only\r\nx\r\n\"\"\r\n\"\"\r\n\"a,b\"\r\ntab\there\r\n"
	if buf.String() != want {
		t.Errorf("got %q, want %q", buf.String(), want)
	}
}

func TestCSVGzip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "out.csv.gz")
	writeRows(t, mustCreate(t, path, allSpecs), allRows)
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	if zr.Name != "out.csv" {
		t.Errorf("gzip name %q", zr.Name)
	}
	got, _ := io.ReadAll(zr)
	want, _ := os.ReadFile("testdata/golden_all.csv")
	if !bytes.Equal(got, want) {
		t.Errorf("decompressed %q", got)
	}
}

// csvSpecs has a column of every type plus categoricals.
var csvSpecs = []ColumnSpec{
	PatientIDSpec(),
	{Name: "b", Type: querymodel.Bool},
	{Name: "i", Type: querymodel.Int},
	{Name: "f", Type: querymodel.Float},
	{Name: "d", Type: querymodel.Date},
	{Name: "cat", Type: querymodel.Str, Categories: []any{"a", "b"}},
	{Name: "ci", Type: querymodel.Int, Categories: []any{int64(1), 2}},
	{Name: "it's", Type: querymodel.Str},
}

func TestCSVValidationMessages(t *testing.T) {
	header := "patient_id,b,i,f,d,cat,ci,it's\n"
	good := "1,T,1,1.5,2020-01-01,a,1,x\n"
	tests := []struct {
		name, body, want string
		row              int
	}{
		{"missing columns", "patient_id,i,cat\n1,2,a\n", "Missing columns: b, f, d, ci, it's", 0},
		{"short row", header + good + "2,T,1\n", "row 2: expected 8 columns but got 3", 2},
		{"long row", header + "2,T,1,1,2020-01-01,a,1,x,extra\n", "row 1: expected 8 columns but got 9", 1},
		{"blank line", header + good + "\n" + good, "row 2: expected 8 columns but got 0", 2},
		{"null patient", header + ",T,1,1.5,2020-01-01,a,1,x\n", "row 1: NULL value in non-nullable column 'patient_id'", 1},
		{"bool", header + good + good + "3,true,1,1.5,2020-01-01,a,1,x\n", "row 3: column 'b': invalid boolean, must be 'T' or 'F'", 3},
		{"int", header + "1,T,1.5,1.5,2020-01-01,a,1,x\n", "row 1: column 'i': invalid literal for int() with base 10: '1.5'", 1},
		{"patient id", header + "x,T,1,1.5,2020-01-01,a,1,x\n", "row 1: column 'patient_id': invalid literal for int() with base 10: 'x'", 1},
		{"float", header + "1,T,1,abc,2020-01-01,a,1,x\n", "row 1: column 'f': could not convert string to float: 'abc'", 1},
		{"date format", header + "1,T,1,1,2020/01/01,a,1,x\n", "row 1: column 'd': Invalid isoformat string: '2020/01/01'", 1},
		{"date day", header + "1,T,1,1,2021-02-29,a,1,x\n", "row 1: column 'd': day is out of range for month", 1},
		{"date month", header + "1,T,1,1,2021-13-01,a,1,x\n", "row 1: column 'd': month must be in 1..12", 1},
		{"category", header + "1,T,1,1,2021-01-01,c,1,x\n", "row 1: column 'cat': 'c' not in valid categories: 'a', 'b'", 1},
		{"int category", header + "1,T,1,1,2021-01-01,a,3,x\n", "row 1: column 'ci': '3' not in valid categories: 1, 2", 1},
		{"int category type", header + "1,T,1,1,2021-01-01,a,one,x\n", "row 1: column 'ci': invalid literal for int() with base 10: 'one'", 1},
		{"row beyond ten", header + strings.Repeat(good, 11) + "1,T,1,1,2021-01-01,a,1\n", "row 12: expected 8 columns but got 7", 12},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeFile(t, filepath.Join(t.TempDir(), "data.csv"), tt.body)
			_, err := ReadTable(path, csvSpecs, ReadOptions{})
			fe := checkValidationError(t, err, tt.want)
			if fe.Row != tt.row || fe.Path != path {
				t.Errorf("row %d path %q, want row %d path %q", fe.Row, fe.Path, tt.row, path)
			}
			if want := path + ": " + tt.want; fe.Error() != want {
				t.Errorf("Error() = %q, want %q", fe.Error(), want)
			}
		})
	}
}

func TestCSVNameRepr(t *testing.T) {
	// Column names appear as Python reprs: double quotes for a name with a
	// single quote.
	path := writeFile(t, filepath.Join(t.TempDir(), "data.csv"), "patient_id,it's\n1,x\n")
	specs := []ColumnSpec{PatientIDSpec(), {Name: "it's", Type: querymodel.Int}}
	_, err := ReadTable(path, specs, ReadOptions{})
	checkValidationError(t, err, `row 1: column "it's": invalid literal for int() with base 10: 'x'`)
}

func TestCSVMissingAndExtraColumns(t *testing.T) {
	path := writeFile(t, filepath.Join(t.TempDir(), "t.csv"),
		"extra,i,patient_id,i\nzz,5,2,6\nzz,,1,7\n")
	specs := []ColumnSpec{PatientIDSpec(), {Name: "i", Type: querymodel.Int}, {Name: "gone", Type: querymodel.Date}}
	// Without AllowMissingColumns every column is required.
	_, err := ReadTable(path, specs, ReadOptions{})
	checkValidationError(t, err, "Missing columns: gone")
	// With it, missing columns are NULL, extra ones ignored and a repeated
	// header uses its first occurrence.
	tbl, err := ReadTable(path, specs, DummyTablesOptions)
	if err != nil {
		t.Fatal(err)
	}
	want := [][]any{{int64(1), nil, nil}, {int64(2), int64(5), nil}}
	if !sameRows(tableRows(tbl), want) {
		t.Errorf("got %v, want %v", tableRows(tbl), want)
	}
	// patient_id is always required.
	path = writeFile(t, filepath.Join(t.TempDir(), "t.csv"), "i\n1\n")
	_, err = ReadTable(path, specs, DummyTablesOptions)
	checkValidationError(t, err, "Missing columns: patient_id")
}

func TestCSVParsesLikePython(t *testing.T) {
	path := writeFile(t, filepath.Join(t.TempDir(), "t.csv"),
		"patient_id,i,f,d\n"+
			" 7 ,1_000,1_000.5,20200102\n"+
			"+8,-0,  inf ,2020-W01-1\n"+
			"9,００７,-1E+05,2020W53\n")
	specs := []ColumnSpec{PatientIDSpec(), {Name: "i", Type: querymodel.Int}, {Name: "f", Type: querymodel.Float}, {Name: "d", Type: querymodel.Date}}
	tbl, err := ReadTable(path, specs, ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := [][]any{
		{int64(7), int64(1000), 1000.5, date(2020, 1, 2)},
		{int64(8), int64(0), math.Inf(1), date(2019, 12, 30)},
		{int64(9), int64(7), -1e5, date(2020, 12, 28)},
	}
	if !sameRows(tableRows(tbl), want) {
		t.Errorf("got %v, want %v", tableRows(tbl), want)
	}
}

func TestCSVBOMIsPartOfHeader(t *testing.T) {
	// As in the reference, which opens files as plain UTF-8.
	path := writeFile(t, filepath.Join(t.TempDir(), "t.csv"), "\ufeffpatient_id\n1\n")
	_, err := ReadTable(path, []ColumnSpec{PatientIDSpec()}, ReadOptions{})
	checkValidationError(t, err, "Missing columns: patient_id")
}

func TestCSVEmptyFile(t *testing.T) {
	path := writeFile(t, filepath.Join(t.TempDir(), "t.csv"), "")
	_, err := ReadTable(path, []ColumnSpec{PatientIDSpec()}, ReadOptions{})
	checkValidationError(t, err, "Missing columns: patient_id")
}

func TestNotGzip(t *testing.T) {
	path := writeFile(t, filepath.Join(t.TempDir(), "t.csv.gz"), "patient_id\n1\n")
	_, err := ReadTable(path, []ColumnSpec{PatientIDSpec()}, ReadOptions{})
	checkValidationError(t, err, "Not a gzipped file: "+path)
}

func TestCSVCategoriesOfEveryType(t *testing.T) {
	// Literal values make categorical columns of any type (spec §2.10).
	specs := []ColumnSpec{
		PatientIDSpec(),
		{Name: "b", Type: querymodel.Bool, Categories: []any{true}},
		{Name: "f", Type: querymodel.Float, Categories: []any{0.5, int64(2)}},
		{Name: "d", Type: querymodel.Date, Categories: []any{date(2020, 1, 1)}},
		{Name: "i", Type: querymodel.Int, Categories: []any{1.0, false}},
	}
	dir := t.TempDir()
	ok := writeFile(t, filepath.Join(dir, "ok.csv"), "patient_id,b,f,d,i\n1,T,0.5,2020-01-01,1\n2,,2,,0\n")
	if _, err := ReadTable(ok, specs, ReadOptions{}); err != nil {
		t.Fatal(err)
	}
	for body, want := range map[string]string{
		"1,F,0.5,2020-01-01,1":  "row 1: column 'b': 'F' not in valid categories: True",
		"1,T,0.25,2020-01-01,1": "row 1: column 'f': '0.25' not in valid categories: 0.5, 2",
		"1,T,0.5,2020-01-02,1":  "row 1: column 'd': '2020-01-02' not in valid categories: datetime.date(2020, 1, 1)",
		"1,T,0.5,2020-01-01,2":  "row 1: column 'i': '2' not in valid categories: 1.0, False",
	} {
		path := writeFile(t, filepath.Join(dir, "bad.csv"), "patient_id,b,f,d,i\n"+body+"\n")
		_, err := ReadTable(path, specs, ReadOptions{})
		checkValidationError(t, err, want)
	}
}

func TestWriteTableNullInNotNullColumn(t *testing.T) {
	specs := []ColumnSpec{{Name: "v", Type: querymodel.Float, NotNull: true}}
	col := NewColumn("v", querymodel.Float, 2)
	col.Append(1.0)
	col.AppendNull()
	w := mustCreate(t, filepath.Join(t.TempDir(), "x.arrow"), specs)
	err := w.WriteTable(&Table{Columns: []Column{col}})
	if err == nil || err.Error() != "fileformats: NULL value in non-nullable column 'v'" {
		t.Errorf("got %v", err)
	}
	w.Abort()
}
