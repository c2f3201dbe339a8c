package enginetest

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/opensafely-go/opensafely/internal/codes"
	"github.com/opensafely-go/opensafely/internal/querymodel"
)

// ParseExpr builds a query-model node from the suite's s-expression
// language:
//
//	atoms:    None  T  F  12  -3  1.5  2020-01-31  'text'  snomed:123456
//	          (code systems: snomed ctv3 icd10 opcs4 dmd bnf)
//	tables:   p  e  p2  e2  patients  clinical_events ...  (frames)
//	columns:  p.i1  e.d1  (col FRAME name)
//	sets:     {1 2 3}  {}  (literal frozensets)
//	frames:   (where F COND)  (except F COND)  (sort F KEY...)  (first F)  (last F)
//	          (sort keys are listed highest priority first, as in sort_by)
//	series:   (FUNC ARG...) for every Function.FUNC (EQ, Add, DateAddMonths, In, ...)
//	          (Exists F) (Count F) (CountDistinct S) (CountEpisodes S GAP) (Min S)
//	          (Max S) (Sum S) (Mean S) (CombineAsSet S)
//	          (case (when COND VALUE)... (else VALUE))  (VALUE may be None)
//	          (map SOURCE DEFAULT (FROM TO)...)  (a FixedValueMap of literals)
//	          (coalesce S...)  (param NAME TYPE)
func ParseExpr(src string) (querymodel.Node, error) {
	p := &parser{toks: tokenize(src)}
	x, err := p.parse()
	if err != nil {
		return nil, err
	}
	if p.pos != len(p.toks) {
		return nil, fmt.Errorf("unexpected %q after expression", p.toks[p.pos])
	}
	return build(x)
}

// sexpr is a parsed expression: an atom, a list (...) or a set {...}.
type sexpr struct {
	atom  string
	list  []sexpr
	isSet bool
	isLst bool
}

func tokenize(s string) []string {
	var toks []string
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
		case strings.IndexByte("(){}", c) >= 0:
			toks = append(toks, string(c))
			i++
		case c == '\'':
			j := strings.IndexByte(s[i+1:], '\'')
			if j < 0 {
				toks = append(toks, s[i:])
				return toks
			}
			toks = append(toks, s[i:i+j+2])
			i += j + 2
		default:
			j := i
			for j < len(s) && strings.IndexByte(" \t\n\r(){}", s[j]) < 0 {
				j++
			}
			toks = append(toks, s[i:j])
			i = j
		}
	}
	return toks
}

type parser struct {
	toks []string
	pos  int
}

func (p *parser) parse() (sexpr, error) {
	if p.pos >= len(p.toks) {
		return sexpr{}, fmt.Errorf("unexpected end of expression")
	}
	t := p.toks[p.pos]
	p.pos++
	switch t {
	case "(", "{":
		closer := ")"
		if t == "{" {
			closer = "}"
		}
		x := sexpr{isLst: t == "(", isSet: t == "{"}
		for {
			if p.pos >= len(p.toks) {
				return sexpr{}, fmt.Errorf("missing %q", closer)
			}
			if p.toks[p.pos] == closer {
				p.pos++
				return x, nil
			}
			item, err := p.parse()
			if err != nil {
				return sexpr{}, err
			}
			x.list = append(x.list, item)
		}
	case ")", "}":
		return sexpr{}, fmt.Errorf("unexpected %q", t)
	}
	return sexpr{atom: t}, nil
}

var (
	intRe   = regexp.MustCompile(`^-?[0-9]+$`)
	floatRe = regexp.MustCompile(`^-?[0-9]+\.[0-9]*(e[-+]?[0-9]+)?$|^-?[0-9]+e[-+]?[0-9]+$|^-?inf$`)
	dateRe  = regexp.MustCompile(`^[0-9]{4}-[0-9]{2}-[0-9]{2}$`)
)

var codeSystems = map[string]codes.System{
	"snomed": codes.SNOMEDCT, "ctv3": codes.CTV3, "icd10": codes.ICD10,
	"opcs4": codes.OPCS4, "dmd": codes.DMD, "bnf": codes.BNF,
}

// literal returns the Go value of a literal atom.
func literal(a string) (any, bool, error) {
	switch {
	case a == "None":
		return nil, true, nil
	case a == "T":
		return true, true, nil
	case a == "F":
		return false, true, nil
	case intRe.MatchString(a):
		n, err := strconv.ParseInt(a, 10, 64)
		return n, true, err
	case floatRe.MatchString(a):
		f, err := strconv.ParseFloat(a, 64)
		return f, true, err
	case dateRe.MatchString(a):
		d, err := querymodel.ParseDate(a)
		return d, true, err
	case strings.HasPrefix(a, "'"):
		if len(a) < 2 || !strings.HasSuffix(a, "'") {
			return nil, true, fmt.Errorf("unterminated string %s", a)
		}
		return a[1 : len(a)-1], true, nil
	}
	if sys, val, ok := strings.Cut(a, ":"); ok {
		if s, ok := codeSystems[sys]; ok {
			c, err := codes.Parse(s, val)
			return c, true, err
		}
	}
	return nil, false, nil
}

