package measures

import (
	"context"
	"github.com/opensafely-go/opensafely/internal/generate"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/opensafely-go/opensafely/internal/engine/memory"
	"github.com/opensafely-go/opensafely/internal/querymodel"
)

// benchDefinition: 3 measures × 2 groupings (sex; age band at the
// interval start) × 36 monthly intervals, one denominator.
const benchDefinition = `
from ehrql import INTERVAL, case, create_measures, months, when
from ehrql.tables.core import clinical_events, patients

measures = create_measures()
measures.configure_disclosure_control(enabled=False)
alive = patients.is_alive_on(INTERVAL.start_date) & (patients.date_of_birth < INTERVAL.start_date)
events = clinical_events.where(clinical_events.date.is_during(INTERVAL))
age = patients.age_on(INTERVAL.start_date)
age_band = case(
    when(age < 18).then("0-17"),
    when(age < 65).then("18-64"),
    otherwise="65+",
)
numerators = {
    "coded": events.where(clinical_events.snomedct_code.is_in(["1000001", "1000002", "1000003"])).exists_for_patient(),
    "count": events.count_for_patient(),
    "high": events.where(clinical_events.numeric_value > 80).exists_for_patient(),
}
groupings = {"sex": {"sex": patients.sex}, "age": {"age_band": age_band}}
measures.define_defaults(denominator=alive, intervals=months(36).starting_on("2021-01-01"))
for nname, num in numerators.items():
    for gname, group_by in groupings.items():
        measures.define_measure(nname + "_by_" + gname, numerator=num, group_by=group_by)
`

// benchSource builds n synthetic patients with about 9 events each over
// 2020–2023.
func benchSource(tb testing.TB, coll *querymodel.MeasureCollection, n int) memory.MapSource {
	return benchSourceEvents(tb, coll, n, 19)
}

// benchSourceEvents is benchSource with 0 to maxEvents-1 events per
// patient.
func benchSourceEvents(tb testing.TB, coll *querymodel.MeasureCollection, n, maxEvents int) memory.MapSource {
	ds, err := Dataset(coll)
	if err != nil {
		tb.Fatal(err)
	}
	var patients, events *querymodel.Table
	for _, t := range generate.UsedTables(ds) {
		switch t.TableName() {
		case "patients":
			patients = t
		case "clinical_events":
			events = t
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	sexes := []string{"female", "male", "intersex", "unknown"}
	p := &memory.TableData{Columns: map[string]*memory.Column{
		"date_of_birth": {Dates: make([]memory.Date, n)},
		"sex":           {Strs: make([]string, n)},
		"date_of_death": {Dates: make([]memory.Date, n), Valid: make([]bool, n)},
	}}
	e := &memory.TableData{Columns: map[string]*memory.Column{
		"date":          {Dates: nil},
		"snomedct_code": {Strs: nil},
		"numeric_value": {Floats: nil},
	}}
	ec := e.Columns
	first := memory.MakeDate(2020, 1, 1)
	for i := range n {
		id := int64(i + 1)
		p.PatientIDs = append(p.PatientIDs, id)
		p.Columns["date_of_birth"].Dates[i] = memory.MakeDate(1930+rng.IntN(90), time.Month(1+rng.IntN(12)), 1)
		p.Columns["sex"].Strs[i] = sexes[rng.IntN(len(sexes))]
		if rng.IntN(10) == 0 {
			p.Columns["date_of_death"].Dates[i] = first + memory.Date(rng.IntN(4*365))
			p.Columns["date_of_death"].Valid[i] = true
		}
		for k := rng.IntN(maxEvents); k > 0; k-- {
			e.PatientIDs = append(e.PatientIDs, id)
			ec["date"].Dates = append(ec["date"].Dates, first+memory.Date(rng.IntN(4*365)))
			ec["snomedct_code"].Strs = append(ec["snomedct_code"].Strs, strconv.Itoa(1000000+rng.IntN(20)))
			ec["numeric_value"].Floats = append(ec["numeric_value"].Floats, rng.Float64()*100)
		}
	}
	return memory.MapSource{patients: p, events: e}
}

// BenchmarkCompute reports, for 6 measures (3 numerators × 2 groupings)
// sharing 36 monthly intervals, the time of the first interval (ms/first)
// and of each further interval (ms/extra) evaluated one at a time
// (workers=1), and the wall time with every CPU (workers=all).
func BenchmarkCompute(b *testing.B) {
	dir := b.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "measures.py"), []byte(benchDefinition), 0o644); err != nil {
		b.Fatal(err)
	}
	b.Chdir(dir)
	details, err := loadForTest("measures.py")
	if err != nil {
		b.Fatal(err)
	}
	coll := details.Measures
	if len(coll.Measures) != 6 || len(coll.Measures[0].Intervals) != 36 {
		b.Fatalf("got %d measures", len(coll.Measures))
	}
	for _, n := range []int{10_000, 100_000} {
		src := benchSource(b, coll, n)
		for _, workers := range []int{1, 0} {
			name := strconv.Itoa(n) + "/workers=1"
			if workers == 0 {
				name = strconv.Itoa(n) + "/workers=all"
			}
			b.Run(name, func(b *testing.B) {
				var firstTotal, extraTotal, firstCPU, extraCPU time.Duration
				var rows int
				for b.Loop() {
					start, startCPU := time.Now(), cpuTime()
					var firstDone time.Time
					var firstDoneCPU time.Duration
					out, err := Compute(context.Background(), src, coll, ComputeOptions{Workers: workers, OnInterval: func(done, _ int) {
						if done == 1 {
							firstDone, firstDoneCPU = time.Now(), cpuTime()
						}
					}})
					if err != nil {
						b.Fatal(err)
					}
					firstTotal += firstDone.Sub(start)
					extraTotal += time.Since(firstDone)
					firstCPU += firstDoneCPU - startCPU
					extraCPU += cpuTime() - firstDoneCPU
					rows = len(out)
				}
				if workers == 1 {
					// CPU times are the steadier figures on a shared machine.
					b.ReportMetric(float64(firstTotal.Microseconds())/1000/float64(b.N), "ms/first")
					b.ReportMetric(float64(extraTotal.Microseconds())/1000/float64(b.N)/35, "ms/extra")
					b.ReportMetric(float64(firstCPU.Microseconds())/1000/float64(b.N), "cpu-ms/first")
					b.ReportMetric(float64(extraCPU.Microseconds())/1000/float64(b.N)/35, "cpu-ms/extra")
				}
				b.ReportMetric(float64(rows), "rows")
			})
		}
	}
}
