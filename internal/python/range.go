package python

import "math"

// Range is an immutable arithmetic sequence: range(start, stop, step).
type Range struct{ Start, Stop, Step int64 }

func (r *Range) Type() *Class { return RangeClass }

func (r *Range) length() int64 {
	if r.Step > 0 {
		if r.Start >= r.Stop {
			return 0
		}
		return (r.Stop-r.Start-1)/r.Step + 1
	}
	if r.Start <= r.Stop {
		return 0
	}
	return (r.Start-r.Stop-1)/(-r.Step) + 1
}

func (r *Range) at(i int64) int64 { return r.Start + i*r.Step }

type rangeIterator struct {
	r    *Range
	i, n int64
}

func (it *rangeIterator) Next(t *Thread) (Value, bool, error) {
	if err := t.Step(); err != nil {
		return nil, false, err
	}
	if it.i < it.n {
		v := it.r.at(it.i)
		it.i++
		return Int(v), true, nil
	}
	return nil, false, nil
}

func (r *Range) getItem(t *Thread, key Value) (Value, error) {
	n := r.length()
	if sl, ok := key.(*SliceValue); ok {
		start, stop, step, err := sl.indices(t, int(n))
		if err != nil {
			return nil, err
		}
		return &Range{Start: r.at(int64(start)), Stop: r.at(int64(stop)), Step: r.Step * int64(step)}, nil
	}
	i, ok, err := indexValue(t, key)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, Errorf(TypeError, "range indices must be integers or slices, not %s", typeNameOf(key))
	}
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return nil, Errorf(IndexError, "range object index out of range")
	}
	return Int(r.at(i)), nil
}

func (r *Range) contains(t *Thread, x Value) (bool, error) {
	var v int64
	switch y := x.(type) {
	case Int, Bool:
		v, _ = asInt(y)
	case Float:
		if float64(y) != math.Trunc(float64(y)) {
			return false, nil
		}
		v = int64(y)
	default:
		return seqContains(t, rangeSlice(r), x)
	}
	if r.Step > 0 {
		if v < r.Start || v >= r.Stop {
			return false, nil
		}
	} else if v > r.Start || v <= r.Stop {
		return false, nil
	}
	return (v-r.Start)%r.Step == 0, nil
}

func rangeSlice(r *Range) []Value {
	n := r.length()
	if n > maxContainerLen {
		n = maxContainerLen
	}
	out := make([]Value, n)
	for i := int64(0); i < n; i++ {
		out[i] = Int(r.at(i))
	}
	return out
}

func rangeEqual(a, b *Range) bool {
	na, nb := a.length(), b.length()
	if na != nb {
		return false
	}
	if na == 0 {
		return true
	}
	if a.Start != b.Start {
		return false
	}
	return na == 1 || a.Step == b.Step
}

func rangeNew(t *Thread, cls *Class, args Tuple, kwargs []Kwarg) (Value, error) {
	if len(kwargs) > 0 {
		return nil, Errorf(TypeError, "range() takes no keyword arguments")
	}
	var vals [3]int64
	for i, a := range args {
		if i >= 3 {
			break
		}
		v, ok, err := indexValue(t, a)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", typeNameOf(a))
		}
		vals[i] = v
	}
	switch len(args) {
	case 0:
		return nil, Errorf(TypeError, "range expected at least 1 argument, got 0")
	case 1:
		return &Range{Start: 0, Stop: vals[0], Step: 1}, nil
	case 2:
		return &Range{Start: vals[0], Stop: vals[1], Step: 1}, nil
	case 3:
		if vals[2] == 0 {
			return nil, Errorf(ValueError, "range() arg 3 must not be zero")
		}
		return &Range{Start: vals[0], Stop: vals[1], Step: vals[2]}, nil
	}
	return nil, Errorf(TypeError, "range expected at most 3 arguments, got %d", len(args))
}

func init() {
	RangeClass.New = rangeNew
	addMethod(RangeClass, "index", func(t *Thread, r *Range, args Tuple, kwargs []Kwarg) (Value, error) {
		var v Value
		if err := UnpackArgs("index", args, kwargs, "value", &v); err != nil {
			return nil, err
		}
		ok, err := r.contains(t, v)
		if err != nil {
			return nil, err
		}
		if !ok {
			s, _ := Repr(t, v)
			return nil, Errorf(ValueError, "%s is not in range", s)
		}
		i, _ := asInt(v)
		return Int((i - r.Start) / r.Step), nil
	})
	addMethod(RangeClass, "count", func(t *Thread, r *Range, args Tuple, kwargs []Kwarg) (Value, error) {
		var v Value
		if err := UnpackArgs("count", args, kwargs, "value", &v); err != nil {
			return nil, err
		}
		ok, err := r.contains(t, v)
		if ok {
			return Int(1), err
		}
		return Int(0), err
	})
	SliceClass.New = func(t *Thread, cls *Class, args Tuple, kwargs []Kwarg) (Value, error) {
		if len(kwargs) > 0 {
			return nil, Errorf(TypeError, "slice() takes no keyword arguments")
		}
		switch len(args) {
		case 1:
			return &SliceValue{Start: None, Stop: args[0], Step: None}, nil
		case 2:
			return &SliceValue{Start: args[0], Stop: args[1], Step: None}, nil
		case 3:
			return &SliceValue{Start: args[0], Stop: args[1], Step: args[2]}, nil
		case 0:
			return nil, Errorf(TypeError, "slice expected at least 1 argument, got 0")
		}
		return nil, Errorf(TypeError, "slice expected at most 3 arguments, got %d", len(args))
	}
}

// Attr gives slice objects their start, stop and step attributes.
func (s *SliceValue) Attr(t *Thread, name string) (Value, error) {
	var v Value
	switch name {
	case "start":
		v = s.Start
	case "stop":
		v = s.Stop
	case "step":
		v = s.Step
	default:
		return nil, nil
	}
	if v == nil {
		v = None
	}
	return v, nil
}

// AttrNames lists the slice attributes.
func (s *SliceValue) AttrNames() []string { return []string{"start", "step", "stop"} }

// Attr gives ranges their start, stop and step attributes.
func (r *Range) Attr(t *Thread, name string) (Value, error) {
	switch name {
	case "start":
		return Int(r.Start), nil
	case "stop":
		return Int(r.Stop), nil
	case "step":
		return Int(r.Step), nil
	}
	return nil, nil
}

// AttrNames lists the range attributes.
func (r *Range) AttrNames() []string { return []string{"start", "step", "stop"} }
