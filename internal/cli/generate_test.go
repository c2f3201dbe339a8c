package cli

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// copyDir copies the example study into a temporary project directory.
func copyDir(t *testing.T, src string) string {
	t.Helper()
	dst := t.TempDir()
	err := filepath.WalkDir(src, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		if d.IsDir() {
			if rel == "output" {
				return filepath.SkipDir
			}
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dst
}

// exampleDataset is the expected output, with the CRLF line ends of
// Python's csv module, which the reference writes with.
var exampleDataset = strings.ReplaceAll(`patient_id,practice,sex,age,age_band,has_asthma,last_asthma_date,last_peak_flow,inhalers_last_year
1,101,female,43,18-64,T,2023-03-10,385.5,2
2,103,male,13,0-17,T,2022-08-01,,0
4,104,male,84,65+,T,2023-12-31,300.0,1
`, "\n", "\r\n")

func TestGenerateDatasetFromDummyTables(t *testing.T) {
	dir := copyDir(t, filepath.Join("..", "..", "examples", "study"))
	t.Chdir(dir)
	args := []string{"generate-dataset", "analysis/dataset_definition.py", "--dummy-tables", "dummy_tables"}

	code, out, errOut := run(t, Ehrql(), args...)
	if code != 0 || out != exampleDataset {
		t.Fatalf("stdout: code %d, stderr %s\ngot:\n%s\nwant:\n%s", code, errOut, out, exampleDataset)
	}

	code, _, errOut = run(t, Ehrql(), append(args, "--output", "output/dataset.csv")...)
	data, err := os.ReadFile("output/dataset.csv")
	if code != 0 || err != nil || string(data) != exampleDataset {
		t.Fatalf("--output csv: code %d, err %v, stderr %s\n%s", code, err, errOut, data)
	}

	code, _, errOut = run(t, Ehrql(), append(args, "--output", "output/dataset.arrow")...)
	if code != 0 {
		t.Fatalf("--output arrow: code %d, stderr %s", code, errOut)
	}
	checkArrowWithPyarrow(t, "output/dataset.arrow")
}

// checkArrowWithPyarrow proves the ecosystem reads our Arrow files with the
// types the reference writes. pyarrow is installed by .ci/run; without it
// the check is skipped, except in CI where it must run.
func checkArrowWithPyarrow(t *testing.T, path string) {
	t.Helper()
	probe := exec.Command("python3", "-c", "import pyarrow")
	if err := probe.Run(); err != nil {
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
print(t.column("last_asthma_date").to_pylist())
`
	out, err := exec.Command("python3", "-c", script, path).CombinedOutput()
	if err != nil {
		t.Fatalf("pyarrow could not read %s: %v\n%s", path, err, out)
	}
	want := `patient_id int64 not null
practice int64 
sex dictionary<values=string, indices=int8, ordered=1> 
age int64 
age_band dictionary<values=string, indices=int8, ordered=1> 
has_asthma bool 
last_asthma_date date32[day] 
last_peak_flow double 
inhalers_last_year uint16 
[datetime.date(2023, 3, 10), datetime.date(2022, 8, 1), datetime.date(2023, 12, 31)]
`
	if string(out) != want {
		t.Errorf("pyarrow sees:\n%s\nwant:\n%s", out, want)
	}
}

func TestGenerateDatasetErrorsLeaveNoFile(t *testing.T) {
	dir := copyDir(t, filepath.Join("..", "..", "examples", "study"))
	t.Chdir(dir)
	if err := os.WriteFile("dummy_tables/patients.csv", []byte("patient_id,date_of_birth,sex\n1,1980-05-01,robot\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile("analysis/broken.py", []byte("from ehrql import create_dataset\ndataset = create_dataset()\ndataset.x = 1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name    string
		args    []string
		code    int
		message string
	}{
		{"bad category", []string{"analysis/dataset_definition.py", "--dummy-tables", "dummy_tables"}, ExitFileValidation, "robot"},
		{"missing directory", []string{"analysis/dataset_definition.py", "--dummy-tables", "nowhere"}, ExitFileValidation, "nowhere"},
		{"definition error", []string{"analysis/broken.py", "--dummy-tables", "dummy_tables"}, ExitDefinitionError, "Error loading file 'analysis/broken.py'"},
		{"bad extension", []string{"analysis/dataset_definition.py", "--dummy-tables", "dummy_tables"}, 2, "is not a supported format"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out := "output/" + strings.ReplaceAll(c.name, " ", "_") + ".csv"
			if c.name == "bad extension" {
				out = "output/dataset.txt"
			}
			args := append([]string{"generate-dataset"}, c.args...)
			code, _, errOut := run(t, Ehrql(), append(args, "--output", out)...)
			if code != c.code || !strings.Contains(errOut, c.message) {
				t.Errorf("code %d (want %d), stderr:\n%s", code, c.code, errOut)
			}
			if _, err := os.Stat(out); err == nil {
				t.Errorf("%s was written", out)
			}
		})
	}
}

// Without --dummy-tables or --dummy-data-file, dummy data is generated:
// the population size configured (10 by default), one row per patient.
func TestGenerateDatasetNoDataSourceGeneratesDummyData(t *testing.T) {
	dir := copyDir(t, filepath.Join("..", "..", "examples", "study"))
	t.Chdir(dir)
	code, _, errOut := run(t, Ehrql(), "generate-dataset", "analysis/dataset_definition.py", "--output", "output/generated.csv")
	if code != 0 || !strings.Contains(errOut, "Attempting to generate 10 matching patients") {
		t.Fatalf("code %d, stderr:\n%s", code, errOut)
	}
	data, err := os.ReadFile("output/generated.csv")
	if err != nil {
		t.Fatal(err)
	}
	if lines := strings.Split(strings.TrimSpace(string(data)), "\n"); len(lines) != 11 {
		t.Errorf("want a header and 10 rows, got:\n%s", data)
	}
}

func TestGenerateDatasetWithTableFromFile(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	files := map[string]string{
		"analysis/def.py": `from ehrql import create_dataset
from ehrql.query_language import PatientFrame, Series, table_from_file

@table_from_file("output/scores.csv")
class scores(PatientFrame):
    score = Series(int)

dataset = create_dataset()
dataset.define_population(scores.exists_for_patient())
dataset.double = scores.score * 2
`,
		"output/scores.csv": "patient_id,score\n3,7\n1,\n2,5\n",
	}
	for name, content := range files {
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(name, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.MkdirAll("tables", 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile("tables/patients.csv", []byte("patient_id\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := run(t, Ehrql(), "generate-dataset", "analysis/def.py", "--dummy-tables", "tables")
	want := "patient_id,double\r\n1,\r\n2,10\r\n3,14\r\n"
	if code != 0 || out != want {
		t.Errorf("code %d, stderr %s\ngot %q\nwant %q", code, errOut, out, want)
	}
}
