package runner_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/opensafely-go/opensafely/internal/runner"
)

// A chain a -> b -> c and an independent d, all python:v2 scripts using
// only the standard library.
var chainProject = map[string]string{
	"project.yaml": `version: '5.0'
actions:
  a:
    run: python:v2 analysis/a.py
    outputs:
      highly_sensitive:
        a: output/a.txt
  b:
    run: python:v2 analysis/b.py
    needs: [a]
    outputs:
      highly_sensitive:
        b: output/b.txt
  c:
    run: python:v2 analysis/c.py
    needs: [b]
    outputs:
      moderately_sensitive:
        c: output/c.csv
  d:
    run: python:v2 analysis/d.py
    outputs:
      moderately_sensitive:
        d: output/d.txt
`,
	"analysis/a.py": "import os\nos.makedirs('output', exist_ok=True)\nopen('output/a.txt', 'w').write('A1')\nprint('a ran')\n",
	"analysis/b.py": "a = open('output/a.txt').read()\nopen('output/b.txt', 'w').write(a + 'B')\n",
	// Needs are not transitive: c gets b's outputs, not a's.
	"analysis/c.py": "import os\nassert not os.path.exists('output/a.txt')\nb = open('output/b.txt').read()\nopen('output/c.csv', 'w').write('value\\n' + b + '\\n')\n",
	"analysis/d.py": "import os\nos.makedirs('output', exist_ok=True)\nopen('output/d.txt', 'w').write('D')\n",
}

func TestRunAllThenReuse(t *testing.T) {
	p := newProject(t, chainProject)
	out, _, err := p.run([]string{"run_all"})
	if err != nil {
		t.Fatal(err)
	}
	if got := actionsOf(out); got != "a,b,c,d" {
		t.Fatalf("jobs = %s, want a,b,c,d", got)
	}
	for _, j := range out.Jobs {
		if j.State != runner.Succeeded || j.StatusMessage != "Completed successfully" {
			t.Errorf("%s: %s %s %q", j.Action, j.State, j.StatusCode, j.StatusMessage)
		}
	}
	if got := readFile(t, filepath.Join(p.dir, "output/c.csv")); got != "value\nA1B\n" {
		t.Errorf("output/c.csv = %q", got)
	}
	// Nothing to do the second time.
	out, _, err = p.run([]string{"run_all"})
	if err != nil {
		t.Fatal(err)
	}
	if out.NothingToDo != runner.AllDone || len(out.Jobs) != 0 {
		t.Errorf("second run_all: nothing-to-do %q, jobs %s", out.NothingToDo, actionsOf(out))
	}
	// An explicitly requested action re-runs; its succeeded dependencies
	// are reused.
	out, _, err = p.run([]string{"c"})
	if err != nil {
		t.Fatal(err)
	}
	if got := actionsOf(out); got != "c" {
		t.Errorf("run c: jobs = %s, want c", got)
	}
	// -f re-runs the dependencies too.
	out, _, err = p.run([]string{"c"}, func(o *runner.Options) { o.ForceRunDependencies = true })
	if err != nil {
		t.Fatal(err)
	}
	if got := actionsOf(out); got != "a,b,c" {
		t.Errorf("run -f c: jobs = %s, want a,b,c", got)
	}
}

func TestUnknownAction(t *testing.T) {
	p := newProject(t, chainProject)
	_, _, err := p.run([]string{"nope"})
	re, ok := err.(*runner.RequestError)
	if !ok || re.Name != "UnknownActionError" || re.Msg != "Action 'nope' not found in project.yaml" || len(re.ValidActions) != 4 {
		t.Fatalf("err = %#v", err)
	}
}

func TestMissingOutputsMeanNeverRun(t *testing.T) {
	p := newProject(t, chainProject)
	if _, _, err := p.run([]string{"b"}); err != nil {
		t.Fatal(err)
	}
	os.Remove(filepath.Join(p.dir, "output/a.txt"))
	out, _, err := p.run([]string{"c"})
	if err != nil {
		t.Fatal(err)
	}
	// a's output is gone, so a runs; b ran on a's old job, so it is stale.
	if got := actionsOf(out); got != "a,b,c" {
		t.Errorf("jobs = %s, want a,b,c", got)
	}
}

