package ehrql

import (
	"github.com/opensafely-go/opensafely/internal/querymodel"
)

// trueWhenEmpty reports whether the population s is certainly True for a
// patient who has no rows in any table (§3.9). Expressions this evaluator
// cannot decide are given the benefit of the doubt.
func trueWhenEmpty(s querymodel.Series) bool {
	v, ok := evalEmpty(s)
	b, isBool := v.(bool)
	return ok && isBool && b
}

// evalEmpty evaluates n for a patient with no rows anywhere. ok is false
// when the value cannot be determined without an engine.
func evalEmpty(n querymodel.Series) (v any, ok bool) {
	switch x := n.(type) {
	case *querymodel.Value:
		return x.V, true
	case *querymodel.SelectColumn:
		return nil, true
	case *querymodel.Aggregate:
		switch x.Op {
		case querymodel.AggExists:
			return false, true
		case querymodel.AggCount, querymodel.AggCountDistinct, querymodel.AggCountEpisodes:
			return int64(0), true
		}
		return nil, true
	case *querymodel.Case:
		for _, arm := range x.Cases {
			c, ok := evalEmpty(arm.When)
			if !ok {
				return nil, false
			}
			if c == true {
				if arm.Then == nil {
					return nil, true
				}
				return evalEmpty(arm.Then)
			}
		}
		if x.Default == nil {
			return nil, true
		}
		return evalEmpty(x.Default)
	case *querymodel.Function:
		return evalEmptyFn(x)
	}
	return nil, false
}

func evalEmptyFn(f *querymodel.Function) (any, bool) {
	args := make([]any, len(f.Args))
	known := make([]bool, len(f.Args))
	for i, a := range f.Args {
		args[i], known[i] = evalEmpty(a)
	}
	switch f.Op {
	case querymodel.FnIsNull:
		return args[0] == nil, known[0]
	case querymodel.FnNot:
		if !known[0] {
			return nil, false
		}
		if b, ok := args[0].(bool); ok {
			return !b, true
		}
		return nil, true
	case querymodel.FnAnd, querymodel.FnOr:
		short := f.Op == querymodel.FnOr // the value that decides the result
		for i := range args {
			if known[i] && args[i] == short {
				return short, true
			}
		}
		for i := range args {
			if !known[i] {
				return nil, false
			}
		}
		if args[0] == nil || args[1] == nil {
			return nil, true
		}
		return !short, true
	case querymodel.FnIn:
		if fs, ok := args[1].(querymodel.Frozenset); ok && known[1] && fs.Len() == 0 {
			return false, true
		}
		if known[0] && args[0] == nil {
			return nil, true
		}
		if known[0] && known[1] {
			if fs, ok := args[1].(querymodel.Frozenset); ok {
				for _, it := range fs.Items() {
					if it == args[0] {
						return true, true
					}
				}
				return false, true
			}
		}
		return nil, false
	case querymodel.FnMinimumOf, querymodel.FnMaximumOf:
		for i := range args {
			if !known[i] || args[i] != nil {
				return nil, false
			}
		}
		return nil, true
	case querymodel.FnEQ, querymodel.FnNE:
		if (known[0] && args[0] == nil) || (known[1] && args[1] == nil) {
			return nil, true
		}
		if known[0] && known[1] {
			eq := args[0] == args[1]
			return eq == (f.Op == querymodel.FnEQ), true
		}
		return nil, false
	}
	// Every other function is NULL when an argument is NULL.
	for i := range args {
		if known[i] && args[i] == nil {
			return nil, true
		}
	}
	return nil, false
}
