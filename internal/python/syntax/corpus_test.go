package syntax

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestConformanceCorpusParses parses every snippet of the conformance
// corpus: it must parse, unless its expected output ends with a
// SyntaxError or IndentationError, which must then match ours.
func TestConformanceCorpusParses(t *testing.T) {
	files, _ := filepath.Glob("../testdata/conformance/*.py")
	if len(files) == 0 {
		t.Skip("no conformance corpus")
	}
	for _, path := range files {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		want := ""
		if out, err := os.ReadFile(path + ".out"); err == nil {
			lines := strings.Split(strings.TrimRight(string(out), "\n"), "\n")
			last := lines[len(lines)-1]
			for _, kind := range []string{"SyntaxError", "IndentationError", "TabError"} {
				if strings.HasPrefix(last, "!!! "+kind+":") {
					want = strings.TrimPrefix(last, "!!! ")
				}
			}
		}
		_, err = Parse(path, src)
		got := ""
		if err != nil {
			e := err.(*Error)
			got = fmt.Sprintf("%s: %s @ line %d", e.Kind, e.Msg, e.Pos.Line)
		}
		if got != want && !(want == "" && err == nil) {
			// A snippet that fails only at run time (compile() or exec of
			// a string) parses fine here; only report real mismatches.
			if want != "" && err == nil && bytes.Contains(src, []byte("compile(")) {
				continue
			}
			t.Errorf("%s: got %q, want %q", filepath.Base(path), got, want)
		}
	}
}
