package measures

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/opensafely-go/opensafely/internal/engine/memory"
	"github.com/opensafely-go/opensafely/internal/querymodel"
)

// expandDefinition adds to referenceDefinition the event-table uses that
// the expansion treats differently: a one-sided interval bound, a bound
// in a filter above another filter, a table read with no interval bound
// (replicated whole), an aggregation nested in a filter condition, and an
// integer column bounded by a literal.
const expandDefinition = referenceDefinition + `
before = clinical_events.where(clinical_events.snomedct_code != "1000004").where(clinical_events.date < INTERVAL.start_date)
last_before = before.sort_by(clinical_events.date).last_for_patient()
ever = clinical_events.count_for_patient()
busy = clinical_events.where(clinical_events.date.is_during(INTERVAL)).where(
    clinical_events.numeric_value > clinical_events.numeric_value.mean_for_patient()
).count_for_patient()
measures.define_measure("last_before_high", numerator=last_before.numeric_value > 50, denominator=alive, group_by={"sex": patients.sex}, intervals=monthly)
measures.define_measure("busy_of_ever", numerator=busy, denominator=ever, intervals=monthly)
measures.define_measure("on_start", numerator=clinical_events.where(clinical_events.date == INTERVAL.start_date).exists_for_patient(), denominator=alive, intervals=monthly)
`

// TestExpansionMatchesIntervals evaluates the expansion of a combined
// dataset once, in memory, and checks that its rows for each interval
// are exactly the rows of the dataset evaluated for that interval alone.
func TestExpansionMatchesIntervals(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "measures.py"), []byte(expandDefinition), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	details, err := loadForTest("measures.py")
	if err != nil {
		t.Fatal(err)
	}
	coll := details.Measures
	p, err := newPlan(coll.Measures)
	if err != nil {
		t.Fatal(err)
	}
	src := benchSource(t, coll, 1500)
	ctx := context.Background()
	x, err := expand(ctx, p.ds, p.intervals)
	if err != nil {
		t.Fatal(err)
	}
	ranged, whole := 0, 0
	for _, et := range x.tables {
		switch {
		case et.column != "":
			ranged++
		case !et.source.Patient:
			whole++
		}
	}
	if ranged < 3 || whole != 1 {
		t.Fatalf("%d interval-bounded and %d whole event tables, want at least 3 and 1", ranged, whole)
	}
	xsrc, err := x.memoryTables(src)
	if err != nil {
		t.Fatal(err)
	}
	res, err := memory.New(xsrc, memory.Options{}).EvaluateDataset(ctx, x.ds)
	if err != nil {
		t.Fatal(err)
	}
	got := make([][]string, len(p.intervals))
	for _, r := range res.Tables[0].Rows() {
		iv := r[1].(int64)
		got[iv] = append(got[iv], fmt.Sprint(r[2:]))
	}
	eng := memory.New(src, memory.Options{})
	total := 0
	for i, iv := range p.intervals {
		ds, err := querymodel.SubstituteParameters(p.ds, querymodel.IntervalValues(iv))
		if err != nil {
			t.Fatal(err)
		}
		want, err := eng.EvaluateDataset(ctx, ds.(*querymodel.Dataset))
		if err != nil {
			t.Fatal(err)
		}
		var ws []string
		for _, r := range want.Tables[0].Rows() {
			ws = append(ws, fmt.Sprint(r))
		}
		total += len(ws)
		if !slices.Equal(got[i], ws) {
			for j := range min(len(got[i]), len(ws)) {
				if got[i][j] != ws[j] {
					t.Fatalf("interval %v: %d rows, want %d; first difference:\n got %s\nwant %s", iv, len(got[i]), len(ws), got[i][j], ws[j])
				}
			}
			t.Fatalf("interval %v: %d rows, want %d", iv, len(got[i]), len(ws))
		}
	}
	if total < 10000 {
		t.Fatalf("only %d rows compared", total)
	}
}
