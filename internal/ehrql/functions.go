package ehrql

import (
	"errors"
	"io/fs"
	"strings"

	"github.com/opensafely-go/opensafely/internal/codes"
	"github.com/opensafely-go/opensafely/internal/python"
	"github.com/opensafely-go/opensafely/internal/python/stdlib"
	"github.com/opensafely-go/opensafely/internal/querymodel"
)

// When is the result of when(condition), waiting for .then(value).
type When struct {
	cond querymodel.Series
}

// WhenThen is when(condition).then(value): one arm of a case.
type WhenThen struct {
	cond, value querymodel.Series
}

var (
	whenClass     = python.NewClass("When", "ehrql.query_language", nil, python.NewNamespace())
	whenThenClass = python.NewClass("WhenThen", "ehrql.query_language", nil, python.NewNamespace())
)

func (*When) Type() *python.Class     { return whenClass }
func (*WhenThen) Type() *python.Class { return whenThenClass }

func init() {
	whenClass.Dict.Set("then", python.NewBuiltin("then", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		w := args[0].(*When)
		v, err := oneArg("then", "value", args[1:], kwargs)
		if err != nil {
			return nil, err
		}
		n, err := toNode(t, v, noCast)
		if err != nil {
			return nil, err
		}
		return &WhenThen{cond: w.cond, value: n}, nil
	}))
	whenThenClass.Dict.Set("otherwise", python.NewBuiltin("otherwise", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		w := args[0].(*WhenThen)
		v, err := oneArg("otherwise", "value", args[1:], kwargs)
		if err != nil {
			return nil, err
		}
		n, err := toNode(t, v, noCast)
		if err != nil {
			return nil, err
		}
		return newCase([]querymodel.CaseArm{{When: w.cond, Then: w.value}}, n)
	}))
}

// Truth implements python.HasTruth.
func (*When) Truth(t *python.Thread) (bool, error) {
	return false, python.Errorf(python.TypeError, truthMessage)
}

// Truth implements python.HasTruth.
func (*WhenThen) Truth(t *python.Thread) (bool, error) {
	return false, python.Errorf(python.TypeError, truthMessage)
}

func builtinWhen(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
	v, err := oneArg("when", "condition", args, kwargs)
	if err != nil {
		return nil, err
	}
	n, err := toNode(t, v, noCast)
	if err != nil {
		return nil, err
	}
	if typ := n.Type(); typ != querymodel.Bool {
		return nil, typeErrorf("Expecting a boolean series, got series of type '%s'", typ)
	}
	return &When{cond: n}, nil
}

func builtinCase(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
	var def python.Value = python.None
	seen := false
	for _, kw := range kwargs {
		switch kw.Name {
		case "otherwise", "default":
			if seen {
				return nil, typeErrorf("case() takes only one of `otherwise` and `default`")
			}
			seen, def = true, kw.Value
		default:
			return nil, typeErrorf("case() got an unexpected keyword argument '%s'", kw.Name)
		}
	}
	arms := make([]querymodel.CaseArm, 0, len(args))
	for _, a := range args {
		switch x := a.(type) {
		case *WhenThen:
			arms = append(arms, querymodel.CaseArm{When: x.cond, Then: x.value})
		case *Series:
			if _, ok := x.node.(*querymodel.Case); ok {
				return nil, typeErrorf("`.otherwise()` cannot be used inside `case()`: pass the default value as `case(..., otherwise=...)`")
			}
			return nil, typeErrorf("cases must be specified in the form: when(<CONDITION>).then(<VALUE>)")
		default:
			return nil, typeErrorf("cases must be specified in the form: when(<CONDITION>).then(<VALUE>)")
		}
	}
	d, err := toNode(t, def, noCast)
	if err != nil {
		return nil, err
	}
	return newCase(arms, d)
}

// minMaxOf implements maximum_of and minimum_of.
func minMaxOf(name string, op querymodel.FuncOp) func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
	return func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		if len(kwargs) > 0 {
			return nil, typeErrorf("%s() got an unexpected keyword argument '%s'", name, kwargs[0].Name)
		}
		if len(args) < 2 {
			return nil, typeErrorf("%s() requires at least two arguments", name)
		}
		want := noCast
		for _, a := range args {
			if s, ok := a.(*Series); ok {
				want = s.node.Type()
				break
			}
		}
		nodes := make([]querymodel.Series, len(args))
		for i, a := range args {
			n, err := toNode(t, a, want)
			if err != nil {
				return nil, err
			}
			nodes[i] = n
		}
		return wrapFn(op, nodes...)
	}
}

// ShowCall records one show() call.
type ShowCall struct {
	Line     int
	Label    string
	Elements []python.Value
}

