package sql

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/opensafely-go/opensafely/internal/codes"
	"github.com/opensafely-go/opensafely/internal/querymodel"
)

// scope compiles expressions evaluated once per row of a query: the
// query's patient_id, an optional event-table row, and the patient-level
// tables joined so far.
type scope struct {
	c      *compiler
	pid    Expr
	row    *querymodel.Table // the event table of the row (alias "t"), or nil
	joins  []join
	joined map[string]string
	reads  map[string]bool
	nalias int
}

func (c *compiler) newScope(pid Expr) *scope {
	return &scope{c: c, pid: pid, joined: make(map[string]string), reads: make(map[string]bool)}
}

func (s *scope) clone() *scope {
	n := *s
	n.joins = slices.Clone(s.joins)
	n.joined = make(map[string]string, len(s.joined))
	for k, v := range s.joined {
		n.joined[k] = v
	}
	n.reads = make(map[string]bool, len(s.reads))
	for k, v := range s.reads {
		n.reads[k] = v
	}
	return &n
}

// joinItem left-joins item (by key) on patient_id and returns its alias.
func (s *scope) joinItem(key string, item fromItem, pidCol string) string {
	if a, ok := s.joined[key]; ok {
		return a
	}
	s.nalias++
	a := fmt.Sprintf("j%d", s.nalias)
	item.alias = a
	s.joins = append(s.joins, join{item, binOp{"=", colRef{a, pidCol}, s.pid}})
	s.joined[key] = a
	return a
}

func (s *scope) joinTemp(name string) string {
	s.reads[name] = true
	return s.joinItem("temp:"+name, fromItem{table: name, temp: true}, "patient_id")
}

func (s *scope) joinTable(t *querymodel.Table) string {
	item := s.c.tableFrom(t, "", s.reads)
	pid := s.c.column(t, "", "patient_id").(colRef).name
	return s.joinItem("table:"+t.TableName(), item, pid)
}

// value compiles x to an expression giving its value (bools as values).
func (s *scope) value(x querymodel.Series) Expr {
	e, isPred := s.compile(x)
	if isPred && !s.c.d.nativeBool() {
		return castExpr{boolValue(e), tBool}
	}
	return e
}

// pred compiles the bool series x to a predicate.
func (s *scope) pred(x querymodel.Series) Expr {
	e, isPred := s.compile(x)
	if !isPred && !s.c.d.nativeBool() {
		return binOp{"=", e, lit{int64(1), tNone}}
	}
	return e
}

// boolValue turns a predicate into a value, keeping NULL.
func boolValue(p Expr) Expr {
	return caseExpr{whens: []whenThen{{p, lit{int64(1), tNone}}, {prefix{"NOT", p}, lit{int64(0), tNone}}}}
}

// ordered makes string comparisons of x use code-point order.
func ordered(x Expr, t querymodel.Type) Expr {
	if k := t.Kind(); k == querymodel.KindStr || k == querymodel.KindCode {
		return binaryCollate{x}
	}
	return x
}

func (c *compiler) falsePred() Expr {
	if c.d.nativeBool() {
		return keyword("FALSE")
	}
	return binOp{"=", lit{int64(1), tNone}, lit{int64(0), tNone}}
}

func isNullLiteral(x querymodel.Series) bool {
	return x.Type().Kind() == querymodel.KindNull && !x.Type().IsSet()
}

var cmpOps = map[querymodel.FuncOp]string{
	querymodel.FnEQ: "=", querymodel.FnNE: "<>", querymodel.FnLT: "<",
	querymodel.FnLE: "<=", querymodel.FnGT: ">", querymodel.FnGE: ">=",
}

