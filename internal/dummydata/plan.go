package dummydata

import (
	"math/rand/v2"
	"reflect"
	"slices"

	"github.com/opensafely-go/opensafely/internal/engine/memory"
	"github.com/opensafely-go/opensafely/internal/querymodel"
)

// A plan is a necessary condition of the population, reduced to what the
// generator can steer: hints on patient-table columns and demands for rows
// of a table whose columns satisfy hints. AND keeps every part; OR is
// resolved per patient by choosing one branch at random, so every branch
// gets patients. Parts the compiler cannot reduce are simply absent: the
// in-memory engine checks every candidate patient anyway.
type plan struct {
	kind planKind
	kids []*plan // and, or (an or kid may be nil: "no steering")
	ci   *colInfo
	h    hint
	ti   *tableInfo
	rows *plan // conditions on the demanded rows (nil: any row)
	// extra is a condition on the picked row (or aggregated column) of
	// the rows: it holds for the demanded rows, and is imposed as well on
	// the patient's other rows that pass the rows conditions, so that a
	// first/last pick or a minimum/maximum sees it.
	extra *plan
	min   int // number of demanded rows
}

type planKind uint8

const (
	planAnd planKind = iota
	planOr
	planCol   // a hint on a column (a patient column, or a row column inside rows)
	planRows  // at least min rows of ti satisfying rows
	planAvoid // no rows of ti satisfying rows: avoid their hinted values
)

// hint restricts the values of one column: one of set (when non-nil),
// within lo..hi inclusive (each when ok), NULL or not NULL.
type hint struct {
	set           []val
	index         map[val]bool // set as a map, for large sets; read-only
	lo, hi        val
	null, notNull bool
}

// has reports whether v is in h.set.
func (h *hint) has(v val) bool {
	if h.index != nil {
		return h.index[v]
	}
	return slices.Contains(h.set, v)
}

func indexed(h hint) hint {
	if len(h.set) > 16 {
		h.index = make(map[val]bool, len(h.set))
		for _, v := range h.set {
			h.index[v] = true
		}
	}
	return h
}

func (h *hint) merge(o hint) {
	if o.set != nil {
		if h.set == nil {
			h.set, h.index = o.set, o.index
		} else {
			var both []val
			for _, v := range h.set {
				if o.has(v) {
					both = append(both, v)
				}
			}
			if both != nil {
				h.set, h.index = both, nil
			}
		}
	}
	if o.lo.ok && (!h.lo.ok || greater(o.lo, h.lo)) {
		h.lo = o.lo
	}
	if o.hi.ok && (!h.hi.ok || greater(h.hi, o.hi)) {
		h.hi = o.hi
	}
	h.null = h.null || o.null
	h.notNull = h.notNull || o.notNull
}

// greater compares two vals of one numeric or date kind.
func greater(a, b val) bool { return a.i > b.i || a.f > b.f || a.d > b.d }

func andPlan(parts ...*plan) *plan {
	var kids []*plan
	for _, p := range parts {
		if p != nil {
			kids = append(kids, p)
		}
	}
	switch len(kids) {
	case 0:
		return nil
	case 1:
		return kids[0]
	}
	return &plan{kind: planAnd, kids: kids}
}

// compiler turns population conditions into plans.
type compiler struct{ a *analysis }

