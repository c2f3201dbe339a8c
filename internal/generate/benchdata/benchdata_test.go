package benchdata

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/opensafely-go/opensafely/internal/exampledata"
	"github.com/opensafely-go/opensafely/internal/fileformats"
)

// TestWriteBenchData is the data generator of
// scripts/bench-generate-dataset.sh: with EHRQL_BENCH_DIR and
// EHRQL_BENCH_PATIENTS set it writes DIR/csv/, DIR/arrow/, DIR/parquet/
// and DIR/dataset_definition.py. Otherwise it is skipped.
func TestWriteBenchData(t *testing.T) {
	dir := os.Getenv("EHRQL_BENCH_DIR")
	if dir == "" {
		t.Skip("EHRQL_BENCH_DIR not set")
	}
	n, err := strconv.Atoi(os.Getenv("EHRQL_BENCH_PATIENTS"))
	if err != nil || n <= 0 {
		t.Fatalf("EHRQL_BENCH_PATIENTS=%q: want a positive number", os.Getenv("EHRQL_BENCH_PATIENTS"))
	}
	tables := exampledata.Generate(Options(n))
	for _, f := range []fileformats.Format{fileformats.FormatCSV, fileformats.FormatArrow} {
		if _, err := exampledata.Write(filepath.Join(dir, f.String()), f, tables); err != nil {
			t.Fatal(err)
		}
	}
	if err := WriteParquet(filepath.Join(dir, "parquet"), tables); err != nil {
		t.Fatal(err)
	}
	if _, err := WriteDefinition(dir); err != nil {
		t.Fatal(err)
	}
}

// TestParquetReadsBack: the Parquet files read with package fileformats
// give the same tables as the Arrow files.
func TestParquetReadsBack(t *testing.T) {
	dir := t.TempDir()
	tables := exampledata.Generate(exampledata.Options{Patients: 200, EventsPerPatient: 5, MedicationsPerPatient: 3, Seed: 3})
	if err := WriteParquet(filepath.Join(dir, "parquet"), tables); err != nil {
		t.Fatal(err)
	}
	if _, err := exampledata.Write(filepath.Join(dir, "arrow"), fileformats.FormatArrow, tables); err != nil {
		t.Fatal(err)
	}
	for _, tbl := range tables {
		pq, err := fileformats.ReadTable(filepath.Join(dir, "parquet", tbl.Name+".parquet"), tbl.Spec, fileformats.ReadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		ar, err := fileformats.ReadTable(filepath.Join(dir, "arrow", tbl.Name+".arrow"), tbl.Spec, fileformats.ReadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if pq.Len() != ar.Len() || pq.Len() == 0 {
			t.Fatalf("%s: %d Parquet rows, %d Arrow rows", tbl.Name, pq.Len(), ar.Len())
		}
		for i := range ar.Len() {
			if a, p := fmt.Sprint(ar.Row(i)), fmt.Sprint(pq.Row(i)); a != p {
				t.Fatalf("%s row %d: Arrow %s, Parquet %s", tbl.Name, i, a, p)
			}
		}
	}
}

func TestWriteTables(t *testing.T) {
	dir := t.TempDir()
	if err := WriteTables(dir, 50, fileformats.FormatCSV); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(dir, "clinical_events.csv"))
	if err != nil {
		t.Fatal(err)
	}
	rows := strings.Count(string(data), "\n") - 1
	// 40 events per adult on average, a third of that for children.
	if rows < 50*20 || rows > 50*60 {
		t.Errorf("%d clinical events for 50 patients, want about 40 each", rows)
	}
}
