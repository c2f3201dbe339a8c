package fileformats_test

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/opensafely-go/opensafely/internal/fileformats"
	"github.com/opensafely-go/opensafely/internal/querymodel"
)

func Example() {
	dir, _ := os.MkdirTemp("", "example")
	defer os.RemoveAll(dir)

	// Write a dataset: patient_id, then the variables.
	specs := []fileformats.ColumnSpec{
		fileformats.PatientIDSpec(),
		{Name: "sex", Type: querymodel.Str, Categories: []any{"female", "male"}},
		{Name: "n_events", Type: querymodel.Int, Range: fileformats.CountRange()},
		{Name: "bmi", Type: querymodel.Float},
	}
	out, err := fileformats.ParseOutputPath(filepath.Join(dir, "output", "dataset.csv"))
	if err != nil {
		panic(err)
	}
	w, err := out.Create(specs, os.Stdout)
	if err != nil {
		panic(err)
	}
	w.WriteRow([]any{int64(2), "male", int64(3), 21.5})
	w.WriteRow([]any{int64(1), nil, int64(0), nil})
	if err := w.Close(); err != nil {
		panic(err)
	}

	// Read it back as a patient table, sorted by patient_id.
	t, err := fileformats.ReadTable(out.Path, specs, fileformats.ReadOptions{SortByPatient: true})
	if err != nil {
		panic(err)
	}
	fmt.Println(t.PatientIDs, t.Column("sex").Strs, t.Column("sex").Valid, t.Column("n_events").Ints)

	// A bad value is a FileValidationError naming the file and row.
	os.WriteFile(filepath.Join(dir, "bad.csv"), []byte("patient_id,sex\n1,other\n"), 0o644)
	_, err = fileformats.ReadTable(filepath.Join(dir, "bad.csv"), specs[:2], fileformats.ReadOptions{})
	fe := err.(*fileformats.FileValidationError)
	fmt.Println(fe.Row, fe.Msg)
	// Output:
	// [1 2] [ male] [false true] [0 3]
	// 1 row 1: column 'sex': 'other' not in valid categories: 'female', 'male'
}
