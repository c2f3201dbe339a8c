package memory

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/opensafely-go/opensafely/internal/codes"
	"github.com/opensafely-go/opensafely/internal/querymodel"
	"github.com/opensafely-go/opensafely/internal/tables"
)

func coreTable(name string) *querymodel.Table {
	t, ok := tables.Lookup("ehrql.tables.core", name)
	if !ok {
		panic("no core table " + name)
	}
	return t
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// q is a small helper for building query-model nodes in tests.
type q struct{}

func (q) fn(op querymodel.FuncOp, args ...querymodel.Series) querymodel.Series {
	return must(querymodel.NewFunction(op, args...))
}
func (q) val(v any) querymodel.Series { return must(querymodel.NewValue(v)) }
func (q) col(f querymodel.Frame, name string) querymodel.Series {
	return must(querymodel.NewSelectColumn(f, name))
}
func (q) agg(op querymodel.AggOp, src querymodel.Node) querymodel.Series {
	return must(querymodel.NewAggregate(op, src))
}
func (q) where(f querymodel.Frame, c querymodel.Series) querymodel.Frame {
	return must(querymodel.NewFilter(f, c))
}
func (q) pick(f querymodel.Frame, key querymodel.Series, pos querymodel.Position) querymodel.Frame {
	return must(querymodel.NewPickOneRowPerPatient(must(querymodel.NewSort(f, key)), pos))
}
func (q) date(s string) querymodel.Series {
	return must(querymodel.NewValue(must(querymodel.ParseDate(s))))
}

// benchCodes is the pool of SNOMED codes in synthetic clinical events;
// the first ones form the benchmark's codelists.
var benchCodes = func() []string {
	out := make([]string, 2000)
	for i := range out {
		out[i] = strconv.Itoa(100000 + i*7)
	}
	return out
}()

var benchDMD = func() []string {
	out := make([]string, 500)
	for i := range out {
		out[i] = strconv.Itoa(3000000 + i*13)
	}
	return out
}()

func codeSet(sys codes.System, vals []string) querymodel.Series {
	items := make([]any, len(vals))
	for i, v := range vals {
		items[i] = codes.Code{System: sys, Value: v}
	}
	return must(querymodel.NewValue(must(querymodel.NewFrozenset(items...))))
}

// benchDataset is a 20-variable definition-shaped dataset.
func benchDataset() *querymodel.Dataset {
	var x q
	index := x.date("2022-01-01")
	yearAgo := x.date("2021-01-01")
	pat := must(querymodel.NewSelectPatientTable(coreTable("patients")))
	reg := must(querymodel.NewSelectTable(coreTable("practice_registrations")))
	ev := must(querymodel.NewSelectTable(coreTable("clinical_events")))
	med := must(querymodel.NewSelectTable(coreTable("medications")))

	// practice_registrations.for_patient_on(index)
	regOn := x.where(reg, x.fn(querymodel.FnAnd,
		x.fn(querymodel.FnLE, x.col(reg, "start_date"), index),
		x.fn(querymodel.FnOr,
			x.fn(querymodel.FnGT, x.col(reg, "end_date"), index),
			x.fn(querymodel.FnIsNull, x.col(reg, "end_date")))))
	regPick := x.pick(regOn, x.col(regOn, "start_date"), querymodel.Last)

	dob := x.col(pat, "date_of_birth")
	age := x.fn(querymodel.FnDateDifferenceInYears, index, dob)

	asthma := x.where(ev, x.fn(querymodel.FnIn, x.col(ev, "snomedct_code"), codeSet(codes.SNOMEDCT, benchCodes[:40])))
	asthmaBefore := x.where(asthma, x.fn(querymodel.FnLT, x.col(asthma, "date"), index))
	diab := x.where(ev, x.fn(querymodel.FnIn, x.col(ev, "snomedct_code"), codeSet(codes.SNOMEDCT, benchCodes[40:100])))
	diabLastYear := x.where(diab, x.fn(querymodel.FnAnd,
		x.fn(querymodel.FnGE, x.col(diab, "date"), yearAgo),
		x.fn(querymodel.FnLT, x.col(diab, "date"), index)))
	hba1c := x.where(ev, x.fn(querymodel.FnEQ, x.col(ev, "snomedct_code"), x.val(codes.Code{System: codes.SNOMEDCT, Value: benchCodes[5]})))
	statins := x.where(med, x.fn(querymodel.FnIn, x.col(med, "dmd_code"), codeSet(codes.DMD, benchDMD[:30])))
	statinsLastYear := x.where(statins, x.fn(querymodel.FnGE, x.col(statins, "date"), yearAgo))

	firstAsthma := x.pick(asthmaBefore, x.col(asthmaBefore, "date"), querymodel.First)
	lastAsthma := x.pick(asthmaBefore, x.col(asthmaBefore, "date"), querymodel.Last)
	firstDiab := x.pick(diab, x.col(diab, "date"), querymodel.First)
	firstStatin := x.pick(statins, x.col(statins, "date"), querymodel.First)
	lastStatin := x.pick(statins, x.col(statins, "date"), querymodel.Last)

	ageBand := must(querymodel.NewCase([]querymodel.CaseArm{
		{When: x.fn(querymodel.FnLT, age, x.val(18)), Then: x.val("0-17")},
		{When: x.fn(querymodel.FnLT, age, x.val(40)), Then: x.val("18-39")},
		{When: x.fn(querymodel.FnLT, age, x.val(65)), Then: x.val("40-64")},
	}, x.val("65+")))

	vars := []querymodel.NamedSeries{
		{Name: "age", Series: age},
		{Name: "sex", Series: x.col(pat, "sex")},
		{Name: "practice", Series: x.col(regPick, "practice_pseudo_id")},
		{Name: "registered_since", Series: x.col(regPick, "start_date")},
		{Name: "asthma_count", Series: x.agg(querymodel.AggCount, asthmaBefore)},
		{Name: "has_asthma", Series: x.agg(querymodel.AggExists, asthmaBefore)},
		{Name: "first_asthma", Series: x.col(firstAsthma, "date")},
		{Name: "last_asthma", Series: x.col(lastAsthma, "date")},
		{Name: "last_asthma_value", Series: x.col(lastAsthma, "numeric_value")},
		{Name: "diabetes_last_year", Series: x.agg(querymodel.AggCount, diabLastYear)},
		{Name: "has_diabetes", Series: x.agg(querymodel.AggExists, diab)},
		{Name: "first_diabetes", Series: x.col(firstDiab, "date")},
		{Name: "max_hba1c", Series: x.agg(querymodel.AggMax, x.col(hba1c, "numeric_value"))},
		{Name: "mean_asthma_value", Series: x.agg(querymodel.AggMean, x.col(asthma, "numeric_value"))},
		{Name: "statin_count", Series: x.agg(querymodel.AggCount, statins)},
		{Name: "first_statin", Series: x.col(firstStatin, "date")},
		{Name: "last_statin", Series: x.col(lastStatin, "date")},
		{Name: "statin_last_year", Series: x.agg(querymodel.AggExists, statinsLastYear)},
		{Name: "distinct_codes", Series: x.agg(querymodel.AggCountDistinct, x.col(ev, "snomedct_code"))},
		{Name: "age_band", Series: ageBand},
	}
	pop := x.fn(querymodel.FnAnd,
		x.agg(querymodel.AggExists, regPick),
		x.fn(querymodel.FnOr,
			x.fn(querymodel.FnIsNull, x.col(pat, "date_of_death")),
			x.fn(querymodel.FnGT, x.col(pat, "date_of_death"), index)))
	return must(querymodel.NewDataset(pop, vars, nil, nil))
}

// benchSource builds synthetic data for n patients: ~40 clinical events
// and ~20 medications each, 1-3 registrations.
func benchSource(n int) MapSource {
	r := rand.New(rand.NewPCG(1, uint64(n)))
	start := MakeDate(2010, 1, 1)
	span := int32(MakeDate(2023, 1, 1) - start)

	patIDs := make([]int64, n)
	dob := make([]Date, n)
	sex := make([]string, n)
	dod := make([]Date, n)
	dodValid := make([]bool, n)
	sexes := []string{"female", "male", "intersex", "unknown"}
	var regIDs []int64
	var regStart, regEnd []Date
	var regEndValid []bool
	var regPractice []int64
	var evIDs []int64
	var evDate []Date
	var evCode []string
	var evValue []float64
	var evValid []bool
	var medIDs []int64
	var medDate []Date
	var medCode []string
	for i := 0; i < n; i++ {
		id := int64(i + 1)
		patIDs[i] = id
		y := 1920 + r.IntN(100)
		dob[i] = MakeDate(y, time.Month(1+r.IntN(12)), 1)
		sex[i] = sexes[r.IntN(4)]
		if r.IntN(20) == 0 {
			dod[i] = start + Date(r.Int32N(span))
			dodValid[i] = true
		}
		nreg := 1 + r.IntN(3)
		s := start - Date(r.Int32N(3000))
		for k := 0; k < nreg; k++ {
			regIDs = append(regIDs, id)
			regStart = append(regStart, s)
			e := s + Date(200+r.Int32N(3000))
			if k == nreg-1 && r.IntN(4) != 0 {
				regEnd = append(regEnd, 0)
				regEndValid = append(regEndValid, false)
			} else {
				regEnd = append(regEnd, e)
				regEndValid = append(regEndValid, true)
			}
			regPractice = append(regPractice, int64(r.IntN(1000)))
			s = e
		}
		nev := 20 + r.IntN(41)
		for k := 0; k < nev; k++ {
			evIDs = append(evIDs, id)
			evDate = append(evDate, start+Date(r.Int32N(span)))
			c := r.IntN(len(benchCodes))
			if r.IntN(4) == 0 {
				c = r.IntN(100)
			}
			evCode = append(evCode, benchCodes[c])
			evValue = append(evValue, float64(r.IntN(1000))/10)
			evValid = append(evValid, r.IntN(3) != 0)
		}
		nmed := 10 + r.IntN(21)
		for k := 0; k < nmed; k++ {
			medIDs = append(medIDs, id)
			medDate = append(medDate, start+Date(r.Int32N(span)))
			medCode = append(medCode, benchDMD[r.IntN(len(benchDMD))])
		}
	}
	return MapSource{
		coreTable("patients"): {PatientIDs: patIDs, Columns: map[string]*Column{
			"date_of_birth": {Dates: dob},
			"sex":           {Strs: sex},
			"date_of_death": {Dates: dod, Valid: dodValid},
		}},
		coreTable("practice_registrations"): {PatientIDs: regIDs, Columns: map[string]*Column{
			"start_date":         {Dates: regStart},
			"end_date":           {Dates: regEnd, Valid: regEndValid},
			"practice_pseudo_id": {Ints: regPractice},
		}},
		coreTable("clinical_events"): {PatientIDs: evIDs, Columns: map[string]*Column{
			"date":          {Dates: evDate},
			"snomedct_code": {Strs: evCode},
			"numeric_value": {Floats: evValue, Valid: evValid},
		}},
		coreTable("medications"): {PatientIDs: medIDs, Columns: map[string]*Column{
			"date":     {Dates: medDate},
			"dmd_code": {Strs: medCode},
		}},
	}
}

func BenchmarkDataset(b *testing.B) {
	sizes := []int{10_000, 100_000}
	if os.Getenv("MEMORY_BENCH_1M") != "" {
		sizes = append(sizes, 1_000_000)
	}
	ds := benchDataset()
	for _, n := range sizes {
		for _, dict := range []bool{false, true} {
			b.Run(fmt.Sprintf("patients=%d/dict=%v", n, dict), func(b *testing.B) {
				src := benchSource(n)
				if dict {
					for _, d := range src {
						for _, c := range d.Columns {
							if c.Strs != nil {
								dictEncode(c)
							}
						}
					}
				}
				eng := New(src, Options{})
				runtime.GC()
				var before runtime.MemStats
				runtime.ReadMemStats(&before)
				b.ResetTimer()
				for b.Loop() {
					res, err := eng.EvaluateDataset(context.Background(), ds)
					if err != nil {
						b.Fatal(err)
					}
					if res.Tables[0].Len() == 0 {
						b.Fatal("empty population")
					}
				}
				b.StopTimer()
				b.ReportMetric(float64(before.HeapAlloc)/1e6, "MB-input")
				b.ReportMetric(peakRSS()/1e6, "MB-peak-rss")
			})
		}
	}
}

// peakRSS returns the process's peak resident set size in bytes (Linux),
// or 0.
func peakRSS() float64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			f := strings.Fields(rest)
			if len(f) > 0 {
				kb, _ := strconv.ParseFloat(f[0], 64)
				return kb * 1024
			}
		}
	}
	return 0
}

func TestBenchDatasetRuns(t *testing.T) {
	src := benchSource(500)
	res, err := New(src, Options{}).EvaluateDataset(context.Background(), benchDataset())
	if err != nil {
		t.Fatal(err)
	}
	main := res.Tables[0]
	if main.Len() == 0 || len(main.Columns) != 21 {
		t.Fatalf("got %d rows, %d columns", main.Len(), len(main.Columns))
	}
}
