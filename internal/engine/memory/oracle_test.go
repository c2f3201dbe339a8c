package memory

// A deliberately naive row-at-a-time evaluator, used as an independent
// oracle in randomised differential tests of the columnar engine. It
// covers the nodes the random generator produces.

import (
	"cmp"
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/opensafely-go/opensafely/internal/engine/enginetest"
	"github.com/opensafely-go/opensafely/internal/querymodel"
)

type orow map[string]any

type oracle struct {
	rows map[*querymodel.Table]map[int64][]orow
}

func newOracle(tables []enginetest.TableRows) *oracle {
	o := &oracle{rows: map[*querymodel.Table]map[int64][]orow{}}
	for _, tr := range tables {
		m := map[int64][]orow{}
		for _, r := range tr.Rows {
			row := orow{}
			for i, c := range tr.Table.Schema.Columns() {
				row[c.Name] = toOracle(r[i+1])
			}
			id := r[0].(int64)
			m[id] = append(m[id], row)
		}
		o.rows[tr.Table] = m
	}
	return o
}

func toOracle(v any) any {
	if d, ok := v.(querymodel.CalendarDate); ok {
		return DateOf(d)
	}
	return v
}

func (o *oracle) frame(f querymodel.Frame, p int64) []orow {
	switch f := f.(type) {
	case *querymodel.SelectTable:
		return o.rows[f.Table][p]
	case *querymodel.SelectPatientTable:
		return o.rows[f.Table][p]
	case *querymodel.Filter:
		var out []orow
		for _, r := range o.frame(f.Source, p) {
			if v := o.eval(f.Condition, p, r); v == true {
				out = append(out, r)
			}
		}
		return out
	case *querymodel.Sort:
		rows := slices.Clone(o.frame(f.Source, p))
		slices.SortStableFunc(rows, func(a, b orow) int {
			return ocompare(o.eval(f.SortBy, p, a), o.eval(f.SortBy, p, b))
		})
		return rows
	case *querymodel.PickOneRowPerPatientWithColumns:
		rows := o.frame(f.Source, p)
		if len(rows) == 0 {
			return nil
		}
		if f.Position == querymodel.First {
			return rows[:1]
		}
		return rows[len(rows)-1:]
	}
	panic(fmt.Sprintf("oracle: frame %T", f))
}

// ocompare orders values with NULL lowest.
func ocompare(a, b any) int {
	switch {
	case a == nil && b == nil:
		return 0
	case a == nil:
		return -1
	case b == nil:
		return 1
	}
	switch x := a.(type) {
	case int64:
		return cmp.Compare(x, b.(int64))
	case Date:
		return cmp.Compare(x, b.(Date))
	case bool:
		return cmp.Compare(b2i(x), b2i(b.(bool)))
	case string:
		return cmp.Compare(x, b.(string))
	}
	panic(fmt.Sprintf("oracle: compare %T", a))
}

// domainRows returns the rows an event-level series ranges over.
func (o *oracle) domainRows(s querymodel.Series, p int64) []orow {
	var src querymodel.Frame
	querymodel.Walk(s, func(n querymodel.Node) bool {
		if querymodel.DomainOf(n) == nil {
			return false
		}
		if sc, ok := n.(*querymodel.SelectColumn); ok && src == nil && querymodel.DomainOf(sc) == querymodel.DomainOf(s) {
			src = sc.Source
		}
		return true
	})
	return o.frame(src, p)
}

