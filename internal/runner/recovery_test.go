package runner_test

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/opensafely-go/opensafely/internal/runner"
)

var recoveryProject = map[string]string{
	"project.yaml": `version: '5.0'
actions:
  fast:
    run: python:v2 analysis/fast.py
    outputs:
      highly_sensitive:
        f: output/fast.txt
  slow:
    run: python:v2 analysis/slow.py
    needs: [fast]
    outputs:
      moderately_sensitive:
        s: output/slow.txt
`,
	"analysis/fast.py": "import os\nos.makedirs('output', exist_ok=True)\nopen('output/fast.txt', 'w').write('fast')\n",
	"analysis/slow.py": "import time\nprint('started', flush=True)\ntime.sleep(120)\nopen('output/slow.txt', 'w').write(open('output/fast.txt').read() + ' slow')\n",
}

// TestKillRunnerMidJob kills `opensafely run` (SIGKILL) while a job runs,
// then runs again: the finished job's outputs and record are kept and not
// re-run, the killed job's process is gone, and the interrupted action
// runs again to success.
func TestKillRunnerMidJob(t *testing.T) {
	p := newProject(t, recoveryProject)
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(self, "__opensafely__", "run", "slow", "--project-dir", p.dir)
	cmd.Env = append(os.Environ(), "OPENSAFELY_ENV_DIR="+p.envDir)
	var out strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Wait for the slow job to be running.
	var slowLog string
	deadline := time.Now().Add(60 * time.Second)
	for slowLog == "" {
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			cmd.Wait()
			t.Fatalf("the slow job never started; output:\n%s", out.String())
		}
		time.Sleep(20 * time.Millisecond)
		logs, _ := filepath.Glob(filepath.Join(p.dir, "metadata/jobs/*/logs.txt"))
		for _, l := range logs {
			if data, _ := os.ReadFile(l); strings.Contains(string(data), " started") {
				slowLog = l
			}
		}
	}
	fastInfo, err := os.Stat(filepath.Join(p.dir, "output/fast.txt"))
	if err != nil {
		t.Fatalf("fast's output missing while slow runs: %v", err)
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()

	// The job's process died with the runner.
	pidData, err := os.ReadFile(filepath.Join(filepath.Dir(slowLog), "pid"))
	if err != nil {
		t.Fatal(err)
	}
	pid, _ := strconv.Atoi(strings.Fields(string(pidData))[0])
	for i := 0; ; i++ {
		if err := syscall.Kill(pid, 0); err != nil {
			break
		}
		if i == 100 {
			t.Fatalf("job process %d outlived the killed runner", pid)
		}
		time.Sleep(20 * time.Millisecond)
	}

	writeFiles(t, p.dir, map[string]string{"analysis/slow.py": strings.Replace(recoveryProject["analysis/slow.py"], "time.sleep(120)", "pass", 1)})
	res, _, err := p.run([]string{"slow"})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Recovered) != 1 || res.Recovered[0].Action != "slow" || res.Recovered[0].State != runner.Failed {
		t.Fatalf("recovered = %+v", res.Recovered)
	}
	if got := actionsOf(res); got != "slow" {
		t.Errorf("second run jobs = %s, want slow only (fast reused)", got)
	}
	if j := res.Jobs[0]; j.State != runner.Succeeded {
		t.Errorf("slow: %s %q", j.State, j.StatusMessage)
	}
	if got := readFile(t, filepath.Join(p.dir, "output/slow.txt")); got != "fast slow" {
		t.Errorf("slow.txt = %q", got)
	}
	if fi, _ := os.Stat(filepath.Join(p.dir, "output/fast.txt")); !fi.ModTime().Equal(fastInfo.ModTime()) {
		t.Error("fast's output was rewritten")
	}
	// The killed run's job directory was cleaned up.
	if vols, _ := filepath.Glob(filepath.Join(p.dir, "metadata/volumes/*")); len(vols) != 0 {
		t.Errorf("job directories left: %v", vols)
	}
}