// compile returns the SQL of x and whether it is a predicate.
func (s *scope) compile(x querymodel.Series) (Expr, bool) {
	switch n := x.(type) {
	case *querymodel.Value:
		if _, ok := n.V.(querymodel.Frozenset); ok {
			fail("a set of values cannot be used as a value")
		}
		return lit{n.V, sqlTypeOf(n.Type())}, false
	case *querymodel.Parameter:
		fail("parameter %q has no value (parameters must be substituted before execution)", n.Name)
	case *querymodel.SelectColumn:
		return s.selectColumn(n), false
	case *querymodel.Aggregate:
		return s.aggregate(n)
	case *querymodel.Function:
		return s.function(n)
	case *querymodel.Case:
		ce := caseExpr{}
		for _, arm := range n.Cases {
			var then Expr = lit{nil, sqlTypeOf(n.Type())}
			if arm.Then != nil && !isNullLiteral(arm.Then) {
				then = s.value(arm.Then)
			}
			ce.whens = append(ce.whens, whenThen{s.pred(arm.When), then})
		}
		if n.Default != nil && !isNullLiteral(n.Default) {
			ce.els = s.value(n.Default)
		} else {
			ce.els = lit{nil, sqlTypeOf(n.Type())}
		}
		return ce, false
	case *querymodel.FixedValueMap:
		t := sqlTypeOf(n.Type())
		def := lit{n.Default, t}
		if len(n.Mapping) == 0 {
			return def, false
		}
		ce := caseExpr{subject: s.value(n.Source), els: def}
		for _, m := range n.Mapping {
			ce.whens = append(ce.whens, whenThen{lit{m.From, sqlTypeOf(n.Source.Type())}, lit{m.To, t}})
		}
		return ce, false
	case *querymodel.Coalesce:
		var args []Expr
		for _, src := range n.Sources {
			if !isNullLiteral(src) {
				args = append(args, s.value(src))
			}
		}
		switch len(args) {
		case 0:
			return lit{nil, sqlTypeOf(n.Type())}, false
		case 1:
			return args[0], false
		}
		return call{"COALESCE", args, false}, false
	}
	fail("cannot compile %T", x)
	return nil, false
}

func (s *scope) selectColumn(n *querymodel.SelectColumn) Expr {
	c := s.c
	switch src := n.Source.(type) {
	case *querymodel.SelectPatientTable:
		return c.column(src.Table, s.joinTable(src.Table), n.Name)
	case *querymodel.InlinePatientTable:
		return colRef{s.joinTemp(c.inlineTable(src)), n.Name}
	case *querymodel.PickOneRowPerPatientWithColumns:
		return colRef{s.joinTemp(c.pick(src)), n.Name}
	case *querymodel.PickOneRowPerPatient:
		fail("pick without selected columns (sorts were not rewritten)")
	}
	fi := chainOf(n.Source)
	if s.row == nil || s.row != fi.table {
		fail("event-level column %s.%s used outside its table's rows", fi.table.TableName(), n.Name)
	}
	return c.column(fi.table, "t", n.Name)
}