// cond compiles the boolean series s evaluated at patient level (scope
// nil) or on the rows of scope.
func (c *compiler) cond(s querymodel.Series, scope *tableInfo) *plan {
	switch n := s.(type) {
	case *querymodel.Aggregate:
		if n.Op == querymodel.AggExists {
			if f, ok := n.Source.(querymodel.Frame); ok {
				return c.rowsPlan(f, nil, 1)
			}
		}
	case *querymodel.SelectColumn:
		if n.Type() == querymodel.Bool {
			return c.colPlan(n, hint{set: []val{{ok: true, b: true}}}, scope)
		}
	case *querymodel.Function:
		switch n.Op {
		case querymodel.FnAnd:
			return andPlan(c.cond(n.Args[0], scope), c.cond(n.Args[1], scope))
		case querymodel.FnOr:
			l, r := c.cond(n.Args[0], scope), c.cond(n.Args[1], scope)
			if l == nil && r == nil {
				return nil
			}
			return &plan{kind: planOr, kids: []*plan{l, r}}
		case querymodel.FnNot:
			return c.not(n.Args[0], scope)
		case querymodel.FnIsNull:
			return c.colPlan(nullSource(n.Args[0]), hint{null: true}, scope)
		case querymodel.FnIn:
			if v, ok := constant(n.Args[1]); ok {
				if fs, ok := v.(querymodel.Frozenset); ok {
					if cs, ok := n.Args[0].(*querymodel.Case); ok {
						return c.caseMatch(cs, fs.Items(), scope)
					}
					if f, ok := n.Args[0].(*querymodel.Function); ok && f.Op == querymodel.FnDateDifferenceInYears && fs.Len() > 0 {
						// age.is_in([...]): the ages between the least and greatest
						items := fs.Items()
						return andPlan(c.compare(f, querymodel.FnGE, items[0], scope),
							c.compare(f, querymodel.FnLE, items[len(items)-1], scope))
					}
					return c.colPlan(n.Args[0], c.setHint(n.Args[0], fs.Items()), scope)
				}
			}
		case querymodel.FnStringContains:
			if v, ok := constant(n.Args[1]); ok {
				return c.colPlan(n.Args[0], c.setHint(n.Args[0], []any{v}), scope)
			}
		case querymodel.FnEQ, querymodel.FnLT, querymodel.FnLE, querymodel.FnGT, querymodel.FnGE:
			if cs, ok := n.Args[0].(*querymodel.Case); ok && n.Op == querymodel.FnEQ {
				if v, ok := constant(n.Args[1]); ok {
					return c.caseMatch(cs, []any{v}, scope)
				}
			}
			if v, ok := constant(n.Args[1]); ok {
				return c.compare(n.Args[0], n.Op, v, scope)
			}
			if v, ok := constant(n.Args[0]); ok {
				return c.compare(n.Args[1], flip(n.Op), v, scope)
			}
			// Two non-constant sides: both must at least have a value.
			return andPlan(c.notNull(n.Args[0], scope), c.notNull(n.Args[1], scope))
		case querymodel.FnNE:
			return andPlan(c.notNull(n.Args[0], scope), c.notNull(n.Args[1], scope))
		}
	}
	return nil
}

// not compiles NOT s: a value that must exist, De Morgan over OR and
// AND, and rows that must be absent (their hinted values are then avoided
// in the patient's other rows of that table).
func (c *compiler) not(s querymodel.Series, scope *tableInfo) *plan {
	switch n := s.(type) {
	case *querymodel.Aggregate:
		if n.Op == querymodel.AggExists {
			if f, ok := n.Source.(querymodel.Frame); ok {
				if p := c.rowsPlan(f, nil, 1); p != nil {
					p.kind = planAvoid
					return p
				}
			}
		}
	case *querymodel.Function:
		negate := func(x querymodel.Series) *plan {
			nx, err := querymodel.NewFunction(querymodel.FnNot, x)
			if err != nil {
				return nil
			}
			return c.cond(nx, scope)
		}
		switch n.Op {
		case querymodel.FnIsNull:
			return c.colPlan(nullSource(n.Args[0]), hint{notNull: true}, scope)
		case querymodel.FnNot:
			return c.cond(n.Args[0], scope)
		case querymodel.FnLT, querymodel.FnLE, querymodel.FnGT, querymodel.FnGE:
			// NOT (a < b) is a >= b, NULLs aside.
			inverse := map[querymodel.FuncOp]querymodel.FuncOp{
				querymodel.FnLT: querymodel.FnGE, querymodel.FnLE: querymodel.FnGT,
				querymodel.FnGT: querymodel.FnLE, querymodel.FnGE: querymodel.FnLT,
			}[n.Op]
			if inv, err := querymodel.NewFunction(inverse, n.Args...); err == nil {
				return c.cond(inv, scope)
			}
		case querymodel.FnOr:
			return andPlan(negate(n.Args[0]), negate(n.Args[1]))
		case querymodel.FnAnd:
			l, r := negate(n.Args[0]), negate(n.Args[1])
			if l == nil || r == nil {
				return nil
			}
			return &plan{kind: planOr, kids: []*plan{l, r}}
		}
	}
	return nil
}

