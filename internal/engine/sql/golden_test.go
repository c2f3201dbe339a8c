package sql

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/opensafely-go/opensafely/internal/engine/enginetest"
)

var update = flag.Bool("update", false, "rewrite the golden SQL files")

// slug turns a group name into a file name: "3.1 NULL propagation" ->
// "3.1-null-propagation".
func slug(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9', r == '.':
			b.WriteRune(r)
		default:
			b.WriteByte('-')
		}
	}
	return strings.Trim(b.String(), "-")
}

// TestGoldenSQL compiles every suite case for SQL Server and Trino (which
// the tests cannot run) and compares the SQL with the golden files in
// testdata/golden/<dialect>/<group>.sql; -update rewrites them.
func TestGoldenSQL(t *testing.T) {
	for _, d := range []Dialect{MSSQL, Trino} {
		for _, g := range enginetest.Groups() {
			t.Run(d.Name()+"/"+g.Name, func(t *testing.T) {
				var b strings.Builder
				for _, c := range g.Cases {
					built, err := enginetest.Build(g, c)
					if err != nil {
						t.Fatalf("%s: %v", c.Name, err)
					}
					fmt.Fprintf(&b, "-- === case: %s\n", c.Name)
					prog, err := Compile(built.Dataset, d, nil, CompileOptions{})
					if err != nil {
						if !c.Error {
							t.Errorf("%s: %v", c.Name, err)
						}
						fmt.Fprintf(&b, "-- compile error: %v\n\n", err)
						continue
					}
					if err := prog.Dump(&b); err != nil {
						t.Fatal(err)
					}
				}
				path := filepath.Join("testdata", "golden", d.Name(), slug(g.Name)+".sql")
				if *update {
					if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
						t.Fatal(err)
					}
					if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
						t.Fatal(err)
					}
					return
				}
				want, err := os.ReadFile(path)
				if err != nil {
					t.Fatalf("%v (run go test -run TestGoldenSQL -update to create it)", err)
				}
				if string(want) != b.String() {
					t.Errorf("%s differs from the generated SQL; inspect the difference and run go test -run TestGoldenSQL -update if it is intended\n%s", path, firstDiff(string(want), b.String()))
				}
			})
		}
	}
}

// firstDiff shows the first differing line.
func firstDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return fmt.Sprintf("line %d:\n  want: %s\n  got:  %s", i+1, w, g)
		}
	}
	return ""
}