// function compiles a Function node.
func (s *scope) function(f *querymodel.Function) (Expr, bool) {
	c := s.c
	switch f.Op {
	case querymodel.FnAnd, querymodel.FnOr:
		op := "AND"
		if f.Op == querymodel.FnOr {
			op = "OR"
		}
		return binOp{op, s.pred(f.Args[0]), s.pred(f.Args[1])}, true
	case querymodel.FnIsNull:
		if isNullLiteral(f.Args[0]) {
			return postfix{lit{nil, tNone}, "IS NULL"}, true
		}
		return postfix{s.value(f.Args[0]), "IS NULL"}, true
	case querymodel.FnIn:
		return s.in(f.Args[0], f.Args[1]), true
	case querymodel.FnMinimumOf, querymodel.FnMaximumOf:
		var xs []Expr
		for _, a := range f.Args {
			if !isNullLiteral(a) {
				xs = append(xs, ordered(s.value(a), f.Type()))
			}
		}
		switch len(xs) {
		case 0:
			return lit{nil, sqlTypeOf(f.Type())}, false
		case 1:
			return xs[0], false
		}
		return c.bindAll(xs, func(xs []Expr) Expr {
			return c.d.greatest(f.Op == querymodel.FnMinimumOf, xs)
		}), false
	}
	for _, a := range f.Args {
		if isNullLiteral(a) {
			null := lit{nil, sqlTypeOf(f.Type())}
			return null, false
		}
	}
	arg := func(i int) Expr { return s.value(f.Args[i]) }
	one := lit{int64(1), tNone}
	zero := lit{int64(0), tNone}
	switch f.Op {
	case querymodel.FnEQ, querymodel.FnNE, querymodel.FnLT, querymodel.FnLE, querymodel.FnGT, querymodel.FnGE:
		l, r := arg(0), arg(1)
		if f.Op != querymodel.FnEQ && f.Op != querymodel.FnNE {
			l, r = ordered(l, f.Args[0].Type()), ordered(r, f.Args[1].Type())
		}
		return binOp{cmpOps[f.Op], l, r}, true
	case querymodel.FnNot:
		return prefix{"NOT", s.pred(f.Args[0])}, true
	case querymodel.FnNegate:
		return prefix{"-", arg(0)}, false
	case querymodel.FnAbsolute:
		return call{"ABS", []Expr{arg(0)}, false}, false
	case querymodel.FnAdd:
		return binOp{"+", arg(0), arg(1)}, false
	case querymodel.FnSubtract:
		return binOp{"-", arg(0), arg(1)}, false
	case querymodel.FnMultiply:
		return binOp{"*", arg(0), arg(1)}, false
	case querymodel.FnTrueDivide:
		return trueDivide(arg(0), arg(1)), false
	case querymodel.FnFloorDivide:
		return castExpr{call{"FLOOR", []Expr{trueDivide(arg(0), arg(1))}, false}, tInt}, false
	case querymodel.FnPower:
		return c.bind2(arg(0), arg(1), func(a, b Expr) Expr {
			fa, fb := castExpr{a, tFloat}, castExpr{b, tFloat}
			return caseExpr{
				whens: []whenThen{
					{binOp{"AND", binOp{"=", a, zero}, binOp{"<", b, zero}}, lit{nil, tFloat}},
					{binOp{"AND", binOp{"<", a, zero}, binOp{"<>", fb, call{"FLOOR", []Expr{fb}, false}}}, lit{nil, tFloat}},
				},
				els: call{"POWER", []Expr{fa, fb}, false},
			}
		}), false
	case querymodel.FnCastToInt:
		switch f.Args[0].Type().Kind() {
		case querymodel.KindBool:
			return castExpr{boolValue(s.pred(f.Args[0])), tInt}, false
		case querymodel.KindFloat:
			return c.d.truncToInt(arg(0)), false
		}
		return arg(0), false
	case querymodel.FnCastToFloat:
		return castExpr{arg(0), tFloat}, false
	case querymodel.FnDateAddDays:
		return c.dateAdd(macroAddDays, arg(0), arg(1)), false
	case querymodel.FnDateAddMonths:
		return c.dateAdd(macroAddMonths, arg(0), arg(1)), false
	case querymodel.FnDateAddYears:
		return c.dateAdd(macroAddMonths, arg(0), binOp{"*", arg(1), lit{int64(12), tNone}}), false
	case querymodel.FnDateDifferenceInDays:
		return c.d.diffDays(arg(0), arg(1)), false
	case querymodel.FnDateDifferenceInMonths:
		return c.bind2(arg(0), arg(1), func(a, b Expr) Expr {
			y := binOp{"-", c.d.datePart("YEAR", a), c.d.datePart("YEAR", b)}
			m := binOp{"-", c.d.datePart("MONTH", a), c.d.datePart("MONTH", b)}
			adj := caseExpr{whens: []whenThen{{binOp{"<", c.d.datePart("DAY", a), c.d.datePart("DAY", b)}, one}}, els: zero}
			return binOp{"-", binOp{"+", binOp{"*", y, lit{int64(12), tNone}}, m}, adj}
		}), false
	case querymodel.FnDateDifferenceInYears:
		return c.bind2(arg(0), arg(1), func(a, b Expr) Expr {
			y := binOp{"-", c.d.datePart("YEAR", a), c.d.datePart("YEAR", b)}
			ma, mb := c.d.datePart("MONTH", a), c.d.datePart("MONTH", b)
			earlier := binOp{"OR", binOp{"<", ma, mb}, binOp{"AND", binOp{"=", ma, mb}, binOp{"<", c.d.datePart("DAY", a), c.d.datePart("DAY", b)}}}
			return binOp{"-", y, caseExpr{whens: []whenThen{{earlier, one}}, els: zero}}
		}), false
	case querymodel.FnYearFromDate:
		return c.d.datePart("YEAR", arg(0)), false
	case querymodel.FnMonthFromDate:
		return c.d.datePart("MONTH", arg(0)), false
	case querymodel.FnDayFromDate:
		return c.d.datePart("DAY", arg(0)), false
	case querymodel.FnToFirstOfYear:
		return c.d.firstOfYear(arg(0)), false
	case querymodel.FnToFirstOfMonth:
		return c.d.firstOfMonth(arg(0)), false
	case querymodel.FnStringContains:
		return s.contains(arg(0), f.Args[1]), true
	}
	fail("cannot compile %s", f.Op)
	return nil, false
}

