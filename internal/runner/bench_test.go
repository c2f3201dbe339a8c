package runner_test

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"testing"
	"time"

	"github.com/opensafely-go/opensafely/internal/pipeline"
	"github.com/opensafely-go/opensafely/internal/runner"
	"github.com/opensafely-go/opensafely/internal/sandbox"
)

// Runner overhead per action: compare
//
//	BenchmarkRunTrivialAction  a whole `run` of one python:v2 action
//	                           (schedule, state writes, prepare, sandboxed
//	                           process, finalize, log, manifest, cleanup)
//	BenchmarkSandboxedScript   the same script run directly in the sandbox
//	BenchmarkDirectScript      the same script run with no sandbox
//
// Run - Sandboxed is the runner's own overhead; Sandboxed - Direct the
// sandbox's.
var trivialProject = map[string]string{
	"project.yaml":       "version: '5.0'\nactions:\n  noop:\n    run: python:v2 analysis/noop.py\n    outputs:\n      moderately_sensitive:\n        n: output/noop.csv\n",
	"analysis/noop.py":   "import os\nos.makedirs('output', exist_ok=True)\nopen('output/noop.csv', 'w').write('a,b\\n1,2\\n')\n",
	"analysis/lib.py":    "x = 1\n",
	"codelists/c.csv":    "code,term\n1,one\n",
	"dummy_tables/p.csv": "patient_id\n1\n",
}

func BenchmarkRunTrivialAction(b *testing.B) {
	env := benchEnv(b)
	dir := filepath.Join(b.TempDir(), "study")
	for name, content := range trivialProject {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte(content), 0o644)
	}
	project, err := pipeline.Load(dir)
	if err != nil {
		b.Fatal(err)
	}
	store, err := runner.OpenStore(filepath.Join(dir, "metadata", "db.bbolt"))
	if err != nil {
		b.Fatal(err)
	}
	defer store.Close()
	md := filepath.Join(dir, "metadata")
	ex := &runner.LocalExecutor{
		ProjectDir: dir, JobsDir: filepath.Join(md, "volumes"), LogsDir: filepath.Join(md, "jobs"),
		Workspace: func(string) string { return dir },
		Level4:    func(string) string { return filepath.Join(md, "level4") },
		Launcher:  &runner.Launcher{Envs: &runner.Environments{Dir: env}},
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		out, err := runner.Run(context.Background(), runner.Options{
			Project: project, ProjectDir: dir, Workspace: "study", Actions: []string{"noop"},
			Store: store, Executor: ex, MemoryLimit: 4 << 30,
		})
		if err != nil || out.Jobs[0].State != runner.Succeeded {
			b.Fatalf("%v %+v", err, out)
		}
	}
}

// BenchmarkRunnerOverhead alternates a whole run of the trivial action
// with the same script run directly in the sandbox, so both see the same
// machine load, and reports the medians and their difference: the
// runner's overhead per action.
func BenchmarkRunnerOverhead(b *testing.B) {
	env := benchEnv(b)
	py := benchPython(b, env)
	dir := filepath.Join(b.TempDir(), "study")
	for name, content := range trivialProject {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte(content), 0o644)
	}
	project, err := pipeline.Load(dir)
	if err != nil {
		b.Fatal(err)
	}
	store, err := runner.OpenStore(filepath.Join(dir, "metadata", "db.bbolt"))
	if err != nil {
		b.Fatal(err)
	}
	defer store.Close()
	md := filepath.Join(dir, "metadata")
	ex := &runner.LocalExecutor{
		ProjectDir: dir, JobsDir: filepath.Join(md, "volumes"), LogsDir: filepath.Join(md, "jobs"),
		Workspace: func(string) string { return dir },
		Level4:    func(string) string { return filepath.Join(md, "level4") },
		Launcher:  &runner.Launcher{Envs: &runner.Environments{Dir: env}, Hide: []string{dir}},
	}
	direct := b.TempDir()
	os.MkdirAll(filepath.Join(direct, "analysis"), 0o755)
	os.WriteFile(filepath.Join(direct, "analysis/noop.py"), []byte(trivialProject["analysis/noop.py"]), 0o644)
	argv, err := sandbox.Command(sandbox.Spec{Dir: direct, Argv: []string{py[0], "analysis/noop.py"}, ReadOnly: py[1:],
		MemoryLimit: 4 << 30, Env: map[string]string{"HOME": "/tmp"}})
	if err != nil {
		b.Fatal(err)
	}
	var runs, scripts []time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		start := time.Now()
		out, err := runner.Run(context.Background(), runner.Options{
			Project: project, ProjectDir: dir, Workspace: "study", Actions: []string{"noop"},
			Store: store, Executor: ex, MemoryLimit: 4 << 30,
		})
		if err != nil || out.Jobs[0].State != runner.Succeeded {
			b.Fatalf("%v %+v", err, out)
		}
		runs = append(runs, time.Since(start))
		start = time.Now()
		if out, err := exec.Command(argv[0], argv[1:]...).CombinedOutput(); err != nil {
			b.Fatalf("%v: %s", err, out)
		}
		scripts = append(scripts, time.Since(start))
	}
	median := func(d []time.Duration) float64 {
		sort.Slice(d, func(i, j int) bool { return d[i] < d[j] })
		return float64(d[len(d)/2]) / 1e6
	}
	r, s := median(runs), median(scripts)
	b.ReportMetric(r, "run-ms")
	b.ReportMetric(s, "script-ms")
	b.ReportMetric(r-s, "overhead-ms")
}

func BenchmarkSandboxedScript(b *testing.B) {
	env := benchEnv(b)
	py := benchPython(b, env)
	dir := b.TempDir()
	os.MkdirAll(filepath.Join(dir, "analysis"), 0o755)
	os.WriteFile(filepath.Join(dir, "analysis/noop.py"), []byte(trivialProject["analysis/noop.py"]), 0o644)
	argv, err := sandbox.Command(sandbox.Spec{Dir: dir, Argv: []string{py[0], "analysis/noop.py"}, ReadOnly: py[1:], MemoryLimit: 4 << 30,
		Env: map[string]string{"HOME": "/tmp"}})
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if out, err := exec.Command(argv[0], argv[1:]...).CombinedOutput(); err != nil {
			b.Fatalf("%v: %s", err, out)
		}
	}
}

func BenchmarkDirectScript(b *testing.B) {
	env := benchEnv(b)
	py := benchPython(b, env)
	dir := b.TempDir()
	os.MkdirAll(filepath.Join(dir, "analysis"), 0o755)
	os.WriteFile(filepath.Join(dir, "analysis/noop.py"), []byte(trivialProject["analysis/noop.py"]), 0o644)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		cmd := exec.Command(py[0], "analysis/noop.py")
		cmd.Dir = dir
		if out, err := cmd.CombinedOutput(); err != nil {
			b.Fatalf("%v: %s", err, out)
		}
	}
}

func benchEnv(b *testing.B) string {
	return plainPythonEnv(b)
}

// benchPython returns the interpreter and the directories it needs.
func benchPython(b *testing.B, env string) []string {
	data, err := os.ReadFile(filepath.Join(env, "python-v2", "env.json"))
	if err != nil {
		b.Fatal(err)
	}
	var e runner.PythonEnv
	if err := json.Unmarshal(data, &e); err != nil {
		b.Fatal(err)
	}
	return []string{e.Python, filepath.Join(env, "python-v2"), e.BasePrefix}
}
