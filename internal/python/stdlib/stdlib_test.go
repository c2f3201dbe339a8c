package stdlib

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/opensafely-go/opensafely/internal/python"
)

// runProgram runs the file name under dir with the test argv and returns
// its output followed by the exception trailer used by testdata/gen.py.
func runProgram(dir, name string) (out string) {
	defer func() {
		if r := recover(); r != nil {
			out = fmt.Sprintf("PANIC: %v", r)
		}
	}()
	var buf bytes.Buffer
	in := python.New(python.Options{
		Root:     dir,
		Argv:     []string{name, "alpha", "--flag", "--n", "3"},
		Stdout:   &buf,
		Modules:  Modules(),
		Env:      map[string]string{"OSG_TEST": "yes"},
		MaxSteps: 10_000_000,
	})
	_, err := in.RunFile(name)
	out = buf.String()
	if err != nil {
		var e *python.Exception
		trailer := "!!! GoError: " + err.Error()
		if errors.As(err, &e) {
			msg := strings.ReplaceAll(e.Message(), "\n", "\\n")
			if msg != "" {
				trailer = fmt.Sprintf("!!! %s: %s @ line %d", e.TypeName(), msg, e.Line())
			} else {
				trailer = fmt.Sprintf("!!! %s @ line %d", e.TypeName(), e.Line())
			}
		}
		if out != "" && !strings.HasSuffix(out, "\n") {
			out += "\n"
		}
		out += trailer + "\n"
	}
	return out
}

// TestSnippets runs testdata/*.py and compares with the CPython output in
// NAME.py.out (regenerate with testdata/gen.py).
func TestSnippets(t *testing.T) {
	dir, err := filepath.Abs("testdata")
	if err != nil {
		t.Fatal(err)
	}
	names, _ := filepath.Glob(filepath.Join(dir, "*.py"))
	for _, path := range names {
		name := filepath.Base(path)
		if name == "gen.py" {
			continue
		}
		want, err := os.ReadFile(path + ".out")
		if err != nil {
			continue
		}
		t.Run(strings.TrimSuffix(name, ".py"), func(t *testing.T) {
			t.Parallel() // also checks that interpreters share no mutable state
			got := runProgram(dir, name)
			if got != string(want) {
				t.Errorf("%s: output differs\n--- want\n%s--- got\n%s", name, want, got)
			}
		})
	}
}
