package runner_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/opensafely-go/opensafely/internal/cli"
	"github.com/opensafely-go/opensafely/internal/runner"
)

// exampleStudy copies examples/study (without outputs) to a temporary
// project directory.
func exampleStudy(t *testing.T) string {
	t.Helper()
	_, file, _, _ := runtime.Caller(0)
	src := filepath.Join(filepath.Dir(file), "..", "..", "examples", "study")
	dst := filepath.Join(t.TempDir(), "study")
	err := filepath.Walk(src, func(p string, fi os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		if fi.IsDir() {
			if rel == "output" || rel == "metadata" {
				return filepath.SkipDir
			}
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		data, err := os.ReadFile(p)
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

// opensafely runs the opensafely program in-process.
func opensafely(args ...string) (stdout, stderr string, code int) {
	var o, e bytes.Buffer
	code = cli.Opensafely().Run(cli.Streams{Stdin: strings.NewReader(""), Stdout: &o, Stderr: &e}, args)
	return o.String(), e.String(), code
}

// TestEhrqlActions runs the example study's ehrQL actions: no Python
// environment or sandbox needed.
func TestEhrqlActions(t *testing.T) {
	dir := exampleStudy(t)
	out, errOut, code := opensafely("run", "generate_dataset", "generate_measures", "--project-dir", dir)
	if code != 0 {
		t.Fatalf("exit %d\n%s%s", code, out, errOut)
	}
	for _, want := range []string{
		"Running actions: generate_dataset, generate_measures\n",
		"generate_dataset: Extracting output file: output/dataset.csv.gz\n",
		"generate_measures: Completed successfully\n",
		"=> generate_dataset\n   Completed successfully\n\n   log file: metadata/generate_dataset.log\n   outputs:\n     output/dataset.csv.gz  - highly_sensitive\n",
		"=> generate_measures\n   Completed successfully\n\n   log file: metadata/generate_measures.log\n   outputs:\n     output/measures.csv  - moderately_sensitive\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	measures := strings.ReplaceAll(readFile(t, filepath.Join(dir, "output/measures.csv")), "\r\n", "\n")
	if !strings.HasPrefix(measures, "measure,interval_start,interval_end,ratio,numerator,denominator,sex\ninhalers_by_sex,2023-01-01,2023-01-31,") {
		t.Errorf("measures.csv:\n%s", measures)
	}
	log := readFile(t, filepath.Join(dir, "metadata/generate_dataset.log"))
	if !strings.Contains(log, "Z [info   ] Compiling dataset definition from analysis/dataset_definition.py\n") {
		t.Errorf("generate_dataset.log:\n%s", log)
	}
	// Explicitly requested actions run again, in the order given.
	out, _, code = opensafely("run", "generate_measures", "generate_dataset", "--project-dir", dir)
	if code != 0 || !strings.Contains(out, "Running actions: generate_measures, generate_dataset\n") {
		t.Fatalf("explicit re-run: exit %d\n%s", code, out)
	}
}

// TestRunMessages checks the CLI's messages for a bad request and a
// failing job.
func TestRunMessages(t *testing.T) {
	dir := exampleStudy(t)
	out, _, code := opensafely("run", "nope", "--project-dir", dir)
	want := "=> UnknownActionError\n   Action 'nope' not found in project.yaml\n\nValid action names are:\n  generate_dataset\n  generate_measures\n  report\n  run_all (runs all actions in project)\n"
	if code != 1 || out != want {
		t.Errorf("exit %d, output:\n%s\nwant:\n%s", code, out, want)
	}
	if _, err := exec.LookPath("Rscript"); err != nil {
		writeFiles(t, dir, map[string]string{"project.yaml": readFile(t, filepath.Join(dir, "project.yaml")) +
			"\n  r_action:\n    run: r:v2 analysis/x.R\n    outputs:\n      moderately_sensitive:\n        x: output/x.csv\n"})
		out, _, code = opensafely("run", "r_action", "--project-dir", dir)
		if code != 1 || !strings.HasPrefix(out, "=> EnvironmentError\n   Action r_action cannot run: R is not installed on this machine") {
			t.Errorf("r without R: exit %d\n%s", code, out)
		}
	}
	writeFiles(t, dir, map[string]string{"analysis/dataset_definition.py": "from ehrql import create_dataset\ndataset = create_dataset()\nraise ValueError('broken definition')\n"})
	out, _, code = opensafely("run", "generate_dataset", "--project-dir", dir)
	if code != 1 {
		t.Errorf("exit %d for a failing job", code)
	}
	for _, want := range []string{
		"=> generate_dataset\n   Job exited with an error\n\n   log file: metadata/generate_dataset.log\n   outputs:\n     (no outputs)\n   logs (truncated):\n",
		"     ValueError: broken definition\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	_, errOut, code := opensafely("run", "generate_dataset", "--project-dir", filepath.Join(dir, "analysis"))
	if code != 1 || errOut != "No project.yaml file found in "+filepath.Join(dir, "analysis")+"\n" {
		t.Errorf("without project.yaml: exit %d, %q", code, errOut)
	}
}

// TestExampleStudyRunAll is README's main job: `opensafely run run_all`
// over the example study, pandas and matplotlib included. It needs the
// python:v2 environment (`opensafely pull python:v2`, done by .ci/run).
func TestExampleStudyRunAll(t *testing.T) {
	envs := &runner.Environments{}
	_, err := envs.Python("python:v2")
	requireOrSkip(t, err)
	dir := exampleStudy(t)
	out, errOut, code := opensafely("run", "run_all", "--project-dir", dir)
	if code != 0 {
		t.Fatalf("exit %d\n%s%s", code, out, errOut)
	}
	if !strings.Contains(out, "Running actions: generate_dataset, generate_measures, report\n") {
		t.Errorf("output:\n%s", out)
	}
	counts := readFile(t, filepath.Join(dir, "output/report/counts_by_age_band.csv"))
	if !strings.HasPrefix(counts, "age_band,sex,patients,with_asthma\n") {
		t.Errorf("counts_by_age_band.csv:\n%s", counts)
	}
	png := readFile(t, filepath.Join(dir, "output/report/patients_by_age_band.png"))
	if !strings.HasPrefix(png, "\x89PNG\r\n") {
		t.Error("the chart is not a PNG")
	}
	for _, f := range []string{"output/report/counts_by_age_band.csv", "output/report/patients_by_age_band.png", "output/measures.csv"} {
		if _, err := os.Stat(filepath.Join(dir, "metadata/level4", f)); err != nil {
			t.Errorf("%s not in Level 4: %v", f, err)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "metadata/level4/output/dataset.csv.gz")); err == nil {
		t.Error("the highly_sensitive dataset reached Level 4")
	}
}

// TestExec runs `opensafely exec` for ehrQL (in this binary) and for
// python:v2 (in the sandbox, with the current directory writable).
func TestExec(t *testing.T) {
	dir := exampleStudy(t)
	wd, _ := os.Getwd()
	defer os.Chdir(wd)
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	out, errOut, code := opensafely("exec", "ehrql:v1", "generate-dataset", "analysis/dataset_definition.py", "--dummy-tables", "dummy_tables")
	if code != 0 || !strings.HasPrefix(out, "patient_id,practice,sex,age,age_band,") {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	envDir := plainPythonEnv(t)
	t.Setenv("OPENSAFELY_ENV_DIR", envDir)
	writeFiles(t, dir, map[string]string{"hello.py": "import sys\nopen('hello.txt', 'w').write('hi')\nsys.exit(7)\n"})
	_, errOut, code = opensafely("exec", "python:v2", "hello.py")
	if code != 7 {
		t.Errorf("exit %d, want the script's 7: %s", code, errOut)
	}
	if got := readFile(t, filepath.Join(dir, "hello.txt")); got != "hi" {
		t.Errorf("hello.txt = %q", got)
	}
	_, errOut, code = opensafely("exec", "python:v1", "hello.py")
	if code != 1 || !strings.Contains(errOut, "only python:v2 is") {
		t.Errorf("python:v1: exit %d: %s", code, errOut)
	}
	t.Setenv("OPENSAFELY_ENV_DIR", t.TempDir())
	_, errOut, code = opensafely("exec", "python:v2", "hello.py")
	if code != 1 || !strings.Contains(errOut, "opensafely pull python:v2") {
		t.Errorf("missing env: exit %d: %s", code, errOut)
	}
}

// TestGitHubOutput checks --format-output-for-github groups each job's
// summary and log, and --timestamps prefixes progress lines.
func TestGitHubOutput(t *testing.T) {
	dir := exampleStudy(t)
	out, _, code := opensafely("run", "generate_dataset", "--project-dir", dir, "--format-output-for-github", "--timestamps")
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, out)
	}
	for _, want := range []string{
		"::group::\x1b[1m=> generate_dataset\x1b[0m\n   Completed successfully\n",
		"::group::log file: metadata/generate_dataset.log\n",
		"job_definition_id: ",
		"::endgroup::\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	var progress int
	for _, l := range strings.Split(out, "\n") {
		if strings.Contains(l, " generate_dataset: ") && len(l) > 20 && l[4] == '-' && l[10] == ' ' && l[19] == ' ' {
			progress++
		}
	}
	if progress < 3 {
		t.Errorf("timestamped progress lines: %d\n%s", progress, out)
	}
}
