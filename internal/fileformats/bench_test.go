package fileformats

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/opensafely-go/opensafely/internal/codes"
	"github.com/opensafely-go/opensafely/internal/querymodel"
)

const benchRows = 100000

// benchSpecs: patient_id and 19 columns of every kind (20 in all).
func benchSpecs() []ColumnSpec {
	specs := []ColumnSpec{PatientIDSpec()}
	add := func(prefix string, n int, s ColumnSpec) {
		for i := range n {
			s.Name = fmt.Sprintf("%s%d", prefix, i)
			specs = append(specs, s)
		}
	}
	add("int", 4, ColumnSpec{Type: querymodel.Int})
	add("float", 3, ColumnSpec{Type: querymodel.Float})
	add("str", 3, ColumnSpec{Type: querymodel.Str})
	add("date", 3, ColumnSpec{Type: querymodel.Date})
	add("bool", 2, ColumnSpec{Type: querymodel.Bool})
	add("cat", 2, ColumnSpec{Type: querymodel.Str, Categories: []any{"female", "male", "intersex", "unknown"}})
	add("count", 1, ColumnSpec{Type: querymodel.Int, Range: CountRange()})
	add("code", 1, ColumnSpec{Type: querymodel.CodeType(codes.SNOMEDCT)})
	return specs
}

// benchTable is benchRows rows of varied values, one in ten NULL.
func benchTable(specs []ColumnSpec) *Table {
	t := newTable(specs, benchRows)
	cats := []string{"female", "male", "intersex", "unknown"}
	for r := range benchRows {
		t.PatientIDs = append(t.PatientIDs, int64(r*3+1))
		for c := range t.Columns {
			col := &t.Columns[c]
			if (r+c)%10 == 0 {
				col.AppendNull()
				continue
			}
			var v any
			switch kindOf(col.Type) {
			case kindInt:
				v = int64((r * (c + 7)) % 1000)
			case kindFloat:
				v = float64(r) / float64(c+3)
			case kindStr:
				if specs[c+1].Categories != nil {
					v = cats[(r+c)%4]
				} else {
					v = fmt.Sprintf("value %d-%d", r%977, c)
				}
			case kindDate:
				v = daysToDate(int64(r%20000 - 5000))
			case kindBool:
				v = (r+c)%3 == 0
			}
			if err := col.Append(v); err != nil {
				panic(err)
			}
		}
	}
	return t
}

var benchExts = []string{".csv", ".csv.gz", ".arrow"}

func BenchmarkWrite(b *testing.B) {
	specs := benchSpecs()
	tbl := benchTable(specs)
	for _, ext := range benchExts {
		b.Run(ext[1:]+"/table", func(b *testing.B) {
			dir := b.TempDir()
			for b.Loop() {
				w, _ := CreateFile(filepath.Join(dir, "out"+ext), mustFormat(ext), specs)
				if err := w.WriteTable(tbl); err != nil {
					b.Fatal(err)
				}
				if err := w.Close(); err != nil {
					b.Fatal(err)
				}
			}
			reportSize(b, filepath.Join(dir, "out"+ext))
		})
		b.Run(ext[1:]+"/rows", func(b *testing.B) {
			dir := b.TempDir()
			rows := make([][]any, tbl.Len())
			for i := range rows {
				rows[i] = tbl.Row(i)
			}
			b.ResetTimer()
			for b.Loop() {
				w, _ := CreateFile(filepath.Join(dir, "out"+ext), mustFormat(ext), specs)
				for _, r := range rows {
					if err := w.WriteRow(r); err != nil {
						b.Fatal(err)
					}
				}
				if err := w.Close(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkRead(b *testing.B) {
	specs := benchSpecs()
	tbl := benchTable(specs)
	dir := b.TempDir()
	for _, ext := range benchExts {
		path := filepath.Join(dir, "in"+ext)
		w, _ := CreateFile(path, mustFormat(ext), specs)
		if err := w.WriteTable(tbl); err != nil {
			b.Fatal(err)
		}
		if err := w.Close(); err != nil {
			b.Fatal(err)
		}
		b.Run(ext[1:], func(b *testing.B) {
			for b.Loop() {
				got, err := ReadTable(path, specs, ReadOptions{SortByPatient: true})
				if err != nil {
					b.Fatal(err)
				}
				if got.Len() != benchRows {
					b.Fatal("short read")
				}
			}
			reportSize(b, path)
		})
	}
}

// BenchmarkReadParquet reads the benchmark table converted to Parquet by
// pyarrow (skipped without it).
func BenchmarkReadParquet(b *testing.B) {
	specs := benchSpecs()
	dir := b.TempDir()
	src, dst := filepath.Join(dir, "in.arrow"), filepath.Join(dir, "in.parquet")
	w, _ := CreateFile(src, FormatArrow, specs)
	if err := w.WriteTable(benchTable(specs)); err != nil {
		b.Fatal(err)
	}
	if err := w.Close(); err != nil {
		b.Fatal(err)
	}
	script := "import sys, pyarrow as pa, pyarrow.parquet as pq; pq.write_table(pa.ipc.open_file(sys.argv[1]).read_all(), sys.argv[2])"
	if out, err := exec.Command("python3", "-c", script, src, dst).CombinedOutput(); err != nil {
		b.Skipf("pyarrow unavailable: %v %s", err, out)
	}
	b.ResetTimer()
	for b.Loop() {
		got, err := ReadTable(dst, specs, ReadOptions{SortByPatient: true})
		if err != nil {
			b.Fatal(err)
		}
		if got.Len() != benchRows {
			b.Fatal("short read")
		}
	}
	reportSize(b, dst)
}

func mustFormat(ext string) Format {
	f, ok := formatForExt(ext, writeFormats)
	if !ok {
		panic(ext)
	}
	return f
}

func reportSize(b *testing.B, path string) {
	if st, err := os.Stat(path); err == nil {
		b.ReportMetric(float64(st.Size())/1e6, "MB")
	}
}
