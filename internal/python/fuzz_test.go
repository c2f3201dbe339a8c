package python_test

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/opensafely-go/opensafely/internal/python"
	"github.com/opensafely-go/opensafely/internal/python/stdlib"
)

// FuzzExec runs arbitrary source through the scanner, parser and evaluator
// with small limits. Whatever the input, the result must be a normal return
// or a Python exception: never a panic, a hang or a Go-level error.
func FuzzExec(f *testing.F) {
	paths, _ := filepath.Glob(filepath.Join(conformanceDir, "*.py"))
	for _, p := range paths {
		if src, err := os.ReadFile(p); err == nil {
			f.Add(string(src))
		}
	}
	f.Fuzz(func(t *testing.T, src string) {
		root := t.TempDir()
		if err := os.WriteFile(filepath.Join(root, "fuzz.py"), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		in := python.New(python.Options{
			Root:     root,
			Argv:     []string{"fuzz.py"},
			Stdout:   io.Discard,
			Modules:  stdlib.Modules(),
			MaxSteps: 20_000,
			MaxDepth: 100,
		})
		_, err := in.RunFile("fuzz.py")
		if err == nil {
			return
		}
		var exc *python.Exception
		if !errors.As(err, &exc) {
			t.Fatalf("non-Python error: %v", err)
		}
		if strings.Contains(exc.Message(), "internal error") {
			t.Fatalf("interpreter bug: %s", exc.FormatTraceback())
		}
	})
}
