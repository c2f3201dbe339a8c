package ehrql

import (
	"hash/fnv"

	"github.com/opensafely-go/opensafely/internal/codes"
	"github.com/opensafely-go/opensafely/internal/python"
	"github.com/opensafely-go/opensafely/internal/python/syntax"
)

var (
	tokAmp  = syntax.AMP
	tokPipe = syntax.PIPE
	tokEq   = syntax.EQEQ
)

// Code is an instance of one of the ehrql.codes classes (SNOMEDCTCode,
// ICD10Code, ...): a validated code string.
type Code struct {
	code codes.Code
}

// codeClasses are the classes of ehrql.codes, by system.
var codeClasses = map[codes.System]*python.Class{}

func init() {
	for _, sys := range codes.Systems() {
		sys := sys
		c := python.NewClass(sys.Name(), "ehrql.codes", nil, python.NewNamespace())
		c.New = func(t *python.Thread, cls *python.Class, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			var s string
			if err := python.UnpackArgs(sys.Name(), args, kwargs, "value", &s); err != nil {
				return nil, err
			}
			code, err := codes.Parse(sys, s)
			if err != nil {
				return nil, pyErr(err)
			}
			return &Code{code: code}, nil
		}
		c.Dict.Set("_to_primitive_type", python.NewBuiltin("_to_primitive_type", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			if len(args) != 1 {
				return nil, typeErrorf("_to_primitive_type() takes no arguments")
			}
			c, ok := args[0].(*Code)
			if !ok {
				return nil, typeErrorf("_to_primitive_type() needs a code")
			}
			return python.Str(c.code.Value), nil
		}))
		codeClasses[sys] = c
	}
}

func (c *Code) Type() *python.Class { return codeClasses[c.code.System] }

// Attr implements python.HasAttrs.
func (c *Code) Attr(t *python.Thread, name string) (python.Value, error) {
	if name == "value" {
		return python.Str(c.code.Value), nil
	}
	return nil, nil
}

// AttrNames implements python.HasAttrs.
func (c *Code) AttrNames() []string { return []string{"value"} }

// Repr implements python.HasRepr.
func (c *Code) Repr(t *python.Thread) (string, error) {
	r, _ := python.Repr(t, python.Str(c.code.Value))
	return c.code.System.Name() + "(" + r + ")", nil
}

// Compare implements python.HasCompare: codes are equal when their class
// and value are.
func (c *Code) Compare(t *python.Thread, op syntax.Token, other python.Value) (python.Value, error) {
	o, ok := other.(*Code)
	if !ok {
		return python.NotImplemented, nil
	}
	switch op {
	case syntax.EQEQ:
		return python.Bool(c.code == o.code), nil
	case syntax.NEQ:
		return python.Bool(c.code != o.code), nil
	case syntax.LT:
		if c.code.System == o.code.System {
			return python.Bool(c.code.Value < o.code.Value), nil
		}
	}
	return python.NotImplemented, nil
}

// Hash implements python.HasHash.
func (c *Code) Hash(t *python.Thread) (uint64, error) {
	h := fnv.New64a()
	h.Write([]byte{byte(c.code.System)})
	h.Write([]byte(c.code.Value))
	return h.Sum64(), nil
}