// notNull compiles "x is not NULL" for a column, a picked column or a
// minimum or maximum of a column, looking through date arithmetic.
func (c *compiler) notNull(x querymodel.Series, scope *tableInfo) *plan {
	switch n := x.(type) {
	case *querymodel.SelectColumn:
		return c.colPlan(n, hint{notNull: true}, scope)
	case *querymodel.Aggregate:
		if n.Op == querymodel.AggMin || n.Op == querymodel.AggMax {
			if src, ok := n.Source.(*querymodel.SelectColumn); ok {
				if ci := c.a.column(src); ci != nil {
					return c.rowsPlan(src.Source, &plan{kind: planCol, ci: ci, h: hint{notNull: true}}, 1)
				}
			}
		}
	case *querymodel.Function:
		switch n.Op {
		case querymodel.FnDateAddDays, querymodel.FnDateAddMonths, querymodel.FnDateAddYears,
			querymodel.FnAdd, querymodel.FnSubtract, querymodel.FnDateDifferenceInDays,
			querymodel.FnDateDifferenceInMonths, querymodel.FnDateDifferenceInYears:
			return andPlan(c.notNull(n.Args[0], scope), c.notNull(n.Args[1], scope))
		}
	}
	return nil
}

// caseMatch compiles "case(...) is one of values": one of the arms whose
// value is among them is taken, its condition true and the earlier ones
// not; a matching default gives an unsteered branch.
func (c *compiler) caseMatch(cs *querymodel.Case, values []any, scope *tableInfo) *plan {
	matches := func(s querymodel.Series) bool {
		if s == nil {
			return false
		}
		v, ok := constant(s)
		if !ok {
			return false
		}
		for _, x := range values {
			if reflect.DeepEqual(x, v) {
				return true
			}
		}
		return false
	}
	var kids []*plan
	var earlier []*plan
	for _, arm := range cs.Cases {
		if matches(arm.Then) {
			kids = append(kids, andPlan(append(slices.Clone(earlier), c.cond(arm.When, scope))...))
		}
		earlier = append(earlier, c.not(arm.When, scope))
	}
	if matches(cs.Default) {
		kids = append(kids, andPlan(earlier...))
	}
	if len(kids) == 0 {
		return nil
	}
	return &plan{kind: planOr, kids: kids}
}

// nullSource returns, for a comparison of a series with a constant, the
// series (the comparison is NULL exactly when it is); otherwise x.
func nullSource(x querymodel.Series) querymodel.Series {
	f, ok := x.(*querymodel.Function)
	if !ok || len(f.Args) != 2 {
		return x
	}
	switch f.Op {
	case querymodel.FnEQ, querymodel.FnNE, querymodel.FnLT, querymodel.FnLE, querymodel.FnGT, querymodel.FnGE:
		if _, ok := constant(f.Args[1]); ok {
			return nullSource(f.Args[0])
		}
		if _, ok := constant(f.Args[0]); ok {
			return nullSource(f.Args[1])
		}
	}
	return x
}

func flip(op querymodel.FuncOp) querymodel.FuncOp {
	switch op {
	case querymodel.FnLT:
		return querymodel.FnGT
	case querymodel.FnLE:
		return querymodel.FnGE
	case querymodel.FnGT:
		return querymodel.FnLT
	case querymodel.FnGE:
		return querymodel.FnLE
	}
	return op
}

