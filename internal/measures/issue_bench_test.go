package measures

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	enginesql "github.com/opensafely-go/opensafely/internal/engine/sql"
	"github.com/opensafely-go/opensafely/internal/generate"
)

// benchData returns a directory holding data.duckdb and the same tables
// as CSV files (patients, clinical_events): n patients with 0 to 120
// events each (about 60) over 2020–2023, built once by DuckDB and kept
// under the temporary directory for later runs.
func benchData(b *testing.B, n int) string {
	dir := filepath.Join(os.TempDir(), "ehrql-measures-bench", fmt.Sprint(n))
	done := filepath.Join(dir, "done")
	if _, err := os.Stat(done); err == nil {
		return dir
	}
	os.RemoveAll(dir)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		b.Fatal(err)
	}
	start := time.Now()
	ctx := context.Background()
	eng, err := enginesql.OpenWith(ctx, "duckdb://"+filepath.Join(dir, "data.duckdb"), nil, testSQLOptions())
	if err != nil {
		b.Fatal(err)
	}
	stmts := []string{
		"SELECT setseed(0.42)",
		fmt.Sprintf(`CREATE TABLE patients AS SELECT i AS patient_id,
			DATE '1930-01-01' + CAST(floor(random() * 90 * 365) AS INTEGER) AS date_of_birth,
			(['female', 'male', 'intersex', 'unknown'])[1 + CAST(floor(random() * 4) AS INTEGER)] AS sex,
			CASE WHEN random() < 0.1 THEN DATE '2020-01-01' + CAST(floor(random() * 1460) AS INTEGER) END AS date_of_death
			FROM range(1, %d) t(i) ORDER BY i`, n+1),
		`CREATE TABLE clinical_events AS SELECT p.patient_id,
			DATE '2020-01-01' + CAST(floor(random() * 1460) AS INTEGER) AS date,
			CAST(1000000 + CAST(floor(random() * 20) AS INTEGER) AS VARCHAR) AS snomedct_code,
			round(random() * 100, 2) AS numeric_value
			FROM patients p, range(0, 121) r(k) WHERE r.k < (p.patient_id * 7919) % 121 ORDER BY p.patient_id`,
		fmt.Sprintf("COPY patients TO '%s' (HEADER)", filepath.Join(dir, "patients.csv")),
		fmt.Sprintf("COPY clinical_events TO '%s' (HEADER)", filepath.Join(dir, "clinical_events.csv")),
	}
	for _, s := range stmts {
		if err := eng.Exec(ctx, s); err != nil {
			b.Fatalf("%s: %v", s, err)
		}
	}
	var events int64
	if err := eng.DB().QueryRowContext(ctx, "SELECT count(*) FROM clinical_events").Scan(&events); err != nil {
		b.Fatal(err)
	}
	eng.Close()
	b.Logf("generated %d patients and %d events in %s", n, events, time.Since(start).Round(time.Millisecond))
	if err := os.WriteFile(done, nil, 0o644); err != nil {
		b.Fatal(err)
	}
	return dir
}

// BenchmarkIssue7 is the issue's benchmark: 3 measures × 2 groupings × 36
// monthly intervals (benchDefinition) over n patients with about 60
// events each, from CSV tables with the in-memory engine and from a
// DuckDB file with the SQL engine. Run with -benchtime 1x; the data is
// generated once (the 1M-patient DuckDB file takes a while).
func BenchmarkIssue7(b *testing.B) {
	coll := loadDefinition(b, benchDefinition)
	combined, err := Dataset(coll)
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	for _, n := range []int{100_000, 1_000_000} {
		if n == 100_000 {
			b.Run(fmt.Sprintf("memory-csv/%d", n), func(b *testing.B) {
				dir := benchData(b, n)
				var rows int
				var cpu time.Duration
				for b.Loop() {
					start := cpuTime()
					src, err := generate.ReadDummyTables(dir, combined)
					if err != nil {
						b.Fatal(err)
					}
					out, err := Compute(ctx, src, coll, ComputeOptions{})
					if err != nil {
						b.Fatal(err)
					}
					rows = len(out)
					cpu += cpuTime() - start
				}
				b.ReportMetric(float64(rows), "rows")
				b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op")
			})
		}
		b.Run(fmt.Sprintf("duckdb/%d", n), func(b *testing.B) {
			dir := benchData(b, n)
			var rows int
			var cpu time.Duration
			for b.Loop() {
				start := cpuTime()
				db, err := sql.Open("duckdb", filepath.Join(dir, "data.duckdb"))
				if err != nil {
					b.Fatal(err)
				}
				out, err := ComputeSQL(ctx, SQLSource{DB: db, Dialect: enginesql.DuckDB, Options: testSQLOptions()}, coll, ComputeOptions{})
				db.Close()
				if err != nil {
					b.Fatal(err)
				}
				rows = len(out)
				cpu += cpuTime() - start
			}
			b.ReportMetric(float64(rows), "rows")
			b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op")
		})
	}
}