func TestFailedDependency(t *testing.T) {
	files := map[string]string{}
	for k, v := range chainProject {
		files[k] = v
	}
	files["analysis/a.py"] = "import sys\nprint('something went wrong', file=sys.stderr)\nsys.exit(3)\n"
	p := newProject(t, files)
	out, _, err := p.run([]string{"run_all"}, func(o *runner.Options) { o.ContinueOnError = true; o.Concurrency = 1 })
	if err != nil {
		t.Fatal(err)
	}
	jobs := jobsByAction(out)
	if j := jobs["a"]; j.StatusCode != runner.NonzeroExit || j.StatusMessage != "Job exited with an error" || *j.ExitCode != 3 {
		t.Errorf("a: %s %q", j.StatusCode, j.StatusMessage)
	}
	for _, name := range []string{"b", "c"} {
		if j := jobs[name]; j.StatusCode != runner.DependencyFailed || j.StatusMessage != "Not starting as dependency failed" {
			t.Errorf("%s: %s %q", name, j.StatusCode, j.StatusMessage)
		}
	}
	if j := jobs["d"]; j.State != runner.Succeeded {
		t.Errorf("d with --continue-on-error: %s", j.State)
	}
	log := readFile(t, filepath.Join(p.dir, "metadata/a.log"))
	if !strings.Contains(log, " something went wrong\n") || !strings.Contains(log, "exit_code: 3\n") {
		t.Errorf("a's log:\n%s", log)
	}

	// Without --continue-on-error the run stops at the first failure:
	// nothing else starts.
	p2 := newProject(t, files)
	out, _, err = p2.run([]string{"run_all"}, func(o *runner.Options) { o.Concurrency = 1 })
	if err != nil {
		t.Fatal(err)
	}
	jobs = jobsByAction(out)
	if j := jobs["d"]; j.State != runner.Failed || j.StartedAt != 0 || !j.Cancelled {
		t.Errorf("d after a failure without --continue-on-error: %s started=%d cancelled=%v", j.State, j.StartedAt, j.Cancelled)
	}
	// A failed dependency is re-run next time.
	writeFiles(t, p2.dir, map[string]string{"analysis/a.py": chainProject["analysis/a.py"]})
	out, _, err = p2.run([]string{"b"})
	if err != nil {
		t.Fatal(err)
	}
	if got := actionsOf(out); got != "a,b" {
		t.Errorf("jobs = %s, want a,b", got)
	}
}

func TestUnmatchedPatterns(t *testing.T) {
	p := newProject(t, map[string]string{
		"project.yaml":  "version: '5.0'\nactions:\n  a:\n    run: python:v2 analysis/a.py\n    outputs:\n      highly_sensitive:\n        t: output/*.csv\n",
		"analysis/a.py": "import os\nos.makedirs('outputs', exist_ok=True)\nopen('outputs/table.csv', 'w').write('x')\n",
	})
	out, _, err := p.run([]string{"a"})
	if err != nil {
		t.Fatal(err)
	}
	j := out.Jobs[0]
	if j.StatusCode != runner.UnmatchedPatterns || j.StatusMessage != "No outputs found matching patterns:\n  output/*.csv" {
		t.Errorf("status %s %q", j.StatusCode, j.StatusMessage)
	}
	if j.Hint != "Did you mean to match one of these files instead?\n  outputs/table.csv" {
		t.Errorf("hint %q", j.Hint)
	}
	if _, err := os.Stat(filepath.Join(p.dir, "outputs/table.csv")); err == nil {
		t.Error("an unmatched file was copied into the workspace")
	}
}