func trueDivide(a, b Expr) Expr {
	return binOp{"/", castExpr{a, tFloat}, call{"NULLIF", []Expr{castExpr{b, tFloat}, lit{int64(0), tNone}}, false}}
}

// The date-arithmetic macros: their SQL mentions the date several times,
// so nested date arithmetic written inline grows exponentially. Dialects
// with session-level functions (DuckDB macros, PostgreSQL pg_temp
// functions) define them once per program and call them.
const (
	macroAddDays   = "ehrql_add_days"
	macroAddMonths = "ehrql_add_months"
)

// dateAdd adds n days or months to d, checking the result's range.
func (c *compiler) dateAdd(macro string, d, n Expr) Expr {
	if !c.d.macros() {
		defer c.noLetsIf(d, n)()
		return c.dateAddInline(macro, d, n)
	}
	c.usedMacros[macro] = true
	return c.d.macroCall(macro, []Expr{d, n})
}

func (c *compiler) dateAddInline(macro string, d, n Expr) Expr {
	if macro == macroAddDays {
		return c.checkDate(c.d.addDays(d, n))
	}
	return c.checkDate(c.addMonths(d, n))
}

// macroStmts returns the definitions of the macros used, in a fixed order.
func (c *compiler) macroStmts() []stmt {
	var out []stmt
	for _, name := range []string{macroAddDays, macroAddMonths} {
		if c.usedMacros[name] {
			body := c.dateAddInline(name, colRef{"", "d"}, colRef{"", "n"})
			out = append(out, macroDef{name, []string{"d", "n"}, []sqlType{tDate, tInt}, tDate, body})
		}
	}
	return out
}

// addMonths adds n months to d, rolling a day that does not exist in the
// target month forward to the 1st of the next month.
func (c *compiler) addMonths(d, n Expr) Expr {
	return c.bind(d, func(d Expr) Expr {
		return c.bind(c.d.addMonthsClipped(d, n), func(t Expr) Expr {
			return caseExpr{
				whens: []whenThen{{binOp{"<", c.d.datePart("DAY", t), c.d.datePart("DAY", d)}, c.d.addDays(t, lit{int64(1), tNone})}},
				els:   t,
			}
		})
	})
}

// noLetsIf turns binding off (until the returned function is called)
// when one of xs contains a sub-query: lambdas cannot contain those, and
// the expressions bound later would end up inside the lambda's body.
func (c *compiler) noLetsIf(xs ...Expr) func() {
	for _, x := range xs {
		if hasSubquery(x) {
			c.noLets++
			return func() { c.noLets-- }
		}
	}
	return func() {}
}

// bind2 binds two values (see bind).
func (c *compiler) bind2(x, y Expr, body func(x, y Expr) Expr) Expr {
	defer c.noLetsIf(x, y)()
	return c.bind(x, func(x Expr) Expr {
		return c.bind(y, func(y Expr) Expr { return body(x, y) })
	})
}

// bindAll binds every value of xs (see bind).
func (c *compiler) bindAll(xs []Expr, body func(xs []Expr) Expr) Expr {
	defer c.noLetsIf(xs...)()
	bound := make([]Expr, 0, len(xs))
	var next func(i int) Expr
	next = func(i int) Expr {
		if i == len(xs) {
			return body(bound)
		}
		return c.bind(xs[i], func(v Expr) Expr {
			bound = append(bound, v)
			return next(i + 1)
		})
	}
	return next(0)
}

// bind evaluates x once and gives body a reference to its value, where
// the dialect can (lambdas, a VALUES sub-query); elsewhere body gets x
// itself, so x's SQL is repeated as often as body uses it (PostgreSQL
// calls functions instead, see dateAdd).
func (c *compiler) bind(x Expr, body func(v Expr) Expr) Expr {
	if !c.d.lets() || c.noLets > 0 {
		return body(x)
	}
	switch x.(type) {
	case colRef, lit:
		return body(x)
	}
	c.nlet++
	name := fmt.Sprintf("ehrql_v%d", c.nlet)
	return letExpr{x, name, body(colRef{"", name})}
}

