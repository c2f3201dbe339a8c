package dummydata

import (
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"github.com/opensafely-go/opensafely/internal/engine/memory"
	"github.com/opensafely-go/opensafely/internal/querymodel"
)

// person is the life of one generated patient: every event lies between
// birth and end (death, or today).
type person struct {
	id    int64
	dob   memory.Date
	death val
	end   memory.Date
	rows  int64 // rows generated so far, for unique values
	avoid hints // values this patient's rows must not take
}

func addYears(d memory.Date, n int) memory.Date {
	y, m, day := d.Civil()
	t := time.Date(y+n, m, day, 0, 0, 0, 0, time.UTC)
	return memory.MakeDate(t.Year(), t.Month(), t.Day())
}

func firstOfMonth(d memory.Date) memory.Date {
	y, m, _ := d.Civil()
	return memory.MakeDate(y, m, 1)
}

func nextFirstOfMonth(d memory.Date) memory.Date {
	y, m, _ := d.Civil()
	if m == 12 {
		return memory.MakeDate(y+1, 1, 1)
	}
	return memory.MakeDate(y, m+1, 1)
}

// uniformDate returns a date in lo..hi (lo <= hi).
func uniformDate(r *rand.Rand, lo, hi memory.Date) memory.Date {
	return lo + memory.Date(r.Int64N(int64(hi-lo)+1))
}

// patient generates every used table's rows for one candidate patient.
func (g *generator) patient(id int64, bufs []*tableBuf) {
	r := rand.New(rand.NewPCG(g.seed, uint64(id)))
	var d demand
	resolve(g.a.plan, r, &d, nil)

	// Windows for birth and death: hints on the patients table, and the
	// dates of demanded rows (a row dated before D needs a birth before D;
	// one dated after D needs the patient alive until D).
	oldest := addYears(g.today, -105)
	dobLo, dobHi := oldest, g.today
	deathLo, deathHi := memory.Date(math.MinInt32), g.today-1
	var deathH *hint
	if g.dobCI != nil {
		if h := d.patient.get(g.dobCI); h != nil {
			if h.lo.ok {
				dobLo = max(dobLo, h.lo.d)
			}
			if h.hi.ok {
				dobHi = min(dobHi, h.hi.d)
			}
		}
	}
	if g.deathCI != nil {
		deathH = d.patient.get(g.deathCI)
	}
	forceDead := false
	for _, rd := range d.rows {
		for _, ch := range rd.hints {
			if ch.ci.kind != querymodel.KindDate {
				continue
			}
			if ch.h.hi.ok && ch.h.hi.d >= oldest {
				dobHi = min(dobHi, ch.h.hi.d)
			}
			if ch.h.lo.ok {
				deathLo = max(deathLo, ch.h.lo.d)
			}
		}
		if rd.ti.kind == kindDeaths {
			forceDead = true
			if c := rd.ti.byName["date"]; c != nil {
				if c.lo.ok {
					deathLo = max(deathLo, c.lo.d)
				}
				// The deaths table's date is the date of death: a
				// window on it is a window on death.
				if h := rd.hints.get(c); h != nil && h.hi.ok {
					deathHi = min(deathHi, h.hi.d)
				}
			}
		}
	}
	p := person{id: id, avoid: d.avoid}
	if dobLo > dobHi { // conflicting hints: keep the tighter, explicit one
		dobLo = dobHi - 365*5
	}
	// Ages are spread evenly over 0..100 unless the query asks otherwise.
	if dobHi-dobLo > 365*100 {
		dobLo = dobHi - 365*100
	}
	p.dob = uniformDate(r, dobLo, dobHi)
	dead := r.IntN(10) == 0 || forceDead
	for _, ti := range d.absent {
		if ti.kind == kindDeaths {
			dead = false
		}
	}
	if deathH != nil {
		if deathH.null {
			dead = false
		}
		if deathH.notNull {
			dead = true
		}
		if deathH.lo.ok {
			deathLo = max(deathLo, deathH.lo.d)
		}
		if deathH.hi.ok {
			deathHi = min(deathHi, deathH.hi.d)
			dead = true
		}
	}
	if dead {
		// Most people who die are old: redraw the birth skewed towards
		// the earliest allowed.
		u := r.Float64()
		p.dob = dobLo + memory.Date(float64(dobHi-dobLo)*u*u*u)
	}
	p.dob = firstOfMonth(p.dob)
	if p.dob < dobLo {
		p.dob = nextFirstOfMonth(p.dob)
	}
	lo, hi := max(deathLo, p.dob), min(deathHi, addYears(p.dob, 105))
	if dead && lo <= hi {
		// Deaths cluster late in life.
		span := float64(hi - lo)
		p.death = val{ok: true, d: lo + memory.Date(span*math.Sqrt(r.Float64()))}
	}
	p.end = g.today
	if p.death.ok {
		p.end = p.death.d
	}

	for i, ti := range g.a.tables {
		buf := bufs[i]
		var own []rowDemand
		for _, rd := range d.rows {
			if rd.ti == ti {
				own = append(own, rd)
			}
		}
		switch ti.kind {
		case kindPatients:
			g.row(ti, buf, d.patient, &p, r, nil)
		case kindRegistrations:
			var hs hints
			for _, rd := range own {
				for _, ch := range rd.hints {
					hs.add(ch.ci, ch.h)
				}
			}
			g.row(ti, buf, hs, &p, r, nil)
		case kindDeaths, kindPatientOther:
			present := len(own) > 0
			if slices.Contains(d.absent, ti) {
				break
			}
			if ti.kind == kindDeaths {
				c := ti.byName["date"]
				present = present || (p.death.ok && (c == nil || !c.lo.ok || p.death.d >= c.lo.d))
			} else {
				present = present || r.IntN(4) != 0
			}
			if present {
				var hs hints
				for _, rd := range own {
					for _, ch := range rd.hints {
						hs.add(ch.ci, ch.h)
					}
				}
				g.row(ti, buf, hs, &p, r, nil)
			}
		case kindEvents:
			for _, rd := range own {
				for range rd.min {
					g.row(ti, buf, rd.hints, &p, r, nil)
				}
			}
			// Geometric number of other rows, mean about 3.
			for r.IntN(4) != 0 {
				g.row(ti, buf, nil, &p, r, own)
			}
		}
	}
}