func TestStaleDependencyRerun(t *testing.T) {
	p := newProject(t, chainProject)
	if _, _, err := p.run([]string{"run_all"}); err != nil {
		t.Fatal(err)
	}
	writeFiles(t, p.dir, map[string]string{"analysis/a.py": strings.Replace(chainProject["analysis/a.py"], "A1", "A2", 1)})

	// The reference rule: reuse the succeeded dependency anyway.
	out, _, err := p.run([]string{"b"}, func(o *runner.Options) { o.ReuseStale = true })
	if err != nil {
		t.Fatal(err)
	}
	if got := actionsOf(out); got != "b" || len(out.Stale) != 0 {
		t.Errorf("with ReuseStale: jobs = %s, stale = %v", got, out.Stale)
	}
	if got := readFile(t, filepath.Join(p.dir, "output/b.txt")); got != "A1B" {
		t.Errorf("b.txt = %q", got)
	}
	// Ours: a's script changed, so a re-runs, and c's dependency b then
	// ran again since c succeeded... c is requested, so it runs anyway.
	out, _, err = p.run([]string{"c"})
	if err != nil {
		t.Fatal(err)
	}
	if got := actionsOf(out); got != "a,b,c" {
		t.Errorf("jobs = %s, want a,b,c", got)
	}
	if len(out.Stale) != 2 || out.Stale[0].Action != "a" || strings.Join(out.Stale[0].Changed, ",") != "analysis/a.py" ||
		out.Stale[1].Action != "b" || out.Stale[1].Dependency != "a" {
		t.Errorf("stale = %+v", out.Stale)
	}
	if got := readFile(t, filepath.Join(p.dir, "output/c.csv")); got != "value\nA2B\n" {
		t.Errorf("c.csv = %q", got)
	}
}