func (c *compiler) setHint(x querymodel.Series, items []any) hint {
	ci := c.a.column(x)
	if ci == nil {
		return hint{}
	}
	h := hint{set: []val{}}
	for _, it := range items {
		if v, ok := fromLiteral(it, ci.kind); ok {
			h.set = append(h.set, v)
		}
	}
	if len(h.set) == 0 {
		h.set = nil
	}
	return indexed(h)
}

// boundHint is the hint "column op v".
func boundHint(op querymodel.FuncOp, v val, k querymodel.Kind) hint {
	switch op {
	case querymodel.FnEQ:
		if k == querymodel.KindInt || k == querymodel.KindDate || k == querymodel.KindFloat {
			return hint{lo: v, hi: v}
		}
		return hint{set: []val{v}}
	case querymodel.FnLT:
		return hint{hi: bump(v, k, -1)}
	case querymodel.FnLE:
		return hint{hi: v}
	case querymodel.FnGT:
		return hint{lo: bump(v, k, 1)}
	case querymodel.FnGE:
		return hint{lo: v}
	}
	return hint{}
}

// compare compiles "x op v" for a constant v.
func (c *compiler) compare(x querymodel.Series, op querymodel.FuncOp, v any, scope *tableInfo) *plan {
	switch n := x.(type) {
	case *querymodel.Aggregate:
		switch n.Op {
		case querymodel.AggCount:
			k, ok := v.(int64)
			f, isFrame := n.Source.(querymodel.Frame)
			if !ok || !isFrame {
				return nil
			}
			need := int64(0)
			switch op {
			case querymodel.FnEQ, querymodel.FnGE:
				need = k
			case querymodel.FnGT:
				need = k + 1
			}
			if need <= 0 {
				return nil
			}
			return c.rowsPlan(f, nil, int(min(need, 20)))
		case querymodel.AggMin, querymodel.AggMax:
			src, ok := n.Source.(*querymodel.SelectColumn)
			if !ok {
				return nil
			}
			ci := c.a.column(src)
			if ci == nil {
				return nil
			}
			lit, ok := fromLiteral(v, ci.kind)
			if !ok {
				return nil
			}
			return c.rowsPlan(src.Source, &plan{kind: planCol, ci: ci, h: boundHint(op, lit, ci.kind)}, 1)
		}
	case *querymodel.Function:
		// age: DateDifferenceInYears(reference, date_of_birth) op k
		if n.Op != querymodel.FnDateDifferenceInYears {
			return nil
		}
		k, ok := v.(int64)
		refV, ok2 := constant(n.Args[0])
		ref, ok3 := refV.(querymodel.CalendarDate)
		if !ok || !ok2 || !ok3 {
			return nil
		}
		years := func(y int64) val { return val{ok: true, d: addYears(memory.DateOf(ref), -int(y))} }
		var h hint
		switch op {
		case querymodel.FnGE: // born on or before ref - k years
			h.hi = years(k)
		case querymodel.FnGT:
			h.hi = years(k + 1)
		case querymodel.FnLE: // age < k+1: born after ref - (k+1) years
			h.lo = bump(years(k+1), querymodel.KindDate, 1)
		case querymodel.FnLT:
			h.lo = bump(years(k), querymodel.KindDate, 1)
		case querymodel.FnEQ:
			h.hi = years(k)
			h.lo = bump(years(k+1), querymodel.KindDate, 1)
		}
		return c.colPlan(n.Args[1], h, scope)
	}
	ci := c.a.column(x)
	if ci == nil {
		return nil
	}
	lit, ok := fromLiteral(v, ci.kind)
	if !ok {
		return nil
	}
	return c.colPlan(x, boundHint(op, lit, ci.kind), scope)
}

