package fileformats

import (
	"bytes"
	"strings"
	"testing"

	"github.com/opensafely-go/opensafely/internal/querymodel"
)

// FuzzCSVStringRoundTrip: any string written to CSV reads back unchanged
// (the empty string reads as NULL), whatever quotes and line breaks it
// holds; and arbitrary input never makes the reader panic.
func FuzzCSVStringRoundTrip(f *testing.F) {
	for _, s := range []string{"plain", "a,b", "q\"uote", "line\nbreak", "cr\r", "\r\n", "\"", ",", " x "} {
		f.Add(s, s)
	}
	specs := []ColumnSpec{PatientIDSpec(), {Name: "s", Type: querymodel.Str}, {Name: "t", Type: querymodel.Str}}
	f.Fuzz(func(t *testing.T, s1, s2 string) {
		var buf bytes.Buffer
		w, _ := NewCSVWriter(&buf, specs)
		if err := w.WriteRow([]any{int64(1), s1, s2}); err != nil {
			t.Fatal(err)
		}
		w.Close()
		tbl, err := parseCSV(bytes.NewReader(buf.Bytes()), "f.csv", specs, ReadOptions{}, 0)
		if err != nil {
			t.Fatalf("%q: %v", buf.String(), err)
		}
		for i, s := range []string{s1, s2} {
			var want any = s
			if s == "" {
				want = nil
			}
			if got := tbl.Columns[i].Value(0); got != want {
				t.Errorf("%q read back as %q", s, got)
			}
		}
		// Arbitrary bytes as a whole file: errors are fine, panics are not.
		parseCSV(strings.NewReader("patient_id,s,t\n"+s1), "f.csv", specs, DummyTablesOptions, 0)
	})
}
