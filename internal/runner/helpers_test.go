package runner_test

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/opensafely-go/opensafely/internal/cli"
	"github.com/opensafely-go/opensafely/internal/pipeline"
	"github.com/opensafely-go/opensafely/internal/runner"
	"github.com/opensafely-go/opensafely/internal/sandbox"
)

// The test binary doubles as the opensafely binary: run as
// "<test binary> __opensafely__ ARGS" it is `opensafely ARGS`, and the
// runner starts ehrQL actions as "<test binary> _ehrql -- ARGS".
func TestMain(m *testing.M) {
	if len(os.Args) > 1 {
		switch os.Args[1] {
		case "__opensafely__":
			os.Exit(cli.Opensafely().Run(cli.OSStreams(), os.Args[2:]))
		case "_ehrql":
			os.Exit(cli.Opensafely().Run(cli.OSStreams(), os.Args[1:]))
		}
	}
	os.Exit(m.Run())
}

// requireOrSkip skips a test needing something this machine lacks, unless
// CI is set, where it fails.
func requireOrSkip(t testing.TB, err error) {
	t.Helper()
	if err == nil {
		return
	}
	if os.Getenv("CI") != "" {
		t.Fatalf("CI is set but %v", err)
	}
	t.Skip(err)
}

var (
	plainEnvOnce sync.Once
	plainEnvDir  string
	plainEnvErr  error
)

// plainPythonEnv returns an environment directory whose python:v2 is the
// machine's python3 itself (no pandas): enough for scripts that only use
// the standard library, without provisioning.
func plainPythonEnv(t testing.TB) string {
	t.Helper()
	requireOrSkip(t, sandbox.Available())
	plainEnvOnce.Do(func() {
		out, err := exec.Command("python3", "-c", "import sys, json; print(json.dumps([sys.executable, sys.base_prefix]))").Output()
		if err != nil {
			plainEnvErr = err
			return
		}
		var info []string
		if plainEnvErr = json.Unmarshal(out, &info); plainEnvErr != nil {
			return
		}
		dir, err := os.MkdirTemp("", "runner-env-")
		if err != nil {
			plainEnvErr = err
			return
		}
		env := map[string]any{"python": info[0], "base_prefix": info[1], "version": "test", "packages": runner.PythonV2Packages}
		data, _ := json.Marshal(env)
		if plainEnvErr = os.MkdirAll(filepath.Join(dir, "python-v2"), 0o755); plainEnvErr != nil {
			return
		}
		plainEnvErr = os.WriteFile(filepath.Join(dir, "python-v2", "env.json"), data, 0o644)
		plainEnvDir = dir
	})
	requireOrSkip(t, plainEnvErr)
	return plainEnvDir
}

// writeFiles writes name → content files under dir.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// testRun runs actions in the project dir with a LocalExecutor and the
// plain Python environment, returning the outcome and progress lines.
type testProject struct {
	t      *testing.T
	dir    string
	envDir string
	// ctx is the run's context (Background when nil).
	ctx context.Context
}

func newProject(t *testing.T, files map[string]string) *testProject {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "study")
	writeFiles(t, dir, files)
	return &testProject{t: t, dir: dir, envDir: plainPythonEnv(t)}
}

func (p *testProject) executor() *runner.LocalExecutor {
	self, err := os.Executable()
	if err != nil {
		p.t.Fatal(err)
	}
	md := filepath.Join(p.dir, "metadata")
	return &runner.LocalExecutor{
		ProjectDir: p.dir, JobsDir: filepath.Join(md, "volumes"), LogsDir: filepath.Join(md, "jobs"),
		Workspace: func(string) string { return p.dir },
		Level4:    func(string) string { return filepath.Join(md, "level4") },
		Launcher:  &runner.Launcher{EhrqlCommand: []string{self, "_ehrql", "--"}, Envs: &runner.Environments{Dir: p.envDir}, Hide: []string{p.dir}},
	}
}

func (p *testProject) run(actions []string, configure ...func(*runner.Options)) (*runner.Outcome, []string, error) {
	p.t.Helper()
	project, err := pipeline.Load(p.dir)
	if err != nil {
		p.t.Fatal(err)
	}
	store, err := runner.OpenStore(filepath.Join(p.dir, "metadata", "db.bbolt"))
	if err != nil {
		p.t.Fatal(err)
	}
	defer store.Close()
	var mu sync.Mutex
	var lines []string
	opts := runner.Options{
		Project: project, ProjectDir: p.dir, Workspace: "study", Actions: actions,
		Store: store, Executor: p.executor(), MemoryLimit: 2 << 30,
		Progress: func(ev runner.Event) {
			mu.Lock()
			lines = append(lines, ev.Action+": "+ev.Message)
			mu.Unlock()
		},
	}
	for _, c := range configure {
		c(&opts)
	}
	ctx := p.ctx
	if ctx == nil {
		ctx = context.Background()
	}
	out, err := runner.Run(ctx, opts)
	return out, lines, err
}

// jobsByAction indexes an outcome's jobs.
func jobsByAction(out *runner.Outcome) map[string]*runner.Job {
	m := map[string]*runner.Job{}
	for _, j := range out.Jobs {
		m[j.Action] = j
	}
	return m
}

func actionsOf(out *runner.Outcome) string {
	var names []string
	for _, j := range out.Jobs {
		names = append(names, j.Action)
	}
	return strings.Join(names, ",")
}

func readFile(t *testing.T, name string) string {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}
