package assure

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/opensafely-go/opensafely/internal/ehrql"
	"github.com/opensafely-go/opensafely/internal/loader"
)

// FuzzCheck feeds arbitrary serialised test data to Parse and, when it
// parses, to Check over the testdata dataset: neither may panic, and every
// report must render with its two section headers.
func FuzzCheck(f *testing.F) {
	dir, err := filepath.Abs("testdata")
	if err != nil {
		f.Fatal(err)
	}
	md, err := ehrql.Load(loader.Options{Path: filepath.Join(dir, "dataset_definition.py"), Log: &bytes.Buffer{}})
	if err != nil || md.Dataset == nil {
		f.Fatalf("loading the dataset: %v %v", err, md.Errors)
	}
	for _, seed := range []string{
		`{"dict": []}`,
		`{"dict": [[1, {"dict": [["patients", {"dict": [["date_of_birth", {"date": "1980-01-01"}], ["sex", "female"]]}], ["clinical_events", []], ["expected_columns", {"dict": [["age", 44]]}]]}]]}`,
		`{"dict": [[2, {"dict": [["patients", [{"dict": [["sex", 1]]}, {"dict": []}]], ["clinical_events", {"dict": [["snomedct_code", {"CTV3Code": "X"}]]}]]}]]}`,
		`{"dict": [[3, {"dict": [["patients", []], ["clinical_events", [{"dict": [["numeric_value", 1e-05], [1, 2]]}]], ["expected_in_population", {"tuple": []}], ["expected_events", {"dict": [["x", [1]]]}]]}]]}`,
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, data string) {
		patients, err := Parse(json.RawMessage(data))
		if err != nil {
			return
		}
		r, err := Check(context.Background(), md.Dataset, patients)
		if err != nil {
			return // an evaluation error (a date out of range) is reported, not a panic
		}
		s := r.String()
		if !strings.HasPrefix(s, "Validate test data: ") || !strings.Contains(s, "\nValidate results: ") {
			t.Errorf("report without its sections:\n%s", s)
		}
	})
}