func build(x sexpr) (querymodel.Node, error) {
	switch {
	case x.isSet:
		items := make([]any, len(x.list))
		for i, it := range x.list {
			v, ok, err := literal(it.atom)
			if err != nil {
				return nil, err
			}
			if !ok || it.isLst || it.isSet {
				return nil, fmt.Errorf("set items must be literals")
			}
			items[i] = v
		}
		fs, err := querymodel.NewFrozenset(items...)
		if err != nil {
			return nil, err
		}
		return querymodel.NewValue(fs)
	case !x.isLst:
		return buildAtom(x.atom)
	}
	if len(x.list) == 0 || x.list[0].isLst || x.list[0].isSet {
		return nil, fmt.Errorf("a list must start with an operator")
	}
	head, rest := x.list[0].atom, x.list[1:]
	args := func() ([]querymodel.Node, error) {
		out := make([]querymodel.Node, len(rest))
		for i, r := range rest {
			n, err := build(r)
			if err != nil {
				return nil, err
			}
			out[i] = n
		}
		return out, nil
	}
	switch head {
	case "where", "except", "sort", "first", "last", "col":
		return buildFrameOp(head, rest)
	case "case":
		return buildCase(rest)
	case "map":
		return buildMap(rest)
	case "coalesce":
		as, err := args()
		if err != nil {
			return nil, err
		}
		ss, err := seriesList(as)
		if err != nil {
			return nil, err
		}
		return querymodel.NewCoalesce(ss...)
	case "param":
		if len(rest) != 2 {
			return nil, fmt.Errorf("param takes a name and a type")
		}
		t, err := querymodel.ParseType(rest[1].atom)
		if err != nil {
			return nil, err
		}
		return querymodel.NewParameter(rest[0].atom, t)
	case "CountEpisodes":
		if len(rest) != 2 {
			return nil, fmt.Errorf("CountEpisodes takes a series and a gap")
		}
		src, err := buildSeries(rest[0])
		if err != nil {
			return nil, err
		}
		gap, err := strconv.ParseInt(rest[1].atom, 10, 64)
		if err != nil {
			return nil, err
		}
		return querymodel.NewCountEpisodes(src, gap)
	}
	if op, ok := aggOps[head]; ok {
		as, err := args()
		if err != nil {
			return nil, err
		}
		if len(as) != 1 {
			return nil, fmt.Errorf("%s takes one argument", head)
		}
		return querymodel.NewAggregate(op, as[0])
	}
	if op, ok := querymodel.LookupFunc(head); ok {
		as, err := args()
		if err != nil {
			return nil, err
		}
		ss, err := seriesList(as)
		if err != nil {
			return nil, err
		}
		return querymodel.NewFunction(op, ss...)
	}
	return nil, fmt.Errorf("unknown operator %q", head)
}

var aggOps = map[string]querymodel.AggOp{
	"Exists": querymodel.AggExists, "Count": querymodel.AggCount,
	"CountDistinct": querymodel.AggCountDistinct, "Min": querymodel.AggMin,
	"Max": querymodel.AggMax, "Sum": querymodel.AggSum, "Mean": querymodel.AggMean,
	"CombineAsSet": querymodel.AggCombineAsSet,
}

func buildAtom(a string) (querymodel.Node, error) {
	if v, ok, err := literal(a); ok || err != nil {
		if err != nil {
			return nil, err
		}
		return querymodel.NewValue(v)
	}
	name, colName, dotted := strings.Cut(a, ".")
	t, ok := LookupTable(name)
	if !ok {
		return nil, fmt.Errorf("unknown name %q", a)
	}
	f, err := querymodel.TableFrame(t)
	if err != nil {
		return nil, err
	}
	if !dotted {
		return f, nil
	}
	return querymodel.NewSelectColumn(f, colName)
}

func buildSeries(x sexpr) (querymodel.Series, error) {
	n, err := build(x)
	if err != nil {
		return nil, err
	}
	s, ok := n.(querymodel.Series)
	if !ok {
		return nil, fmt.Errorf("expected a series, got a frame")
	}
	return s, nil
}

