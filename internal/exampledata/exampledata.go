// Package exampledata makes up plausible patient records for the core
// ehrQL tables: patients, practice_registrations, clinical_events,
// medications and ons_deaths. `ehrql dump-example-data` writes a small set
// (100 patients) for the tutorial, and the generate-dataset benchmark
// writes large ones (10,000 to 1,000,000 patients) from the same code.
//
// The data are generated, never sampled from real records, and are fully
// determined by the Options: the same options always give byte-identical
// files. Every date is computed relative to a fixed reference date
// ([Options.Today]) rather than the clock.
//
// What the data look like:
//
//   - patients: one row each; dates of birth on the first of a month,
//     ages 0 to 99, sex mostly female or male; about 8 % have died.
//   - practice_registrations: one open registration starting at birth or
//     a later move to the area, sometimes preceded by an ended one at
//     another practice; registrations of the dead end at death.
//   - clinical_events: SNOMED CT codes of common long-term conditions and
//     of measurements (blood pressure, weight, BMI) with a numeric value,
//     dated within the patient's lifetime and registration.
//   - medications: dm+d codes of commonly issued drugs, dated likewise.
//   - ons_deaths: one row per patient who died on or after 2019-02-01
//     (the earliest date the table covers), with ICD-10 causes.
//
// The codes have the right form and are chosen to look like the ones
// studies use; the labels beside them in the source are indicative only
// and have not been checked against the terminology servers.
package exampledata

import (
	"math/rand/v2"
	"time"

	"github.com/opensafely-go/opensafely/internal/codes"
	"github.com/opensafely-go/opensafely/internal/fileformats"
	"github.com/opensafely-go/opensafely/internal/querymodel"
)

// Options says how much data to make.
type Options struct {
	// Patients is the number of patients, numbered 1..Patients.
	Patients int
	// EventsPerPatient and MedicationsPerPatient are the mean numbers of
	// clinical_events and medications rows per living-long-enough
	// patient; each patient's count is drawn uniformly from 0..2×mean.
	EventsPerPatient      int
	MedicationsPerPatient int
	// Seed seeds the random generator.
	Seed uint64
	// Today is the last date any record may have; the zero value means
	// DefaultToday.
	Today querymodel.CalendarDate
}

// DefaultToday is the reference date of the generated records.
var DefaultToday = querymodel.CalendarDate{Year: 2024, Month: time.December, Day: 31}

// Tutorial returns the options of the data `ehrql dump-example-data`
// writes: 100 patients with a handful of events and medications each.
func Tutorial() Options {
	return Options{Patients: 100, EventsPerPatient: 6, MedicationsPerPatient: 4, Seed: 20240101}
}

// Table is one generated table: its name, file column specs and rows
// (sorted by patient, then date).
type Table struct {
	Name string
	Spec []fileformats.ColumnSpec
	Data *fileformats.Table
}

// TableNames are the tables Generate makes, in the order it returns them.
var TableNames = []string{"patients", "practice_registrations", "clinical_events", "medications", "ons_deaths"}

var (
	snomed = querymodel.CodeType(codes.SNOMEDCT)
	dmd    = querymodel.CodeType(codes.DMD)
	icd10  = querymodel.CodeType(codes.ICD10)
)

func specs(cols ...fileformats.ColumnSpec) []fileformats.ColumnSpec {
	return append([]fileformats.ColumnSpec{fileformats.PatientIDSpec()}, cols...)
}

func column(name string, t querymodel.Type) fileformats.ColumnSpec {
	return fileformats.ColumnSpec{Name: name, Type: t}
}

// tableSpecs are the columns written for each table: a subset of the core
// schemas (the ons_deaths cause columns beyond the second are left out;
// readers treat missing columns as NULL).
var tableSpecs = map[string][]fileformats.ColumnSpec{
	"patients": specs(column("date_of_birth", querymodel.Date),
		fileformats.ColumnSpec{Name: "sex", Type: querymodel.Str, Categories: []any{"female", "male", "intersex", "unknown"}},
		column("date_of_death", querymodel.Date)),
	"practice_registrations": specs(column("start_date", querymodel.Date), column("end_date", querymodel.Date),
		column("practice_pseudo_id", querymodel.Int)),
	"clinical_events": specs(column("date", querymodel.Date), column("snomedct_code", snomed),
		column("numeric_value", querymodel.Float)),
	"medications": specs(column("date", querymodel.Date), column("dmd_code", dmd)),
	"ons_deaths": specs(column("date", querymodel.Date), column("underlying_cause_of_death", icd10),
		column("cause_of_death_01", icd10), column("cause_of_death_02", icd10)),
}

// Spec returns the column specs of a generated table.
func Spec(table string) []fileformats.ColumnSpec { return tableSpecs[table] }

// condition is a coded diagnosis: once a patient has it, it recurs.
type condition struct {
	code   string
	weight int // relative prevalence
}