func TestLevel4ChecksAndManifest(t *testing.T) {
	p := newProject(t, map[string]string{
		"project.yaml": `version: '5.0'
actions:
  tables:
    run: python:v2 analysis/tables.py
    outputs:
      moderately_sensitive:
        ok: output/ok.csv
        ids: output/ids.csv
        long: output/long.csv
        big: output/big.txt
      highly_sensitive:
        raw: output/raw.csv
`,
		"analysis/tables.py": `import os
os.makedirs('output', exist_ok=True)
open('output/ok.csv', 'w').write('group,count\na,10\nb,20\n')
open('output/ids.csv', 'w').write('patient_id,value\n1,2\n')
open('output/long.csv', 'w').write('n\n' + ''.join(f'{i}\n' for i in range(5001)))
open('output/big.txt', 'w').write('x' * (17 * 1024 * 1024))
open('output/raw.csv', 'w').write('patient_id\n1\n')
`,
	})
	out, _, err := p.run([]string{"tables"})
	if err != nil {
		t.Fatal(err)
	}
	j := out.Jobs[0]
	want := "Completed successfully, but some file(s) marked as moderately_sensitive were excluded. See job log for details."
	if j.State != runner.Succeeded || j.StatusMessage != want {
		t.Fatalf("status %s %q", j.State, j.StatusMessage)
	}
	wantExcluded := map[string]string{
		"output/ids.csv":  "File has patient_id column",
		"output/long.csv": "File row count (5001) exceeds maximum allowed rows (5000)",
		"output/big.txt":  "File size of 17.0Mb is larger that limit of 16.0Mb.",
	}
	for f, msg := range wantExcluded {
		if j.Level4ExcludedFiles[f] != msg {
			t.Errorf("excluded[%s] = %q, want %q", f, j.Level4ExcludedFiles[f], msg)
		}
	}
	if len(j.Level4ExcludedFiles) != 3 {
		t.Errorf("excluded = %v", j.Level4ExcludedFiles)
	}
	l4 := filepath.Join(p.dir, "metadata", "level4")
	// Passing files are in Level 4; failing ones are replaced by an
	// explanation; highly_sensitive files never go there. All are in the
	// workspace (Level 3).
	if _, err := os.Stat(filepath.Join(l4, "output/ok.csv")); err != nil {
		t.Error(err)
	}
	for f := range wantExcluded {
		if _, err := os.Stat(filepath.Join(l4, f)); err == nil {
			t.Errorf("%s copied to Level 4", f)
		}
		if txt := readFile(t, filepath.Join(l4, f+".txt")); !strings.Contains(txt, f) {
			t.Errorf("%s.txt does not name the file: %q", f, txt)
		}
		if _, err := os.Stat(filepath.Join(p.dir, f)); err != nil {
			t.Errorf("%s missing from the workspace", f)
		}
	}
	if _, err := os.Stat(filepath.Join(l4, "output/raw.csv")); err == nil {
		t.Error("highly_sensitive file copied to Level 4")
	}
	log := readFile(t, filepath.Join(p.dir, "metadata/tables.log"))
	wantTail := `
outputs:
  output/big.txt   - moderately_sensitive
  output/ids.csv   - moderately_sensitive
  output/long.csv  - moderately_sensitive
  output/ok.csv    - moderately_sensitive
  output/raw.csv   - highly_sensitive

Invalid moderately_sensitive outputs:
  output/big.txt   - File size of 17.0Mb is larger that limit of 16.0Mb.
  output/ids.csv   - File has patient_id column
  output/long.csv  - File row count (5001) exceeds maximum allowed rows (5000)
`
	if !strings.HasSuffix(log, wantTail) {
		t.Errorf("log ends:\n%s\nwant:\n%s", log[max(0, len(log)-600):], wantTail)
	}
	var m runner.Manifest
	if err := json.Unmarshal([]byte(readFile(t, filepath.Join(p.dir, "metadata/manifest.json"))), &m); err != nil {
		t.Fatal(err)
	}
	ok := m.Outputs["output/ok.csv"]
	if m.Workspace != "study" || ok == nil || ok.Excluded || *ok.RowCount != 2 || *ok.ColCount != 2 || ok.Size != 22 || len(ok.ContentHash) != 64 || ok.Action != "tables" || ok.JobID != j.ID {
		t.Errorf("manifest entry for ok.csv: %+v", ok)
	}
	if ids := m.Outputs["output/ids.csv"]; !ids.Excluded || *ids.Message != "File has patient_id column" {
		t.Errorf("manifest entry for ids.csv: %+v", ids)
	}
	if _, err := os.Stat(filepath.Join(l4, "metadata/manifest.json")); err != nil {
		t.Error("no manifest in Level 4:", err)
	}

	// The action stops producing big.txt (its pattern goes), and a new
	// action appears: big.txt is out of date; then removing the action
	// marks its outputs out_of_date_action.
	writeFiles(t, p.dir, map[string]string{
		"project.yaml":       strings.Replace(readFile(t, filepath.Join(p.dir, "project.yaml")), "        big: output/big.txt\n", "", 1),
		"analysis/tables.py": strings.Replace(readFile(t, filepath.Join(p.dir, "analysis/tables.py")), "open('output/big.txt', 'w').write('x' * (17 * 1024 * 1024))\n", "", 1),
	})
	if _, _, err := p.run([]string{"tables"}); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(readFile(t, filepath.Join(p.dir, "metadata/manifest.json"))), &m); err != nil {
		t.Fatal(err)
	}
	if !m.Outputs["output/big.txt"].OutOfDateOutput || m.Outputs["output/ok.csv"].OutOfDateOutput {
		t.Errorf("out_of_date_output: big %v ok %v", m.Outputs["output/big.txt"].OutOfDateOutput, m.Outputs["output/ok.csv"].OutOfDateOutput)
	}
	writeFiles(t, p.dir, map[string]string{"project.yaml": "version: '5.0'\nactions:\n  other:\n    run: python:v2 analysis/other.py\n    outputs:\n      moderately_sensitive:\n        o: output/o.txt\n",
		"analysis/other.py": "open('output/o.txt', 'w').write('o')\n"})
	if _, _, err := p.run([]string{"other"}); err != nil {
		t.Fatal(err)
	}
	m = runner.Manifest{}
	if err := json.Unmarshal([]byte(readFile(t, filepath.Join(p.dir, "metadata/manifest.json"))), &m); err != nil {
		t.Fatal(err)
	}
	if !m.Outputs["output/ok.csv"].OutOfDateAction || m.Outputs["output/o.txt"].OutOfDateAction {
		t.Errorf("out_of_date_action: ok %v o %v", m.Outputs["output/ok.csv"].OutOfDateAction, m.Outputs["output/o.txt"].OutOfDateAction)
	}
}

