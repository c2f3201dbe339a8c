package querymodel

import (
	"fmt"
	"slices"
)

// RewriteSorts makes every pick deterministic (reference §7.4 step 1). Each
// PickOneRowPerPatient becomes a PickOneRowPerPatientWithColumns listing the
// columns selected from it anywhere under root, and for every selected
// column that is not already a direct sort key an ascending Sort is added
// beneath the user's sorts, in alphabetical order of column name (the
// alphabetically first column has the highest priority among them).
// Boolean tie-break columns are sorted through Function.CastToInt.
func RewriteSorts(root Node) (Node, error) {
	selected := make(map[*PickOneRowPerPatient][]string)
	Walk(root, func(n Node) bool {
		if sc, ok := n.(*SelectColumn); ok {
			if p, ok := sc.Source.(*PickOneRowPerPatient); ok {
				selected[p] = append(selected[p], sc.Name)
			}
		}
		return true
	})
	return Rewrite(root, func(orig, rebuilt Node) (Node, error) {
		p, ok := orig.(*PickOneRowPerPatient)
		if !ok {
			return rebuilt, nil
		}
		cols := slices.Clone(selected[p])
		slices.Sort(cols)
		cols = slices.Compact(cols)
		src, err := addTieBreaks(rebuilt.(*PickOneRowPerPatient).Source, cols)
		if err != nil {
			return nil, err
		}
		return NewPickOneRowPerPatientWithColumns(src, p.Position, cols)
	})
}

