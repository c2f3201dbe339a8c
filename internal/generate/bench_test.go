package generate

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/opensafely-go/opensafely/internal/exampledata"
	"github.com/opensafely-go/opensafely/internal/fileformats"
	"github.com/opensafely-go/opensafely/internal/generate/benchdata"
)

// benchPatients is the population of BenchmarkDataset: 10,000 by
// default, EHRQL_BENCH_PATIENTS to change it (profile with
// go test -run '^$' -bench Dataset -cpuprofile cpu.out ./internal/generate).
func benchPatients() int {
	if n, err := strconv.Atoi(os.Getenv("EHRQL_BENCH_PATIENTS")); err == nil && n > 0 {
		return n
	}
	return 10000
}

// benchInputs are the input formats, named as the directories holding them.
var benchInputs = []string{"csv", "arrow", "parquet"}

// benchSetup writes the benchmark's definition and dummy tables in every
// input format and changes into the directory.
func benchSetup(tb testing.TB, n int) {
	dir := tb.TempDir()
	if _, err := benchdata.WriteDefinition(dir); err != nil {
		tb.Fatal(err)
	}
	tables := exampledata.Generate(benchdata.Options(n))
	for _, f := range []fileformats.Format{fileformats.FormatCSV, fileformats.FormatArrow} {
		if _, err := exampledata.Write(filepath.Join(dir, f.String()), f, tables); err != nil {
			tb.Fatal(err)
		}
	}
	if err := benchdata.WriteParquet(filepath.Join(dir, "parquet"), tables); err != nil {
		tb.Fatal(err)
	}
	tb.Chdir(dir)
}

func runBench(tb testing.TB, tables string) {
	out, err := fileformats.ParseOutputPath("out.arrow")
	if err != nil {
		tb.Fatal(err)
	}
	err = Dataset(context.Background(), Options{
		Definition:  "dataset_definition.py",
		Output:      out,
		DummyTables: tables,
		Stdout:      io.Discard,
		Log:         io.Discard,
	})
	if err != nil {
		tb.Fatal(err)
	}
}

// TestBenchmarkWorkload runs the benchmark's definition over a small
// population: the workload must stay valid as the API grows.
func TestBenchmarkWorkload(t *testing.T) {
	benchSetup(t, 300)
	for _, f := range benchInputs {
		runBench(t, f)
		tbl, err := fileformats.ReadTable("out.arrow", []fileformats.ColumnSpec{fileformats.PatientIDSpec()}, fileformats.ReadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if n := tbl.Len(); n < 150 || n > 300 {
			t.Errorf("%s: %d patients in the population of 300", f, n)
		}
	}
}

func BenchmarkDataset(b *testing.B) {
	benchSetup(b, benchPatients())
	for _, f := range benchInputs {
		b.Run(f, func(b *testing.B) {
			for b.Loop() {
				runBench(b, f)
			}
		})
	}
}
