package cli

import (
	"bytes"
	"compress/gzip"
	"os"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"
)

const checkProject = `version: '5.0'
actions:
  generate_dataset:
    run: ehrql:v1 generate-dataset analysis/dataset_definition.py --output output/dataset.csv.gz
    outputs:
      highly_sensitive:
        dataset: output/dataset.csv.gz
  report:
    run: python:v2 analysis/report.py output/dataset.csv.gz
    needs: [generate_dataset]
    outputs:
      highly_sensitive:
        script: output/generated.py
      moderately_sensitive:
        table: output/report.csv
  model:
    run: r:v2 analysis/model.R
    outputs:
      moderately_sensitive:
        table: output/model.csv
  chart:
    run: python:v2 output/generated.py
    needs: [report]
    outputs:
      moderately_sensitive:
        chart: output/chart.png
`

func TestOpensafelyCheck(t *testing.T) {
	srv := codelistsServer(t)
	t.Setenv(opencodelistsURLEnv, srv.URL)
	t.Setenv("GITHUB_WORKFLOW", "")
	t.Chdir(t.TempDir())
	writeFile(t, "project.yaml", checkProject)
	writeFile(t, "analysis/dataset_definition.py", "")
	writeFile(t, "analysis/report.py", "")

	// The R script is missing; scripts an action produces are fine; there
	// are no codelists.
	code, out, errOut := run(t, Opensafely(), "check")
	wantErr := "Action 'model' runs analysis/model.R, which does not exist in the project\n  in \"project.yaml\", line 16\n\nopensafely check found 1 problem\n"
	if code != 1 || errOut != wantErr || out != "No 'codelists' directory present so nothing to check\n" {
		t.Errorf("missing script: code %d, stdout %q, stderr %q", code, out, errOut)
	}

	writeFile(t, "analysis/model.R", "")
	writeFile(t, "codelists/codelists.txt", "opensafely/asthma-diagnosis/2020-04-15\n")
	if code, _, errOut := run(t, Opensafely(), "codelists", "update"); code != 0 {
		t.Fatal(errOut)
	}
	code, out, errOut = run(t, Opensafely(), "check")
	if code != 0 || errOut != "" || out != "project.yaml is valid: 4 actions (generate_dataset, report, model, chart)\nLocal codelists OK\n" {
		t.Errorf("valid project: code %d, stdout %q, stderr %q", code, out, errOut)
	}
	nRequests := len(srv.Requests())
	code, out, _ = run(t, Opensafely(), "check", "--upstream")
	if code != 0 || !strings.HasSuffix(out, "\nCodelists OK\n") || len(srv.Requests()) != nRequests+1 {
		t.Errorf("--upstream: code %d, stdout %q", code, out)
	}

	// Both an invalid project and a codelists problem are reported.
	writeFile(t, "project.yaml", strings.Replace(checkProject, "needs: [report]", "needs: [nonexistent]", 1))
	writeFile(t, "codelists/extra.csv", "code\n")
	code, out, errOut = run(t, Opensafely(), "check")
	for _, want := range []string{
		"Invalid project: project.yaml\n",
		"nonexistent",
		"It looks like CSV files have been added or deleted in the 'codelists' folder.\n    added: extra.csv\n",
		"opensafely check found 2 problems\n",
	} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut)
		}
	}
	if code != 1 || out != "" {
		t.Errorf("two problems: code %d, stdout %q", code, out)
	}

	// No project.yaml at all.
	code, _, errOut = run(t, Opensafely(), "check", "--project-dir", t.TempDir())
	if code != 1 || !strings.HasPrefix(errOut, "No project.yaml file found in ") {
		t.Errorf("no project: code %d, stderr %q", code, errOut)
	}
	code, _, errOut = run(t, Opensafely(), "check", "extra")
	if code != 2 || !strings.Contains(errOut, "check takes no arguments") {
		t.Errorf("extra argument: code %d, stderr %q", code, errOut)
	}
}

func gz(t *testing.T, name, content string, mtime time.Time) {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write([]byte(content))
	zw.Close()
	writeFile(t, name, b.String())
	if err := os.Chtimes(name, mtime, mtime); err != nil {
		t.Fatal(err)
	}
}

