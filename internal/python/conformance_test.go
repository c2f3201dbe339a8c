package python_test

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/opensafely-go/opensafely/internal/python"
	"github.com/opensafely-go/opensafely/internal/python/stdlib"
)

// The conformance corpus: Python snippets with the output CPython printed
// for them (see testdata/conformance/README.md). gen.py produced the
// expectations with the same conventions runSnippet follows.
const conformanceDir = "testdata/conformance"

// snippetArgv is the sys.argv every snippet sees after its own name.
var snippetArgv = []string{"alpha", "--flag", "--n", "3"}

// runSnippet runs one snippet with the conformance directory as the project
// root and renders the outcome as gen.py renders CPython's: the printed
// output, then for an uncaught exception one line
// "!!! Class: message @ line N" (N is the innermost line in the snippet).
func runSnippet(dir, name string) string {
	var out bytes.Buffer
	in := python.New(python.Options{
		Root:     dir,
		Argv:     append([]string{name}, snippetArgv...),
		Stdout:   &out,
		Modules:  stdlib.Modules(),
		MaxSteps: 20_000_000,
	})
	_, err := in.RunFile(name)
	if err == nil {
		return out.String()
	}
	if out.Len() > 0 && !bytes.HasSuffix(out.Bytes(), []byte("\n")) {
		out.WriteByte('\n')
	}
	var exc *python.Exception
	if !errors.As(err, &exc) {
		fmt.Fprintf(&out, "!!! non-Python error: %v\n", err)
		return out.String()
	}
	msg := strings.ReplaceAll(exc.Message(), "\n", `\n`)
	if msg == "" {
		fmt.Fprintf(&out, "!!! %s @ line %d\n", exc.TypeName(), exc.Line())
	} else {
		fmt.Fprintf(&out, "!!! %s: %s @ line %d\n", exc.TypeName(), msg, exc.Line())
	}
	return out.String()
}

// snippets lists the corpus; CONF_ONLY=substring narrows it when debugging.
func snippets(t testing.TB) (dir string, names []string) {
	dir, err := filepath.Abs(conformanceDir)
	if err != nil {
		t.Fatal(err)
	}
	paths, err := filepath.Glob(filepath.Join(dir, "*.py"))
	if err != nil {
		t.Fatal(err)
	}
	only := os.Getenv("CONF_ONLY")
	for _, p := range paths {
		name := filepath.Base(p)
		if name != "gen.py" && strings.Contains(name, only) {
			names = append(names, name)
		}
	}
	if only == "" && len(names) < 300 {
		t.Fatalf("conformance corpus has %d snippets, want at least 300", len(names))
	}
	return dir, names
}

// TestConformance runs every snippet through our interpreter and requires
// exactly the output CPython printed, exception line included.
func TestConformance(t *testing.T) {
	dir, names := snippets(t)
	passed := 0
	for _, name := range names {
		want, err := os.ReadFile(filepath.Join(dir, name+".out"))
		if err != nil {
			t.Fatalf("missing expectation: %v", err)
		}
		if got := runSnippet(dir, name); got != string(want) {
			t.Errorf("%s: output differs from CPython's\n--- got\n%s--- want\n%s", name, got, want)
			continue
		}
		passed++
	}
	t.Logf("conformance: %d of %d snippets match CPython", passed, len(names))
}

// TestConformanceExpectationsCurrent re-runs CPython over the corpus to
// prove that the checked-in expectations are what CPython prints today.
func TestConformanceExpectationsCurrent(t *testing.T) {
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 is not installed: cannot re-check the expectations against CPython")
	}
	if testing.Short() {
		t.Skip("runs CPython once per snippet; skipped with -short")
	}
	cmd := exec.Command(py, filepath.Join(conformanceDir, "gen.py"), "--check")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("expectations are stale; regenerate with gen.py:\n%s", out)
	}
}

func TestSysArgvReachesEveryModule(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"analysis/dd.py":     "import sys\nimport helper\nprint(sys.argv, helper.args)\n",
		"analysis/helper.py": "import sys\nargs = sys.argv[1:]\n",
	}
	for name, src := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var buf bytes.Buffer
	in := python.New(python.Options{
		Root:    dir,
		Argv:    []string{"analysis/dd.py", "--n", "3"},
		Stdout:  &buf,
		Modules: stdlib.Modules(),
	})
	if _, err := in.RunFile("analysis/dd.py"); err != nil {
		t.Fatal(err)
	}
	if want := "['analysis/dd.py', '--n', '3'] ['--n', '3']\n"; buf.String() != want {
		t.Errorf("got %q, want %q", buf.String(), want)
	}
}