// eval evaluates s for patient p; row is the current row for event-level
// series.
func (o *oracle) eval(s querymodel.Series, p int64, row orow) any {
	switch s := s.(type) {
	case *querymodel.Value:
		return toOracle(s.V)
	case *querymodel.SelectColumn:
		if querymodel.DomainOf(s) != nil {
			return row[s.Name]
		}
		rows := o.frame(s.Source, p)
		if len(rows) == 0 {
			return nil
		}
		return rows[0][s.Name]
	case *querymodel.Aggregate:
		switch s.Op {
		case querymodel.AggExists:
			return len(o.frame(s.Source.(querymodel.Frame), p)) > 0
		case querymodel.AggCount:
			return int64(len(o.frame(s.Source.(querymodel.Frame), p)))
		}
		src := s.Source.(querymodel.Series)
		var vals []any
		for _, r := range o.domainRows(src, p) {
			if v := o.eval(src, p, r); v != nil {
				vals = append(vals, v)
			}
		}
		switch s.Op {
		case querymodel.AggCountDistinct:
			seen := map[any]bool{}
			for _, v := range vals {
				seen[v] = true
			}
			return int64(len(seen))
		case querymodel.AggSum:
			if len(vals) == 0 {
				return nil
			}
			var t int64
			for _, v := range vals {
				t += v.(int64)
			}
			return t
		case querymodel.AggMin, querymodel.AggMax:
			if len(vals) == 0 {
				return nil
			}
			best := vals[0]
			for _, v := range vals[1:] {
				c := ocompare(v, best)
				if (s.Op == querymodel.AggMin && c < 0) || (s.Op == querymodel.AggMax && c > 0) {
					best = v
				}
			}
			return best
		}
	case *querymodel.Case:
		for _, arm := range s.Cases {
			if o.eval(arm.When, p, row) == true {
				if arm.Then == nil {
					return nil
				}
				return o.eval(arm.Then, p, row)
			}
		}
		if s.Default == nil {
			return nil
		}
		return o.eval(s.Default, p, row)
	case *querymodel.Function:
		args := make([]any, len(s.Args))
		for i, a := range s.Args {
			args[i] = o.eval(a, p, row)
		}
		return ofunc(s.Op, args)
	}
	panic(fmt.Sprintf("oracle: series %T", s))
}

func ofunc(op querymodel.FuncOp, a []any) any {
	switch op {
	case querymodel.FnAnd:
		if a[0] == false || a[1] == false {
			return false
		}
		if a[0] == nil || a[1] == nil {
			return nil
		}
		return true
	case querymodel.FnOr:
		if a[0] == true || a[1] == true {
			return true
		}
		if a[0] == nil || a[1] == nil {
			return nil
		}
		return false
	case querymodel.FnIsNull:
		return a[0] == nil
	case querymodel.FnIn:
		fs := a[1].(querymodel.Frozenset)
		if fs.Len() == 0 {
			return false
		}
		if a[0] == nil {
			return nil
		}
		for _, it := range fs.Items() {
			if ocompare(a[0], toOracle(it)) == 0 {
				return true
			}
		}
		return false
	}
	for _, x := range a {
		if x == nil {
			return nil
		}
	}
	switch op {
	case querymodel.FnNot:
		return !a[0].(bool)
	case querymodel.FnEQ:
		return ocompare(a[0], a[1]) == 0
	case querymodel.FnLT:
		return ocompare(a[0], a[1]) < 0
	case querymodel.FnGE:
		return ocompare(a[0], a[1]) >= 0
	case querymodel.FnAdd:
		return a[0].(int64) + a[1].(int64)
	case querymodel.FnMultiply:
		return a[0].(int64) * a[1].(int64)
	case querymodel.FnDateAddDays:
		return a[0].(Date) + Date(a[1].(int64))
	case querymodel.FnDateDifferenceInDays:
		return int64(a[0].(Date) - a[1].(Date))
	case querymodel.FnCastToInt:
		return int64(b2i(a[0].(bool)))
	}
	panic(fmt.Sprintf("oracle: function %s", op))
}

// gen builds random query graphs over the suite's tables P and E.
type gen struct {
	r     *rand.Rand
	depth int
	// params, if set, are the parameters start and end (dates) and k (an
	// integer) that some literals and filters use instead of values.
	params []querymodel.Series
}

