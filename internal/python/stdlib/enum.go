package stdlib

import (
	"fmt"
	"strings"

	"github.com/opensafely-go/opensafely/internal/python"
	"github.com/opensafely-go/opensafely/internal/python/syntax"
)

// enum: Enum, IntEnum, StrEnum and auto. A class statement deriving from
// Enum runs enumMeta's __init__, which turns the public, non-function
// class attributes into members: instances of the new class (ordinary
// *python.Instance values, so methods and a user __init__ work) with
// name and value attributes. The members are kept, in definition order,
// in the class's _member_names_ and __members__.

var enumMetaClass, enumClass, intEnumClass, strEnumClass, autoClass *python.Class

type autoValue struct{}

func (autoValue) Type() *python.Class { return autoClass }

func (autoValue) Repr(t *python.Thread) (string, error) { return "auto()", nil }

func enumMembers(cls *python.Class) []python.Value {
	v, ok := cls.Dict.Get("__enum_members__")
	if !ok {
		return nil
	}
	tup, _ := v.(python.Tuple)
	return tup
}

func memberAttr(m python.Value, name string) python.Value {
	if inst, ok := m.(*python.Instance); ok {
		if v, ok := inst.Dict().Get(name); ok {
			return v
		}
	}
	return python.None
}

func isEnumMember(v python.Value) (*python.Instance, bool) {
	inst, ok := v.(*python.Instance)
	if !ok || !inst.Class().IsSubclass(enumClass) {
		return nil, false
	}
	_, has := inst.Dict().Get("_name_")
	return inst, has
}

// isMemberCandidate reports whether a class attribute becomes a member.
func isMemberCandidate(cls *python.Class, name string, v python.Value) bool {
	n := len(name)
	switch {
	case n > 4 && strings.HasPrefix(name, "__") && strings.HasSuffix(name, "__"):
		return false // dunder
	case n > 2 && name[0] == '_' && name[n-1] == '_' && name[1] != '_' && name[n-2] != '_':
		return false // _sunder_
	case strings.HasPrefix(name, "_"+cls.Name+"__"):
		return false // private
	}
	switch v.(type) {
	case *python.Function, *python.Builtin, *python.Class:
		return false
	}
	switch v.Type() {
	case python.StaticMethodClass, python.ClassMethodClass, python.PropertyClass, python.FunctionClass:
		return false
	}
	return true
}

func enumInitSubclass(t *python.Thread, cls *python.Class) error {
	if cls == enumClass || cls == intEnumClass || cls == strEnumClass {
		return nil
	}
	// A user __init__ defined below Enum in the MRO.
	var init python.Value
	for _, c := range cls.MRO {
		if c == enumClass || c == intEnumClass || c == strEnumClass {
			break
		}
		if f, ok := c.Dict.Get("__init__"); ok {
			init = f
			break
		}
	}
	var names []python.Value
	var members python.Tuple
	var lastInt int64
	haveInt := false
	for _, name := range append([]string(nil), cls.Dict.Names()...) {
		v, _ := cls.Dict.Get(name)
		if !isMemberCandidate(cls, name, v) {
			continue
		}
		if _, ok := v.(autoValue); ok {
			if haveInt {
				v = python.Int(lastInt + 1)
			} else {
				v = python.Int(1)
			}
		}
		if n, ok := toInt(v); ok {
			lastInt, haveInt = n, true
		}
		if cls.IsSubclass(intEnumClass) {
			if _, ok := v.(python.Int); !ok {
				r, err := t.Call(python.IntClass, python.Tuple{v}, nil)
				if err != nil {
					return err
				}
				v = r
			}
		}
		// An equal value makes an alias of the earlier member.
		var alias python.Value
		for _, m := range members {
			eq, err := python.Equal(t, memberAttr(m, "_value_"), v)
			if err != nil {
				return err
			}
			if eq {
				alias = m
				break
			}
		}
		if alias != nil {
			cls.Dict.Set(name, alias)
			continue
		}
		inst := python.NewInstance(cls)
		d := inst.Dict()
		d.Set("_name_", python.Str(name))
		d.Set("_value_", v)
		d.Set("name", python.Str(name))
		d.Set("value", v)
		if init != nil {
			args := python.Tuple{v}
			if tup, ok := v.(python.Tuple); ok {
				args = tup
			}
			r, err := t.Call(init, append(python.Tuple{inst}, args...), nil)
			if err != nil {
				return err
			}
			if r != python.None {
				return errorf(python.TypeError, "__init__() should return None, not '%s'", typeName(r))
			}
		}
		cls.Dict.Set(name, inst)
		names = append(names, python.Str(name))
		members = append(members, inst)
	}
	cls.Dict.Set("__enum_members__", members)
	cls.Dict.Set("_member_names_", python.NewList(names))
	mm := python.NewDict()
	for i, n := range names {
		if err := python.SetItem(t, mm, n, members[i]); err != nil {
			return err
		}
	}
	cls.Dict.Set("__members__", mm)
	cls.Dict.Set("_member_map_", mm)
	return nil
}

