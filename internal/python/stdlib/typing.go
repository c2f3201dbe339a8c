package stdlib

import (
	"strings"

	"github.com/opensafely-go/opensafely/internal/python"
	"github.com/opensafely-go/opensafely/internal/python/syntax"
)

// typing: annotation helpers with no run-time effect. Subscripting any of
// them yields another inert value; nothing is ever checked.

var typingFormClass *python.Class

type typingForm struct{ name string }

func (f typingForm) Type() *python.Class { return typingFormClass }

func (f typingForm) Repr(t *python.Thread) (string, error) { return "typing." + f.name, nil }

func (f typingForm) GetItem(t *python.Thread, key python.Value) (python.Value, error) {
	var parts []string
	items := python.Tuple{key}
	if tup, ok := key.(python.Tuple); ok {
		items = tup
	}
	for _, it := range items {
		parts = append(parts, typingName(t, it))
	}
	return typingForm{f.name + "[" + strings.Join(parts, ", ") + "]"}, nil
}

func (f typingForm) Binary(t *python.Thread, op syntax.Token, other python.Value, reflected bool) (python.Value, error) {
	if op != syntax.PIPE {
		return python.NotImplemented, nil
	}
	a, b := f.name, typingName(t, other)
	if reflected {
		a, b = b, a
	}
	return typingForm{"Union[" + a + ", " + b + "]"}, nil
}

func (f typingForm) Call(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
	return nil, errorf(python.TypeError, "Type %s cannot be instantiated", f.name)
}

func typingName(t *python.Thread, v python.Value) string {
	switch x := v.(type) {
	case typingForm:
		return x.name
	case *python.Class:
		return x.Name
	case python.NoneType:
		return "None"
	case *python.List:
		items, _ := toSlice(t, x)
		var parts []string
		for _, it := range items {
			parts = append(parts, typingName(t, it))
		}
		return "[" + strings.Join(parts, ", ") + "]"
	}
	return reprOr(t, v)
}

func init() {
	typingFormClass = newClass("_SpecialForm", "typing", nil, nil)
}

func loadTyping(t *python.Thread) (*python.Module, error) {
	ms := members{
		{"TYPE_CHECKING", python.False},
		method("cast", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			var typ, val python.Value
			if err := python.UnpackArgs("cast", args, kwargs, "typ", &typ, "val", &val); err != nil {
				return nil, err
			}
			return val, nil
		}),
		method("TypeVar", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			if len(args) == 0 {
				return nil, errorf(python.TypeError, "TypeVar() missing required argument 'name'")
			}
			name, _ := PathString(args[0])
			return typingForm{name}, nil
		}),
		method("NewType", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			return fn("NewType", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
				if len(args) != 1 {
					return nil, errorf(python.TypeError, "NewType expects one argument")
				}
				return args[0], nil
			}), nil
		}),
		{"overload", identityDecorator("overload")},
		{"final", identityDecorator("final")},
		{"no_type_check", identityDecorator("no_type_check")},
		{"runtime_checkable", identityDecorator("runtime_checkable")},
	}
	for _, name := range []string{"Any", "Dict", "List", "Tuple", "Set", "FrozenSet", "Union", "Optional",
		"Callable", "Iterable", "Iterator", "Sequence", "Mapping", "MutableMapping", "MutableSequence",
		"Type", "Literal", "ClassVar", "Final", "Generator", "Collection", "Container", "Hashable",
		"Sized", "DefaultDict", "OrderedDict", "Counter", "Deque", "NoReturn", "Annotated", "Protocol",
		"Generic", "AnyStr", "Text", "Pattern", "Match", "IO", "TextIO", "Awaitable", "Coroutine",
		"AbstractSet", "KeysView", "ValuesView", "ItemsView", "SupportsInt", "SupportsFloat", "Never", "Self"} {
		ms = append(ms, member{name, typingForm{name}})
	}
	return newModule("typing", ms), nil
}
