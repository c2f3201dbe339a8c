package debug

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/opensafely-go/opensafely/internal/fileformats"
	"github.com/opensafely-go/opensafely/internal/loader"
	"github.com/opensafely-go/opensafely/internal/tables"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/study/golden")

// runStudy runs a definition of testdata/study over its dummy tables and
// returns what it printed.
func runStudy(t *testing.T, def string, f Format, args ...string) (string, error) {
	t.Helper()
	t.Chdir(filepath.Join("testdata", "study"))
	var log bytes.Buffer
	err := Run(context.Background(), Options{
		Definition:  def,
		UserArgs:    args,
		DummyTables: "dummy_tables",
		Format:      f,
		Log:         &log,
	})
	return log.String(), err
}

func TestGolden(t *testing.T) {
	cases := []struct {
		def    string
		format Format
		args   []string
		golden string
	}{
		{"analysis/shows.py", ASCII, []string{"--cohort", "index"}, "shows.ascii"},
		{"analysis/shows.py", HTML, nil, "shows.html"},
		{"analysis/inline.py", ASCII, nil, "inline.ascii"},
	}
	for _, c := range cases {
		t.Run(c.golden, func(t *testing.T) {
			got, err := runStudy(t, c.def, c.format, c.args...)
			if err != nil {
				t.Fatalf("Run: %v\noutput:\n%s", err, got)
			}
			path := filepath.Join("golden", c.golden)
			if *update {
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if got != string(want) {
				t.Errorf("output differs from %s (rerun with -update to accept):\ngot:\n%s\nwant:\n%s", path, got, want)
			}
		})
	}
}

func TestHTMLTablesAreWellFormed(t *testing.T) {
	got, err := runStudy(t, "analysis/shows.py", HTML)
	if err != nil {
		t.Fatal(err)
	}
	tables := 0
	for _, line := range strings.Split(got, "\n") {
		if !strings.HasPrefix(line, "<table>") {
			continue
		}
		tables++
		var tbl struct {
			Head []string `xml:"thead>th"`
			Rows []struct {
				Cells []string `xml:"td"`
			} `xml:"tbody>tr"`
		}
		if err := xml.Unmarshal([]byte(line), &tbl); err != nil {
			t.Fatalf("not well-formed: %v\n%s", err, line)
		}
		if len(tbl.Head) == 0 || tbl.Head[0] != "patient_id" {
			t.Errorf("header %q does not start with patient_id", tbl.Head)
		}
		for _, r := range tbl.Rows {
			if len(r.Cells) != len(tbl.Head) {
				t.Errorf("row %q has %d cells, header has %d", r.Cells, len(r.Cells), len(tbl.Head))
			}
		}
	}
	if tables != 19 {
		t.Errorf("got %d HTML tables, want 19", tables)
	}
	if strings.Contains(got, "---") {
		t.Error("HTML output contains an ASCII table")
	}
}

func TestErrors(t *testing.T) {
	t.Run("series of different domains", func(t *testing.T) {
		out, err := runStudy(t, "analysis/mixed.py", ASCII)
		var de *loader.DefinitionError
		if !errors.As(err, &de) || !strings.Contains(err.Error(), "TypeError: show() shows either one thing or several series") {
			t.Fatalf("got error %v, want a definition error raising TypeError", err)
		}
		if out != "shown before the error\nShow line 5:\n" {
			t.Errorf("output %q", out)
		}
	})
	t.Run("bad definition", func(t *testing.T) {
		out, err := runStudy(t, "analysis/broken.py", ASCII)
		var de *loader.DefinitionError
		if !errors.As(err, &de) || !strings.Contains(err.Error(), "line 5") {
			t.Fatalf("got error %v, want a definition error at line 5", err)
		}
		if !strings.HasPrefix(out, "Show line 4:\npatient_id        | value\n") {
			t.Errorf("the show() before the error was not printed: %q", out)
		}
	})
	t.Run("missing dummy table", func(t *testing.T) {
		_, err := runStudy(t, "analysis/missing_table.py", ASCII)
		var fv *fileformats.FileValidationError
		if !errors.As(err, &fv) || !strings.Contains(err.Error(), "medications") {
			t.Fatalf("got error %v, want a FileValidationError naming medications", err)
		}
	})
}

func TestTableRender(t *testing.T) {
	tbl := &Table{
		Columns: []string{"patient_id", "value"},
		Rows:    [][]string{{"1", "a"}, {"2", ""}, {"3", "a value longer than seventeen"}},
	}
	cases := []struct {
		name       string
		format     Format
		head, tail int
		want       string
	}{
		{"whole", ASCII, 0, 0, "" +
			"patient_id        | value\n" +
			"------------------+------------------\n" +
			"1                 | a\n" +
			"2                 |\n" +
			"3                 | a value longer than seventeen\n\n"},
		{"head and tail cover every row", ASCII, 2, 1, "" +
			"patient_id        | value\n" +
			"------------------+------------------\n" +
			"1                 | a\n" +
			"2                 |\n" +
			"3                 | a value longer than seventeen\n\n"},
		{"head", ASCII, 1, 0, "" +
			"patient_id        | value\n" +
			"------------------+------------------\n" +
			"1                 | a\n" +
			"...               | ...\n"},
		{"tail", ASCII, 0, 1, "" +
			"patient_id        | value\n" +
			"------------------+------------------\n" +
			"...               | ...\n" +
			"3                 | a value longer than seventeen\n"},
		{"html head and tail", HTML, 1, 1, "<table><thead><th>patient_id</th><th>value</th></thead><tbody>" +
			"<tr><td>1</td><td>a</td></tr><tr><td>...</td><td>...</td></tr>" +
			"<tr><td>3</td><td>a value longer than seventeen</td></tr></tbody></table>\n"},
	}
	for _, c := range cases {
		if got := tbl.Render(c.format, c.head, c.tail); got != c.want {
			t.Errorf("%s:\ngot:\n%q\nwant:\n%q", c.name, got, c.want)
		}
	}

	empty := &Table{Columns: []string{"patient_id", "x"}}
	if got, want := empty.Render(ASCII, 0, 0), "patient_id        | x\n------------------+------------------\n\n"; got != want {
		t.Errorf("empty table: got %q, want %q", got, want)
	}
	escaped := &Table{Columns: []string{"patient_id", "a<b"}, Rows: [][]string{{"1", "x & <y>"}}}
	if got, want := escaped.Render(HTML, 0, 0), "<table><thead><th>patient_id</th><th>a&lt;b</th></thead><tbody><tr><td>1</td><td>x &amp; &lt;y&gt;</td></tr></tbody></table>\n"; got != want {
		t.Errorf("html escaping: got %q, want %q", got, want)
	}
}

func TestRenderText(t *testing.T) {
	cases := []struct {
		text       string
		head, tail int
		want       string
	}{
		{"42", 0, 0, "42\n"},
		{"42", 1, 1, "42\n"},
		{"a\nb\nc\nd", 1, 1, "a\n...\nd\n"},
		{"a\nb\nc\nd", 2, 0, "a\nb\n...\n"},
	}
	for _, c := range cases {
		if got := renderText(c.text, c.head, c.tail); got != c.want {
			t.Errorf("renderText(%q, %d, %d) = %q, want %q", c.text, c.head, c.tail, got, c.want)
		}
	}
}

func TestParseFormat(t *testing.T) {
	for _, s := range []string{"ascii", "html"} {
		f, err := ParseFormat(s)
		if err != nil || f.String() != s {
			t.Errorf("ParseFormat(%q) = %v, %v", s, f, err)
		}
	}
	if _, err := ParseFormat("xml"); err == nil {
		t.Error("ParseFormat(xml) succeeded")
	}
}

// runSource runs a definition written to a fresh project directory.
func runSource(t *testing.T, src string) (string, error) {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "def.py"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	var log bytes.Buffer
	err := Run(context.Background(), Options{Definition: "def.py", DummyTables: "dummy_tables", Log: &log})
	return log.String(), err
}

func TestShowArguments(t *testing.T) {
	out, err := runSource(t, `import ehrql
from ehrql import show
ehrql.show("through the module", label=None)
show("a\nb\nc", head=None, tail=2, label="Tail")
def helper():
    show(1, 2.5, None, label=3)
helper()
`)
	want := "Show line 3:\n'through the module'\nShow line 4: Tail\n'a\\nb\\nc'\nShow line 6: 3\n"
	var de *loader.DefinitionError
	if !errors.As(err, &de) || !strings.Contains(err.Error(), "TypeError: show() shows either one thing") {
		t.Fatalf("got error %v, want a TypeError for several plain values", err)
	}
	if out != want {
		t.Errorf("got %q, want %q", out, want)
	}
	for src, msg := range map[string]string{
		"show()":                       "TypeError: show() missing 1 required positional argument: 'element'",
		"show(1, colour='red')":        "TypeError: show() got an unexpected keyword argument 'colour'",
		"show(1, head='2')":            "TypeError: show() argument 'head' must be an int or None, not 'str'",
		"show(1, tail=-1)":             "ValueError: show() argument 'tail' must not be negative",
		"show(1, label=object())":      "",
		"from ehrql import *\nshow(1)": "",
	} {
		_, err := runSource(t, "from ehrql import show\n"+src+"\n")
		switch {
		case msg == "" && err != nil:
			t.Errorf("%s: %v", src, err)
		case msg != "" && (err == nil || !strings.Contains(err.Error(), msg)):
			t.Errorf("%s: got error %v, want %q", src, err, msg)
		}
	}
}

// TestArrowDummyTables checks that the output does not depend on the
// dummy tables' format: the study's tables rewritten as Arrow files (rows
// in the same file order) give the same output as the CSV files.
func TestArrowDummyTables(t *testing.T) {
	study, err := filepath.Abs(filepath.Join("testdata", "study"))
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join(study, "golden", "shows.ascii"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, sub := range []string{"analysis", "codelists"} {
		if err := os.CopyFS(filepath.Join(dir, sub), os.DirFS(filepath.Join(study, sub))); err != nil {
			t.Fatal(err)
		}
	}
	for _, name := range []string{"patients", "clinical_events"} {
		tbl, ok := tables.Lookup("ehrql.tables.core", name)
		if !ok {
			t.Fatalf("no table %s", name)
		}
		specs := fileformats.SpecsFromSchema(tbl.Schema)
		data, err := fileformats.ReadTable(filepath.Join(study, "dummy_tables", tbl.TableName()+".csv"), specs, fileformats.ReadOptions{AllowMissingColumns: true})
		if err != nil {
			t.Fatal(err)
		}
		w, err := fileformats.CreateFile(filepath.Join(dir, "dummy_tables", tbl.TableName()+".arrow"), fileformats.FormatArrow, specs)
		if err != nil {
			t.Fatal(err)
		}
		if err := w.WriteTable(data); err != nil {
			t.Fatal(err)
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
	var log bytes.Buffer
	err = Run(context.Background(), Options{Definition: "analysis/shows.py", UserArgs: []string{"--cohort", "index"}, DummyTables: "dummy_tables", Log: &log})
	if err != nil {
		t.Fatalf("Run: %v\n%s", err, log.String())
	}
	if log.String() != string(want) {
		t.Errorf("Arrow tables give different output:\n%s", log.String())
	}
}