func buildFrame(x sexpr) (querymodel.Frame, error) {
	n, err := build(x)
	if err != nil {
		return nil, err
	}
	f, ok := n.(querymodel.Frame)
	if !ok {
		return nil, fmt.Errorf("expected a frame, got a series")
	}
	return f, nil
}

func seriesList(ns []querymodel.Node) ([]querymodel.Series, error) {
	out := make([]querymodel.Series, len(ns))
	for i, n := range ns {
		s, ok := n.(querymodel.Series)
		if !ok {
			return nil, fmt.Errorf("argument %d: expected a series, got a frame", i+1)
		}
		out[i] = s
	}
	return out, nil
}

func buildFrameOp(head string, rest []sexpr) (querymodel.Node, error) {
	if len(rest) == 0 {
		return nil, fmt.Errorf("%s needs a frame", head)
	}
	f, err := buildFrame(rest[0])
	if err != nil {
		return nil, err
	}
	switch head {
	case "where", "except":
		if len(rest) != 2 {
			return nil, fmt.Errorf("%s takes a frame and a condition", head)
		}
		c, err := buildSeries(rest[1])
		if err != nil {
			return nil, err
		}
		if head == "except" {
			isNull, err := querymodel.NewFunction(querymodel.FnIsNull, c)
			if err != nil {
				return nil, err
			}
			not, err := querymodel.NewFunction(querymodel.FnNot, c)
			if err != nil {
				return nil, err
			}
			if c, err = querymodel.NewFunction(querymodel.FnOr, not, isNull); err != nil {
				return nil, err
			}
		}
		return querymodel.NewFilter(f, c)
	case "sort":
		keys := rest[1:]
		for i := len(keys) - 1; i >= 0; i-- {
			k, err := buildSeries(keys[i])
			if err != nil {
				return nil, err
			}
			if f, err = querymodel.NewSort(f, k); err != nil {
				return nil, err
			}
		}
		return f, nil
	case "first":
		return querymodel.NewPickOneRowPerPatient(f, querymodel.First)
	case "last":
		return querymodel.NewPickOneRowPerPatient(f, querymodel.Last)
	case "col":
		if len(rest) != 2 {
			return nil, fmt.Errorf("col takes a frame and a column name")
		}
		return querymodel.NewSelectColumn(f, rest[1].atom)
	}
	return nil, fmt.Errorf("unknown frame operator %q", head)
}

func buildCase(rest []sexpr) (querymodel.Node, error) {
	var arms []querymodel.CaseArm
	var def querymodel.Series
	for _, r := range rest {
		if !r.isLst || len(r.list) == 0 {
			return nil, fmt.Errorf("case items are (when C V) or (else V)")
		}
		valueOf := func(x sexpr) (querymodel.Series, error) {
			if !x.isLst && x.atom == "None" {
				return nil, nil
			}
			return buildSeries(x)
		}
		switch r.list[0].atom {
		case "when":
			if len(r.list) != 3 {
				return nil, fmt.Errorf("when takes a condition and a value")
			}
			c, err := buildSeries(r.list[1])
			if err != nil {
				return nil, err
			}
			v, err := valueOf(r.list[2])
			if err != nil {
				return nil, err
			}
			arms = append(arms, querymodel.CaseArm{When: c, Then: v})
		case "else":
			if len(r.list) != 2 {
				return nil, fmt.Errorf("else takes a value")
			}
			v, err := valueOf(r.list[1])
			if err != nil {
				return nil, err
			}
			def = v
		default:
			return nil, fmt.Errorf("case items are (when C V) or (else V)")
		}
	}
	return querymodel.NewCase(arms, def)
}

func buildMap(rest []sexpr) (querymodel.Node, error) {
	if len(rest) < 2 {
		return nil, fmt.Errorf("map takes a source, a default and pairs")
	}
	src, err := buildSeries(rest[0])
	if err != nil {
		return nil, err
	}
	lit := func(x sexpr) (any, error) {
		v, ok, err := literal(x.atom)
		if err == nil && (!ok || x.isLst || x.isSet) {
			err = fmt.Errorf("map values must be literals")
		}
		return v, err
	}
	def, err := lit(rest[1])
	if err != nil {
		return nil, err
	}
	var entries []querymodel.MapEntry
	for _, pair := range rest[2:] {
		if len(pair.list) != 2 {
			return nil, fmt.Errorf("map pairs are (FROM TO)")
		}
		from, err := lit(pair.list[0])
		if err != nil {
			return nil, err
		}
		to, err := lit(pair.list[1])
		if err != nil {
			return nil, err
		}
		entries = append(entries, querymodel.MapEntry{From: from, To: to})
	}
	return querymodel.NewFixedValueMap(src, entries, def)
}
