package ehrql

import (
	"fmt"

	"github.com/opensafely-go/opensafely/internal/python"
	"github.com/opensafely-go/opensafely/internal/querymodel"
	"github.com/opensafely-go/opensafely/internal/tables"
)

// Table helper methods and properties (§5). tables.Helpers says which
// helpers a table has; this file implements each by name. A helper reads
// the columns of the frame it is called on, so helpers keep working on
// filtered, sorted and picked frames of their table.

var helperImpls = map[string]*frameMethod{}

func (f *Frame) helper(name string) (*frameMethod, bool) {
	if f.table == nil {
		return nil, false
	}
	for _, h := range tables.Helpers(f.table) {
		if h.Name == name {
			m, ok := helperImpls[name]
			return m, ok
		}
	}
	return nil, false
}

func defHelper(name string, fn func(t *python.Thread, f *Frame, args python.Tuple, kwargs []python.Kwarg) (python.Value, error)) {
	helperImpls[name] = newFrameMethod(name, func(*Frame) bool { return true }, false, fn)
}

func defHelperProp(name string, fn func(t *python.Thread, f *Frame) (python.Value, error)) {
	helperImpls[name] = newFrameMethod(name, func(*Frame) bool { return true }, true,
		func(t *python.Thread, f *Frame, _ python.Tuple, _ []python.Kwarg) (python.Value, error) {
			return fn(t, f)
		})
}

// call invokes a Python operator or method on ehrQL values, for helpers
// written in terms of the public API.
func call(t *python.Thread, recv python.Value, name string, args ...python.Value) (python.Value, error) {
	m, err := python.GetAttr(t, recv, name)
	if err != nil {
		return nil, err
	}
	return t.Call(m, python.Tuple(args), nil)
}

func and2(t *python.Thread, a, b python.Value) (python.Value, error) {
	return python.Binary(t, tokAmp, a, b)
}

func or2(t *python.Thread, a, b python.Value) (python.Value, error) {
	return python.Binary(t, tokPipe, a, b)
}

// spanning: rows with start_date <= start and (end_date >= end or NULL).
func (f *Frame) spanning(t *python.Thread, start, end python.Value) (*Frame, error) {
	startOK, err := call(t, f.column("start_date"), "is_on_or_before", start)
	if err != nil {
		return nil, err
	}
	endOK, err := call(t, f.column("end_date"), "is_on_or_after", end)
	if err != nil {
		return nil, err
	}
	open, err := call(t, f.column("end_date"), "is_null")
	if err != nil {
		return nil, err
	}
	endAny, err := or2(t, endOK, open)
	if err != nil {
		return nil, err
	}
	cond, err := and2(t, startOK, endAny)
	if err != nil {
		return nil, err
	}
	return f.where(t, cond)
}

func unpackDate(name string, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
	return oneArg(name, "date", args, kwargs)
}

func unpackSpan(name string, args python.Tuple, kwargs []python.Kwarg) (python.Value, python.Value, error) {
	var start, end python.Value
	err := python.UnpackArgs(name, args, kwargs, "start_date", &start, "end_date", &end)
	return start, end, err
}