// TestExecutorStateFromDisk drives a job with one executor value and
// picks it up with a fresh one (as after a crash) at each step: the state
// is derived from the files, and each call is idempotent.
func TestExecutorStateFromDisk(t *testing.T) {
	p := newProject(t, recoveryProject)
	ctx := context.Background()
	def := &runner.JobDefinition{
		ID: "testjob0000000001", RapID: "r", Workspace: "study", Action: "fast", Image: "python:v2",
		Args: []string{"analysis/fast.py"}, OutputSpec: map[string]string{"output/fast.txt": "highly_sensitive"},
	}
	step := func(name string, f func(*runner.LocalExecutor) (runner.Status, error), want runner.ExecutorState) {
		t.Helper()
		for i := 0; i < 2; i++ { // twice: idempotent
			st, err := f(p.executor())
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if st.State != want {
				t.Fatalf("%s (call %d): state %s, want %s", name, i+1, st.State, want)
			}
		}
		if st, _ := p.executor().GetStatus(ctx, def); st.State != want {
			t.Fatalf("after %s a fresh executor sees %s, want %s", name, st.State, want)
		}
	}
	if st, _ := p.executor().GetStatus(ctx, def); st.State != runner.StateUnknown {
		t.Fatalf("initial state %s", st.State)
	}
	step("prepare", func(e *runner.LocalExecutor) (runner.Status, error) { return e.Prepare(ctx, def) }, runner.StatePrepared)
	e := p.executor()
	if _, err := e.Execute(ctx, def); err != nil {
		t.Fatal(err)
	}
	if st, err := e.Wait(ctx, def); err != nil || st.State != runner.StateExecuted {
		t.Fatalf("wait: %v %v", st.State, err)
	}
	step("execute again", func(e *runner.LocalExecutor) (runner.Status, error) { return e.Execute(ctx, def) }, runner.StateExecuted)
	step("finalize", func(e *runner.LocalExecutor) (runner.Status, error) { return e.Finalize(ctx, def, false) }, runner.StateFinalized)
	st, _ := p.executor().GetStatus(ctx, def)
	if st.Results == nil || st.Results.ExitCode != 0 || st.Results.Outputs["output/fast.txt"] != "highly_sensitive" {
		t.Fatalf("results %+v", st.Results)
	}
	if _, err := p.executor().Cleanup(ctx, def); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(p.dir, "metadata/volumes", def.ID)); err == nil {
		t.Error("cleanup left the job directory")
	}
	if st, _ := p.executor().GetStatus(ctx, def); st.State != runner.StateFinalized {
		t.Errorf("after cleanup: %s, want finalized (results kept)", st.State)
	}
}

// TestCancelRun cancels a run (Ctrl-C) while a job runs: the job's process
// is killed, the job ends cancelled with no outputs copied, and jobs not
// started are cancelled too.
func TestCancelRun(t *testing.T) {
	files := map[string]string{}
	for k, v := range recoveryProject {
		files[k] = v
	}
	files["analysis/slow.py"] = "import os, time\nprint('started', flush=True)\nos.makedirs('output', exist_ok=True)\nopen('output/slow.txt', 'w').write('partial')\ntime.sleep(120)\n"
	files["analysis/after.py"] = "open('output/after.txt', 'w').write('after')\n"
	files["project.yaml"] += "  after:\n    run: python:v2 analysis/after.py\n    needs: [slow]\n    outputs:\n      highly_sensitive:\n        f: output/after.txt\n"
	p := newProject(t, files)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	p.ctx = ctx
	done := make(chan struct{})
	var res *runner.Outcome
	go func() {
		defer close(done)
		var err error
		res, _, err = p.run([]string{"after"}, func(o *runner.Options) {
			o.Progress = func(ev runner.Event) {
				if ev.Action == "slow" && ev.Message == "Executing job on the backend" {
					go func() {
						// Cancel once the script is running.
						for i := 0; i < 500; i++ {
							logs, _ := filepath.Glob(filepath.Join(p.dir, "metadata/jobs/*/logs.txt"))
							for _, l := range logs {
								if data, _ := os.ReadFile(l); strings.Contains(string(data), " started") {
									cancel()
									return
								}
							}
							time.Sleep(10 * time.Millisecond)
						}
					}()
				}
			}
		})
		if err != nil {
			t.Error(err)
		}
	}()
	select {
	case <-done:
	case <-time.After(60 * time.Second):
		t.Fatal("the run did not stop after cancellation")
	}
	if res == nil {
		t.Fatal("no outcome")
	}
	jobs := jobsByAction(res)
	if j := jobs["slow"]; j.State != runner.Failed || j.StatusCode != runner.CancelledByUser || !j.Cancelled {
		t.Errorf("slow: %s %s cancelled=%v", j.State, j.StatusCode, j.Cancelled)
	}
	if j := jobs["after"]; j.State != runner.Failed || j.StartedAt != 0 {
		t.Errorf("after: %s started=%d", j.State, j.StartedAt)
	}
	if jobs["fast"].State != runner.Succeeded {
		t.Errorf("fast: %s", jobs["fast"].State)
	}
	if _, err := os.Stat(filepath.Join(p.dir, "output/slow.txt")); err == nil {
		t.Error("a cancelled job's output was copied into the workspace")
	}
}
