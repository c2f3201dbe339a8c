package dummydata

import (
	"fmt"
	"slices"
	"time"

	"github.com/opensafely-go/opensafely/internal/codes"
	"github.com/opensafely-go/opensafely/internal/engine/memory"
	"github.com/opensafely-go/opensafely/internal/querymodel"
	"github.com/opensafely-go/opensafely/internal/tables"
)

// tableInfo is what the generator knows about one table the dataset uses.
type tableInfo struct {
	t        *querymodel.Table
	cols     []*colInfo // used columns, schema order
	genOrder []*colInfo // the same, in generation order
	byName   map[string]*colInfo
	kind     tableKind
}

type tableKind uint8

const (
	kindEvents        tableKind = iota // many rows per patient
	kindPatientOther                   // at most one row per patient
	kindPatients                       // the patients table: one row, date of birth and death
	kindRegistrations                  // one open registration
	kindDeaths                         // a row when the patient died
)

// colInfo describes one used column: its constraints and the literal
// values the query compares it with.
type colInfo struct {
	col        *querymodel.Column
	idx        int // position in tableInfo.cols
	kind       querymodel.Kind
	system     codes.System
	notNull    bool
	alwaysNull bool
	unique     bool
	firstOfMon bool
	cats       []val
	lo, hi     val // inclusive bounds (ints, floats, dates); ok when set
	step       int64
	regex      *regexGen
	dateAfter  []string
	checks     []querymodel.Constraint // every constraint with a Validate worth calling
	literals   []val                   // values compared with by ==, is_in, contains
	litSeen    map[string]bool
	nearDates  []memory.Date // literal dates the column is compared with
	codeGen    *regexGen
}

// analysis is the compiled form of a dataset for generation.
type analysis struct {
	tables   []*tableInfo
	byTable  map[*querymodel.Table]*tableInfo
	plan     *plan // necessary conditions of the population; nil when none found
	inline   []*querymodel.InlinePatientTable
	popParts []querymodel.Series // top-level conjuncts, for diagnostics
}

func analyse(ds *querymodel.Dataset, extra querymodel.Series) (*analysis, error) {
	a := &analysis{byTable: make(map[*querymodel.Table]*tableInfo)}
	roots := []querymodel.Node{ds}
	if extra != nil {
		roots = append(roots, extra)
	}
	used := make(map[*querymodel.Table]map[string]bool)
	var order []*querymodel.Table
	note := func(t *querymodel.Table) map[string]bool {
		if used[t] == nil {
			used[t] = make(map[string]bool)
			order = append(order, t)
		}
		return used[t]
	}
	seenInline := make(map[*querymodel.InlinePatientTable]bool)
	for _, root := range roots {
		querymodel.Walk(root, func(n querymodel.Node) bool {
			switch n := n.(type) {
			case *querymodel.SelectTable:
				note(n.Table)
			case *querymodel.SelectPatientTable:
				note(n.Table)
			case *querymodel.InlinePatientTable:
				if !seenInline[n] {
					seenInline[n] = true
					a.inline = append(a.inline, n)
				}
			case *querymodel.SelectColumn:
				if t := rootTable(n.Source); t != nil {
					note(t)[n.Name] = true
				}
			case *querymodel.PickOneRowPerPatientWithColumns:
				if t := rootTable(n.Source); t != nil {
					for _, c := range n.SelectedColumns {
						note(t)[c] = true
					}
				}
			}
			return true
		})
	}
	for _, t := range order {
		ti, err := newTableInfo(t, used[t])
		if err != nil {
			return nil, err
		}
		a.tables = append(a.tables, ti)
		a.byTable[t] = ti
	}
	for _, root := range roots {
		querymodel.Walk(root, func(n querymodel.Node) bool {
			if f, ok := n.(*querymodel.Function); ok {
				a.recordLiterals(f)
			}
			return true
		})
	}
	pop := ds.Population
	c := &compiler{a: a}
	p := c.cond(pop, nil)
	a.popParts = conjuncts(pop)
	if extra != nil {
		p = andPlan(p, c.cond(extra, nil))
		a.popParts = append(a.popParts, conjuncts(extra)...)
	}
	// Steer towards each variable having a value for about half of the
	// patients (an OR with an unsteered branch), so that variables defined
	// by codelists and windows outside the population are met too. The
	// population is still checked by the engine.
	// Variables the population already decides (has_asthma with
	// ~has_asthma in the population) are left to it.
	inPop := make(map[querymodel.Node]bool)
	for _, root := range roots[1:] {
		querymodel.Walk(root, func(n querymodel.Node) bool { inPop[n] = true; return true })
	}
	querymodel.Walk(pop, func(n querymodel.Node) bool { inPop[n] = true; return true })
	for _, v := range ds.Variables {
		if inPop[v.Series] {
			continue
		}
		if vp := c.variable(v.Series); vp != nil && !demandsDeath(vp) {
			p = andPlan(p, &plan{kind: planOr, kids: []*plan{vp, nil}})
		}
	}
	a.plan = p
	return a, nil
}