// addTieBreaks inserts sorts on cols (minus direct sort keys) beneath the
// lowest Sort of the Filter/Sort chain src.
func addTieBreaks(src Frame, cols []string) (Frame, error) {
	var chain []Frame // top to bottom, down to the innermost Sort
	direct := make(map[string]bool)
	innermost := -1
	for f := src; ; {
		switch x := f.(type) {
		case *Sort:
			if sc, ok := x.SortBy.(*SelectColumn); ok {
				direct[sc.Name] = true
			}
			chain = append(chain, f)
			innermost = len(chain) - 1
			f = x.Source
			continue
		case *Filter:
			chain = append(chain, f)
			f = x.Source
			continue
		}
		break
	}
	if innermost < 0 {
		return nil, &FrameError{Node: "PickOneRowPerPatient", Msg: "source must be sorted"}
	}
	chain = chain[:innermost+1]
	base := chain[innermost].(*Sort).Source
	var extra []string
	for _, c := range cols {
		if !direct[c] {
			extra = append(extra, c)
		}
	}
	if len(extra) == 0 {
		return src, nil
	}
	newBase := base
	for i := len(extra) - 1; i >= 0; i-- {
		col, err := NewSelectColumn(base, extra[i])
		if err != nil {
			return nil, err
		}
		var key Series = col
		if col.Type() == Bool {
			if key, err = NewFunction(FnCastToInt, col); err != nil {
				return nil, err
			}
		}
		if newBase, err = NewSort(newBase, key); err != nil {
			return nil, err
		}
	}
	// Rebuild the chain bottom-up on the new base.
	out := newBase
	for i := innermost; i >= 0; i-- {
		var err error
		switch x := chain[i].(type) {
		case *Sort:
			out, err = NewSort(out, x.SortBy)
		case *Filter:
			out, err = NewFilter(out, x.Condition)
		}
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// SpecialiseCases rewrites case expressions into the forms SQL engines
// compile best (reference §7.4 step 2):
//
//   - a case whose conditions all compare one series with a literal
//     (x == v) and whose values and default are literals or None becomes a
//     FixedValueMap (the first arm for a repeated literal wins);
//   - case(when(a.is_not_null()).then(a), when(b.is_not_null()).then(b),
//     otherwise=c) becomes Coalesce(a, b, c), tolerating redundant
//     "earlier.is_null() &" guards; a single-source coalesce collapses to
//     its source.
func SpecialiseCases(root Node) (Node, error) {
	return Rewrite(root, func(_, rebuilt Node) (Node, error) {
		c, ok := rebuilt.(*Case)
		if !ok {
			return rebuilt, nil
		}
		if n, ok, err := asFixedValueMap(c); ok || err != nil {
			return n, err
		}
		if n, ok, err := asCoalesce(c); ok || err != nil {
			return n, err
		}
		return c, nil
	})
}

func asFixedValueMap(c *Case) (Node, bool, error) {
	var src Series
	var entries []MapEntry
	for _, arm := range c.Cases {
		eq, ok := arm.When.(*Function)
		if !ok || eq.Op != FnEQ {
			return nil, false, nil
		}
		lit, ok := eq.Args[1].(*Value)
		if !ok {
			return nil, false, nil
		}
		if _, isLit := eq.Args[0].(*Value); isLit {
			return nil, false, nil
		}
		if src == nil {
			src = eq.Args[0]
		} else if src != eq.Args[0] {
			return nil, false, nil
		}
		var to any
		if arm.Then != nil {
			v, ok := arm.Then.(*Value)
			if !ok {
				return nil, false, nil
			}
			to = v.V
		}
		entries = append(entries, MapEntry{From: lit.V, To: to})
	}
	var def any
	if c.Default != nil {
		v, ok := c.Default.(*Value)
		if !ok {
			return nil, false, nil
		}
		def = v.V
	}
	n, err := NewFixedValueMap(src, entries, def)
	return n, err == nil, err
}

func asCoalesce(c *Case) (Node, bool, error) {
	var sources []Series
	for _, arm := range c.Cases {
		if arm.Then == nil {
			return nil, false, nil
		}
		var notNull int
		for _, term := range conjuncts(arm.When) {
			if isNotNullOf(term, arm.Then) {
				notNull++
				continue
			}
			if f, ok := term.(*Function); ok && f.Op == FnIsNull && slices.Contains(sources, f.Args[0]) {
				continue
			}
			return nil, false, nil
		}
		if notNull != 1 {
			return nil, false, nil
		}
		sources = append(sources, arm.Then)
	}
	if c.Default != nil {
		sources = append(sources, c.Default)
	}
	if len(sources) == 1 {
		return sources[0], true, nil
	}
	n, err := NewCoalesce(sources...)
	return n, err == nil, err
}

func conjuncts(s Series) []Series {
	if f, ok := s.(*Function); ok && f.Op == FnAnd {
		return append(conjuncts(f.Args[0]), conjuncts(f.Args[1])...)
	}
	return []Series{s}
}

func isNotNullOf(s, v Series) bool {
	not, ok := s.(*Function)
	if !ok || not.Op != FnNot {
		return false
	}
	isNull, ok := not.Args[0].(*Function)
	return ok && isNull.Op == FnIsNull && isNull.Args[0] == v
}

// ParameterError reports a parameter with no value or a value of the wrong
// type.
type ParameterError struct {
	Name string
	Msg  string
}

func (e *ParameterError) Error() string { return fmt.Sprintf("parameter %q: %s", e.Name, e.Msg) }

// SubstituteParameters replaces every Parameter under root with the literal
// values[name] (see NewValue), which must have the parameter's type (or be
// nil).
func SubstituteParameters(root Node, values map[string]any) (Node, error) {
	return Rewrite(root, func(_, rebuilt Node) (Node, error) {
		p, ok := rebuilt.(*Parameter)
		if !ok {
			return rebuilt, nil
		}
		raw, ok := values[p.Name]
		if !ok {
			return nil, &ParameterError{Name: p.Name, Msg: "no value supplied"}
		}
		v, err := NewValue(raw)
		if err != nil {
			return nil, err
		}
		if !matches(p.Type(), v.Type()) {
			return nil, &ParameterError{Name: p.Name, Msg: fmt.Sprintf("expected a value of type %s, got %s", p.Type(), v.Type())}
		}
		return v, nil
	})
}
