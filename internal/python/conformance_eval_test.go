package python_test

import (
	"bytes"
	"errors"
	"fmt"
	"github.com/opensafely-go/opensafely/internal/python/stdlib"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/opensafely-go/opensafely/internal/python"
)

// runSnippet runs a conformance snippet the way gen.py's wrapper does and
// returns its output with the exception trailer.
func runSnippet(dir, name string) string {
	var buf bytes.Buffer
	in := python.New(python.Options{
		Root:     dir,
		Argv:     []string{name, "alpha", "--flag", "--n", "3"},
		Stdout:   &buf,
		Modules:  testModules(),
		MaxSteps: 10_000_000,
	})
	_, err := in.RunFile(name)
	out := buf.String()
	if err != nil {
		var e *python.Exception
		trailer := ""
		if errors.As(err, &e) {
			msg := strings.ReplaceAll(e.Message(), "\n", "\\n")
			if msg != "" {
				trailer = fmt.Sprintf("!!! %s: %s @ line %d", e.TypeName(), msg, e.Line())
			} else {
				trailer = fmt.Sprintf("!!! %s @ line %d", e.TypeName(), e.Line())
			}
		} else {
			trailer = "!!! GoError: " + err.Error()
		}
		if out != "" && !strings.HasSuffix(out, "\n") {
			out += "\n"
		}
		out += trailer + "\n"
	}
	return out
}

func TestEvalConformance(t *testing.T) {
	dir, _ := filepath.Abs("testdata/conformance")
	names, _ := filepath.Glob(filepath.Join(dir, "*.py"))
	pass, fail := 0, 0
	var failed []string
	for _, path := range names {
		name := filepath.Base(path)
		if only := os.Getenv("CONF_ONLY"); only != "" && !strings.Contains(name, only) {
			continue
		}
		if name == "gen.py" {
			continue
		}
		want, err := os.ReadFile(path + ".out")
		if err != nil {
			continue
		}
		got := func() (s string) {
			defer func() {
				if r := recover(); r != nil {
					s = fmt.Sprintf("PANIC: %v", r)
				}
			}()
			return runSnippet(dir, name)
		}()
		if got == string(want) {
			pass++
		} else {
			fail++
			failed = append(failed, name)
			if os.Getenv("CONF_VERBOSE") != "" {
				t.Logf("--- %s\nwant:\n%s\ngot:\n%s", name, want, got)
			}
		}
	}
	t.Logf("conformance: %d passed, %d failed", pass, fail)
	if os.Getenv("CONF_LIST") != "" {
		t.Logf("failed: %s", strings.Join(failed, " "))
	}
}

// testModules returns the native modules available to the snippets.
var testModules = stdlib.Modules

// TestEvalRunFile runs the file named by $EVAL_FILE (a debugging aid).
func TestEvalRunFile(t *testing.T) {
	path := os.Getenv("EVAL_FILE")
	if path == "" {
		t.Skip("EVAL_FILE not set")
	}
	dir, name := filepath.Split(path)
	python.Universe.Set("exec", python.NewBuiltin("exec", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		src, _ := args[0].(python.Str)
		_, err := t.Interpreter().ExecSource("m", "<string>", []byte(src))
		return python.None, err
	}))
	defer python.Universe.Delete("exec")
	fmt.Print(runSnippet(dir, name))
}

func TestEvalSysArgv(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "analysis"), 0o755)
	os.WriteFile(filepath.Join(dir, "analysis", "dd.py"), []byte("import sys\nimport helper\nprint(sys.argv, helper.args)\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "analysis", "helper.py"), []byte("import sys\nargs = sys.argv[1:]\n"), 0o644)
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
