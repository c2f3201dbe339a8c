package cli

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// exampleProgram is ehrql with dump-example-data, which the lead
// registers in Ehrql().
func exampleProgram() *Program {
	p := Ehrql()
	for _, c := range p.Commands {
		if c.Name == "dump-example-data" {
			return p
		}
	}
	p.Commands = append(p.Commands, dumpExampleDataCommand())
	return p
}

const exampleDefinition = `from ehrql import create_dataset, codelist_from_csv
from ehrql.tables.core import clinical_events, medications, ons_deaths, patients, practice_registrations

index_date = "2024-01-01"
dataset = create_dataset()
registration = practice_registrations.for_patient_on(index_date)
dataset.define_population(registration.exists_for_patient())
dataset.practice = registration.practice_pseudo_id
dataset.sex = patients.sex
dataset.age = patients.age_on(index_date)
dataset.died = patients.date_of_death
dataset.ons_death = ons_deaths.date
dataset.cause = ons_deaths.underlying_cause_of_death
hypertension = clinical_events.where(clinical_events.snomedct_code.is_in(["38341003"]))
dataset.has_hypertension = hypertension.exists_for_patient()
dataset.last_bp = (
    clinical_events.where(clinical_events.snomedct_code == "271649006")
    .sort_by(clinical_events.date).last_for_patient().numeric_value
)
dataset.events = clinical_events.count_for_patient()
dataset.medications = medications.count_for_patient()
dataset.first_med = medications.sort_by(medications.date).first_for_patient().dmd_code
`

func TestDumpExampleData(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	code, out, errOut := run(t, exampleProgram(), "dump-example-data")
	if code != 0 || out != "" {
		t.Fatalf("code %d, stdout %q, stderr %q", code, out, errOut)
	}
	for _, name := range []string{"patients", "practice_registrations", "clinical_events", "medications", "ons_deaths"} {
		path := filepath.Join("example-data", name+".csv")
		if !strings.Contains(errOut, "[info   ] Wrote "+path+"\n") {
			t.Errorf("stderr does not log %s:\n%s", path, errOut)
		}
	}
	patients, err := os.ReadFile("example-data/patients.csv")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(patients)), "\r\n")
	if lines[0] != "patient_id,date_of_birth,sex,date_of_death" || len(lines) != 101 {
		t.Errorf("patients.csv: header %q, %d lines", lines[0], len(lines))
	}

	// A second run refuses to overwrite and leaves the files unchanged.
	code, _, errOut = run(t, exampleProgram(), "dump-example-data")
	if code != 1 || !strings.Contains(errOut, "file already exists") {
		t.Errorf("second run: code %d, stderr %q", code, errOut)
	}
	again, _ := os.ReadFile("example-data/patients.csv")
	if !bytes.Equal(again, patients) {
		t.Error("second run changed patients.csv")
	}

	// -d writes elsewhere, the same bytes.
	code, _, errOut = run(t, exampleProgram(), "dump-example-data", "-d", "other/dir")
	if code != 0 {
		t.Fatalf("-d: code %d, stderr %q", code, errOut)
	}
	other, _ := os.ReadFile("other/dir/patients.csv")
	if !bytes.Equal(other, patients) {
		t.Error("-d output differs: generation is not deterministic")
	}

	// The directory works as --dummy-tables for a definition over every
	// core table.
	if err := os.WriteFile("def.py", []byte(exampleDefinition), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut = run(t, Ehrql(), "generate-dataset", "def.py", "--dummy-tables", "example-data")
	if code != 0 {
		t.Fatalf("generate-dataset: code %d, stderr %s", code, errOut)
	}
	rows := strings.Split(strings.TrimSpace(out), "\r\n")
	if rows[0] != "patient_id,practice,sex,age,died,ons_death,cause,has_hypertension,last_bp,events,medications,first_med" {
		t.Fatalf("header %q", rows[0])
	}
	if len(rows) < 60 || len(rows) > 101 {
		t.Errorf("%d patients registered on the index date, want most of 100", len(rows)-1)
	}
	var withBP, withMeds, hypertensive, deaths int
	for _, r := range rows[1:] {
		f := strings.Split(r, ",")
		if f[8] != "" {
			withBP++
		}
		if f[11] != "" {
			withMeds++
		}
		if f[7] == "T" {
			hypertensive++
		}
		if f[5] != "" {
			deaths++
			if f[4] != f[5] {
				t.Errorf("patient %s: ONS death %s differs from date of death %s", f[0], f[5], f[4])
			}
		}
	}
	if withBP == 0 || withMeds == 0 || hypertensive == 0 {
		t.Errorf("implausible data: %d with blood pressure, %d with medications, %d hypertensive", withBP, withMeds, hypertensive)
	}
	t.Logf("%d registered patients: %d with BP, %d with medications, %d hypertensive, %d ONS deaths", len(rows)-1, withBP, withMeds, hypertensive, deaths)
}

func TestDumpExampleDataUsage(t *testing.T) {
	t.Chdir(t.TempDir())
	code, _, errOut := run(t, exampleProgram(), "dump-example-data", "extra")
	if code != 2 || !strings.Contains(errOut, "usage: ehrql dump-example-data [-d DIR]") {
		t.Errorf("extra argument: code %d, stderr %q", code, errOut)
	}
	if _, err := os.Stat("example-data"); err == nil {
		t.Error("a usage error wrote files")
	}
}

func TestUnknownArguments(t *testing.T) {
	newFlags := func() *flag.FlagSet {
		fs := flag.NewFlagSet("x", flag.ContinueOnError)
		fs.String("output", "", "")
		fs.String("dummy-tables", "", "")
		fs.Bool("verbose", false, "")
		return fs
	}
	tests := []struct {
		args    []string
		unknown string // "" = accepted
		pos     []string
	}{
		{[]string{"def.py", "--output", "x.csv"}, "", []string{"def.py"}},
		{[]string{"--output=x.csv", "def.py", "--verbose", "more"}, "", []string{"def.py", "more"}},
		{[]string{"--output", "-weird-name", "def.py"}, "", []string{"def.py"}},
		{[]string{"def.py", "--region", "north"}, "--region north", nil},
		{[]string{"def.py", "--region=north", "--output", "x.csv"}, "--region=north", nil},
		{[]string{"--ear", "--output", "x", "def.py", "-n", "3"}, "--ear -n 3", nil},
		{[]string{"def.py", "--verbose", "--flag"}, "--flag", nil},
		{[]string{"def.py", "-", "x"}, "", []string{"def.py", "-", "x"}},
	}
	for _, tt := range tests {
		pos, err := parseArgs(newFlags(), tt.args)
		if tt.unknown == "" {
			if err != nil || strings.Join(pos, "|") != strings.Join(tt.pos, "|") {
				t.Errorf("%q: positional %q, error %v; want %q", tt.args, pos, err, tt.pos)
			}
			continue
		}
		want := "unknown arguments: " + tt.unknown + " If you are trying to provide custom parameters, note that these MUST be provided last, and must follow a double-dash `--`."
		if err == nil || err.Error() != want {
			t.Errorf("%q: error %v\nwant %s", tt.args, err, want)
		}
	}
}

func TestLogLevelFromEnvironment(t *testing.T) {
	var b bytes.Buffer
	t.Setenv("LOG_LEVEL", "WARNING")
	newLogger(&b).Infof("hidden")
	t.Setenv("LOG_LEVEL", "")
	newLogger(&b).Infof("Compiling dataset definition from %s", "def.py")
	if want := "[info   ] Compiling dataset definition from def.py\n"; b.String() != want {
		t.Errorf("got %q, want %q", b.String(), want)
	}
}
