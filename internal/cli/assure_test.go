package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// assureProgram is the ehrql program with the assure command, whether or
// not Ehrql() lists it yet.
func assureProgram() *Program {
	p := Ehrql()
	for _, c := range p.Commands {
		if c.Name == "assure" {
			return p
		}
	}
	p.Commands = append(p.Commands, assureCommand())
	return p
}

// TestAssure runs every test file of internal/assure/testdata through the
// CLI and checks the report byte for byte (the .out file next to it), the
// exit code and the message on stderr. Set UPDATE_GOLDEN=1 to rewrite the
// .out files.
func TestAssure(t *testing.T) {
	src, err := filepath.Abs(filepath.Join("..", "assure", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		file   string
		code   int
		stderr string // a substring of stderr; "" means stderr is empty
	}{
		{"test_all_ok.py", 0, ""},
		{"test_constraints.py", 13, "assurance tests failed: errors with 2 patient(s) in the test data and 0 patient(s) in the results\n"},
		{"test_population.py", 13, "assurance tests failed"},
		{"test_values.py", 13, "assurance tests failed"},
		{"test_unknown_expected_column.py", 13, "assurance tests failed"},
		{"test_invalid_columns.py", 13, "assurance tests failed"},
		{"test_too_many_rows.py", 13, "assurance tests failed"},
		{"test_missing_table.py", 13, "assurance tests failed"},
		{"test_malformed.py", 13, "assurance tests failed"},
		{"test_wrong_types.py", 13, "assurance tests failed"},
		{"test_codes.py", 0, ""},
		{"test_no_test_data.py", 10, "No 'test_data' variable defined\n"},
		{"test_no_dataset.py", 10, "Did not find a variable called 'dataset' in dataset definition file\n"},
		{"test_bad_test_data.py", 10, "'test_data' must be a dict of patient ids to test data, got list\n"},
		{"test_user_args.py", 0, ""},
		{"test_events.py", 13, "assurance tests failed"},
	}
	dir := copyDir(t, src)
	t.Chdir(dir)
	for _, c := range cases {
		t.Run(strings.TrimSuffix(c.file, ".py"), func(t *testing.T) {
			args := []string{"assure", c.file}
			if c.file == "test_user_args.py" {
				args = append(args, "--", "--born", "1980")
			}
			code, out, errOut := run(t, assureProgram(), args...)
			golden := filepath.Join(src, strings.TrimSuffix(c.file, ".py")+".out")
			if os.Getenv("UPDATE_GOLDEN") != "" {
				if err := os.WriteFile(golden, []byte(out), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if out != string(want) {
				t.Errorf("stdout:\n%s\nwant:\n%s", out, want)
			}
			if code != c.code {
				t.Errorf("exit code %d, want %d (stderr %q)", code, c.code, errOut)
			}
			if (c.stderr == "" && errOut != "") || !strings.Contains(errOut, c.stderr) {
				t.Errorf("stderr %q, want %q", errOut, c.stderr)
			}
		})
	}
}

// exampleTests is an assurance test file for the example study's dataset.
const exampleTests = `from datetime import date

from dataset_definition import dataset

test_data = {
    1: {
        "patients": {"date_of_birth": date(1980, 5, 1), "sex": "female"},
        "practice_registrations": [{"start_date": date(2015, 1, 1), "practice_pseudo_id": 101}],
        "clinical_events": [{"date": date(2023, 3, 10), "snomedct_code": "195967001", "numeric_value": 385.5}],
        "medications": [{"date": date(2023, 5, 1), "dmd_code": "39113611000001102"}],
        "expected_columns": {
            "practice": 101,
            "age": AGE,
            "age_band": "18-64",
            "has_asthma": True,
            "last_peak_flow": 385.5,
            "inhalers_last_year": 1,
        },
    },
    2: {
        "patients": {"date_of_birth": date(1980, 5, 1), "sex": "male"},
        "practice_registrations": [],
        "clinical_events": [],
        "medications": [],
        "expected_in_population": False,
    },
}
`

func TestGenerateDatasetWithTestDataFile(t *testing.T) {
	dir := copyDir(t, filepath.Join("..", "..", "examples", "study"))
	t.Chdir(dir)
	write := func(name, age string) {
		if err := os.WriteFile(name, []byte(strings.Replace(exampleTests, "AGE", age, 1)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("analysis/test_pass.py", "43")
	write("analysis/test_fail.py", "44")
	p := assureProgram()
	base := []string{"generate-dataset", "analysis/dataset_definition.py", "--dummy-tables", "dummy_tables", "--output", "output/dataset.csv"}

	// The tests pass: the report goes to stderr and the dataset is written.
	code, out, errOut := run(t, p, append(base, "--test-data-file", "analysis/test_pass.py")...)
	data, err := os.ReadFile("output/dataset.csv")
	if code != 0 || out != "" || err != nil || string(data) != exampleDataset {
		t.Fatalf("passing tests: code %d, stdout %q, stderr %q, err %v\n%s", code, out, errOut, err, data)
	}
	if withoutLogLines(errOut) != "Validate test data: All OK!\nValidate results: All OK!\n" {
		t.Errorf("passing tests: stderr %q", errOut)
	}
	if err := os.Remove("output/dataset.csv"); err != nil {
		t.Fatal(err)
	}

	// The tests fail: exit 13 and nothing written.
	code, out, errOut = run(t, p, append(base, "--test-data-file", "analysis/test_fail.py")...)
	wantErr := `Validate test data: All OK!
Validate results: Found errors with 1 patient(s)
 * Patient 1 had unexpected output value(s)
   * for column 'age', expected '44', got '43'
assurance tests failed: errors with 0 patient(s) in the test data and 1 patient(s) in the results
`
	if code != 13 || out != "" || withoutLogLines(errOut) != wantErr {
		t.Errorf("failing tests: code %d, stdout %q, stderr:\n%s\nwant:\n%s", code, out, errOut, wantErr)
	}
	if _, err := os.Stat("output/dataset.csv"); !os.IsNotExist(err) {
		t.Errorf("failing tests left an output file (stat: %v)", err)
	}

	// The same file through assure: the report goes to stdout.
	code, out, errOut = run(t, p, "assure", "analysis/test_fail.py")
	if code != 13 || !strings.HasPrefix(wantErr, out) || !strings.HasPrefix(errOut, "assurance tests failed") {
		t.Errorf("assure: code %d, stdout %q, stderr %q", code, out, errOut)
	}
}

func TestAssureUsage(t *testing.T) {
	code, _, errOut := run(t, assureProgram(), "assure")
	if code != 2 || !strings.Contains(errOut, "usage: ehrql assure TEST_DATA_FILE") {
		t.Errorf("no argument: code %d, stderr %q", code, errOut)
	}
	code, _, errOut = run(t, assureProgram(), "assure", "missing.py")
	if code != 10 {
		t.Errorf("missing file: code %d, stderr %q", code, errOut)
	}
}

// withoutLogLines drops the "[info   ] ..." progress lines from stderr.
func withoutLogLines(s string) string {
	var keep []string
	for _, line := range strings.SplitAfter(s, "\n") {
		if !strings.HasPrefix(line, "[info   ] ") {
			keep = append(keep, line)
		}
	}
	return strings.Join(keep, "")
}
