package stdlib

import (
	"github.com/opensafely-go/opensafely/internal/python"
	"github.com/opensafely-go/opensafely/internal/python/syntax"
)

// itertools: the common iterator building blocks. Finite results are
// computed eagerly and returned as iterators over a list; count, repeat
// without a limit and cycle are lazy.

type funcIterator func(t *python.Thread) (python.Value, bool, error)

func (f funcIterator) Next(t *python.Thread) (python.Value, bool, error) { return f(t) }

func iterValue(it python.Iterator) python.Value { return python.NewIteratorValue("iterator", it) }

// infinite wraps an unbounded iterator (count, repeat without times,
// cycle) so that each item is charged to the step budget: a runaway
// program stops with the step-limit error, or when cancelled.
func infinite(next funcIterator) python.Value {
	return iterValue(funcIterator(func(t *python.Thread) (python.Value, bool, error) {
		if err := t.Step(); err != nil {
			return nil, false, err
		}
		return next(t)
	}))
}

func listIterValue(t *python.Thread, items []python.Value) (python.Value, error) {
	it, err := python.Iterate(t, python.NewList(items))
	if err != nil {
		return nil, err
	}
	return iterValue(it), nil
}

func allSlices(t *python.Thread, args python.Tuple) ([][]python.Value, error) {
	out := make([][]python.Value, len(args))
	for i, a := range args {
		s, err := toSlice(t, a)
		if err != nil {
			return nil, err
		}
		out[i] = s
	}
	return out, nil
}

func combos(n, r int, replace bool, emit func(idx []int)) {
	if r > n && !replace {
		return
	}
	idx := make([]int, r)
	var rec func(pos, start int)
	rec = func(pos, start int) {
		if pos == r {
			emit(idx)
			return
		}
		for i := start; i < n; i++ {
			idx[pos] = i
			if replace {
				rec(pos+1, i)
			} else {
				rec(pos+1, i+1)
			}
		}
	}
	rec(0, 0)
}

func pick(items []python.Value, idx []int) python.Value {
	tup := make(python.Tuple, len(idx))
	for i, j := range idx {
		tup[i] = items[j]
	}
	return tup
}

