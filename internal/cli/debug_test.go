package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// debugProgram is an ehrql program holding the debug command (the lead
// registers it in Ehrql).
func debugProgram() *Program {
	return &Program{Name: "ehrql", Version: Version, Commands: []*Command{debugCommand(), generateDatasetCommand()}}
}

// debugStudy is the study the debug package's golden files were made from.
const debugStudy = "../debug/testdata/study"

func TestDebugCommandMatchesGolden(t *testing.T) {
	want, err := os.ReadFile(filepath.Join(debugStudy, "golden", "shows.ascii"))
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(debugStudy)
	code, out, errOut := run(t, debugProgram(), "debug", "analysis/shows.py", "--dummy-tables", "dummy_tables", "--no-subprocess", "--", "--cohort", "index")
	if code != 0 || out != "" {
		t.Fatalf("code %d, stdout %q, stderr:\n%s", code, out, errOut)
	}
	if errOut != string(want) {
		t.Errorf("stderr differs from golden/shows.ascii:\ngot:\n%s\nwant:\n%s", errOut, want)
	}
}

func TestDebugCommandHTML(t *testing.T) {
	t.Chdir(debugStudy)
	code, out, errOut := run(t, debugProgram(), "debug", "--display-format", "html", "--dummy-tables", "dummy_tables", "analysis/inline.py")
	if code != 0 || out != "" {
		t.Fatalf("code %d, stdout %q, stderr:\n%s", code, out, errOut)
	}
	lines := strings.Split(errOut, "\n")
	if lines[0] != "Show line 19:" || !strings.HasPrefix(lines[1], "<table><thead><th>patient_id</th><th>index_date</th><th>exposed</th></thead><tbody><tr><td>1</td><td>2021-04-01</td><td>True</td></tr>") {
		t.Errorf("unexpected HTML output:\n%s", errOut)
	}
	if n := strings.Count(errOut, "</table>\n"); n != 3 {
		t.Errorf("got %d tables, want 3:\n%s", n, errOut)
	}
}

func TestDebugCommandErrors(t *testing.T) {
	t.Chdir(debugStudy)
	cases := []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"error in the definition", []string{"analysis/broken.py", "--dummy-tables", "dummy_tables"}, 10,
			"Error loading file 'analysis/broken.py':"},
		{"series that cannot be shown together", []string{"analysis/mixed.py", "--dummy-tables", "dummy_tables"}, 10,
			"TypeError: show() shows either one thing or several series side by side."},
		{"missing definition", []string{"analysis/nowhere.py", "--dummy-tables", "dummy_tables"}, 10, "nowhere.py"},
		{"missing dummy table", []string{"analysis/missing_table.py", "--dummy-tables", "dummy_tables"}, 11,
			"dummy_tables/medications.csv"},
		{"unknown display format", []string{"analysis/shows.py", "--dummy-tables", "dummy_tables", "--display-format", "xml"}, 2,
			"invalid choice: 'xml' (choose from 'ascii', 'html')"},
		{"no dummy tables", []string{"analysis/shows.py"}, 2, "--dummy-tables DIR is required"},
		{"no definition", []string{"--dummy-tables", "dummy_tables"}, 2, "expected one DEFINITION argument, got 0"},
	}
	for _, c := range cases {
		code, _, errOut := run(t, debugProgram(), append([]string{"debug"}, c.args...)...)
		if code != c.code || !strings.Contains(errOut, c.stderr) {
			t.Errorf("%s: code %d, stderr:\n%s\nwant code %d and %q", c.name, code, errOut, c.code, c.stderr)
		}
	}
}

// TestShowIgnoredOutsideDebug checks that other commands keep show()
// inactive: each call prints the notice and the dataset is unaffected.
func TestShowIgnoredOutsideDebug(t *testing.T) {
	t.Chdir(debugStudy)
	code, out, errOut := run(t, debugProgram(), "generate-dataset", "analysis/shows.py", "--dummy-tables", "dummy_tables")
	if code != 0 {
		t.Fatalf("code %d, stderr:\n%s", code, errOut)
	}
	const notice = "show() ignored because we're not running in debug mode\n"
	if n := strings.Count(errOut, notice); n != 24 {
		t.Errorf("got %d notices, want 24:\n%s", n, errOut)
	}
	if strings.Contains(errOut, "Show line") || strings.Contains(errOut, "patient_id") {
		t.Errorf("show() rendered outside debug mode:\n%s", errOut)
	}
	if !strings.HasPrefix(out, "patient_id,sex,age,last_date\r\n1,female,43,2023-03-10\r\n") {
		t.Errorf("dataset:\n%s", out)
	}
}
