package sql

import (
	"strings"
	"testing"
)

// TestDuckDBDefaults checks the DuckDB-only compilation choices: no join
// batching and no temp tables of shared filtered rows unless asked for,
// while PostgreSQL keeps both.
func TestDuckDBDefaults(t *testing.T) {
	count := func(d Dialect, opts CompileOptions, prefix string) int {
		ds := manyJoinsDataset()
		if prefix == "rows_" {
			ds = studyDataset(false)
		}
		prog, err := Compile(ds, d, nil, opts)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, s := range prog.Setup() {
			if strings.HasPrefix(s, `CREATE TEMPORARY TABLE "`+prefix) {
				n++
			}
		}
		return n
	}
	if n := count(DuckDB, CompileOptions{}, "batch_"); n != 0 {
		t.Errorf("DuckDB: %d batches of 20 joins by default, want none", n)
	}
	if n := count(Postgres, CompileOptions{}, "batch_"); n != 2 {
		t.Errorf("PostgreSQL: %d batches of 20 joins by default, want 2", n)
	}
	if n := count(DuckDB, CompileOptions{MaxJoinCount: 10}, "batch_"); n != 2 {
		t.Errorf("DuckDB: %d batches of 20 joins under a limit of 10, want 2", n)
	}
	if n := count(DuckDB, CompileOptions{}, "rows_"); n != 0 {
		t.Errorf("DuckDB: %d temp tables of shared rows, want none", n)
	}
	if n := count(Postgres, CompileOptions{}, "rows_"); n == 0 {
		t.Errorf("PostgreSQL: no temp table of shared rows")
	}
}