func classRecv(args python.Tuple) (*python.Class, python.Tuple, error) {
	if len(args) > 0 {
		if c, ok := args[0].(*python.Class); ok {
			return c, args[1:], nil
		}
	}
	return nil, nil, errorf(python.TypeError, "descriptor requires a class")
}

func memberRecv(args python.Tuple) (*python.Instance, python.Tuple, error) {
	if len(args) > 0 {
		if m, ok := isEnumMember(args[0]); ok {
			return m, args[1:], nil
		}
	}
	return nil, nil, errorf(python.TypeError, "descriptor requires an enum member")
}

// memberOperands returns the value of an enum member receiver and its
// one operand (the operand's value, when it is a member too); ok is
// false, and the operator's result NotImplemented, when the arguments
// do not fit.
func memberOperands(args python.Tuple) (self, other python.Value, ok bool, err error) {
	m, rest, err := memberRecv(args)
	if err != nil || len(rest) != 1 {
		return nil, nil, false, err
	}
	other = rest[0]
	if o, isMember := isEnumMember(other); isMember {
		other = memberAttr(o, "_value_")
	}
	return memberAttr(m, "_value_"), other, true, nil
}

func enumValueCompare(op syntax.Token) builtinFn {
	return func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		self, other, ok, err := memberOperands(args)
		if !ok {
			return python.NotImplemented, err
		}
		return python.Compare(t, op, self, other)
	}
}

// enumArith forwards an arithmetic operator to the member's value
// (IntEnum and StrEnum members behave as their values).
func enumArith(name string, op syntax.Token, reflected bool) member {
	return method(name, func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		self, other, ok, err := memberOperands(args)
		if !ok {
			return python.NotImplemented, err
		}
		if reflected {
			return python.Binary(t, op, other, self)
		}
		return python.Binary(t, op, self, other)
	})
}