func (a *API) show(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
	if len(args) == 0 {
		return nil, typeErrorf("show() missing 1 required positional argument: 'element'")
	}
	call := ShowCall{Line: t.CallerLine(), Elements: append([]python.Value(nil), args...)}
	for _, kw := range kwargs {
		switch kw.Name {
		case "label":
			if s, ok := kw.Value.(python.Str); ok {
				call.Label = string(s)
			}
		case "head", "tail":
		default:
			return nil, typeErrorf("show() got an unexpected keyword argument '%s'", kw.Name)
		}
	}
	a.mu.Lock()
	a.shows = append(a.shows, call)
	a.mu.Unlock()
	if print, ok := python.Universe.Get("print"); ok {
		if _, err := t.Call(print, python.Tuple{python.Str("show() ignored because we're not running in debug mode")}, nil); err != nil {
			return nil, err
		}
	}
	return python.None, nil
}

func (a *API) claimPermissions(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
	if len(kwargs) > 0 {
		return nil, typeErrorf("claim_permissions() got an unexpected keyword argument '%s'", kwargs[0].Name)
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	for _, v := range args {
		s, ok := v.(python.Str)
		if !ok {
			return nil, typeErrorf("claim_permissions() expects permission names as strings, got type '%s'", v.Type().Name)
		}
		dup := false
		for _, c := range a.claimed {
			dup = dup || c == string(s)
		}
		if !dup {
			a.claimed = append(a.claimed, string(s))
		}
	}
	return python.None, nil
}

// getParameter implements get_parameter(name, type=str, default=None)
// over the user arguments (sys.argv[1:]).
func getParameter(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
	var name string
	var typ, def python.Value = python.StrClass, nil
	if err := python.UnpackArgs("get_parameter", args, kwargs, "name", &name, "type?", &typ, "default?", &def); err != nil {
		return nil, err
	}
	switch typ {
	case python.ListClass, python.SetClass, python.TupleClass, python.FrozenSetClass:
		return nil, python.Errorf(ParameterErrorClass, "parameter `%s`: `type` must convert one value, not a collection such as %s", name, typ.(*python.Class).Name)
	}
	sys, err := t.Import("sys")
	if err != nil {
		return nil, err
	}
	argv, err := python.GetAttr(t, sys, "argv")
	if err != nil {
		return nil, err
	}
	items, err := python.ToSlice(t, argv)
	if err != nil {
		return nil, err
	}
	var raw []string
	found := false
	for i := 1; i < len(items); i++ {
		s, _ := items[i].(python.Str)
		arg := string(s)
		if !strings.HasPrefix(arg, "--") {
			continue
		}
		key, val, hasVal := strings.Cut(arg[2:], "=")
		if key != name {
			continue
		}
		found = true
		if hasVal {
			raw = append(raw, val)
			continue
		}
		for i+1 < len(items) {
			next, _ := items[i+1].(python.Str)
			if strings.HasPrefix(string(next), "--") {
				break
			}
			raw = append(raw, string(next))
			i++
		}
	}
	if !found || len(raw) == 0 {
		if def != nil {
			return def, nil
		}
		return nil, python.Errorf(ParameterErrorClass, "parameter `%s` defined but no values found", name)
	}
	vals := make([]python.Value, len(raw))
	for i, r := range raw {
		if typ == python.BoolClass {
			switch r {
			case "1", "True", "true":
				vals[i] = python.True
			case "0", "False", "false":
				vals[i] = python.False
			default:
				return nil, python.Errorf(ParameterErrorClass, "parameter `%s`: invalid bool value '%s'", name, r)
			}
			continue
		}
		v, err := t.Call(typ, python.Tuple{python.Str(r)}, nil)
		if err != nil {
			return nil, err
		}
		vals[i] = v
	}
	if len(vals) == 1 {
		return vals[0], nil
	}
	return python.NewList(vals), nil
}

// codelistFromCSV implements codelist_from_csv(filename, *, column,
// category_column=None) (§6.3).
func codelistFromCSV(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
	var file python.Value
	var column, category string
	if err := python.UnpackArgs("codelist_from_csv", args, kwargs, "filename", &file, "*column", &column, "*category_column?", &category); err != nil {
		return nil, err
	}
	filename, ok := stdlib.PathString(file)
	if !ok {
		return nil, typeErrorf("codelist_from_csv() filename must be a str or a Path, got type '%s'", file.Type().Name)
	}
	f, err := t.OpenFile(filename)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) || !isExc(err, python.PermissionError) {
			return nil, pyErr(codes.NewMissingFileError(filename))
		}
		return nil, err
	}
	defer f.Close()
	cl, err := codes.FromCSV(f, filename, 0, column, category)
	if err != nil {
		return nil, pyErr(err)
	}
	if !cl.HasCategories() {
		out := make([]python.Value, cl.Len())
		for i, c := range cl.Codes() {
			out[i] = python.Str(c)
		}
		return python.NewList(out), nil
	}
	d := python.NewDict()
	cats := cl.Categories()
	for i, c := range cl.Codes() {
		d.SetStr(c, python.Str(cats[i]))
	}
	return d, nil
}