// rangeCond returns a filter condition over f bounding d1 or i1 by the
// parameters, sometimes with another term (the form Prepared indexes).
func (g *gen) rangeCond(f querymodel.Frame) querymodel.Series {
	d1 := must(querymodel.NewSelectColumn(f, "d1"))
	start, end, k := g.params[0], g.params[1], g.params[2]
	var c querymodel.Series
	switch g.pick(5) {
	case 0:
		c = must(querymodel.NewFunction(querymodel.FnAnd,
			must(querymodel.NewFunction(querymodel.FnGE, d1, start)),
			must(querymodel.NewFunction(querymodel.FnLE, d1, end))))
	case 1:
		c = must(querymodel.NewFunction(querymodel.FnLT, start, d1))
	case 2:
		c = must(querymodel.NewFunction(querymodel.FnGT, must(querymodel.NewSelectColumn(f, "i1")), k))
	case 3:
		c = must(querymodel.NewFunction(querymodel.FnEQ, d1, must(querymodel.NewFunction(querymodel.FnDateAddDays, start, k))))
	default:
		c = must(querymodel.NewFunction(querymodel.FnAnd,
			must(querymodel.NewFunction(querymodel.FnLE, d1, end)),
			must(querymodel.NewFunction(querymodel.FnLE, must(querymodel.NewSelectColumn(f, "i2")), k))))
	}
	if g.pick(2) == 0 {
		c = must(querymodel.NewFunction(querymodel.FnAnd, g.boolean(f), c))
	}
	return c
}

func (g *gen) pick(n int) int { return g.r.IntN(n) }

// frame returns a random event frame over E: filters and sorts.
func (g *gen) frame(sorted bool) querymodel.Frame {
	f := querymodel.Frame(must(querymodel.NewSelectTable(enginetest.E)))
	for range g.pick(3) {
		if g.params != nil && g.pick(2) == 0 {
			f = must(querymodel.NewFilter(f, g.rangeCond(f)))
			continue
		}
		f = must(querymodel.NewFilter(f, g.boolean(f)))
	}
	if sorted {
		for range 1 + g.pick(2) {
			f = must(querymodel.NewSort(f, g.sortKey(f)))
		}
		if g.pick(2) == 0 {
			f = must(querymodel.NewFilter(f, g.boolean(f)))
		}
	}
	return f
}

func (g *gen) sortKey(f querymodel.Frame) querymodel.Series {
	switch g.pick(4) {
	case 0:
		return must(querymodel.NewSelectColumn(f, "d1"))
	case 1:
		return must(querymodel.NewSelectColumn(f, "b1"))
	}
	return g.eventInt(f)
}

// eventInt is integer(f), forced to be event-level.
func (g *gen) eventInt(f querymodel.Frame) querymodel.Series {
	s := g.integer(f)
	if querymodel.DomainOf(s) == nil {
		return must(querymodel.NewFunction(querymodel.FnAdd, s, must(querymodel.NewSelectColumn(f, "i2"))))
	}
	return s
}

// integer returns an int series: patient-level when f is nil, else over
// f's domain (possibly mixing in patient-level parts).
func (g *gen) integer(f querymodel.Frame) querymodel.Series {
	g.depth++
	defer func() { g.depth-- }()
	leaf := g.depth > 3
	switch k := g.pick(9); {
	case k < 3 || leaf:
		if f != nil && g.pick(3) > 0 {
			return must(querymodel.NewSelectColumn(f, []string{"i1", "i2", "i3"}[g.pick(3)]))
		}
		if g.params != nil && g.pick(4) == 0 {
			return g.params[2]
		}
		if g.pick(2) == 0 {
			return must(querymodel.NewValue(int64(g.pick(5) - 1)))
		}
		return must(querymodel.NewSelectColumn(must(querymodel.NewSelectPatientTable(enginetest.P)), "i1"))
	case k == 3:
		return must(querymodel.NewFunction(querymodel.FnAdd, g.integer(f), g.integer(f)))
	case k == 4:
		return must(querymodel.NewFunction(querymodel.FnMultiply, g.integer(f), g.integer(nil)))
	case k == 5:
		return must(querymodel.NewCase([]querymodel.CaseArm{{When: g.boolean(f), Then: g.integer(f)}}, g.maybe(g.integer(nil))))
	case k == 6:
		return must(querymodel.NewFunction(querymodel.FnCastToInt, g.boolean(f)))
	case k == 7:
		return must(querymodel.NewFunction(querymodel.FnDateDifferenceInDays, g.date(f), g.date(nil)))
	}
	return g.aggregate()
}