// demandsDeath reports whether p asks for a death (a deaths-table row or
// a date of death): variables about deaths are left to chance, as a
// death is rare in most populations.
func demandsDeath(p *plan) bool {
	if p == nil {
		return false
	}
	if (p.ti != nil && p.ti.kind == kindDeaths) || (p.ci != nil && p.ci.col.Name == "date_of_death") {
		return true
	}
	for _, k := range p.kids {
		if demandsDeath(k) {
			return true
		}
	}
	return demandsDeath(p.rows) || demandsDeath(p.extra)
}

// variable compiles "this variable has a value" (true, for a boolean; a
// non-zero count, for a count of rows), or nil.
func (c *compiler) variable(s querymodel.Series) *plan {
	if s.Type() == querymodel.Bool {
		return c.cond(s, nil)
	}
	if n, ok := s.(*querymodel.Aggregate); ok && n.Op == querymodel.AggCount {
		if f, ok := n.Source.(querymodel.Frame); ok {
			return c.rowsPlan(f, nil, 1)
		}
	}
	return c.notNull(s, nil)
}

func conjuncts(s querymodel.Series) []querymodel.Series {
	if f, ok := s.(*querymodel.Function); ok && f.Op == querymodel.FnAnd {
		return append(conjuncts(f.Args[0]), conjuncts(f.Args[1])...)
	}
	return []querymodel.Series{s}
}

// rootTable returns the table at the bottom of a chain of filters, sorts
// and picks, or nil for inline tables and event-table frames.
func rootTable(f querymodel.Frame) *querymodel.Table {
	for {
		switch x := f.(type) {
		case *querymodel.SelectTable:
			return x.Table
		case *querymodel.SelectPatientTable:
			return x.Table
		case *querymodel.Filter:
			f = x.Source
		case *querymodel.Sort:
			f = x.Source
		case *querymodel.PickOneRowPerPatient:
			f = x.Source
		case *querymodel.PickOneRowPerPatientWithColumns:
			f = x.Source
		default:
			return nil
		}
	}
}

