package python

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestTypesRunFile runs the Python file named by $TYPES_RUN and writes its
// output to $TYPES_RUN.got; it is a development aid for comparing with
// CPython and is skipped otherwise.
func TestTypesRunFile(t *testing.T) {
	path := os.Getenv("TYPES_RUN")
	if path == "" {
		t.Skip("TYPES_RUN not set")
	}
	var buf bytes.Buffer
	in := New(Options{Root: filepath.Dir(path), Stdout: &buf})
	_, err := in.RunFile(filepath.Base(path))
	if err != nil {
		buf.WriteString("!!! " + err.Error() + "\n")
	}
	if err := os.WriteFile(path+".got", buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}
