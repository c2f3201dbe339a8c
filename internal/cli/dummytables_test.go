package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCreateDummyTablesRoundTrip checks that the tables create-dummy-tables
// writes, used as --dummy-tables, give the dataset that generate-dataset
// generates with the same seed, in every directory format.
func TestCreateDummyTablesRoundTrip(t *testing.T) {
	dir := copyDir(t, filepath.Join("..", "..", "examples", "study"))
	t.Chdir(dir)
	def := "analysis/dataset_definition.py"

	code, generated, errOut := run(t, Ehrql(), "generate-dataset", def, "--seed", "round-trip")
	if code != 0 || !strings.HasPrefix(generated, "patient_id,") {
		t.Fatalf("generate-dataset: code %d, stderr %s\n%s", code, errOut, generated)
	}
	if !strings.Contains(errOut, "random seed: round-trip") {
		t.Errorf("log lacks the seed: %s", errOut)
	}
	for _, arg := range []string{"tables", "tables_arrow:arrow", "tables_gz:csv.gz"} {
		code, out, errOut := run(t, Ehrql(), "create-dummy-tables", def, arg, "--seed", "round-trip")
		if code != 0 || out != "" {
			t.Fatalf("create-dummy-tables %s: code %d, stdout %q, stderr %s", arg, code, out, errOut)
		}
		tablesDir, _, _ := strings.Cut(arg, ":")
		entries, err := os.ReadDir(tablesDir)
		if err != nil || len(entries) == 0 {
			t.Fatalf("%s: %v, %d files", tablesDir, err, len(entries))
		}
		code, fromTables, errOut := run(t, Ehrql(), "generate-dataset", def, "--dummy-tables", tablesDir)
		if code != 0 || fromTables != generated {
			t.Fatalf("%s: code %d, stderr %s\nfrom tables:\n%s\ngenerated:\n%s", arg, code, errOut, fromTables, generated)
		}
	}

	// Only the columns the query uses are written.
	data, err := os.ReadFile(filepath.Join("tables", "clinical_events.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if header, _, _ := strings.Cut(string(data), "\n"); strings.TrimSpace(header) != "patient_id,date,snomedct_code,numeric_value" {
		t.Errorf("clinical_events header %q", header)
	}

	// Another seed gives other data.
	code, other, _ := run(t, Ehrql(), "generate-dataset", def, "--seed", "another")
	if code != 0 || other == generated {
		t.Errorf("a different seed gave the same dataset (code %d)", code)
	}
}

func TestCreateDummyTablesConsoleAndEnvSeed(t *testing.T) {
	dir := copyDir(t, filepath.Join("..", "..", "examples", "study"))
	t.Chdir(dir)
	def := "analysis/dataset_definition.py"
	t.Setenv("EHRQL_DUMMY_DATA_SEED", "from-env")
	code, out, errOut := run(t, Ehrql(), "create-dummy-tables", def)
	if code != 0 {
		t.Fatalf("code %d, stderr %s", code, errOut)
	}
	for _, want := range []string{"patients\npatient_id,", "practice_registrations\npatient_id,", "clinical_events\npatient_id,"} {
		if !strings.Contains(strings.ReplaceAll(out, "\r\n", "\n"), want) {
			t.Errorf("console output lacks %q:\n%s", want, out)
		}
	}
	if !strings.Contains(errOut, "random seed: from-env") {
		t.Errorf("log lacks the seed from the environment: %s", errOut)
	}
	_, again, _ := run(t, Ehrql(), "create-dummy-tables", def, "--seed", "from-env")
	if again != out {
		t.Errorf("--seed from-env differs from EHRQL_DUMMY_DATA_SEED=from-env")
	}

	if code, _, errOut := run(t, Ehrql(), "create-dummy-tables", def, "out:xlsx"); code != 2 {
		t.Errorf("bad format: code %d, stderr %s", code, errOut)
	}
	if code, _, errOut := run(t, Ehrql(), "create-dummy-tables"); code != 2 {
		t.Errorf("no definition: code %d, stderr %s", code, errOut)
	}
}

// TestCreateDummyTablesRoundTripDefinitions repeats the round trip over
// the dummy-data definitions using hospital, death, vaccination, address
// and emergency-care tables (multi-code, categorical and range columns).
func TestCreateDummyTablesRoundTripDefinitions(t *testing.T) {
	dir := copyDir(t, filepath.Join("..", "dummydata", "testdata"))
	t.Chdir(dir)
	for _, def := range []string{"hospital.py", "apcs_readmission.py", "deaths_covid.py", "covid_doses.py",
		"ethnicity_imd.py", "emergency_care.py", "twenty.py", "practice_region.py"} {
		code, generated, errOut := run(t, Ehrql(), "generate-dataset", def, "--seed", "rt")
		if code != 0 {
			t.Fatalf("%s: generate-dataset: code %d, stderr %s", def, code, errOut)
		}
		for _, format := range []string{"csv", "arrow"} {
			out := strings.TrimSuffix(def, ".py") + "_" + format
			if code, _, errOut := run(t, Ehrql(), "create-dummy-tables", def, out+":"+format, "--seed", "rt"); code != 0 {
				t.Fatalf("%s: create-dummy-tables: code %d, stderr %s", def, code, errOut)
			}
			code, fromTables, errOut := run(t, Ehrql(), "generate-dataset", def, "--dummy-tables", out)
			if code != 0 || fromTables != generated {
				t.Errorf("%s (%s): code %d, stderr %s; the dataset from the tables differs from the generated one", def, format, code, errOut)
			}
		}
	}
}