func newTableInfo(t *querymodel.Table, used map[string]bool) (*tableInfo, error) {
	ti := &tableInfo{t: t, byName: make(map[string]*colInfo)}
	schema := t.Schema
	switch {
	case !t.Patient && t.TableName() == "practice_registrations":
		ti.kind = kindRegistrations
	case !t.Patient:
		ti.kind = kindEvents
	case hasColumn(schema, "date_of_birth"):
		ti.kind = kindPatients
		used["date_of_birth"] = true // drives every other date; cheap to keep
	case t.TableName() == "ons_deaths":
		ti.kind = kindDeaths
	default:
		ti.kind = kindPatientOther
	}
	var notes map[string]string
	if info, ok := tables.Info(t); ok {
		notes = info.DummyNotes
	}
	for i := range schema.Columns() {
		col := &schema.Columns()[i]
		if !used[col.Name] {
			continue
		}
		ci, err := newColInfo(col)
		if err != nil {
			return nil, fmt.Errorf("dummy data: table %s column %s: %w", t.TableName(), col.Name, err)
		}
		ci.alwaysNull = notes[col.Name] == "always NULL" && !ci.notNull
		ci.idx = len(ti.cols)
		ti.cols = append(ti.cols, ci)
		ti.byName[col.Name] = ci
	}
	// Columns with a DateAfter are generated last, so the values they
	// refer to are known.
	ti.genOrder = slices.Clone(ti.cols)
	slices.SortStableFunc(ti.genOrder, func(x, y *colInfo) int {
		return boolInt(len(x.dateAfter) > 0) - boolInt(len(y.dateAfter) > 0)
	})
	return ti, nil
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func hasColumn(s *querymodel.TableSchema, name string) bool {
	_, ok := s.Column(name)
	return ok
}

func newColInfo(col *querymodel.Column) (*colInfo, error) {
	ci := &colInfo{col: col, kind: col.Type.Kind(), litSeen: make(map[string]bool)}
	if ci.kind == querymodel.KindCode {
		ci.system = col.Type.System()
		sys := ci.system
		if sys.IsMulti() {
			sys = sys.Element()
		}
		pattern := sys.Pattern()
		if sys == codes.ICD10 {
			pattern = `[A-Z][0-9]{2,3}` // the common shapes of ICD-10 codes
		}
		g, err := newRegexGen(pattern)
		if err != nil {
			return nil, err
		}
		ci.codeGen = g
	}
	all := append(slices.Clone(col.Constraints), col.DummyConstraints...)
	for _, k := range all {
		switch k := k.(type) {
		case querymodel.NotNull:
			ci.notNull = true
		case querymodel.Unique:
			ci.unique = true
		case querymodel.FirstOfMonth:
			ci.firstOfMon = true
			ci.checks = append(ci.checks, k)
		case querymodel.Categorical:
			for _, v := range k.Values {
				if x, ok := fromLiteral(v, ci.kind); ok {
					ci.cats = append(ci.cats, x)
				}
			}
			ci.checks = append(ci.checks, k)
		case querymodel.Regex:
			g, err := newRegexGen(k.Pattern)
			if err != nil {
				return nil, err
			}
			ci.regex = g
			ci.checks = append(ci.checks, k)
		case querymodel.ClosedRange:
			ci.lo = val{ok: true, i: k.Min}
			ci.hi = val{ok: true, i: k.Max}
			ci.step = max(k.Step, 1)
			ci.checks = append(ci.checks, k)
		case querymodel.GeneralRange:
			if k.Min != nil {
				if x, ok := fromLiteral(k.Min, ci.kind); ok {
					if !k.IncludesMin {
						x = bump(x, ci.kind, 1)
					}
					ci.lo = x
				}
			}
			if k.Max != nil {
				if x, ok := fromLiteral(k.Max, ci.kind); ok {
					if !k.IncludesMax {
						x = bump(x, ci.kind, -1)
					}
					ci.hi = x
				}
			}
			ci.checks = append(ci.checks, k)
		case querymodel.DateAfter:
			ci.dateAfter = append(ci.dateAfter, k.Columns...)
		}
	}
	return ci, nil
}

// fromLiteral converts a query-model literal to a val of kind k.
func fromLiteral(v any, k querymodel.Kind) (val, bool) {
	switch x := v.(type) {
	case bool:
		return val{ok: true, b: x}, k == querymodel.KindBool
	case int:
		return fromLiteral(int64(x), k)
	case int64:
		if k == querymodel.KindFloat {
			return val{ok: true, f: float64(x)}, true
		}
		return val{ok: true, i: x}, k == querymodel.KindInt
	case float64:
		return val{ok: true, f: x}, k == querymodel.KindFloat
	case string:
		if k == querymodel.KindDate {
			d, err := querymodel.ParseDate(x)
			if err != nil {
				return val{}, false
			}
			return val{ok: true, d: memory.DateOf(d)}, true
		}
		return val{ok: true, s: x}, k == querymodel.KindStr || k == querymodel.KindCode
	case codes.Code:
		return val{ok: true, s: x.Value}, k == querymodel.KindCode || k == querymodel.KindStr
	case querymodel.CalendarDate:
		return val{ok: true, d: memory.DateOf(x)}, k == querymodel.KindDate
	}
	return val{}, false
}

// toLiteral converts a val of kind k back to a query-model literal, for
// constraint checks.
func toLiteral(v val, t querymodel.Type) any {
	if !v.ok {
		return nil
	}
	switch t.Kind() {
	case querymodel.KindBool:
		return v.b
	case querymodel.KindInt:
		return v.i
	case querymodel.KindFloat:
		return v.f
	case querymodel.KindDate:
		return v.d.Calendar()
	case querymodel.KindCode:
		return codes.Code{System: t.System(), Value: v.s}
	}
	return v.s
}

// bump moves an int or date value by n units (the next value after an
// exclusive bound); other kinds are unchanged.
func bump(v val, k querymodel.Kind, n int64) val {
	switch k {
	case querymodel.KindInt:
		v.i += n
	case querymodel.KindDate:
		v.d += memory.Date(n)
	}
	return v
}

// recordLiterals notes the literals a comparison, membership test or
// substring test compares a table column with.
func (a *analysis) recordLiterals(f *querymodel.Function) {
	switch f.Op {
	case querymodel.FnEQ, querymodel.FnNE, querymodel.FnIn, querymodel.FnStringContains,
		querymodel.FnLT, querymodel.FnLE, querymodel.FnGT, querymodel.FnGE:
	default:
		return
	}
	for i := range 2 {
		ci := a.column(f.Args[i])
		if ci == nil {
			continue
		}
		c, ok := constant(f.Args[1-i])
		if !ok {
			continue
		}
		switch f.Op {
		case querymodel.FnIn:
			if fs, ok := c.(querymodel.Frozenset); ok {
				for _, it := range fs.Items() {
					ci.addLiteral(it)
				}
			}
		case querymodel.FnEQ, querymodel.FnNE, querymodel.FnStringContains:
			ci.addLiteral(c)
		default:
			if d, ok := c.(querymodel.CalendarDate); ok && ci.kind == querymodel.KindDate {
				ci.nearDates = append(ci.nearDates, memory.DateOf(d))
			}
		}
	}
}

func (ci *colInfo) addLiteral(v any) {
	x, ok := fromLiteral(v, ci.kind)
	if !ok {
		return
	}
	if ci.kind == querymodel.KindDate {
		ci.nearDates = append(ci.nearDates, x.d)
		return
	}
	key := fmt.Sprint(x)
	if ci.litSeen[key] {
		return
	}
	// Keep only literals that satisfy the column's constraints (a code
	// of the wrong shape in a codelist would only produce invalid data).
	if ci.kind != querymodel.KindCode || !ci.system.IsMulti() {
		for _, k := range ci.checks {
			if !k.Validate(toLiteral(x, ci.col.Type)) {
				return
			}
		}
	}
	ci.litSeen[key] = true
	ci.literals = append(ci.literals, x)
}

// column returns the colInfo of a series reading a table column (through
// any chain of filters, sorts and picks), or nil.
func (a *analysis) column(s querymodel.Series) *colInfo {
	sc, ok := s.(*querymodel.SelectColumn)
	if !ok {
		return nil
	}
	t := rootTable(sc.Source)
	if t == nil {
		return nil
	}
	ti := a.byTable[t]
	if ti == nil {
		return nil
	}
	return ti.byName[sc.Name]
}

// constant folds a series made only of literals (dates shifted by
// constant durations, integer arithmetic) to its value.
func constant(s querymodel.Series) (any, bool) {
	switch n := s.(type) {
	case *querymodel.Value:
		return n.V, n.V != nil
	case *querymodel.Function:
		switch n.Op {
		case querymodel.FnDateAddDays, querymodel.FnDateAddMonths, querymodel.FnDateAddYears:
			dv, ok1 := constant(n.Args[0])
			kv, ok2 := constant(n.Args[1])
			d, ok3 := dv.(querymodel.CalendarDate)
			k, ok4 := kv.(int64)
			if !(ok1 && ok2 && ok3 && ok4) {
				return nil, false
			}
			t := time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC)
			switch n.Op {
			case querymodel.FnDateAddDays:
				t = t.AddDate(0, 0, int(k))
			case querymodel.FnDateAddMonths:
				t = t.AddDate(0, int(k), 0)
			default:
				t = t.AddDate(int(k), 0, 0)
			}
			if t.Year() < 1 || t.Year() > 9999 {
				return nil, false
			}
			return querymodel.CalendarDate{Year: t.Year(), Month: t.Month(), Day: t.Day()}, true
		case querymodel.FnAdd, querymodel.FnSubtract:
			x, ok1 := constant(n.Args[0])
			y, ok2 := constant(n.Args[1])
			a, ok3 := x.(int64)
			b, ok4 := y.(int64)
			if !(ok1 && ok2 && ok3 && ok4) {
				return nil, false
			}
			if n.Op == querymodel.FnAdd {
				return a + b, true
			}
			return a - b, true
		case querymodel.FnNegate:
			x, ok := constant(n.Args[0])
			switch v := x.(type) {
			case int64:
				return -v, ok
			case float64:
				return -v, ok
			}
		}
	}
	return nil, false
}
