package fileformats

import (
	"fmt"
	"math"
	"path/filepath"
	"slices"
	"testing"

	"github.com/opensafely-go/opensafely/internal/querymodel"
)

func TestRoundTripEveryFormat(t *testing.T) {
	for _, ext := range []string{".csv", ".csv.gz", ".arrow"} {
		for _, viaTable := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s/table=%v", ext, viaTable), func(t *testing.T) {
				path := filepath.Join(t.TempDir(), "sub", "out"+ext)
				w := mustCreate(t, path, allSpecs)
				if viaTable {
					tbl := newTable(allSpecs, 0)
					for _, r := range allRows {
						tbl.PatientIDs = append(tbl.PatientIDs, r[0].(int64))
						for c := range tbl.Columns {
							if err := tbl.Columns[c].Append(r[c+1]); err != nil {
								t.Fatal(err)
							}
						}
					}
					if err := w.WriteTable(tbl); err != nil {
						t.Fatal(err)
					}
					if err := w.Close(); err != nil {
						t.Fatal(err)
					}
				} else {
					writeRows(t, w, allRows)
				}
				got, err := ReadTable(path, allSpecs, ReadOptions{})
				if err != nil {
					t.Fatal(err)
				}
				want := allRows
				if ext != ".arrow" {
					want = csvRows()
				}
				if !sameRows(tableRows(got), want) {
					t.Errorf("read back\n%v\nwant\n%v", tableRows(got), want)
				}
				// Sorted: stable by patient_id.
				sorted, err := ReadTable(path, allSpecs, ReadOptions{SortByPatient: true})
				if err != nil {
					t.Fatal(err)
				}
				wantSorted := slices.Clone(want)
				slices.SortStableFunc(wantSorted, func(a, b []any) int {
					return int(a[0].(int64) - b[0].(int64))
				})
				if !sameRows(tableRows(sorted), wantSorted) {
					t.Errorf("sorted\n%v\nwant\n%v", tableRows(sorted), wantSorted)
				}
			})
		}
	}
}

func TestRoundTripManyBatches(t *testing.T) {
	// More than two Arrow batches, NULLs and a dictionary column spanning
	// batch boundaries.
	specs := []ColumnSpec{
		PatientIDSpec(),
		{Name: "cat", Type: querymodel.Str, Categories: []any{"x", "y", "z"}},
		{Name: "v", Type: querymodel.Float},
		{Name: "d", Type: querymodel.Date},
		{Name: "r", Type: querymodel.Int, Range: &IntRange{Min: -3, Max: 200}},
	}
	n := 2*RowsPerBatch + 17
	tbl := newTable(specs, n)
	for i := range n {
		tbl.PatientIDs = append(tbl.PatientIDs, int64(n-i))
		var cat, v, d, r any
		if i%7 != 0 {
			cat = []string{"x", "y", "z"}[i%3]
			v = float64(i) / 3
			d = daysToDate(int64(i - 40000))
			r = int64(i%204 - 3)
		}
		for c, val := range []any{cat, v, d, r} {
			if err := tbl.Columns[c].Append(val); err != nil {
				t.Fatal(err)
			}
		}
	}
	for _, ext := range []string{".arrow", ".csv", ".csv.gz"} {
		t.Run(ext, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "out"+ext)
			w := mustCreate(t, path, specs)
			// Mix the two APIs: a table, then one row.
			if err := w.WriteTable(tbl); err != nil {
				t.Fatal(err)
			}
			if err := w.WriteRow([]any{int64(0), "z", math.NaN(), nil, int64(200)}); err != nil {
				t.Fatal(err)
			}
			if err := w.Close(); err != nil {
				t.Fatal(err)
			}
			got, err := ReadTable(path, specs, ReadOptions{SortByPatient: true})
			if err != nil {
				t.Fatal(err)
			}
			if got.Len() != n+1 {
				t.Fatalf("got %d rows, want %d", got.Len(), n+1)
			}
			if !sameRows([][]any{got.Row(0)}, [][]any{{int64(0), "z", math.NaN(), nil, int64(200)}}) {
				t.Errorf("row 0 = %v", got.Row(0))
			}
			for k := 1; k <= n; k++ {
				i := n - k // patient id k was row i
				if !sameRows([][]any{got.Row(k)}, [][]any{tbl.Row(i)}) {
					t.Fatalf("row %d = %v, want %v", k, got.Row(k), tbl.Row(i))
				}
			}
		})
	}
}

func TestEmptyOutputs(t *testing.T) {
	for _, ext := range []string{".csv", ".csv.gz", ".arrow"} {
		t.Run(ext, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "empty"+ext)
			w := mustCreate(t, path, allSpecs)
			if err := w.Close(); err != nil {
				t.Fatal(err)
			}
			got, err := ReadTable(path, allSpecs, ReadOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if got.Len() != 0 || len(got.Columns) != len(allSpecs)-1 {
				t.Errorf("got %d rows, %d columns", got.Len(), len(got.Columns))
			}
		})
	}
}

func TestTableWithoutPatientID(t *testing.T) {
	// Measures outputs have no patient_id column.
	specs := []ColumnSpec{
		{Name: "measure", Type: querymodel.Str},
		{Name: "interval_start", Type: querymodel.Date},
		{Name: "ratio", Type: querymodel.Float},
		{Name: "numerator", Type: querymodel.Int},
	}
	rows := [][]any{
		{"m1", date(2020, 1, 1), 0.5, int64(1)},
		{"m2", date(2020, 2, 1), nil, int64(0)},
	}
	for _, ext := range []string{".csv", ".arrow"} {
		path := filepath.Join(t.TempDir(), "m"+ext)
		writeRows(t, mustCreate(t, path, specs), rows)
		got, err := ReadTable(path, specs, ReadOptions{SortByPatient: true})
		if err != nil {
			t.Fatal(err)
		}
		if got.PatientIDs != nil || !sameRows(tableRows(got), rows) {
			t.Errorf("%s: got %v", ext, tableRows(got))
		}
	}
}
