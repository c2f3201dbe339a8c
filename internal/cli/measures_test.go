package cli

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

const cliMeasures = `
from ehrql import INTERVAL, create_measures, months
from ehrql.tables.core import clinical_events, patients

measures = create_measures()
measures.configure_disclosure_control(enabled=False)
events = clinical_events.where(clinical_events.date.is_during(INTERVAL))
measures.define_measure("had_event", numerator=events.exists_for_patient(),
    denominator=patients.exists_for_patient(), group_by={"sex": patients.sex},
    intervals=months(2).starting_on("2024-01-01"))
measures.define_measure("events", numerator=events.count_for_patient(),
    denominator=patients.exists_for_patient(), intervals=months(1).starting_on("2024-02-01"))
`

func measuresProject(t *testing.T, definition string) {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"analysis/measures.py":             definition,
		"dummy_tables/patients.csv":        "patient_id,date_of_birth,sex\n1,1980-01-01,female\n2,1990-01-01,male\n",
		"dummy_tables/clinical_events.csv": "patient_id,date,snomedct_code\n1,2024-01-31,123456\n2,2024-02-29,123456\n2,2024-02-01,123456\n",
	}
	for name, content := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
}

func crlf(s string) string { return strings.ReplaceAll(strings.TrimLeft(s, "\n"), "\n", "\r\n") }

func TestGenerateMeasuresFromDummyTables(t *testing.T) {
	measuresProject(t, cliMeasures)
	args := []string{"generate-measures", "analysis/measures.py", "--dummy-tables", "dummy_tables"}
	want := crlf(`
measure,interval_start,interval_end,ratio,numerator,denominator,sex
had_event,2024-01-01,2024-01-31,1.0,1,1,female
had_event,2024-01-01,2024-01-31,0.0,0,1,male
had_event,2024-02-01,2024-02-29,0.0,0,1,female
had_event,2024-02-01,2024-02-29,1.0,1,1,male
events,2024-02-01,2024-02-29,1.0,2,2,
`)
	code, out, errOut := run(t, Ehrql(), args...)
	if code != 0 || out != want {
		t.Fatalf("code %d, stderr %s\ngot:\n%s\nwant:\n%s", code, errOut, out, want)
	}
	if !strings.Contains(errOut, "Disclosure control disabled") {
		t.Errorf("stderr does not report disclosure control:\n%s", errOut)
	}

	code, _, errOut = run(t, Ehrql(), append(args, "--output", "output/m/:csv")...)
	if code != 0 {
		t.Fatalf("directory output: code %d, stderr %s", code, errOut)
	}
	data, err := os.ReadFile("output/m/events.csv")
	if err != nil || string(data) != crlf("interval_start,interval_end,ratio,numerator,denominator\n2024-02-01,2024-02-29,1.0,2,2\n") {
		t.Errorf("events.csv: %v\n%s", err, data)
	}
	if _, err := os.Stat("output/m/had_event.csv"); err != nil {
		t.Error(err)
	}

	code, _, errOut = run(t, Ehrql(), append(args, "--output", "output/m.arrow")...)
	if code != 0 {
		t.Fatalf("arrow output: code %d, stderr %s", code, errOut)
	}
	checkMeasuresArrow(t, "output/m.arrow")
}

// checkMeasuresArrow reads a measures Arrow file back with pyarrow (skipped
// without pyarrow, except in CI).
func checkMeasuresArrow(t *testing.T, path string) {
	t.Helper()
	if err := exec.Command("python3", "-c", "import pyarrow").Run(); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("pyarrow is not installed in CI: %v", err)
		}
		t.Skip("pyarrow not installed")
	}
	script := `
import sys, pyarrow as pa
t = pa.ipc.open_file(sys.argv[1]).read_all()
for f in t.schema:
    print(f.name, f.type, "" if f.nullable else "not null")
print(t.column("measure").to_pylist())
print(t.column("ratio").to_pylist())
`
	out, err := exec.Command("python3", "-c", script, path).CombinedOutput()
	if err != nil {
		t.Fatalf("pyarrow could not read %s: %v\n%s", path, err, out)
	}
	want := `measure dictionary<values=string, indices=int8, ordered=1> 
interval_start date32[day] not null
interval_end date32[day] not null
ratio double 
numerator int64 
denominator int64 
sex dictionary<values=string, indices=int8, ordered=1> 
['had_event', 'had_event', 'had_event', 'had_event', 'events']
[1.0, 0.0, 0.0, 1.0, 1.0]
`
	if string(out) != want {
		t.Errorf("pyarrow sees:\n%s\nwant:\n%s", out, want)
	}
}

func TestGenerateMeasuresErrors(t *testing.T) {
	measuresProject(t, cliMeasures)
	for _, c := range []struct {
		name string
		args []string
		code int
		msg  string
	}{
		{"unknown database", []string{"analysis/measures.py", "--dsn", "nosuch://x"}, 1, "unsupported database"},
		{"bad output", []string{"analysis/measures.py", "--output", "out.txt"}, 2, ""},
		{"both data options", []string{"analysis/measures.py", "--dummy-tables", "a", "--dummy-data-file", "b"}, 2, "use only one"},
		{"missing tables", []string{"analysis/measures.py", "--dummy-tables", "nowhere"}, 11, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			code, _, errOut := run(t, Ehrql(), append([]string{"generate-measures"}, c.args...)...)
			if code != c.code || !strings.Contains(errOut, c.msg) {
				t.Errorf("code %d (want %d), stderr:\n%s", code, c.code, errOut)
			}
		})
	}
}

func TestGenerateMeasuresNoMeasures(t *testing.T) {
	measuresProject(t, "from ehrql import create_measures\nmeasures = create_measures()\n")
	code, _, errOut := run(t, Ehrql(), "generate-measures", "analysis/measures.py", "--dummy-tables", "dummy_tables")
	if code != 10 || !strings.Contains(errOut, "No measures defined") {
		t.Errorf("code %d, stderr:\n%s", code, errOut)
	}
}