func (g *gen) maybe(s querymodel.Series) querymodel.Series {
	if g.pick(3) == 0 {
		return nil
	}
	return s
}

func (g *gen) date(f querymodel.Frame) querymodel.Series {
	if f != nil && g.pick(2) == 0 {
		return must(querymodel.NewSelectColumn(f, "d1"))
	}
	switch g.pick(3) {
	case 0:
		if g.params != nil && g.pick(2) == 0 {
			return g.params[g.pick(2)]
		}
		return must(querymodel.NewValue(MakeDate(2020, 1, 1+g.pick(20)).Calendar()))
	case 1:
		return must(querymodel.NewSelectColumn(must(querymodel.NewSelectPatientTable(enginetest.P)), "d1"))
	}
	pick := must(querymodel.NewPickOneRowPerPatient(g.frame(true), []querymodel.Position{querymodel.First, querymodel.Last}[g.pick(2)]))
	return must(querymodel.NewSelectColumn(pick, "d1"))
}

func (g *gen) aggregate() querymodel.Series {
	f := g.frame(false)
	switch g.pick(7) {
	case 0:
		return must(querymodel.NewAggregate(querymodel.AggCount, f))
	case 1:
		return must(querymodel.NewAggregate(querymodel.AggSum, g.eventInt(f)))
	case 2:
		return must(querymodel.NewAggregate(querymodel.AggMin, g.eventInt(f)))
	case 3:
		return must(querymodel.NewAggregate(querymodel.AggMax, g.eventInt(f)))
	case 4:
		return must(querymodel.NewAggregate(querymodel.AggCountDistinct, g.eventInt(f)))
	case 5:
		if g.pick(2) == 0 {
			return must(querymodel.NewAggregate(querymodel.AggCountDistinct, must(querymodel.NewSelectColumn(f, "s1"))))
		}
	}
	pick := must(querymodel.NewPickOneRowPerPatient(g.frame(true), []querymodel.Position{querymodel.First, querymodel.Last}[g.pick(2)]))
	return must(querymodel.NewSelectColumn(pick, []string{"i1", "i2", "i3"}[g.pick(3)]))
}

func (g *gen) boolean(f querymodel.Frame) querymodel.Series {
	g.depth++
	defer func() { g.depth-- }()
	if g.depth > 3 {
		if f != nil {
			return must(querymodel.NewSelectColumn(f, "b1"))
		}
		return must(querymodel.NewSelectColumn(must(querymodel.NewSelectPatientTable(enginetest.P)), "b1"))
	}
	switch g.pick(11) {
	case 8:
		return must(querymodel.NewFunction(querymodel.FnIn, g.str(f), g.strSet()))
	case 9:
		return must(querymodel.NewFunction(querymodel.FnEQ, g.str(f), must(querymodel.NewValue([]string{"a", "b", "zz"}[g.pick(3)]))))
	case 10:
		return must(querymodel.NewFunction(querymodel.FnLT, must(querymodel.NewValue([]string{"a", "b", "c"}[g.pick(3)])), g.str(f)))
	case 0:
		return must(querymodel.NewFunction(querymodel.FnAnd, g.boolean(f), g.boolean(f)))
	case 1:
		return must(querymodel.NewFunction(querymodel.FnOr, g.boolean(f), g.boolean(f)))
	case 2:
		return must(querymodel.NewFunction(querymodel.FnNot, g.boolean(f)))
	case 3:
		return must(querymodel.NewFunction(querymodel.FnIsNull, g.integer(f)))
	case 4:
		return must(querymodel.NewFunction(querymodel.FnLT, g.integer(f), g.integer(f)))
	case 5:
		return must(querymodel.NewFunction(querymodel.FnGE, g.date(f), g.date(nil)))
	case 6:
		return must(querymodel.NewFunction(querymodel.FnEQ, g.integer(f), g.integer(nil)))
	}
	return must(querymodel.NewAggregate(querymodel.AggExists, g.frame(false)))
}