// row generates one row of ti for p, following hs. If the row happens to
// pass the filters of one of demands, that demand's extra condition is
// imposed on it too.
func (g *generator) row(ti *tableInfo, buf *tableBuf, hs hints, p *person, r *rand.Rand, demands []rowDemand) {
	vals := make([]val, len(ti.cols))
	p.rows++
	for _, ci := range ti.genOrder {
		vals[ci.idx] = g.value(ti, ci, hs.get(ci), p, r, vals)
	}
	for _, rd := range demands {
		if len(rd.extra) == 0 || !passes(vals, rd.filter) {
			continue
		}
		for _, ch := range rd.extra {
			if !satisfies(ch.ci, vals[ch.ci.idx], &ch.h) {
				vals[ch.ci.idx] = g.value(ti, ch.ci, &ch.h, p, r, vals)
			}
		}
		// A redrawn date may now follow a date that must not precede it.
		for _, ci := range ti.genOrder {
			for _, name := range ci.dateAfter {
				if o := ti.byName[name]; o != nil && vals[ci.idx].ok && vals[o.idx].ok && vals[ci.idx].d < vals[o.idx].d {
					vals[ci.idx].d = vals[o.idx].d
				}
			}
		}
	}
	buf.ids = append(buf.ids, p.id)
	for i, v := range vals {
		buf.cols[i].add(v)
	}
}

// value generates one value of column ci.
func (g *generator) value(ti *tableInfo, ci *colInfo, h *hint, p *person, r *rand.Rand, row []val) val {
	if ti.kind == kindPatients {
		switch ci.col.Name {
		case "date_of_birth":
			return val{ok: true, d: p.dob}
		case "date_of_death":
			return p.death
		}
	}
	if ti.kind == kindRegistrations && ci.col.Name == "start_date" && r.IntN(2) == 0 &&
		(h == nil || ((!h.lo.ok || h.lo.d <= p.dob) && (!h.hi.ok || h.hi.d >= p.dob))) {
		return val{ok: true, d: p.dob} // registered from birth
	}
	if ti.kind == kindDeaths && ci.col.Name == "date" && p.death.ok && (!ci.lo.ok || p.death.d >= ci.lo.d) {
		return p.death
	}
	if ci.alwaysNull {
		return val{}
	}
	if h != nil && h.null && !ci.notNull {
		return val{}
	}
	wanted := ci.notNull || (h != nil && (h.notNull || h.set != nil || h.lo.ok || h.hi.ok))
	if !wanted && r.IntN(100) < nullPercent(ci) {
		return val{}
	}
	var v val
	for attempt := range 8 {
		v = g.draw(ti, ci, h, p, r, row, attempt)
		if v.ok && g.valid(ci, v) && !p.avoids(ci, v, h) {
			return v
		}
	}
	if !ci.notNull {
		return val{}
	}
	// Last resort for a NOT NULL column: a value from its categories or
	// the lower end of its range.
	switch {
	case len(ci.cats) > 0:
		return ci.cats[0]
	case ci.lo.ok:
		return ci.lo
	}
	return v
}

func nullPercent(ci *colInfo) int {
	switch ci.kind {
	case querymodel.KindDate:
		return 2
	case querymodel.KindFloat:
		return 10
	}
	return 5
}