func TestLogFormat(t *testing.T) {
	p := newProject(t, chainProject)
	out, _, err := p.run([]string{"a"})
	if err != nil {
		t.Fatal(err)
	}
	j := out.Jobs[0]
	log := readFile(t, filepath.Join(p.dir, "metadata/a.log"))
	lines := strings.Split(log, "\n")
	// One timestamped body line: RFC 3339 with nanoseconds, a space, the
	// output.
	if len(lines[0]) != 36 || lines[0][30] != ' ' || !strings.HasSuffix(lines[0], "Z a ran") || lines[0][4] != '-' || lines[0][10] != 'T' {
		t.Errorf("body line %q", lines[0])
	}
	trailer := strings.Join(lines[1:], "\n")
	wantStart := "\n\njob_definition_id: " + j.ID + "\njob_definition_request_id: " + j.RapID + "\nexit_code: 0\ncreated_at: "
	if !strings.HasPrefix(trailer, wantStart) {
		t.Errorf("trailer:\n%q\nwant prefix\n%q", trailer, wantStart)
	}
	if !strings.HasSuffix(trailer, "\nstatus_message: Completed successfully\n\noutputs:\n  output/a.txt  - highly_sensitive\n") {
		t.Errorf("trailer:\n%s", trailer)
	}
	if !strings.Contains(trailer, "\ncompleted_at: ") || strings.Contains(trailer, "hint:") || strings.Contains(trailer, "commit:") {
		t.Errorf("trailer keys:\n%s", trailer)
	}
	if l4 := readFile(t, filepath.Join(p.dir, "metadata/level4/metadata/a.log")); l4 != log {
		t.Error("Level 4 log differs")
	}
}

// TestConcurrencyLimit runs three independent half-second jobs: with a
// limit of one they never overlap, with a limit of three they do.
func TestConcurrencyLimit(t *testing.T) {
	files := map[string]string{"project.yaml": "version: '5.0'\nactions:\n"}
	for _, n := range []string{"x", "y", "z"} {
		files["project.yaml"] += "  " + n + ":\n    run: python:v2 analysis/" + n + ".py\n    outputs:\n      moderately_sensitive:\n        t: output/" + n + ".csv\n"
		files["analysis/"+n+".py"] = "import os, time\nos.makedirs('output', exist_ok=True)\nstart = time.time()\ntime.sleep(0.5)\nopen('output/" + n + ".csv', 'w').write(f'start,end\\n{start},{time.time()}\\n')\n"
	}
	overlaps := func(limit int) bool {
		p := newProject(t, files)
		if _, _, err := p.run([]string{"run_all"}, func(o *runner.Options) { o.Concurrency = limit }); err != nil {
			t.Fatal(err)
		}
		type span struct{ start, end float64 }
		var spans []span
		for _, n := range []string{"x", "y", "z"} {
			var s span
			line := strings.Split(readFile(t, filepath.Join(p.dir, "output", n+".csv")), "\n")[1]
			if _, err := fmt.Sscanf(strings.Replace(line, ",", " ", 1), "%f %f", &s.start, &s.end); err != nil {
				t.Fatal(err)
			}
			spans = append(spans, s)
		}
		for i := range spans {
			for j := range spans {
				if i != j && spans[i].start < spans[j].end && spans[j].start < spans[i].end {
					return true
				}
			}
		}
		return false
	}
	if overlaps(1) {
		t.Error("jobs overlapped with a concurrency limit of 1")
	}
	if !overlaps(3) {
		t.Error("no jobs overlapped with a concurrency limit of 3")
	}
}
