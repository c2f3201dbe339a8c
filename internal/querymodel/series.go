package querymodel

import (
	"fmt"
	"strconv"
)

// Value is a literal, broadcast to every patient and row. V is one of nil,
// bool, int64, float64, string, CalendarDate, codes.Code or Frozenset.
type Value struct {
	header
	V   any
	typ Type
}

// Parameter is a placeholder substituted before execution (the measures
// INTERVAL dates).
type Parameter struct {
	header
	Name string
	typ  Type
}

// SelectColumn reads column Name of Source.
type SelectColumn struct {
	header
	Source Frame
	Name   string
	typ    Type
}

// Type implementations.
func (v *Value) Type() Type        { return v.typ }
func (p *Parameter) Type() Type    { return p.typ }
func (s *SelectColumn) Type() Type { return s.typ }

// NewValue returns the literal v. Go ints of any size become int64; the
// other accepted types are listed on Value. Values are type-strict: 1, 1.0
// and true are three different nodes.
func NewValue(v any) (*Value, error) {
	nv, t, err := normaliseLiteral(v)
	if err != nil {
		return nil, err
	}
	n := &Value{header: header{dim: OneRowPerPatient}, V: nv, typ: t}
	return intern(newKey("Value").raw(literalKey(nv)).String(), n), nil
}

// MustValue is NewValue for literals known to be valid; it panics on error.
func MustValue(v any) *Value {
	n, err := NewValue(v)
	if err != nil {
		panic(err)
	}
	return n
}

// NewParameter returns the placeholder name of type t.
func NewParameter(name string, t Type) (*Parameter, error) {
	if name == "" || !t.IsValid() {
		return nil, &ArgumentError{Node: "Parameter", Msg: "name and type are required"}
	}
	n := &Parameter{header: header{dim: OneRowPerPatient}, Name: name, typ: t}
	return intern(newKey("Parameter").str(name).raw(t.String()).String(), n), nil
}

// NewSelectColumn reads column name of src.
func NewSelectColumn(src Frame, name string) (*SelectColumn, error) {
	if src == nil {
		return nil, &ArgumentError{Node: "SelectColumn", Msg: "source must not be nil"}
	}
	col, ok := src.Schema().Column(name)
	if !ok {
		return nil, &FrameError{Node: "SelectColumn", Msg: fmt.Sprintf("no column %q", name)}
	}
	n := &SelectColumn{header: header{dim: src.Dim(), dom: DomainOf(src)}, Source: src, Name: name, typ: col.Type}
	return intern(newKey("SelectColumn").node(src).str(name).String(), n), nil
}

// AggOp is an AggregateByPatient operation.
type AggOp uint8

// The aggregations.
const (
	AggExists AggOp = iota + 1
	AggCount
	AggCountDistinct
	AggCountEpisodes
	AggMin
	AggMax
	AggSum
	AggMean
	AggCombineAsSet
)

var aggNames = [...]string{
	AggExists: "Exists", AggCount: "Count", AggCountDistinct: "CountDistinct",
	AggCountEpisodes: "CountEpisodes", AggMin: "Min", AggMax: "Max", AggSum: "Sum",
	AggMean: "Mean", AggCombineAsSet: "CombineAsSet",
}

// String returns the qualified name, "AggregateByPatient.Sum".
func (op AggOp) String() string {
	if op == 0 || int(op) >= len(aggNames) {
		return "AggregateByPatient.?"
	}
	return "AggregateByPatient." + aggNames[op]
}

// Aggregate reduces a frame (Exists, Count) or an event series (the rest)
// to one value per patient.
type Aggregate struct {
	header
	Op     AggOp
	Source Node // a Frame for Exists and Count, otherwise a Series
	// MaximumGapDays is the CountEpisodes gap; 0 for other operations.
	MaximumGapDays int64
	typ            Type
}

// Type implements Series.
func (a *Aggregate) Type() Type { return a.typ }

// NewAggregate returns the aggregation op of src. For AggCountEpisodes use
// NewCountEpisodes.
func NewAggregate(op AggOp, src Node) (*Aggregate, error) {
	if op == AggCountEpisodes {
		s, _ := src.(Series)
		return NewCountEpisodes(s, 0)
	}
	return newAggregate(op, src, 0)
}

// NewCountEpisodes counts the episodes of the date series src: runs of
// dates separated by at most maximumGapDays days.
func NewCountEpisodes(src Series, maximumGapDays int64) (*Aggregate, error) {
	return newAggregate(AggCountEpisodes, src, maximumGapDays)
}

func newAggregate(op AggOp, src Node, gap int64) (*Aggregate, error) {
	name := op.String()
	if op == 0 || int(op) >= len(aggNames) {
		return nil, &ArgumentError{Node: name, Msg: "unknown aggregation"}
	}
	if src == nil {
		return nil, &ArgumentError{Node: name, Msg: "source must not be nil"}
	}
	var typ Type
	if op == AggExists || op == AggCount {
		if _, ok := src.(Frame); !ok {
			return nil, &ArgumentError{Node: name, Msg: "source must be a frame"}
		}
		typ = Bool
		if op == AggCount {
			typ = Int
		}
	} else {
		s, ok := src.(Series)
		if !ok {
			return nil, &ArgumentError{Node: name, Msg: "source must be a series"}
		}
		if DomainOf(s) == nil {
			return nil, &PatientDomainError{Node: name}
		}
		t := s.Type()
		bad := func(expected string) error {
			return &TypeError{Node: name, Field: "source", Expected: expected, Got: t}
		}
		switch op {
		case AggCountDistinct:
			if t.IsSet() {
				return nil, bad("Series[Any]")
			}
			typ = Int
		case AggCountEpisodes:
			if !matches(Date, t) {
				return nil, bad(Date.SeriesName())
			}
			typ = Int
		case AggMin, AggMax:
			if !t.IsComparable() && t != Null {
				return nil, bad("Series[Comparable]")
			}
			typ = t
		case AggSum:
			if !t.IsNumeric() && t != Null {
				return nil, bad("Series[Numeric]")
			}
			typ = t
		case AggMean:
			if !t.IsNumeric() && t != Null {
				return nil, bad("Series[Numeric]")
			}
			typ = Float
		case AggCombineAsSet:
			if t.IsSet() {
				return nil, bad("Series[Any]")
			}
			typ = SetOf(t)
		}
	}
	n := &Aggregate{header: header{dim: OneRowPerPatient}, Op: op, Source: src, MaximumGapDays: gap, typ: typ}
	return intern(newKey(name).node(src).raw(strconv.FormatInt(gap, 10)).String(), n), nil
}