// checkDate raises an error for dates outside the years 1..9999.
func (c *compiler) checkDate(r Expr) Expr {
	e := c.d.dateError(r)
	if e == nil {
		return r
	}
	lo, _ := querymodel.NewDate(1, 1, 1)
	hi, _ := querymodel.NewDate(9999, 12, 31)
	return c.bind(r, func(r Expr) Expr {
		out := binOp{"OR", binOp{"<", r, lit{lo, tDate}}, binOp{">", r, lit{hi, tDate}}}
		return caseExpr{whens: []whenThen{{out, c.d.dateError(r)}}, els: r}
	})
}

// likeEscape escapes LIKE's special characters with "/".
func likeEscape(s string) string {
	r := strings.NewReplacer("/", "//", "%", "/%", "_", "/_")
	return r.Replace(s)
}

func (s *scope) contains(x Expr, needle querymodel.Series) Expr {
	if v, ok := needle.(*querymodel.Value); ok {
		var str string
		switch nv := v.V.(type) {
		case string:
			str = nv
		case codes.Code:
			str = nv.Value
		default:
			fail("cannot search for %T in a string", v.V)
		}
		return likeExpr{x, lit{"%" + likeEscape(str) + "%", tStr}}
	}
	n := s.value(needle)
	for _, r := range [][2]string{{"/", "//"}, {"%", "/%"}, {"_", "/_"}} {
		n = call{"REPLACE", []Expr{n, lit{r[0], tNone}, lit{r[1], tNone}}, false}
	}
	return likeExpr{x, concat{[]Expr{lit{"%", tNone}, n, lit{"%", tNone}}}}
}

// in compiles x IN set.
func (s *scope) in(x, set querymodel.Series) Expr {
	c := s.c
	switch sv := set.(type) {
	case *querymodel.Value:
		if sv.V == nil {
			return lit{nil, tBool}
		}
		fs, ok := sv.V.(querymodel.Frozenset)
		if !ok {
			fail("is_in needs a set of values")
		}
		if fs.Len() == 0 {
			return c.falsePred()
		}
		xe := s.value(x)
		if isNullLiteral(x) {
			xe = lit{nil, tNone}
		}
		t := sqlTypeOf(fs.Elem())
		if fs.Len() <= maxInList {
			items := make([]Expr, fs.Len())
			for i, it := range fs.Items() {
				items[i] = lit{it, t}
			}
			return inList{xe, items}
		}
		name, ok := c.temps[sv]
		if !ok {
			name = c.tempName("inline_data")
			c.temps[sv] = name
			rows := make([][]any, fs.Len())
			for i, it := range fs.Items() {
				rows[i] = []any{it}
			}
			size := 0
			for _, it := range fs.Items() {
				switch v := it.(type) {
				case string:
					size = max(size, utf8.RuneCountInString(v), 1)
				case codes.Code:
					size = max(size, utf8.RuneCountInString(v.Value), 1)
				}
			}
			c.fill(name, []columnDef{{"value", t, size}}, []string{"value"}, []sqlType{t}, rows, "value")
		}
		s.reads[name] = true
		return inSelect{xe, &selectStmt{cols: []selCol{{colRef{"", "value"}, ""}}, from: &fromItem{table: name, temp: true}}}
	case *querymodel.Aggregate:
		if sv.Op != querymodel.AggCombineAsSet {
			break
		}
		if isNullLiteral(sv.Source.(querymodel.Series)) {
			return c.falsePred()
		}
		name := c.setTable(sv)
		s.reads[name] = true
		xe := s.value(x)
		if isNullLiteral(x) {
			xe = lit{nil, tNone}
		}
		return inSelect{xe, &selectStmt{
			cols:  []selCol{{colRef{"s", "value"}, ""}},
			from:  &fromItem{table: name, alias: "s", temp: true},
			where: binOp{"=", colRef{"s", "patient_id"}, s.pid},
		}}
	}
	fail("is_in needs a set of values, got %T", set)
	return nil
}