func TestOpensafelyUnzip(t *testing.T) {
	t.Chdir(t.TempDir())
	old := time.Now().Add(-time.Hour)
	gz(t, "output/dataset.csv.gz", "patient_id,age\n1,30\n", old)
	gz(t, "output/sub/measures.dta.gz", "stata bytes", old)
	gz(t, "output/sub/done.csv.gz", "new,content\n", old)
	writeFile(t, "output/sub/done.csv", "already here\n") // newer than its .gz
	writeFile(t, "output/notes.txt", "not compressed\n")

	code, out, errOut := run(t, Opensafely(), "unzip", "output/")
	want := "output/dataset.csv.gz unzipped to output/dataset.csv\n" +
		"output/sub/done.csv.gz already unzipped to output/sub/done.csv\n" +
		"output/sub/measures.dta.gz unzipped to output/sub/measures.dta\n"
	if code != 0 || out != want || errOut != "" {
		t.Errorf("unzip dir: code %d, stdout %q, stderr %q", code, out, errOut)
	}
	for name, want := range map[string]string{
		"output/dataset.csv":      "patient_id,age\n1,30\n",
		"output/sub/measures.dta": "stata bytes",
		"output/sub/done.csv":     "already here\n",
	} {
		if got, _ := os.ReadFile(name); string(got) != want {
			t.Errorf("%s = %q, want %q", name, got, want)
		}
	}

	// A single file; a newer .gz is unzipped again.
	gz(t, "output/sub/done.csv.gz", "new,content\n", time.Now().Add(time.Hour))
	code, out, _ = run(t, Opensafely(), "unzip", "output/sub/done.csv.gz")
	if got, _ := os.ReadFile("output/sub/done.csv"); code != 0 || out != "output/sub/done.csv.gz unzipped to output/sub/done.csv\n" || string(got) != "new,content\n" {
		t.Errorf("single file: code %d, stdout %q, content %q", code, out, got)
	}

	// Failures: a corrupt file leaves no output and no temporary file.
	writeFile(t, "bad/broken.csv.gz", "this is not gzip")
	code, _, errOut = run(t, Opensafely(), "unzip", "bad")
	if code != 1 || !strings.HasPrefix(errOut, "could not unzip bad/broken.csv.gz: not a gzip file") {
		t.Errorf("corrupt: code %d, stderr %q", code, errOut)
	}
	var full bytes.Buffer
	zw := gzip.NewWriter(&full)
	zw.Write(bytes.Repeat([]byte("row,of,data\n"), 10000))
	zw.Close()
	writeFile(t, "bad/broken.csv.gz", full.String()[:full.Len()/2])
	code, _, errOut = run(t, Opensafely(), "unzip", "bad/broken.csv.gz")
	if code != 1 || !strings.Contains(errOut, "unexpected EOF") {
		t.Errorf("truncated: code %d, stderr %q", code, errOut)
	}
	if entries, _ := os.ReadDir("bad"); len(entries) != 1 {
		t.Errorf("files left in bad/: %v", entries)
	}
	for _, tc := range []struct{ arg, want string }{
		{"missing.csv.gz", "missing.csv.gz does not exist\n"},
		{"output/notes.txt", "output/notes.txt is not a .gz file\n"},
	} {
		code, _, errOut := run(t, Opensafely(), "unzip", tc.arg)
		if code != 1 || errOut != tc.want {
			t.Errorf("%s: code %d, stderr %q", tc.arg, code, errOut)
		}
	}
	if code, _, _ := run(t, Opensafely(), "unzip"); code != 2 {
		t.Errorf("no path: code %d", code)
	}
}

func TestOpensafelyInfo(t *testing.T) {
	code, out, errOut := run(t, Opensafely(), "info")
	if code != 0 || errOut != "" {
		t.Fatalf("code %d, stderr %q", code, errOut)
	}
	lines := strings.Split(out, "\n")
	if lines[0] != "opensafely version: "+Version || !strings.Contains(out, "cpu: "+strconv.Itoa(runtime.NumCPU())+"\n") {
		t.Errorf("output:\n%s", out)
	}
	if !strings.Contains(out, "\nsandbox: ") || !(strings.Contains(out, "\ndocker version: ") || strings.Contains(out, "\ndocker: not running")) {
		t.Errorf("output:\n%s", out)
	}
	if runtime.GOOS == "linux" && !strings.Contains(out, "\nmemory: ") {
		t.Errorf("no memory line:\n%s", out)
	}
}