func init() {
	defHelper("age_on", func(t *python.Thread, f *Frame, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		d, err := unpackDate("age_on", args, kwargs)
		if err != nil {
			return nil, err
		}
		dob := f.column("date_of_birth")
		rhs, err := dob.cast(t, d)
		if err != nil {
			return nil, err
		}
		return wrapFn(querymodel.FnDateDifferenceInYears, rhs, dob.node)
	})
	defHelper("is_alive_on", func(t *python.Thread, f *Frame, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		d, err := unpackDate("is_alive_on", args, kwargs)
		if err != nil {
			return nil, err
		}
		dod := f.column("date_of_death")
		after, err := call(t, dod, "is_after", d)
		if err != nil {
			return nil, err
		}
		null, err := call(t, dod, "is_null")
		if err != nil {
			return nil, err
		}
		return or2(t, after, null)
	})
	defHelper("is_dead_on", func(t *python.Thread, f *Frame, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		d, err := unpackDate("is_dead_on", args, kwargs)
		if err != nil {
			return nil, err
		}
		dod := f.column("date_of_death")
		known, err := call(t, dod, "is_not_null")
		if err != nil {
			return nil, err
		}
		before, err := call(t, dod, "is_before", d)
		if err != nil {
			return nil, err
		}
		return and2(t, known, before)
	})
	defHelper("spanning", func(t *python.Thread, f *Frame, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		start, end, err := unpackSpan("spanning", args, kwargs)
		if err != nil {
			return nil, err
		}
		return f.spanning(t, start, end)
	})
	defHelper("spanning_with_systmone", func(t *python.Thread, f *Frame, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		start, end, err := unpackSpan("spanning_with_systmone", args, kwargs)
		if err != nil {
			return nil, err
		}
		sp, err := f.spanning(t, start, end)
		if err != nil {
			return nil, err
		}
		live, err := call(t, sp.column("practice_systmone_go_live_date"), "is_on_or_before", start)
		if err != nil {
			return nil, err
		}
		return sp.where(t, live)
	})
	defHelper("for_patient_on", func(t *python.Thread, f *Frame, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		d, err := unpackDate("for_patient_on", args, kwargs)
		if err != nil {
			return nil, err
		}
		if f.hasColumn("address_id") {
			return f.addressFor(t, d)
		}
		sp, err := f.spanning(t, d, d)
		if err != nil {
			return nil, err
		}
		sorted, err := sp.sortBy(t, python.Tuple{sp.column("start_date"), sp.column("end_date"), sp.column("practice_pseudo_id")})
		if err != nil {
			return nil, err
		}
		return call(t, sorted, "last_for_patient")
	})
	defHelper("exists_for_patient_on", func(t *python.Thread, f *Frame, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		d, err := unpackDate("exists_for_patient_on", args, kwargs)
		if err != nil {
			return nil, err
		}
		sp, err := f.spanning(t, d, d)
		if err != nil {
			return nil, err
		}
		return call(t, sp, "exists_for_patient")
	})
	defHelper("cause_of_death_is_in", func(t *python.Thread, f *Frame, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		cl, err := oneArg("cause_of_death_is_in", "codelist", args, kwargs)
		if err != nil {
			return nil, err
		}
		cols := []string{"underlying_cause_of_death"}
		for i := 1; i <= 15; i++ {
			cols = append(cols, fmt.Sprintf("cause_of_death_%02d", i))
		}
		var result python.Value
		for _, c := range cols {
			in, err := call(t, f.column(c), "is_in", cl)
			if err != nil {
				return nil, err
			}
			if result == nil {
				result = in
			} else if result, err = or2(t, result, in); err != nil {
				return nil, err
			}
		}
		return result, nil
	})
	defHelper("electronic_frailty_index", func(t *python.Thread, f *Frame, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		if err := noArgs("electronic_frailty_index", args, kwargs); err != nil {
			return nil, err
		}
		a, err := python.Compare(t, tokEq, f.column("algorithm_description"), python.Str("UK Electronic Frailty Index (eFI)"))
		if err != nil {
			return nil, err
		}
		b, err := python.Compare(t, tokEq, f.column("algorithm_version"), python.Str("1.0"))
		if err != nil {
			return nil, err
		}
		c, err := and2(t, a, b)
		if err != nil {
			return nil, err
		}
		return f.where(t, c)
	})
	defHelper("has_practice_registration_spanning", func(t *python.Thread, f *Frame, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		start, end, err := unpackSpan("has_practice_registration_spanning", args, kwargs)
		if err != nil {
			return nil, err
		}
		startOK, err := call(t, f.column("registration_start_date"), "is_on_or_before", start)
		if err != nil {
			return nil, err
		}
		endOK, err := call(t, f.column("registration_end_date"), "is_after", end)
		if err != nil {
			return nil, err
		}
		open, err := call(t, f.column("registration_end_date"), "is_null")
		if err != nil {
			return nil, err
		}
		e, err := or2(t, endOK, open)
		if err != nil {
			return nil, err
		}
		return and2(t, startOK, e)
	})
	defHelperProp("imd_quintile", func(t *python.Thread, f *Frame) (python.Value, error) {
		return imdBands(f, []int64{6568, 13137, 19706, 26275, 32844}, "5 (least deprived)")
	})
	defHelperProp("imd_decile", func(t *python.Thread, f *Frame) (python.Value, error) {
		return imdBands(f, []int64{3284, 6568, 9853, 13137, 16422, 19706, 22990, 26275, 29559, 32844}, "10 (least deprived)")
	})
}

// addressFor is addresses.for_patient_on(date).
func (f *Frame) addressFor(t *python.Thread, d python.Value) (python.Value, error) {
	started, err := call(t, f.column("start_date"), "is_on_or_before", d)
	if err != nil {
		return nil, err
	}
	w, err := f.where(t, started)
	if err != nil {
		return nil, err
	}
	ended, err := call(t, w.column("end_date"), "is_before", d)
	if err != nil {
		return nil, err
	}
	w, err = w.exceptWhere(t, ended)
	if err != nil {
		return nil, err
	}
	postcode, err := newCase([]querymodel.CaseArm{{When: w.column("has_postcode").node, Then: querymodel.MustValue(int64(1))}},
		querymodel.MustValue(int64(0)))
	if err != nil {
		return nil, err
	}
	sorted, err := w.sortBy(t, python.Tuple{postcode, w.column("start_date"), w.column("end_date"), w.column("address_id")})
	if err != nil {
		return nil, err
	}
	return call(t, sorted, "last_for_patient")
}

// imdBands is the imd_quintile / imd_decile case over imd_rounded.
func imdBands(f *Frame, bounds []int64, last string) (python.Value, error) {
	imd := f.column("imd_rounded").node
	var arms []querymodel.CaseArm
	lower := mustFn(querymodel.FnGE, imd, querymodel.MustValue(int64(0)))
	for i, ub := range bounds {
		label := fmt.Sprint(i + 1)
		switch i {
		case 0:
			label = "1 (most deprived)"
		case len(bounds) - 1:
			label = last
		}
		cond := mustFn(querymodel.FnAnd, lower, mustFn(querymodel.FnLE, imd, querymodel.MustValue(ub)))
		arms = append(arms, querymodel.CaseArm{When: cond, Then: querymodel.MustValue(label)})
		lower = mustFn(querymodel.FnGT, imd, querymodel.MustValue(ub))
	}
	return newCase(arms, querymodel.MustValue("unknown"))
}