func init() {
	enumMetaClass = newClass("EnumType", "enum", nil, members{
		method("__init__", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			cls, _, err := classRecv(args)
			if err != nil {
				return nil, err
			}
			return python.None, enumInitSubclass(t, cls)
		}),
		method("__call__", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			cls, rest, err := classRecv(args)
			if err != nil {
				return nil, err
			}
			if len(rest) != 1 || len(kwargs) > 0 {
				return nil, errorf(python.TypeError, "%s() takes exactly one argument (%d given)", cls.Name, len(rest))
			}
			v := rest[0]
			for _, m := range enumMembers(cls) {
				if m == v {
					return m, nil
				}
			}
			for _, m := range enumMembers(cls) {
				eq, err := python.Equal(t, memberAttr(m, "_value_"), v)
				if err != nil {
					return nil, err
				}
				if eq {
					return m, nil
				}
			}
			return nil, errorf(python.ValueError, "%s is not a valid %s", reprOr(t, v), cls.Name)
		}),
		method("__getitem__", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			cls, rest, err := classRecv(args)
			if err != nil {
				return nil, err
			}
			if len(rest) != 1 {
				return nil, errorf(python.TypeError, "expected 1 argument, got %d", len(rest))
			}
			if s, ok := rest[0].(python.Str); ok {
				if v, ok := cls.Dict.Get(string(s)); ok {
					if _, isMember := isEnumMember(v); isMember {
						return v, nil
					}
				}
			}
			return nil, python.NewException(python.KeyError, rest[0])
		}),
		method("__iter__", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			cls, _, err := classRecv(args)
			if err != nil {
				return nil, err
			}
			return python.NewList(append([]python.Value(nil), enumMembers(cls)...)), nil
		}),
		method("__len__", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			cls, _, err := classRecv(args)
			if err != nil {
				return nil, err
			}
			return python.Int(len(enumMembers(cls))), nil
		}),
		method("__contains__", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			cls, rest, err := classRecv(args)
			if err != nil {
				return nil, err
			}
			if len(rest) != 1 {
				return nil, errorf(python.TypeError, "expected 1 argument, got %d", len(rest))
			}
			for _, m := range enumMembers(cls) {
				if m == rest[0] {
					return python.True, nil
				}
			}
			if _, ok := isEnumMember(rest[0]); ok {
				return python.False, nil
			}
			return nil, errorf(python.TypeError, "unsupported operand type(s) for 'in': '%s' and 'EnumType'", typeName(rest[0]))
		}),
		method("__repr__", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			cls, _, err := classRecv(args)
			if err != nil {
				return nil, err
			}
			return python.Str(fmt.Sprintf("<enum '%s'>", cls.Name)), nil
		}),
	})

	memberRepr := method("__repr__", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		m, _, err := memberRecv(args)
		if err != nil {
			return nil, err
		}
		v, err := python.Repr(t, memberAttr(m, "_value_"))
		if err != nil {
			return nil, err
		}
		return python.Str(fmt.Sprintf("<%s.%s: %s>", m.Class().Name, plainStr(memberAttr(m, "_name_")), v)), nil
	})
	memberStr := method("__str__", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		m, _, err := memberRecv(args)
		if err != nil {
			return nil, err
		}
		return python.Str(m.Class().Name + "." + plainStr(memberAttr(m, "_name_"))), nil
	})
	valueStr := method("__str__", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		m, _, err := memberRecv(args)
		if err != nil {
			return nil, err
		}
		s, err := python.ToStr(t, memberAttr(m, "_value_"))
		return python.Str(s), err
	})
	valueFormat := method("__format__", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		m, rest, err := memberRecv(args)
		if err != nil {
			return nil, err
		}
		spec := ""
		if len(rest) > 0 {
			spec, _ = PathString(rest[0])
		}
		s, err := python.Format(t, memberAttr(m, "_value_"), spec)
		return python.Str(s), err
	})
	valueHash := method("__hash__", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		m, _, err := memberRecv(args)
		if err != nil {
			return nil, err
		}
		h, err := python.Hash(t, memberAttr(m, "_value_"))
		return python.Int(int64(h >> 1)), err
	})
	valueMembers := members{
		valueStr, valueFormat, valueHash,
		method("__eq__", enumValueCompare(syntax.EQEQ)),
		method("__ne__", enumValueCompare(syntax.NEQ)),
		method("__lt__", enumValueCompare(syntax.LT)),
		method("__le__", enumValueCompare(syntax.LE)),
		method("__gt__", enumValueCompare(syntax.GT)),
		method("__ge__", enumValueCompare(syntax.GE)),
		method("__int__", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			m, _, err := memberRecv(args)
			if err != nil {
				return nil, err
			}
			return memberAttr(m, "_value_"), nil
		}),
		method("__index__", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			m, _, err := memberRecv(args)
			if err != nil {
				return nil, err
			}
			return memberAttr(m, "_value_"), nil
		}),
	}
	for _, op := range []struct {
		name string
		tok  syntax.Token
	}{{"add", syntax.PLUS}, {"sub", syntax.MINUS}, {"mul", syntax.STAR}, {"truediv", syntax.SLASH},
		{"floordiv", syntax.SLASHSLASH}, {"mod", syntax.PERCENT}, {"pow", syntax.STARSTAR},
		{"and", syntax.AMP}, {"or", syntax.PIPE}, {"xor", syntax.CIRCUMFLEX}} {
		valueMembers = append(valueMembers, enumArith("__"+op.name+"__", op.tok, false), enumArith("__r"+op.name+"__", op.tok, true))
	}
	enumClass = newClass("Enum", "enum", nil, members{memberRepr, memberStr})
	enumClass.Meta = enumMetaClass
	intEnumClass = newClass("IntEnum", "enum", []*python.Class{enumClass}, valueMembers)
	intEnumClass.Meta = enumMetaClass
	strEnumClass = newClass("StrEnum", "enum", []*python.Class{enumClass}, valueMembers)
	strEnumClass.Meta = enumMetaClass
	autoClass = newClass("auto", "enum", nil, nil)
	autoClass.New = safeNew(func(t *python.Thread, cls *python.Class, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		return autoValue{}, nil
	})
}

func loadEnum(t *python.Thread) (*python.Module, error) {
	return newModule("enum", members{
		{"Enum", enumClass},
		{"IntEnum", intEnumClass},
		{"StrEnum", strEnumClass},
		{"EnumMeta", enumMetaClass},
		{"EnumType", enumMetaClass},
		{"auto", autoClass},
		method("unique", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			if len(args) != 1 {
				return nil, errorf(python.TypeError, "unique() takes exactly one argument (%d given)", len(args))
			}
			return args[0], nil
		}),
	}), nil
}