// str returns a string series: a column of f, of P, or of a pick.
func (g *gen) str(f querymodel.Frame) querymodel.Series {
	switch {
	case f != nil && g.pick(3) > 0:
		return must(querymodel.NewSelectColumn(f, "s1"))
	case g.pick(2) == 0:
		return must(querymodel.NewSelectColumn(must(querymodel.NewSelectPatientTable(enginetest.P)), "s1"))
	}
	pick := must(querymodel.NewPickOneRowPerPatient(g.frame(true), []querymodel.Position{querymodel.First, querymodel.Last}[g.pick(2)]))
	return must(querymodel.NewSelectColumn(pick, "s1"))
}

func (g *gen) strSet() querymodel.Series {
	var items []any
	for _, s := range []string{"a", "b", "c"} {
		if g.pick(2) == 0 {
			items = append(items, s)
		}
	}
	return must(querymodel.NewValue(must(querymodel.NewFrozenset(items...))))
}

// randomTables makes small random P and E tables over patients 1..8.
func randomTables(r *rand.Rand) []enginetest.TableRows {
	null := func(v any) any {
		if r.IntN(5) == 0 {
			return nil
		}
		return v
	}
	row := func(id int64, cols []querymodel.Column) []any {
		out := []any{id}
		for _, c := range cols {
			var v any
			switch c.Type.Kind() {
			case querymodel.KindInt:
				v = null(int64(r.IntN(5)))
			case querymodel.KindBool:
				v = null(r.IntN(2) == 0)
			case querymodel.KindDate:
				v = null(MakeDate(2020, 1, 1+r.IntN(20)).Calendar())
			case querymodel.KindStr:
				v = null([]string{"a", "b", "c"}[r.IntN(3)])
			}
			out = append(out, v)
		}
		return out
	}
	p := enginetest.TableRows{Table: enginetest.P}
	e := enginetest.TableRows{Table: enginetest.E}
	for id := int64(1); id <= 8; id++ {
		if r.IntN(4) > 0 {
			p.Rows = append(p.Rows, row(id, enginetest.P.Schema.Columns()))
		}
		for range r.IntN(5) {
			e.Rows = append(e.Rows, row(id, enginetest.E.Schema.Columns()))
		}
	}
	return []enginetest.TableRows{p, e}
}

func TestRandomAgainstOracle(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 11))
	n := 3000
	if testing.Short() {
		n = 300
	}
	for i := range n {
		tables := randomTables(r)
		g := &gen{r: r}
		var s querymodel.Series
		switch r.IntN(3) {
		case 0:
			s = g.boolean(nil)
		case 1:
			s = g.date(nil)
		default:
			s = g.integer(nil)
		}
		pop := must(querymodel.NewFunction(querymodel.FnOr,
			must(querymodel.NewAggregate(querymodel.AggExists, must(querymodel.NewSelectPatientTable(enginetest.P)))),
			must(querymodel.NewAggregate(querymodel.AggExists, must(querymodel.NewSelectTable(enginetest.E))))))
		ds := must(querymodel.NewDataset(pop, []querymodel.NamedSeries{{Name: "v", Series: s}}, nil, nil))
		res, err := suiteEngine{dict: i%2 == 1}.Run(context.Background(), tables, ds)
		if err != nil {
			t.Fatalf("case %d: %v\n%s", i, err, querymodel.Format(s))
		}
		rewritten := must(querymodel.RewriteSorts(ds)).(*querymodel.Dataset)
		o := newOracle(tables)
		for _, row := range res[0] {
			id := row[0].(int64)
			want := o.eval(rewritten.Variables[0].Series, id, nil)
			gv := toOracle(row[1])
			if ocompare(gv, want) != 0 {
				t.Fatalf("case %d patient %d: got %v, want %v\n%s", i, id, gv, want, querymodel.Format(s))
			}
		}
	}
}
