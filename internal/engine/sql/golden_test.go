package sql

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/opensafely-go/opensafely/internal/engine/enginetest"
	"github.com/opensafely-go/opensafely/internal/querymodel"
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
					prog, err := Compile(built.Dataset, d, nil, CompileOptions{RunID: "golden"})
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
				checkGolden(t, filepath.Join("testdata", "golden", d.Name(), slug(g.Name)+".sql"), b.String())
			})
		}
	}
}

// TestGoldenStudySQL does the same for larger datasets: the study
// dataset with an event table (picks, grouped aggregations, a 40-code
// list, episodes), 20 joins batched by 16, and an inline table.
func TestGoldenStudySQL(t *testing.T) {
	var x qb
	lit := must(querymodel.NewInlinePatientTable(&querymodel.LiteralRows{Rows: [][]any{
		{int64(3), int64(30), must(querymodel.ParseDate("2020-02-29")), "it's"},
	}}, inlineSchema()))
	inline := must(querymodel.NewDataset(x.agg(querymodel.AggExists, lit), []querymodel.NamedSeries{
		{Name: "s", Series: x.col(lit, "s")},
	}, nil, nil))
	datasets := []struct {
		name string
		ds   *querymodel.Dataset
	}{{"study", studyDataset(true)}, {"many joins", manyJoinsDataset()}, {"inline table", inline}}
	for _, d := range []Dialect{MSSQL, Trino, Postgres, DuckDB} {
		t.Run(d.Name(), func(t *testing.T) {
			var b strings.Builder
			for _, c := range datasets {
				fmt.Fprintf(&b, "-- === dataset: %s\n", c.name)
				prog, err := Compile(c.ds, d, nil, CompileOptions{RunID: "golden"})
				if err != nil {
					t.Fatalf("%s: %v", c.name, err)
				}
				if err := prog.Dump(&b); err != nil {
					t.Fatal(err)
				}
			}
			checkGolden(t, filepath.Join("testdata", "golden", d.Name(), "study.sql"), b.String())
		})
	}
}

func checkGolden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -run TestGolden -update to create it)", err)
	}
	if string(want) != got {
		t.Errorf("%s differs from the generated SQL; inspect the difference and run go test -run TestGolden -update if it is intended\n%s", path, firstDiff(string(want), got))
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
