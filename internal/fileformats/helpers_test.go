package fileformats

import (
	"math"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/opensafely-go/opensafely/internal/codes"
	"github.com/opensafely-go/opensafely/internal/querymodel"
)

func date(y, m, d int) querymodel.CalendarDate {
	return querymodel.CalendarDate{Year: y, Month: time.Month(m), Day: d}
}

// allSpecs has one column of every kind, including the special cases
// (categorical, narrowed int, code).
var allSpecs = []ColumnSpec{
	PatientIDSpec(),
	{Name: "b", Type: querymodel.Bool},
	{Name: "i", Type: querymodel.Int},
	{Name: "f", Type: querymodel.Float},
	{Name: "s", Type: querymodel.Str},
	{Name: "d", Type: querymodel.Date},
	{Name: "cat", Type: querymodel.Str, Categories: []any{"a", "b,c", "it's"}},
	{Name: "n", Type: querymodel.Int, Range: CountRange()},
	{Name: "code", Type: querymodel.CodeType(codes.SNOMEDCT)},
}

var negZero = math.Copysign(0, -1)

// allRows covers NULLs, awkward strings and floats, and unsorted ids.
var allRows = [][]any{
	{int64(3), true, int64(-5), 0.1, "plain", date(2020, 1, 31), "a", int64(0), "123456"},
	{int64(1), false, int64(1) << 40, 2.0, "comma, \"quote\"", date(1900, 2, 28), "b,c", int64(65535), nil},
	{int64(2), nil, nil, nil, nil, nil, nil, nil, nil},
	{int64(1), true, int64(0), 1e-05, "line\nbreak\r\nx", date(9999, 12, 31), "it's", int64(7), "999999"},
	{int64(7), false, int64(math.MinInt64), 1e16, " lead space", date(1, 1, 1), "a", int64(1), "100000"},
	{int64(5), true, int64(math.MaxInt64), math.Inf(-1), "ünïcödé ✓", date(2024, 2, 29), nil, nil, ""},
	{int64(4), nil, int64(42), negZero, "", date(1970, 1, 1), "b,c", int64(2), "123"},
}

// rowsAsRead is what reading allRows back gives: empty strings read as
// NULL in CSV only (see csvRows).
func csvRows() [][]any {
	out := make([][]any, len(allRows))
	for i, r := range allRows {
		out[i] = append([]any(nil), r...)
		for j, v := range out[i] {
			if v == "" {
				out[i][j] = nil
			}
		}
	}
	return out
}

func tableRows(t *Table) [][]any {
	rows := make([][]any, t.Len())
	for i := range rows {
		rows[i] = t.Row(i)
	}
	return rows
}

func writeRows(t *testing.T, w Writer, rows [][]any) {
	t.Helper()
	for _, r := range rows {
		if err := w.WriteRow(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
}

func mustCreate(t *testing.T, path string, specs []ColumnSpec) Writer {
	t.Helper()
	out, err := ParseOutputPath(path)
	if err != nil {
		t.Fatal(err)
	}
	w, err := out.Create(specs, nil)
	if err != nil {
		t.Fatal(err)
	}
	return w
}

func writeFile(t *testing.T, path, content string) string {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o777); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// sameRows compares rows, treating NaN as equal to NaN and -0.0 as
// distinct from 0.0.
func sameRows(a, b [][]any) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if len(a[i]) != len(b[i]) {
			return false
		}
		for j := range a[i] {
			x, y := a[i][j], b[i][j]
			if fx, ok := x.(float64); ok {
				fy, ok := y.(float64)
				if !ok || !(fx == fy && math.Signbit(fx) == math.Signbit(fy) || math.IsNaN(fx) && math.IsNaN(fy)) {
					return false
				}
				continue
			}
			if !reflect.DeepEqual(x, y) {
				return false
			}
		}
	}
	return true
}

func listDir(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}
