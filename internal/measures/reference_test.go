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

// referenceDefinition mixes what the optimised path treats specially:
// interval filters (is_during and a shifted window), codelist and value
// filters on top of them, picks, patient-level interval columns, boolean
// and integer denominators, grouped and ungrouped measures, monthly and
// weekly intervals.
const referenceDefinition = `
from ehrql import INTERVAL, case, create_measures, days, months, weeks, when
from ehrql.tables.core import clinical_events, patients

measures = create_measures()
measures.configure_disclosure_control(enabled=False)
alive = patients.is_alive_on(INTERVAL.start_date) & (patients.date_of_birth < INTERVAL.start_date)
events = clinical_events.where(clinical_events.date.is_during(INTERVAL))
last_code = events.sort_by(clinical_events.date).last_for_patient().snomedct_code
age = patients.age_on(INTERVAL.start_date)
band = case(when(age < 18).then("0-17"), when(age < 65).then("18-64"), otherwise="65+")
n_events = events.count_for_patient()
coded = events.where(clinical_events.snomedct_code.is_in(["1000001", "1000002"])).exists_for_patient()
window = clinical_events.where(clinical_events.date.is_on_or_between(INTERVAL.start_date - days(30), INTERVAL.end_date))
monthly = months(14).starting_on("2021-01-01")
measures.define_measure("coded_by_sex", numerator=coded, denominator=alive, group_by={"sex": patients.sex}, intervals=monthly)
measures.define_measure("count_by_band_sex", numerator=n_events, denominator=alive, group_by={"band": band, "sex": patients.sex}, intervals=monthly)
measures.define_measure("recent_by_sex", numerator=window.exists_for_patient(), denominator=alive, group_by={"sex": patients.sex}, intervals=monthly)
measures.define_measure("high_per_event", numerator=events.where(clinical_events.numeric_value > 80).count_for_patient(), denominator=n_events, group_by={"last_code": last_code}, intervals=weeks(10).starting_on("2021-03-01"))
measures.define_measure("ungrouped", numerator=events.exists_for_patient(), denominator=patients.exists_for_patient(), intervals=weeks(10).ending_on("2022-12-31"))
`

// TestComputeMatchesPlainEvaluation compares Compute (shared interval
// work, index-selected interval filters, shared grouping) with a plain
// computation: for every measure and interval, the measure's own dataset
// (population = its denominator) evaluated by the plain in-memory engine
// and summed naively.
func TestComputeMatchesPlainEvaluation(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "measures.py"), []byte(referenceDefinition), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	details, err := loadForTest("measures.py")
	if err != nil {
		t.Fatal(err)
	}
	coll := details.Measures
	src := benchSource(t, coll, 3000)
	want := plainRows(t, src, coll)
	for _, dc := range []bool{false, true} {
		got, err := Compute(context.Background(), src, coll, ComputeOptions{DisclosureControl: dc})
		if err != nil {
			t.Fatal(err)
		}
		w := want
		if dc {
			w = nil
			for _, r := range want {
				ApplyDisclosureControl(&r)
				w = append(w, r)
			}
		}
		gs, ws := rowStrings(got), rowStrings(w)
		if len(ws) < 400 {
			t.Fatalf("only %d reference rows: the data does not exercise the measures", len(ws))
		}
		if !slices.Equal(gs, ws) {
			for i := range min(len(gs), len(ws)) {
				if gs[i] != ws[i] {
					t.Fatalf("disclosure control %v: %d rows, want %d; first difference:\n got %s\nwant %s", dc, len(gs), len(ws), gs[i], ws[i])
				}
			}
			t.Fatalf("disclosure control %v: %d rows, want %d", dc, len(gs), len(ws))
		}
	}
}

// plainRows computes every measure interval by interval with the plain
// engine.
func plainRows(t *testing.T, src memory.Source, coll *querymodel.MeasureCollection) []Row {
	eng := memory.New(src, memory.Options{})
	var rows []Row
	for _, m := range coll.Measures {
		pop, err := denominatorCondition(m.Denominator)
		if err != nil {
			t.Fatal(err)
		}
		vars := []querymodel.NamedSeries{{Name: "num", Series: m.Numerator}, {Name: "den", Series: m.Denominator}}
		for i, g := range m.GroupBy {
			vars = append(vars, querymodel.NamedSeries{Name: fmt.Sprintf("g%d", i), Series: g.Series})
		}
		template, err := querymodel.NewDataset(pop, vars, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, iv := range m.Intervals {
			ds, err := querymodel.SubstituteParameters(template, querymodel.IntervalValues(iv))
			if err != nil {
				t.Fatal(err)
			}
			res, err := eng.EvaluateDataset(context.Background(), ds.(*querymodel.Dataset))
			if err != nil {
				t.Fatal(err)
			}
			byKey := map[string]*Row{}
			var order []string
			for _, r := range res.Tables[0].Rows() {
				key := fmt.Sprint(r[3:])
				acc := byKey[key]
				if acc == nil {
					acc = &Row{Measure: m.Name, IntervalStart: iv.Start, IntervalEnd: iv.End}
					if len(m.GroupBy) > 0 {
						acc.Groups = slices.Clone(r[3:])
					}
					byKey[key] = acc
					order = append(order, key)
				}
				acc.Numerator += asCount(r[1])
				acc.Denominator += asCount(r[2])
			}
			if len(m.GroupBy) == 0 && len(order) == 0 {
				rows = append(rows, Row{Measure: m.Name, IntervalStart: iv.Start, IntervalEnd: iv.End})
			}
			for _, k := range order {
				r := *byKey[k]
				setRatio(&r)
				rows = append(rows, r)
			}
		}
	}
	return rows
}

func asCount(v any) int64 {
	switch v := v.(type) {
	case bool:
		if v {
			return 1
		}
	case int64:
		return v
	}
	return 0
}

// rowStrings renders rows, sorted, for comparison.
func rowStrings(rows []Row) []string {
	out := make([]string, len(rows))
	for i, r := range rows {
		ratio := "NULL"
		if r.RatioValid {
			ratio = fmt.Sprintf("%.12g", r.Ratio)
		}
		out[i] = fmt.Sprintf("%s %s %s %s %d %d %v", r.Measure, r.IntervalStart, r.IntervalEnd, ratio, r.Numerator, r.Denominator, r.Groups)
	}
	slices.Sort(out)
	return out
}
