package python

import (
	"strings"
	"testing"

	"github.com/opensafely-go/opensafely/internal/python/syntax"
)

// series is a host value used to test interplay with the evaluator.
type series struct{ desc string }

var seriesClass = NewClass("Series", "ehrql", nil, nil)

func (s *series) Type() *Class { return seriesClass }
func (s *series) Repr(t *Thread) (string, error) {
	return "Series(" + s.desc + ")", nil
}
func (s *series) Binary(t *Thread, op syntax.Token, other Value, reflected bool) (Value, error) {
	o, err := Repr(t, other)
	if err != nil {
		return nil, err
	}
	if reflected {
		return &series{o + op.String() + s.desc}, nil
	}
	return &series{s.desc + op.String() + o}, nil
}
func (s *series) Truth(t *Thread) (bool, error) {
	return false, Errorf(TypeError, "series truthiness")
}
func (s *series) Hash(t *Thread) (uint64, error) {
	return 0, Errorf(TypeError, "unhashable type: 'Series'")
}

// dataset is a host value with settable attributes.
type dataset struct{ attrs *Namespace }

var datasetClass = NewClass("Dataset", "ehrql", nil, nil)

func (d *dataset) Type() *Class { return datasetClass }
func (d *dataset) Attr(t *Thread, name string) (Value, error) {
	v, _ := d.attrs.Get(name)
	return v, nil
}
func (d *dataset) AttrNames() []string { return d.attrs.Names() }
func (d *dataset) SetAttr(t *Thread, name string, v Value) error {
	if _, ok := v.(*series); !ok {
		return Errorf(TypeError, "Invalid value for column '%s'", name)
	}
	d.attrs.Set(name, v)
	return nil
}

func hostModules() map[string]ModuleLoader {
	frameMeta := NewClass("FrameMeta", "ehrql", nil, nil)
	frameMeta.Dict.Set("__init__", NewBuiltin("__init__", func(t *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
		cls := args[0].(*Class)
		var cols []string
		cls.Dict.Each(func(name string, v Value) bool {
			if _, ok := v.(*series); ok {
				cols = append(cols, name)
			}
			return true
		})
		cls.Dict.Set("_columns", Str(strings.Join(cols, ",")))
		return None, nil
	}))
	patientFrame := NewClass("PatientFrame", "ehrql", nil, nil)
	patientFrame.Meta = frameMeta
	return map[string]ModuleLoader{
		"ehrql": func(t *Thread) (*Module, error) {
			return NewModule("ehrql", map[string]Value{
				"create_dataset": NewBuiltin("create_dataset", func(t *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
					return &dataset{attrs: NewNamespace()}, nil
				}),
				"Series": NewBuiltin("Series", func(t *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
					s, _ := Repr(t, args[0])
					return &series{s}, nil
				}),
				"PatientFrame": patientFrame,
				"table": NewBuiltin("table", func(t *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
					cls := args[0].(*Class)
					cls.Dict.Set("_decorated", True)
					return cls, nil
				}),
			}), nil
		},
	}
}

func TestHostInterplay(t *testing.T) {
	src := `
from ehrql import create_dataset, Series, PatientFrame, table

@table
class patients(PatientFrame):
    age = Series(int)
    sex = Series(str)

dataset = create_dataset()
dataset.age = patients.age + 1
setattr(dataset, "old", 10 - patients.age)
print(dataset.age, dataset.old, getattr(dataset, "age"))
print(patients._columns, patients._decorated, issubclass(patients, PatientFrame))
print(vars(dataset))
try:
    if patients.age:
        pass
except TypeError as e:
    print("error:", e)
try:
    dataset.bad = 1
except TypeError as e:
    print("error:", e)
try:
    {patients.age: 1}
except TypeError as e:
    print("error:", e)
`
	out, err := runFiles(t, map[string]string{"def.py": src}, "def.py", Options{Modules: hostModules()})
	if err != nil {
		t.Fatal(err)
	}
	want := `Series(<class 'int'>+1) Series(10-<class 'int'>) Series(<class 'int'>+1)
age,sex True True
{'age': Series(<class 'int'>+1), 'old': Series(10-<class 'int'>)}
error: series truthiness
error: Invalid value for column 'bad'
error: unhashable type: 'Series'
`
	if out != want {
		t.Errorf("got:\n%s\nwant:\n%s", out, want)
	}
}

func TestClassAttributes(t *testing.T) {
	src := `
class A:
    "doc"
    x = 1
    def m(self):
        return self.x
class B(A):
    pass
B.x = 5
print(B().m(), A().m(), A.__name__, A.__doc__, B.__bases__, A.__module__)
print(sorted(k for k in A.__dict__ if not k.startswith("__")))
b = B()
b.__dict__["y"] = 3
print(b.y, b.__class__.__name__, type(b) is B)
print(A.m(b), A.m)
`
	out, err := runSrc(t, src)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(out, "5 1 A doc (<class 'main.A'>,) main\n['m', 'x']\n3 B True\n5 <function A.m at 0x") {
		t.Errorf("got:\n%s", out)
	}
}
