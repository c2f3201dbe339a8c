package fileformats

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/opensafely-go/opensafely/internal/querymodel"
)

func TestParseOutputPath(t *testing.T) {
	tests := []struct {
		arg  string
		want Output
	}{
		{"output/dataset.csv", Output{Path: "output/dataset.csv", Format: FormatCSV}},
		{"output/dataset.csv.gz", Output{Path: "output/dataset.csv.gz", Format: FormatCSVGZ}},
		{"./output//dataset.arrow", Output{Path: "output/dataset.arrow", Format: FormatArrow}},
		{"output/dir/:arrow", Output{Path: "output/dir", Format: FormatArrow, Dir: true}},
		{"output/dir:csv.gz", Output{Path: "output/dir", Format: FormatCSVGZ, Dir: true}},
		{":csv", Output{Path: ".", Format: FormatCSV, Dir: true}},
		{"/abs/x.v2.csv", Output{Path: "/abs/x.v2.csv", Format: FormatCSV}},
	}
	for _, tt := range tests {
		got, err := ParseOutputPath(tt.arg)
		if err != nil || got != tt.want {
			t.Errorf("ParseOutputPath(%q) = %+v, %v; want %+v", tt.arg, got, err, tt.want)
		}
	}

	bad := []struct{ arg, want string }{
		{"output/dataset", "No file format supplied\nTo write a single file use a file extension: `.arrow`, `.csv`, `.csv.gz`To write multiple files use a directory extension: `:arrow`, `:csv`, `:csv.gz`\n"},
		{"output/.csv", "No file format supplied\nTo write a single file use a file extension: `.arrow`, `.csv`, `.csv.gz`To write multiple files use a directory extension: `:arrow`, `:csv`, `:csv.gz`\n"},
		{"output/dataset.feather", "'.feather' is not a supported format, must be one of: `.arrow`, `.csv`, `.csv.gz`"},
		{"output/dataset.tar.gz", "'.tar.gz' is not a supported format, must be one of: `.arrow`, `.csv`, `.csv.gz`"},
		{"output/dataset.parquet", "'.parquet' is not a supported format, must be one of: `.arrow`, `.csv`, `.csv.gz`"},
		{"output/dir:dta", "':dta' is not a supported format, must be one of: `:arrow`, `:csv`, `:csv.gz`"},
		{"output/dir:", "':' is not a supported format, must be one of: `:arrow`, `:csv`, `:csv.gz`"},
	}
	for _, tt := range bad {
		_, err := ParseOutputPath(tt.arg)
		var pe *OutputPathError
		if !errors.As(err, &pe) || pe.Msg != tt.want {
			t.Errorf("ParseOutputPath(%q) error = %q, want %q", tt.arg, err, tt.want)
		}
	}
}

func TestParseOutputDir(t *testing.T) {
	for arg, want := range map[string]Output{
		"dummy":       {Path: "dummy", Format: FormatCSV, Dir: true},
		"dummy:arrow": {Path: "dummy", Format: FormatArrow, Dir: true},
		"a/b/:csv.gz": {Path: "a/b", Format: FormatCSVGZ, Dir: true},
	} {
		if got, err := ParseOutputDir(arg); err != nil || got != want {
			t.Errorf("ParseOutputDir(%q) = %+v, %v", arg, got, err)
		}
	}
	_, err := ParseOutputDir("dummy:xlsx")
	if err == nil || err.Error() != "':xlsx' is not a supported format, must be one of: `:arrow`, `:csv`, `:csv.gz`" {
		t.Errorf("got %v", err)
	}
}

var twoTables = []TableSpec{
	{Name: "dataset", Columns: []ColumnSpec{PatientIDSpec(), {Name: "age", Type: querymodel.Int}}},
	{Name: "events/ä b", Columns: []ColumnSpec{PatientIDSpec(), {Name: "date", Type: querymodel.Date}}},
}

func writeTwoTables(t *testing.T, out Output, console *bytes.Buffer) {
	t.Helper()
	ws, err := out.CreateTables(twoTables, console)
	if err != nil {
		t.Fatal(err)
	}
	writeRows(t, ws[0], [][]any{{int64(1), int64(30)}})
	writeRows(t, ws[1], [][]any{{int64(1), date(2020, 1, 1)}, {int64(1), nil}})
}

func TestDirectoryOutput(t *testing.T) {
	for _, f := range writeFormats {
		dir := t.TempDir()
		out, err := ParseOutputPath(filepath.Join(dir, "out") + "/:" + f.String())
		if err != nil {
			t.Fatal(err)
		}
		writeTwoTables(t, out, nil)
		want := []string{"dataset" + f.Ext(), "events%2F%C3%A4%20b" + f.Ext()}
		if got := listDir(t, filepath.Join(dir, "out")); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: files %v, want %v", f, got, want)
		}
		// And it reads back as a dummy-tables directory.
		tables, err := ReadTables(filepath.Join(dir, "out"), twoTables, ReadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if tables[1].Len() != 2 || tables[0].Columns[0].Ints[0] != 30 {
			t.Errorf("%s: read back %v %v", f, tableRows(tables[0]), tableRows(tables[1]))
		}
	}
}