func (g *generator) valid(ci *colInfo, v val) bool {
	for _, k := range ci.checks {
		if !k.Validate(toLiteral(v, ci.col.Type)) {
			return false
		}
	}
	return true
}

func pick(r *rand.Rand, vs []val) val { return vs[r.IntN(len(vs))] }

// draw proposes a value of column ci.
func (g *generator) draw(ti *tableInfo, ci *colInfo, h *hint, p *person, r *rand.Rand, row []val, attempt int) val {
	hasSet := h != nil && len(h.set) > 0 && attempt < 6
	switch ci.kind {
	case querymodel.KindBool:
		if hasSet {
			return pick(r, h.set)
		}
		return val{ok: true, b: r.IntN(2) == 0}
	case querymodel.KindInt:
		return g.drawInt(ci, h, hasSet, p, r)
	case querymodel.KindFloat:
		return g.drawFloat(ci, h, hasSet, r)
	case querymodel.KindStr:
		switch {
		case hasSet:
			return pick(r, h.set)
		case len(ci.cats) > 0:
			return drawCategory(r, ci.cats)
		case ci.regex != nil:
			s, ok := ci.regex.generate(r)
			return val{ok: ok, s: s}
		case len(ci.literals) > 0 && r.IntN(10) < 6:
			return pick(r, ci.literals)
		case ci.unique:
			return val{ok: true, s: "id" + itoa(p.id) + "_" + itoa(p.rows)}
		}
		n := 1 + r.IntN(12)
		var b strings.Builder
		for range n {
			b.WriteByte(byte('a' + r.IntN(26)))
		}
		return val{ok: true, s: b.String()}
	case querymodel.KindCode:
		if ci.system.IsMulti() {
			n := 1 + r.IntN(3)
			parts := make([]string, 0, n+1)
			if hasSet {
				parts = append(parts, pick(r, h.set).s)
			}
			for range n {
				parts = append(parts, g.code(ci, r).s)
			}
			r.Shuffle(len(parts), func(i, j int) { parts[i], parts[j] = parts[j], parts[i] })
			return val{ok: true, s: "||" + strings.Join(parts, " ||")}
		}
		if hasSet {
			return pick(r, h.set)
		}
		return g.code(ci, r)
	case querymodel.KindDate:
		return g.drawDate(ti, ci, h, p, r, row, attempt)
	}
	return val{}
}

// code is a code from the literals the query uses (half the time, when
// there are any) or a random well-formed code of the column's system.
func (g *generator) code(ci *colInfo, r *rand.Rand) val {
	if len(ci.literals) > 0 && r.IntN(2) == 0 {
		return pick(r, ci.literals)
	}
	s, ok := ci.codeGen.generate(r)
	return val{ok: ok, s: s}
}

func drawCategory(r *rand.Rand, cats []val) val {
	// Sex: mostly female and male.
	if len(cats) == 4 && cats[0].s == "female" && cats[1].s == "male" {
		if k := r.IntN(100); k < 96 {
			return cats[k%2]
		}
	}
	return pick(r, cats)
}

