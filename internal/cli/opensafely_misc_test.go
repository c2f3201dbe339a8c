package cli

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/opensafely-go/opensafely/internal/runner"
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
	// A codelists folder of the study's own codelists is not checked.
	writeFile(t, "codelists/local.csv", "code\n")
	code, out, errOut = run(t, Opensafely(), "check")
	if code != 0 || errOut != "" || out != "project.yaml is valid: 4 actions (generate_dataset, report, model, chart)\nNo OpenCodelists codelists to check ('codelists/codelists.txt' does not exist)\n" {
		t.Errorf("own codelists: code %d, stdout %q, stderr %q", code, out, errOut)
	}
	os.Remove("codelists/local.csv")
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
	envDir := t.TempDir()
	t.Setenv("OPENSAFELY_ENV_DIR", envDir)
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
	if !strings.Contains(out, "\nexecution environments:\n  ehrql:v1   built in\n  ehrql:v0   built in\n  python:v2  not installed: run 'opensafely pull python:v2'\n  r:v2       ") {
		t.Errorf("environments:\n%s", out)
	}

	// A provisioned environment is described; one with an older package
	// set needs attention.
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Fatal("python3 is needed (see README)")
	}
	env := filepath.Join(envDir, "python-v2")
	manifest, _ := json.Marshal(map[string]any{"python": python, "base_prefix": "/usr", "version": "3.11.2", "packages": runner.PythonV2Packages})
	writeFile(t, filepath.Join(env, "env.json"), string(manifest))
	_, out, _ = run(t, Opensafely(), "info")
	if want := "\n  python:v2  " + env + " (Python 3.11.2; " + strings.Join(runner.PythonV2Packages, ", ") + ")\n"; !strings.Contains(out, want) {
		t.Errorf("provisioned environment: want %q in\n%s", want, out)
	}
	manifest, _ = json.Marshal(map[string]any{"python": python, "version": "3.11.2", "packages": []string{"pandas==1.0"}})
	writeFile(t, filepath.Join(env, "env.json"), string(manifest))
	_, out, _ = run(t, Opensafely(), "info")
	if !strings.Contains(out, "\n  python:v2  needs attention: The python:v2 environment in "+env+" has an older package set") {
		t.Errorf("old environment:\n%s", out)
	}
}

func TestOpensafelyCleanJobDirectories(t *testing.T) {
	t.Setenv("PATH", t.TempDir()) // no docker
	project := t.TempDir()
	dirs := localDirs(project)
	for _, name := range []string{"finished", "interrupted", "orphan", "half.preparing"} {
		writeFile(t, filepath.Join(dirs.jobs, name, "output/x.csv"), "x\n")
	}
	writeFile(t, filepath.Join(dirs.logs, "finished/metadata.json"), "{}")
	writeFile(t, filepath.Join(dirs.logs, "interrupted/logs.txt"), "")
	writeFile(t, filepath.Join(dirs.logs, "half/logs.txt"), "")

	code, out, errOut := run(t, Opensafely(), "clean", "--project-dir", project)
	want := "Removing 3 job directories from " + dirs.jobs + "...\n" +
		"Kept " + filepath.Join(dirs.jobs, "interrupted") + ": the job was interrupted before its results were recorded; run 'opensafely run' again to recover it\n"
	if code != 0 || out != want || errOut != "" {
		t.Errorf("clean: code %d, stdout %q, stderr %q", code, out, errOut)
	}
	entries, _ := os.ReadDir(dirs.jobs)
	if len(entries) != 1 || entries[0].Name() != "interrupted" {
		t.Errorf("left: %v", entries)
	}
	if !exists(filepath.Join(dirs.logs, "finished/metadata.json")) {
		t.Error("clean removed a job's recorded results")
	}

	// Nothing is removed while a run holds the state database.
	store, err := runner.OpenStore(dirs.state)
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(dirs.jobs, "orphan2/x"), "")
	code, _, errOut = run(t, Opensafely(), "clean", "--project-dir", project)
	store.Close()
	if code != 1 || !strings.Contains(errOut, "not cleaning "+dirs.jobs+": runner: the state database is in use by another opensafely run") {
		t.Errorf("while running: code %d, stderr %q", code, errOut)
	}
	if !exists(filepath.Join(dirs.jobs, "orphan2")) {
		t.Error("removed a job directory while a run was in progress")
	}
	code, out, _ = run(t, Opensafely(), "clean", "--project-dir", project, "--verbose")
	if code != 0 || !strings.Contains(out, "rm -rf "+filepath.Join(dirs.jobs, "orphan2")+"\n") || !strings.HasSuffix(out, "Docker is not running: no containers, volumes or images to remove\n") {
		t.Errorf("after the run: code %d, stdout %q", code, out)
	}
}

// dockerStandIn puts a stand-in docker command first on PATH: a shell
// script that records its arguments and answers like a Docker engine
// with two OpenSAFELY containers and one volume. (No Docker engine runs
// on the test machines; this checks the commands clean sends.)
func dockerStandIn(t *testing.T) (logFile string) {
	bin := t.TempDir()
	logFile = filepath.Join(bin, "calls.log")
	script := `#!/bin/sh
echo "$*" >> '` + logFile + `'
case "$*" in
  "info -f {{json .}}") echo '{"ServerVersion":"28.2.2","MemTotal":8589934592,"NCPU":4}' ;;
  *"--filter label=org.opencontainers.image.vendor=OpenSAFELY") [ "$1" = container ] && printf 'c2\nc1\n' ;;
  *"--filter name=os-job-") echo c1 ;;
  "volume ls --format={{ .Name }} --filter name=os-volume-") echo os-volume-abc ;;
esac
exit 0
`
	if err := os.WriteFile(filepath.Join(bin, "docker"), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", bin+string(os.PathListSeparator)+os.Getenv("PATH"))
	return logFile
}

func TestOpensafelyCleanDocker(t *testing.T) {
	calls := dockerStandIn(t)
	code, out, errOut := run(t, Opensafely(), "clean", "--project-dir", t.TempDir())
	want := "Removing 2 OpenSAFELY containers...\nRemoving 1 OpenSAFELY volumes...\nPruning old OpenSAFELY docker images...\n"
	if code != 0 || out != want || errOut != "" {
		t.Errorf("clean: code %d, stdout %q, stderr %q", code, out, errOut)
	}
	log, _ := os.ReadFile(calls)
	wantCalls := `info -f {{json .}}
container ls --all --format={{ .ID }} --filter label=org.opencontainers.image.vendor=OpenSAFELY
container ls --all --format={{ .ID }} --filter ancestor=ghcr.io/opensafely-core/busybox
container ls --all --format={{ .ID }} --filter name=os-job-
container ls --all --format={{ .ID }} --filter name=os-volume-
rm --force c1 c2
volume ls --format={{ .Name }} --filter name=os-volume-
volume rm --force os-volume-abc
image prune --force --filter label=org.opencontainers.image.vendor=OpenSAFELY
`
	if string(log) != wantCalls {
		t.Errorf("docker calls:\n%s\nwant\n%s", log, wantCalls)
	}

	code, out, _ = run(t, Opensafely(), "info")
	if code != 0 || !strings.Contains(out, "\ndocker version: 28.2.2\ndocker memory: 8.0G\ndocker cpu: 4\n") {
		t.Errorf("info with docker: %q", out)
	}
}