// colPlan compiles a hint on the column read by x.
func (c *compiler) colPlan(x querymodel.Series, h hint, scope *tableInfo) *plan {
	sc, ok := x.(*querymodel.SelectColumn)
	if !ok {
		return nil
	}
	ci := c.a.column(sc)
	if ci == nil {
		return nil
	}
	leaf := &plan{kind: planCol, ci: ci, h: h}
	switch src := sc.Source.(type) {
	case *querymodel.SelectPatientTable:
		if scope != nil {
			return nil
		}
		ti := c.a.byTable[src.Table]
		if ti.kind == kindPatients || h.null {
			return leaf
		}
		return &plan{kind: planRows, ti: ti, rows: leaf, min: 1}
	case *querymodel.PickOneRowPerPatient, *querymodel.PickOneRowPerPatientWithColumns:
		if h.null {
			return nil
		}
		return c.rowsPlan(src, leaf, 1)
	default:
		if scope == nil || c.a.byTable[rootTable(src)] != scope {
			return nil
		}
		return leaf
	}
}

// rowsPlan demands min rows of frame f's table passing its filters and
// extra.
func (c *compiler) rowsPlan(f querymodel.Frame, extra *plan, min int) *plan {
	t := rootTable(f)
	if t == nil {
		return nil
	}
	ti := c.a.byTable[t]
	var conds []*plan
	for done := false; !done; {
		switch x := f.(type) {
		case *querymodel.Filter:
			conds = append(conds, c.cond(x.Condition, ti))
			f = x.Source
		case *querymodel.Sort:
			f = x.Source
		case *querymodel.PickOneRowPerPatient:
			f = x.Source
		case *querymodel.PickOneRowPerPatientWithColumns:
			f = x.Source
		default:
			done = true
		}
	}
	return &plan{kind: planRows, ti: ti, rows: andPlan(conds...), extra: extra, min: min}
}

// demand is a plan resolved for one patient.
type demand struct {
	patient hints
	rows    []rowDemand
	avoid   hints        // values (hint sets) the patient's rows should not take
	absent  []*tableInfo // patient tables where the patient must have no row
}

type rowDemand struct {
	ti     *tableInfo
	hints  hints // for the demanded rows: filters and extra
	filter hints // the filters alone
	extra  hints // the extra condition alone
	min    int
}

// hints is a small map from column to hint.
type hints []colHint

type colHint struct {
	ci *colInfo
	h  hint
}

func (hs *hints) add(ci *colInfo, h hint) {
	for i := range *hs {
		if (*hs)[i].ci == ci {
			(*hs)[i].h.merge(h)
			return
		}
	}
	*hs = append(*hs, colHint{ci, h})
}

func (hs hints) get(ci *colInfo) *hint {
	for i := range hs {
		if hs[i].ci == ci {
			return &hs[i].h
		}
	}
	return nil
}

// resolve walks p for one patient, choosing OR branches with r.
func resolve(p *plan, r *rand.Rand, d *demand, row *hints) {
	if p == nil {
		return
	}
	switch p.kind {
	case planAnd:
		for _, k := range p.kids {
			resolve(k, r, d, row)
		}
	case planOr:
		resolve(p.kids[r.IntN(len(p.kids))], r, d, row)
	case planCol:
		if row != nil {
			row.add(p.ci, p.h)
		} else {
			d.patient.add(p.ci, p.h)
		}
	case planRows:
		rd := rowDemand{ti: p.ti, min: p.min}
		resolve(p.rows, r, d, &rd.filter)
		resolve(p.extra, r, d, &rd.extra)
		for _, hs := range []hints{rd.filter, rd.extra} {
			for _, ch := range hs {
				rd.hints.add(ch.ci, ch.h)
			}
		}
		d.rows = append(d.rows, rd)
	case planAvoid:
		var hs hints
		resolve(p.rows, r, d, &hs)
		resolve(p.extra, r, d, &hs)
		if p.ti.t.Patient && len(hs) == 0 {
			d.absent = append(d.absent, p.ti)
		}
		for _, ch := range hs {
			if len(ch.h.set) > 0 {
				d.avoid = append(d.avoid, colHint{ch.ci, hint{set: ch.h.set, index: ch.h.index}})
			}
		}
	}
}
