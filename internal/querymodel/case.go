package querymodel

import "fmt"

// CaseArm is one when(condition).then(value) of a Case. Then may be nil
// (Python None: the result is NULL).
type CaseArm struct {
	When Series
	Then Series
}

// Case evaluates to the Then of the first arm whose condition is True, or
// Default (nil: NULL) when none is.
type Case struct {
	header
	Cases   []CaseArm
	Default Series
	typ     Type
}

// Type implements Series.
func (c *Case) Type() Type { return c.typ }

// NewCase builds a case expression. Conditions must be bool series and
// distinct; every non-nil value, including def, must share one type.
func NewCase(cases []CaseArm, def Series) (*Case, error) {
	const node = "Case"
	if len(cases) == 0 {
		return nil, &CaseError{Msg: "A case expression must have at least one case"}
	}
	var bound Type
	var inputs []Series
	seen := make(map[Series]bool)
	k := newKey(node)
	for _, arm := range cases {
		if arm.When == nil {
			return nil, &ArgumentError{Node: node, Msg: "condition must not be nil"}
		}
		if seen[arm.When] {
			return nil, &CaseError{Msg: "A case expression must not repeat a condition"}
		}
		seen[arm.When] = true
		if err := checkParam(node, "cases", fixed(Bool), arm.When.Type(), &bound); err != nil {
			return nil, err
		}
		inputs = append(inputs, arm.When)
		k.node(arm.When).node(arm.Then)
	}
	bound = Type{}
	for _, v := range append(thens(cases), def) {
		if v == nil {
			continue
		}
		if err := checkValue(node, v.Type(), &bound); err != nil {
			return nil, err
		}
		inputs = append(inputs, v)
	}
	if !bound.IsValid() {
		bound = Null
	}
	k.node(def)
	dom, err := commonDomain(node, inputs)
	if err != nil {
		return nil, err
	}
	n := &Case{header: header{dim: dimOf(dom), dom: dom}, Cases: append([]CaseArm(nil), cases...), Default: def, typ: bound}
	return intern(k.String(), n), nil
}

func thens(cases []CaseArm) []Series {
	out := make([]Series, len(cases))
	for i, c := range cases {
		out[i] = c.Then
	}
	return out
}

func checkValue(node string, t Type, bound *Type) error {
	if t.IsSet() {
		return &TypeError{Node: node, Field: "value", Expected: "Series[Any]", Got: t, AllowNone: true}
	}
	if bound.IsValid() {
		if !matches(*bound, t) {
			return &TypeError{Node: node, Field: "value", Expected: bound.SeriesName(), Got: t, AllowNone: true}
		}
	} else if t.Kind() != KindNull {
		*bound = t
	}
	return nil
}

func dimOf(dom *Domain) Dim {
	if dom != nil {
		return ManyRowsPerPatient
	}
	return OneRowPerPatient
}

// MapEntry is one From -> To literal pair of a FixedValueMap (To may be
// nil for NULL).
type MapEntry struct {
	From, To any
}

// FixedValueMap maps the values of Source through a literal table (SQL
// "CASE x WHEN ..."), giving Default for NULL and unlisted values. It is
// produced by SpecialiseCases.
type FixedValueMap struct {
	header
	Source  Series
	Mapping []MapEntry // unique From values, first occurrence kept
	Default any
	typ     Type
}

// Type implements Series.
func (f *FixedValueMap) Type() Type { return f.typ }

// NewFixedValueMap builds a literal mapping of src. From values must have
// src's type; To values and def share one type. A repeated From keeps its
// first entry.
func NewFixedValueMap(src Series, mapping []MapEntry, def any) (*FixedValueMap, error) {
	const node = "FixedValueMap"
	if src == nil {
		return nil, &ArgumentError{Node: node, Msg: "source must not be nil"}
	}
	var bound Type
	var entries []MapEntry
	seen := make(map[string]bool)
	k := newKey(node).node(src)
	for _, e := range mapping {
		from, ft, err := normaliseLiteral(e.From)
		if err != nil {
			return nil, err
		}
		if !matches(src.Type(), ft) {
			return nil, &TypeError{Node: node, Field: "mapping", Expected: src.Type().SeriesName(), Got: ft}
		}
		to, tt, err := normaliseLiteral(e.To)
		if err != nil {
			return nil, err
		}
		if err := checkValue(node, tt, &bound); err != nil {
			return nil, err
		}
		fk := literalKey(from)
		if seen[fk] {
			continue
		}
		seen[fk] = true
		entries = append(entries, MapEntry{from, to})
		k.raw(fk).raw(literalKey(to))
	}
	d, dt, err := normaliseLiteral(def)
	if err != nil {
		return nil, err
	}
	if err := checkValue(node, dt, &bound); err != nil {
		return nil, err
	}
	if !bound.IsValid() {
		bound = Null
	}
	k.raw(literalKey(d))
	n := &FixedValueMap{header: header{dim: src.Dim(), dom: DomainOf(src)}, Source: src, Mapping: entries, Default: d, typ: bound}
	return intern(k.String(), n), nil
}

// Coalesce is the first non-NULL of Sources (SQL COALESCE). It is produced
// by SpecialiseCases.
type Coalesce struct {
	header
	Sources []Series
	typ     Type
}

// Type implements Series.
func (c *Coalesce) Type() Type { return c.typ }

// NewCoalesce returns the first non-NULL value of sources, which must
// share one type and at most one many-rows domain.
func NewCoalesce(sources ...Series) (*Coalesce, error) {
	const node = "Coalesce"
	if len(sources) == 0 {
		return nil, &ArgumentError{Node: node, Msg: "at least one source is required"}
	}
	var bound Type
	k := newKey(node)
	for i, s := range sources {
		if s == nil {
			return nil, &ArgumentError{Node: node, Msg: fmt.Sprintf("source %d is nil", i)}
		}
		if err := checkValue(node, s.Type(), &bound); err != nil {
			return nil, err
		}
		k.node(s)
	}
	if !bound.IsValid() {
		bound = Null
	}
	dom, err := commonDomain(node, sources)
	if err != nil {
		return nil, err
	}
	n := &Coalesce{header: header{dim: dimOf(dom), dom: dom}, Sources: append([]Series(nil), sources...), typ: bound}
	return intern(k.String(), n), nil
}