// SNOMED CT concepts of common conditions.
var conditions = []condition{
	{"38341003", 30},  // hypertensive disorder
	{"195967001", 15}, // asthma
	{"44054006", 10},  // type 2 diabetes mellitus
	{"35489007", 12},  // depressive disorder
	{"13645005", 5},   // chronic obstructive lung disease
	{"49436004", 4},   // atrial fibrillation
	{"22298006", 3},   // myocardial infarction
	{"230690007", 3},  // cerebrovascular accident
	{"84114007", 2},   // heart failure
	{"709044004", 4},  // chronic kidney disease
	{"46635009", 1},   // type 1 diabetes mellitus
	{"77176002", 15},  // smoker
	{"8517006", 15},   // ex-smoker
	{"266919005", 40}, // never smoked tobacco
}

// measurement is a SNOMED CT observable recorded with a numeric value.
type measurement struct {
	code     string
	mean, sd float64
	decimals int
}

var measurements = []measurement{
	{"271649006", 132, 16, 0}, // systolic blood pressure (mmHg)
	{"271650006", 81, 10, 0},  // diastolic blood pressure (mmHg)
	{"27113001", 78, 15, 1},   // body weight (kg)
	{"60621009", 27, 5, 1},    // body mass index
}

// dm+d codes of commonly issued medicines.
var medicines = []string{
	"319283006",         // amlodipine 5mg tablets
	"325278007",         // metformin 500mg tablets
	"320000009",         // simvastatin 40mg tablets
	"320029005",         // atorvastatin 20mg tablets
	"318901007",         // ramipril 5mg capsules
	"317335006",         // omeprazole 20mg gastro-resistant capsules
	"321181006",         // sertraline 50mg tablets
	"322236009",         // paracetamol 500mg tablets
	"39113611000001102", // salbutamol 100micrograms/dose inhaler
	"3483411000001104",  // beclometasone 100micrograms/dose inhaler
	"41937811000001108", // levothyroxine 50microgram tablets
}

// ICD-10 codes of common causes of death.
var causesOfDeath = []string{"I219", "I251", "I639", "C349", "C509", "J449", "J189", "F03", "G309", "U071", "E149", "N189"}

// Generate makes every table (see TableNames for the order).
func Generate(opts Options) []Table {
	g := newGenerator(opts)
	for id := int64(1); id <= int64(opts.Patients); id++ {
		g.patient(id)
	}
	out := make([]Table, len(TableNames))
	for i, name := range TableNames {
		out[i] = Table{Name: name, Spec: tableSpecs[name], Data: g.tables[name]}
	}
	return out
}

type generator struct {
	opts   Options
	rnd    *rand.Rand
	today  int // days since 1970-01-01
	tables map[string]*fileformats.Table
}

func newGenerator(opts Options) *generator {
	if opts.Today == (querymodel.CalendarDate{}) {
		opts.Today = DefaultToday
	}
	g := &generator{
		opts:   opts,
		rnd:    rand.New(rand.NewPCG(opts.Seed, 0x6568726c)),
		today:  dayNumber(opts.Today),
		tables: map[string]*fileformats.Table{},
	}
	n := opts.Patients
	rows := map[string]int{
		"patients": n, "practice_registrations": n + n/4, "ons_deaths": n / 20,
		"clinical_events": n * opts.EventsPerPatient, "medications": n * opts.MedicationsPerPatient,
	}
	for name, spec := range tableSpecs {
		t := &fileformats.Table{PatientIDs: make([]int64, 0, rows[name])}
		for _, c := range spec[1:] {
			t.Columns = append(t.Columns, fileformats.NewColumn(c.Name, c.Type, rows[name]))
		}
		g.tables[name] = t
	}
	return g
}