func itoa(n int64) string {
	var b [20]byte
	i := len(b)
	neg := n < 0
	if neg {
		n = -n
	}
	for {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			break
		}
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

func (g *generator) drawInt(ci *colInfo, h *hint, hasSet bool, p *person, r *rand.Rand) val {
	switch {
	case hasSet:
		return pick(r, h.set)
	case len(ci.cats) > 0:
		return pick(r, ci.cats)
	case ci.unique:
		return val{ok: true, i: p.id<<20 | p.rows}
	case len(ci.literals) > 0 && r.IntN(10) < 3:
		return pick(r, ci.literals)
	}
	lo, hi := int64(0), int64(1000)
	step := int64(1)
	if ci.lo.ok {
		lo, hi, step = ci.lo.i, ci.hi.i, ci.step
	}
	if h != nil {
		if h.lo.ok {
			lo = max(lo, h.lo.i)
		}
		if h.hi.ok {
			hi = min(hi, h.hi.i)
		}
		if lo > hi && h.lo.ok && h.hi.ok {
			lo, hi = h.lo.i, h.hi.i
		}
	}
	if lo > hi {
		return val{}
	}
	base := lo
	if ci.lo.ok && step > 1 { // stay on the constraint's steps
		base = ci.lo.i + (lo-ci.lo.i+step-1)/step*step
	}
	n := (hi - base) / step
	if n < 0 {
		return val{}
	}
	return val{ok: true, i: base + r.Int64N(n+1)*step}
}

func (g *generator) drawFloat(ci *colInfo, h *hint, hasSet bool, r *rand.Rand) val {
	if hasSet {
		return pick(r, h.set)
	}
	if len(ci.literals) > 0 && r.IntN(10) < 2 {
		return pick(r, ci.literals)
	}
	round := func(f float64) val { return val{ok: true, f: math.Round(f*10) / 10} }
	if h != nil && (h.lo.ok || h.hi.ok) {
		switch {
		case h.lo.ok && h.hi.ok:
			return round(h.lo.f + r.Float64()*(h.hi.f-h.lo.f))
		case h.lo.ok:
			return round(h.lo.f + math.Abs(r.NormFloat64())*20)
		default:
			return round(h.hi.f - math.Abs(r.NormFloat64())*20)
		}
	}
	// Measurements: mostly positive, a spread of tens, a tail to hundreds.
	return round(math.Max(0, 40+25*r.NormFloat64()) * (1 + 4*float64(r.IntN(10)/9)))
}

func (g *generator) drawDate(ti *tableInfo, ci *colInfo, h *hint, p *person, r *rand.Rand, row []val, attempt int) val {
	lo, hi := p.dob, p.end
	if ci.lo.ok {
		lo = max(lo, ci.lo.d)
	}
	if ci.hi.ok {
		hi = min(hi, ci.hi.d)
	}
	for _, name := range ci.dateAfter {
		if o := ti.byName[name]; o != nil {
			if v := row[o.idx]; v.ok {
				lo = max(lo, v.d)
			}
		}
	}
	hinted := false
	if h != nil && attempt < 6 {
		hlo, hhi := lo, hi
		if h.lo.ok {
			hlo, hinted = max(hlo, h.lo.d), true
		}
		if h.hi.ok {
			hhi, hinted = min(hhi, h.hi.d), true
		}
		if hlo > hhi && hinted {
			// The patient's life misses the window: honour the query.
			hlo, hhi = lo, hi
			if h.lo.ok {
				hlo = max(h.lo.d, p.dob)
			}
			if h.hi.ok {
				hhi = h.hi.d
			}
			if hlo > hhi { // born after the window: no record can match
				hlo, hhi = lo, hi
			}
		}
		lo, hi = hlo, hhi
	}
	if lo > hi {
		return val{}
	}
	var d memory.Date
	if !hinted && len(ci.nearDates) > 0 && r.IntN(2) == 0 {
		// Close to a date the query compares this column with.
		c := ci.nearDates[r.IntN(len(ci.nearDates))] + memory.Date(r.IntN(1461)-730)
		d = min(max(c, lo), hi)
	} else {
		// Later dates are more common (records accumulate with age).
		d = lo + memory.Date(float64(hi-lo)*math.Sqrt(r.Float64()))
	}
	if ci.firstOfMon {
		if f := firstOfMonth(d); f >= lo {
			d = f
		} else {
			d = nextFirstOfMonth(d)
		}
	}
	// A hint for this column may have won over the columns it must not
	// precede (discharge_date steered into a window before the admission
	// drawn for the row): move those earlier, to keep the constraint.
	for _, name := range ci.dateAfter {
		if o := ti.byName[name]; o != nil {
			if v := &row[o.idx]; v.ok && v.d > d {
				e := d - memory.Date(r.IntN(15))
				if o.lo.ok && e < o.lo.d {
					e = min(o.lo.d, d)
				}
				v.d = max(e, min(p.dob, d))
			}
		}
	}
	return val{ok: true, d: d}
}

// avoids reports whether v is a value p's rows must not take in column ci
// (unless the row's own hint asks for it).
func (p *person) avoids(ci *colInfo, v val, h *hint) bool {
	if len(p.avoid) == 0 || (h != nil && len(h.set) > 0) {
		return false
	}
	if a := p.avoid.get(ci); a != nil {
		if ci.system.IsMulti() {
			for _, x := range a.set {
				if strings.Contains(v.s, x.s) {
					return true
				}
			}
			return false
		}
		return a.has(v)
	}
	return false
}

// passes reports whether a row satisfies every hint of hs.
func passes(vals []val, hs hints) bool {
	for _, ch := range hs {
		if !satisfies(ch.ci, vals[ch.ci.idx], &ch.h) {
			return false
		}
	}
	return true
}

// satisfies reports whether v meets hint h.
func satisfies(ci *colInfo, v val, h *hint) bool {
	if h.null {
		return !v.ok
	}
	if !v.ok {
		return !(h.notNull || h.set != nil || h.lo.ok || h.hi.ok)
	}
	if h.set != nil {
		found := h.has(v)
		if !found && ci.system.IsMulti() {
			for _, x := range h.set {
				if strings.Contains(v.s, x.s) {
					found = true
					break
				}
			}
		}
		if !found {
			return false
		}
	}
	if h.lo.ok && greater(h.lo, v) {
		return false
	}
	if h.hi.ok && greater(v, h.hi) {
		return false
	}
	return true
}
