package measures

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/opensafely-go/opensafely/internal/backends"
	enginesql "github.com/opensafely-go/opensafely/internal/engine/sql"
	"github.com/opensafely-go/opensafely/internal/loadtables"
	"github.com/opensafely-go/opensafely/internal/querymodel"
)

// TestSQLTPPBackendMatchesPerInterval runs measures through the TPP
// backend (its table queries, GP-activation filter and opt-out population
// conditions, which it adds to the dataset with the intervals still
// parameters) and compares them with the measures computed interval by
// interval, each interval's dataset evaluated by the SQL engine through
// the same backend, for each set of permissions.
func TestSQLTPPBackendMatchesPerInterval(t *testing.T) {
	def := `
from ehrql import INTERVAL, create_measures, months
from ehrql.tables.tpp import clinical_events, patients, practice_registrations

measures = create_measures()
measures.configure_disclosure_control(enabled=False)
events = clinical_events.where(clinical_events.date.is_during(INTERVAL))
registered = practice_registrations.for_patient_on(INTERVAL.start_date).exists_for_patient()
measures.define_defaults(intervals=months(6).starting_on("2021-10-01"))
measures.define_measure("had_event", numerator=events.exists_for_patient(), denominator=registered)
measures.define_measure("events_by_sex", numerator=events.count_for_patient(), denominator=patients.exists_for_patient(),
    group_by={"sex": patients.sex})
`
	files := map[string]string{
		"measures.py":                       def,
		"tables/patients.csv":               "patient_id,date_of_birth,sex\n1,1980-01-01,female\n2,1990-01-01,male\n3,1970-01-01,male\n4,1975-01-01,female\n",
		"tables/clinical_events.csv":        "patient_id,date,snomedct_code\n1,2021-10-05,123\n1,2022-01-10,123\n1,2022-02-10,123\n2,2021-11-01,123\n3,2021-12-01,123\n4,2022-03-31,123\n4,2021-10-01,123\n",
		"tables/practice_registrations.csv": "patient_id,start_date,end_date,practice_pseudo_id\n1,2010-01-01,2022-01-01,10\n1,2022-01-01,,20\n2,2010-01-01,,10\n3,2010-01-01,,10\n4,2021-12-15,,10\n",
	}
	project(t, files)
	ctx := context.Background()
	dsn := "duckdb://" + filepath.Join(t.TempDir(), "tpp.duckdb")
	if _, err := loadtables.Load(ctx, loadtables.Options{Dir: "tables", DSN: dsn, Backend: "tpp"}); err != nil {
		t.Fatal(err)
	}
	db, err := loadtables.Connect(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{
		"INSERT INTO PatientsWithTypeOneDissent VALUES (2)",
		"DELETE FROM DirectionsAcknowledged WHERE Organisation_ID = 20",
	} {
		if _, err := db.Exec(s); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()
	details, err := loadForTest("measures.py")
	if err != nil {
		t.Fatal(err)
	}
	coll := details.Measures
	var results [][]string
	for _, perms := range [][]string{nil, {"include_t1oo"}, {"include_t1oo", "include_ndoo", "include_gp_unactivated"}} {
		t.Run(fmt.Sprint(perms), func(t *testing.T) {
			backend, err := backends.Lookup("tpp", perms)
			if err != nil {
				t.Fatal(err)
			}
			opts := testSQLOptions()
			opts.Compile.Permissions = perms
			eng, err := enginesql.OpenWith(ctx, dsn, backend, opts)
			if err != nil {
				t.Fatal(err)
			}
			defer eng.Close()
			got, err := ComputeSQL(ctx, SQLSource{DB: eng.DB(), Dialect: eng.Dialect(), Backend: backend, Options: opts}, coll, ComputeOptions{})
			if err != nil {
				t.Fatal(err)
			}
			want := perIntervalSQL(t, eng, coll)
			gs, ws := rowStrings(got), rowStrings(want)
			if !slices.Equal(gs, ws) {
				t.Fatalf("got\n%v\nwant\n%v", gs, ws)
			}
			var total int64
			for _, r := range got {
				total += r.Numerator
			}
			if total == 0 {
				t.Fatal("no events counted")
			}
			results = append(results, gs)
		})
	}
	// The opt-outs and the activation filter must show.
	if len(results) == 3 && (slices.Equal(results[0], results[1]) || slices.Equal(results[1], results[2])) {
		t.Errorf("the permissions did not change the measures:\n%v", results)
	}
	os.Remove("tpp.duckdb")
}

// perIntervalSQL computes every measure interval by interval, each
// measure's own dataset (population = its denominator) run by eng.
func perIntervalSQL(t *testing.T, eng *enginesql.Engine, coll *querymodel.MeasureCollection) []Row {
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
			byKey := map[string]*Row{}
			var order []string
			err = eng.EvaluateDataset(context.Background(), ds.(*querymodel.Dataset), func(table int, r []any) error {
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
				return nil
			})
			if err != nil {
				t.Fatal(err)
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