func TestConsoleOutput(t *testing.T) {
	var buf bytes.Buffer
	writeTwoTables(t, Console, &buf)
	want := "dataset\npatient_id,age\r\n1,30\r\n\n\nevents/ä b\npatient_id,date\r\n1,2020-01-01\r\n1,\r\n"
	if buf.String() != want {
		t.Errorf("got %q, want %q", buf.String(), want)
	}
	// A single table has no name line.
	buf.Reset()
	w, err := Console.Create(twoTables[0].Columns, &buf)
	if err != nil {
		t.Fatal(err)
	}
	writeRows(t, w, [][]any{{int64(1), nil}})
	if want := "patient_id,age\r\n1,\r\n"; buf.String() != want {
		t.Errorf("got %q, want %q", buf.String(), want)
	}
}

func TestSingleFileOutputTakesOneTable(t *testing.T) {
	for arg, want := range map[string]string{
		"output/dataset.arrow": "Attempting to write 2 tables, but output only supports a single table\n  Instead of -> output/dataset.arrow\n         try -> output/dataset/:arrow",
		"dataset.csv.gz":       "Attempting to write 2 tables, but output only supports a single table\n  Instead of -> dataset.csv.gz\n         try -> dataset.csv/:gz",
	} {
		out, err := ParseOutputPath(arg)
		if err != nil {
			t.Fatal(err)
		}
		_, err = out.CreateTables(twoTables, nil)
		checkValidationError(t, err, want)
	}
}

func TestNoPartialFile(t *testing.T) {
	for _, ext := range []string{".csv", ".csv.gz", ".arrow"} {
		t.Run(ext, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "sub", "out"+ext)

			// An error before the first row: nothing is created, not even
			// the directory.
			w := mustCreate(t, path, allSpecs)
			w.Abort()
			if _, err := os.Stat(filepath.Join(dir, "sub")); !os.IsNotExist(err) {
				t.Errorf("directory created before the first row: %v", err)
			}

			// An existing file survives a failed rewrite untouched.
			writeFile(t, path, "previous")
			w = mustCreate(t, path, allSpecs)
			for _, r := range allRows {
				if err := w.WriteRow(r); err != nil {
					t.Fatal(err)
				}
			}
			// Rows are on disk under a temporary name only.
			if names := listDir(t, filepath.Join(dir, "sub")); len(names) != 2 {
				t.Errorf("files while writing: %v", names)
			}
			if b, _ := os.ReadFile(path); string(b) != "previous" {
				t.Errorf("destination changed before Close: %q", b)
			}
			w.Abort()
			if names := listDir(t, filepath.Join(dir, "sub")); !reflect.DeepEqual(names, []string{"out" + ext}) {
				t.Errorf("files after Abort: %v", names)
			}
			if b, _ := os.ReadFile(path); string(b) != "previous" {
				t.Errorf("destination changed by an aborted write: %q", b)
			}

			// A bad value fails the row; Close then fails and cleans up.
			os.Remove(path)
			w = mustCreate(t, path, allSpecs)
			if err := w.WriteRow(allRows[0]); err != nil {
				t.Fatal(err)
			}
			if err := w.WriteRow([]any{int64(1), "not a bool", nil, nil, nil, nil, nil, nil, nil}); err == nil {
				t.Fatal("bad value accepted")
			}
			if ext == ".arrow" {
				if err := w.Close(); err == nil {
					t.Error("Close succeeded after a failed row")
				}
			} else {
				w.Abort()
			}
			if names := listDir(t, filepath.Join(dir, "sub")); len(names) != 0 {
				t.Errorf("files left: %v", names)
			}
		})
	}
}

func TestWriterMisuse(t *testing.T) {
	w := mustCreate(t, filepath.Join(t.TempDir(), "x.csv"), allSpecs)
	if err := w.WriteRow([]any{int64(1)}); err == nil {
		t.Error("short row accepted")
	}
	if err := w.WriteTable(&Table{Columns: []Column{NewColumn("x", querymodel.Int, 0)}}); err == nil {
		t.Error("mismatched table accepted")
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if err := w.WriteRow(allRows[0]); err != errClosed {
		t.Errorf("write after close: %v", err)
	}
	if _, err := CreateFile("x.parquet", FormatParquet, allSpecs); err == nil {
		t.Error("parquet writer created")
	}
	if _, err := CreateFile("x.csv", FormatCSV, []ColumnSpec{{Name: "s", Type: querymodel.SetOf(querymodel.Int)}}); err == nil {
		t.Error("set column accepted")
	}
}