func loadItertools(t *python.Thread) (*python.Module, error) {
	chain := fn("chain", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		var items []python.Value
		for _, a := range args {
			s, err := toSlice(t, a)
			if err != nil {
				return nil, err
			}
			items = append(items, s...)
		}
		return listIterValue(t, items)
	})
	chainClass := newClass("chain", "itertools", nil, members{
		method("from_iterable", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			if len(args) != 1 {
				return nil, errorf(python.TypeError, "from_iterable() takes exactly one argument (%d given)", len(args))
			}
			its, err := toSlice(t, args[0])
			if err != nil {
				return nil, err
			}
			return chain.Fn(t, its, nil)
		}),
	})
	chainClass.New = safeNew(func(t *python.Thread, cls *python.Class, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		return chain.Fn(t, args, kwargs)
	})
	ms := members{
		{"chain", chainClass},
		method("product", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			repeat := int64(1)
			if v, ok := kwarg(kwargs, "repeat"); ok {
				repeat, _ = toInt(v)
			}
			pools, err := allSlices(t, args)
			if err != nil {
				return nil, err
			}
			var all [][]python.Value
			for i := int64(0); i < repeat; i++ {
				all = append(all, pools...)
			}
			result := []python.Tuple{{}}
			for _, pool := range all {
				var next []python.Tuple
				for _, prefix := range result {
					for _, x := range pool {
						next = append(next, append(append(python.Tuple(nil), prefix...), x))
					}
				}
				result = next
			}
			out := make([]python.Value, len(result))
			for i, r := range result {
				out[i] = r
			}
			return listIterValue(t, out)
		}),
		method("combinations", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			var it python.Value
			var r int
			if err := python.UnpackArgs("combinations", args, kwargs, "iterable", &it, "r", &r); err != nil {
				return nil, err
			}
			items, err := toSlice(t, it)
			if err != nil {
				return nil, err
			}
			if r < 0 {
				return nil, errorf(python.ValueError, "r must be non-negative")
			}
			var out []python.Value
			combos(len(items), r, false, func(idx []int) { out = append(out, pick(items, idx)) })
			return listIterValue(t, out)
		}),
		method("combinations_with_replacement", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			var it python.Value
			var r int
			if err := python.UnpackArgs("combinations_with_replacement", args, kwargs, "iterable", &it, "r", &r); err != nil {
				return nil, err
			}
			items, err := toSlice(t, it)
			if err != nil {
				return nil, err
			}
			var out []python.Value
			if len(items) > 0 || r == 0 {
				combos(len(items), r, true, func(idx []int) { out = append(out, pick(items, idx)) })
			}
			return listIterValue(t, out)
		}),
		method("permutations", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			var it python.Value
			var rv python.Value = python.None
			if err := python.UnpackArgs("permutations", args, kwargs, "iterable", &it, "r?", &rv); err != nil {
				return nil, err
			}
			items, err := toSlice(t, it)
			if err != nil {
				return nil, err
			}
			r := len(items)
			if n, ok := toInt(rv); ok {
				r = int(n)
			}
			var out []python.Value
			used := make([]bool, len(items))
			idx := make([]int, 0, r)
			var rec func()
			rec = func() {
				if len(idx) == r {
					out = append(out, pick(items, idx))
					return
				}
				for i := range items {
					if !used[i] {
						used[i] = true
						idx = append(idx, i)
						rec()
						idx = idx[:len(idx)-1]
						used[i] = false
					}
				}
			}
			if r <= len(items) {
				rec()
			}
			return listIterValue(t, out)
		}),
		method("islice", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			if len(args) < 2 || len(args) > 4 {
				return nil, errorf(python.TypeError, "islice expected at most 4 arguments, got %d", len(args))
			}
			it, err := python.Iterate(t, args[0])
			if err != nil {
				return nil, err
			}
			start, stop, step := int64(0), int64(-1), int64(1)
			get := func(v python.Value, def int64) (int64, error) {
				if v == python.None {
					return def, nil
				}
				n, ok := toInt(v)
				if !ok || n < 0 {
					return 0, errorf(python.ValueError, "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
				}
				return n, nil
			}
			if len(args) == 2 {
				if stop, err = get(args[1], -1); err != nil {
					return nil, err
				}
			} else {
				if start, err = get(args[1], 0); err != nil {
					return nil, err
				}
				if stop, err = get(args[2], -1); err != nil {
					return nil, err
				}
				if len(args) == 4 {
					if step, err = get(args[3], 1); err != nil {
						return nil, err
					}
					if step == 0 {
						return nil, errorf(python.ValueError, "Step for islice() must be a positive integer or None.")
					}
				}
			}
			i := int64(0)
			next := start
			return iterValue(funcIterator(func(t *python.Thread) (python.Value, bool, error) {
				for {
					if stop >= 0 && next >= stop {
						return nil, false, nil
					}
					if err := t.Step(); err != nil {
						return nil, false, err
					}
					v, ok, err := it.Next(t)
					if err != nil || !ok {
						return nil, false, err
					}
					cur := i
					i++
					if cur == next {
						next += step
						return v, true, nil
					}
				}
			})), nil
		}),
		method("count", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			var start, step python.Value = python.Int(0), python.Int(1)
			if err := python.UnpackArgs("count", args, kwargs, "start?", &start, "step?", &step); err != nil {
				return nil, err
			}
			cur := start
			return infinite(funcIterator(func(t *python.Thread) (python.Value, bool, error) {
				v := cur
				next, err := python.Binary(t, syntax.PLUS, cur, step)
				if err != nil {
					return nil, false, err
				}
				cur = next
				return v, true, nil
			})), nil
		}),
		method("repeat", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			var obj python.Value
			var times python.Value = python.None
			if err := python.UnpackArgs("repeat", args, kwargs, "object", &obj, "times?", &times); err != nil {
				return nil, err
			}
			n, limited := toInt(times)
			return infinite(funcIterator(func(t *python.Thread) (python.Value, bool, error) {
				if limited {
					if n <= 0 {
						return nil, false, nil
					}
					n--
				}
				return obj, true, nil
			})), nil
		}),
		method("cycle", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			var it python.Value
			if err := python.UnpackArgs("cycle", args, kwargs, "iterable", &it); err != nil {
				return nil, err
			}
			items, err := toSlice(t, it)
			if err != nil {
				return nil, err
			}
			i := 0
			return infinite(funcIterator(func(t *python.Thread) (python.Value, bool, error) {
				if len(items) == 0 {
					return nil, false, nil
				}
				v := items[i%len(items)]
				i++
				return v, true, nil
			})), nil
		}),
		method("groupby", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			var it python.Value
			var key python.Value = python.None
			if err := python.UnpackArgs("groupby", args, kwargs, "iterable", &it, "key?", &key); err != nil {
				return nil, err
			}
			items, err := toSlice(t, it)
			if err != nil {
				return nil, err
			}
			var out []python.Value
			var curKey python.Value
			var group []python.Value
			flush := func() error {
				if group == nil {
					return nil
				}
				g, err := listIterValue(t, group)
				if err != nil {
					return err
				}
				out = append(out, python.Tuple{curKey, g})
				group = nil
				return nil
			}
			for _, x := range items {
				k := x
				if key != python.None {
					if k, err = t.Call(key, python.Tuple{x}, nil); err != nil {
						return nil, err
					}
				}
				if group != nil {
					eq, err := python.Equal(t, k, curKey)
					if err != nil {
						return nil, err
					}
					if !eq {
						if err := flush(); err != nil {
							return nil, err
						}
					}
				}
				if group == nil {
					curKey = k
				}
				group = append(group, x)
			}
			if err := flush(); err != nil {
				return nil, err
			}
			return listIterValue(t, out)
		}),
		method("accumulate", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			var it python.Value
			var f, initial python.Value = python.None, python.None
			if err := python.UnpackArgs("accumulate", args, kwargs, "iterable", &it, "func?", &f, "*initial?", &initial); err != nil {
				return nil, err
			}
			items, err := toSlice(t, it)
			if err != nil {
				return nil, err
			}
			var out []python.Value
			var acc python.Value
			if initial != python.None {
				acc = initial
				out = append(out, acc)
			}
			for _, x := range items {
				if acc == nil {
					acc = x
				} else if f == python.None {
					if acc, err = python.Binary(t, syntax.PLUS, acc, x); err != nil {
						return nil, err
					}
				} else if acc, err = t.Call(f, python.Tuple{acc, x}, nil); err != nil {
					return nil, err
				}
				out = append(out, acc)
			}
			return listIterValue(t, out)
		}),
		method("zip_longest", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			var fill python.Value = python.None
			if v, ok := kwarg(kwargs, "fillvalue"); ok {
				fill = v
			}
			lists, err := allSlices(t, args)
			if err != nil {
				return nil, err
			}
			n := 0
			for _, l := range lists {
				if len(l) > n {
					n = len(l)
				}
			}
			out := make([]python.Value, n)
			for i := range out {
				tup := make(python.Tuple, len(lists))
				for j, l := range lists {
					if i < len(l) {
						tup[j] = l[i]
					} else {
						tup[j] = fill
					}
				}
				out[i] = tup
			}
			return listIterValue(t, out)
		}),
		method("starmap", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			if len(args) != 2 {
				return nil, errorf(python.TypeError, "starmap expected 2 arguments, got %d", len(args))
			}
			items, err := toSlice(t, args[1])
			if err != nil {
				return nil, err
			}
			out := make([]python.Value, len(items))
			for i, it := range items {
				a, err := toSlice(t, it)
				if err != nil {
					return nil, err
				}
				if out[i], err = t.Call(args[0], a, nil); err != nil {
					return nil, err
				}
			}
			return listIterValue(t, out)
		}),
		method("takewhile", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			return whileIter(t, args, true)
		}),
		method("dropwhile", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			return whileIter(t, args, false)
		}),
		method("pairwise", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			if len(args) != 1 {
				return nil, errorf(python.TypeError, "pairwise expected 1 argument, got %d", len(args))
			}
			items, err := toSlice(t, args[0])
			if err != nil {
				return nil, err
			}
			var out []python.Value
			for i := 0; i+1 < len(items); i++ {
				out = append(out, python.Tuple{items[i], items[i+1]})
			}
			return listIterValue(t, out)
		}),
		method("compress", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			if len(args) != 2 {
				return nil, errorf(python.TypeError, "compress expected 2 arguments, got %d", len(args))
			}
			lists, err := allSlices(t, args)
			if err != nil {
				return nil, err
			}
			var out []python.Value
			for i := 0; i < len(lists[0]) && i < len(lists[1]); i++ {
				ok, err := python.Truth(t, lists[1][i])
				if err != nil {
					return nil, err
				}
				if ok {
					out = append(out, lists[0][i])
				}
			}
			return listIterValue(t, out)
		}),
		method("filterfalse", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			if len(args) != 2 {
				return nil, errorf(python.TypeError, "filterfalse expected 2 arguments, got %d", len(args))
			}
			items, err := toSlice(t, args[1])
			if err != nil {
				return nil, err
			}
			var out []python.Value
			for _, x := range items {
				v := x
				if args[0] != python.None {
					if v, err = t.Call(args[0], python.Tuple{x}, nil); err != nil {
						return nil, err
					}
				}
				ok, err := python.Truth(t, v)
				if err != nil {
					return nil, err
				}
				if !ok {
					out = append(out, x)
				}
			}
			return listIterValue(t, out)
		}),
	}
	return newModule("itertools", ms), nil
}

func whileIter(t *python.Thread, args python.Tuple, take bool) (python.Value, error) {
	if len(args) != 2 {
		return nil, errorf(python.TypeError, "expected 2 arguments, got %d", len(args))
	}
	items, err := toSlice(t, args[1])
	if err != nil {
		return nil, err
	}
	var out []python.Value
	dropping := true
	for _, x := range items {
		if take || dropping {
			v, err := t.Call(args[0], python.Tuple{x}, nil)
			if err != nil {
				return nil, err
			}
			ok, err := python.Truth(t, v)
			if err != nil {
				return nil, err
			}
			if take {
				if !ok {
					break
				}
				out = append(out, x)
				continue
			}
			if ok {
				continue
			}
			dropping = false
		}
		out = append(out, x)
	}
	return listIterValue(t, out)
}