// dayNumber and calendarDate convert between dates and days since
// 1970-01-01.
func dayNumber(d querymodel.CalendarDate) int {
	return int(time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

func calendarDate(days int) querymodel.CalendarDate {
	t := time.Unix(int64(days)*86400, 0).UTC()
	return querymodel.CalendarDate{Year: t.Year(), Month: t.Month(), Day: t.Day()}
}

// between returns a day in [lo, hi].
func (g *generator) between(lo, hi int) int {
	if hi <= lo {
		return lo
	}
	return lo + g.rnd.IntN(hi-lo+1)
}

// row appends one row to a table; values are in column order, nil for
// NULL.
func (g *generator) row(table string, id int64, values ...any) {
	t := g.tables[table]
	t.PatientIDs = append(t.PatientIDs, id)
	for i, v := range values {
		c := &t.Columns[i]
		if v == nil {
			c.AppendNull()
			continue
		}
		switch x := v.(type) {
		case int:
			c.Dates = append(c.Dates, calendarDate(x))
		case string:
			c.Strs = append(c.Strs, x)
		case int64:
			c.Ints = append(c.Ints, x)
		case float64:
			c.Floats = append(c.Floats, x)
		}
		if c.Valid != nil {
			c.Valid = append(c.Valid, true)
		}
	}
}

// dated is an event or issue: a day and its values.
type dated struct {
	day  int
	code string
	num  any
}

func (g *generator) patient(id int64) {
	r := g.rnd
	today := calendarDate(g.today)
	// Date of birth: first of a month, age 0..99 with more adults.
	age := r.IntN(100)
	if r.IntN(4) == 0 {
		age = r.IntN(18)
	}
	birth := dayNumber(querymodel.CalendarDate{Year: today.Year - age - 1 + r.IntN(2), Month: time.Month(1 + r.IntN(12)), Day: 1})
	if birth > g.today {
		birth = dayNumber(querymodel.CalendarDate{Year: today.Year, Month: today.Month, Day: 1})
	}
	sex := "female"
	switch x := r.IntN(200); {
	case x < 98:
		sex = "male"
	case x == 198:
		sex = "intersex"
	case x == 199:
		sex = "unknown"
	}
	// About 8 % have died, the old more often, all after 2010.
	var death any
	end := g.today
	if r.IntN(100) < 2+age/8 && age > 0 {
		lo := max(birth+1, dayNumber(querymodel.CalendarDate{Year: 2010, Month: 1, Day: 1}))
		d := g.between(lo, g.today)
		death, end = d, d
	}
	g.row("patients", id, birth, sex, death)

	// Registrations: the current practice from birth or a later move;
	// some had an earlier practice.
	start := birth
	if r.IntN(3) > 0 {
		start = g.between(birth, end)
	}
	practice := int64(r.IntN(1000))
	if start > birth+365 && r.IntN(3) == 0 {
		first := g.between(birth, start-180)
		g.row("practice_registrations", id, first, start-1-r.IntN(30), int64(r.IntN(1000)))
	}
	var regEnd any
	if death != nil {
		regEnd = death
	}
	g.row("practice_registrations", id, start, regEnd, practice)

	// Clinical events and medications, within life and mostly within the
	// registration.
	from := max(birth, start-365*5)
	var events []dated
	if n := g.count(g.opts.EventsPerPatient, age); n > 0 {
		mine := g.conditionsOf(age)
		for range n {
			day := g.between(from, end)
			if len(mine) > 0 && r.IntN(3) > 0 {
				events = append(events, dated{day: day, code: mine[r.IntN(len(mine))]})
				continue
			}
			m := measurements[r.IntN(len(measurements))]
			v := m.mean + m.sd*r.NormFloat64()
			events = append(events, dated{day: day, code: m.code, num: round(max(v, m.mean/3), m.decimals)})
		}
	}
	sortByDay(events)
	for _, e := range events {
		g.row("clinical_events", id, e.day, e.code, e.num)
	}
	var issues []dated
	if n := g.count(g.opts.MedicationsPerPatient, age); n > 0 {
		// A patient is on a few regular medicines, issued repeatedly.
		mine := make([]string, 1+r.IntN(3))
		for i := range mine {
			mine[i] = medicines[r.IntN(len(medicines))]
		}
		for range n {
			issues = append(issues, dated{day: g.between(from, end), code: mine[r.IntN(len(mine))]})
		}
	}
	sortByDay(issues)
	for _, m := range issues {
		g.row("medications", id, m.day, m.code)
	}

	if d, ok := death.(int); ok && d >= dayNumber(querymodel.CalendarDate{Year: 2019, Month: time.February, Day: 1}) {
		underlying := causesOfDeath[r.IntN(len(causesOfDeath))]
		var second any
		if r.IntN(2) == 0 {
			second = causesOfDeath[r.IntN(len(causesOfDeath))]
		}
		g.row("ons_deaths", id, d, underlying, underlying, second)
	}
}

// count draws a patient's number of rows for a mean: uniform in
// 0..2×mean, fewer for children.
func (g *generator) count(mean, age int) int {
	if mean <= 0 {
		return 0
	}
	n := g.rnd.IntN(2*mean + 1)
	if age < 18 {
		n /= 3
	}
	return n
}

// conditionsOf draws the conditions a patient has: each with probability
// growing with its prevalence and the patient's age.
func (g *generator) conditionsOf(age int) []string {
	var mine []string
	for _, c := range conditions {
		if g.rnd.IntN(100) < c.weight*(20+age)/60 {
			mine = append(mine, c.code)
		}
	}
	return mine
}

func round(v float64, decimals int) float64 {
	p := 1.0
	for range decimals {
		p *= 10
	}
	x := v * p
	if x < 0 {
		return float64(int64(x-0.5)) / p
	}
	return float64(int64(x+0.5)) / p
}

// sortByDay sorts a patient's few rows by day (insertion sort keeps equal
// days in draw order).
func sortByDay(rows []dated) {
	for i := 1; i < len(rows); i++ {
		for j := i; j > 0 && rows[j].day < rows[j-1].day; j-- {
			rows[j], rows[j-1] = rows[j-1], rows[j]
		}
	}
}
