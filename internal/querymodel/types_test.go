package querymodel

import (
	"testing"

	"github.com/opensafely-go/opensafely/internal/codes"
)

func TestTypeNames(t *testing.T) {
	tests := []struct {
		typ        Type
		name, ser  string
		comparable bool
		numeric    bool
	}{
		{Bool, "bool", "Series[bool]", false, false},
		{Int, "int", "Series[int]", true, true},
		{Float, "float", "Series[float]", true, true},
		{Str, "str", "Series[str]", true, false},
		{Date, "date", "Series[date]", true, false},
		{CodeType(codes.SNOMEDCT), "SNOMEDCTCode", "Series[SNOMEDCTCode]", true, false},
		{CodeType(codes.ICD10Multi), "ICD10MultiCodeString", "Series[ICD10MultiCodeString]", false, false},
		{SetOf(Int), "Set[int]", "Series[Set[int]]", false, false},
		{Null, "None", "Series[None]", false, false},
	}
	for _, tt := range tests {
		if got := tt.typ.String(); got != tt.name {
			t.Errorf("String() = %q, want %q", got, tt.name)
		}
		if got := tt.typ.SeriesName(); got != tt.ser {
			t.Errorf("SeriesName() = %q, want %q", got, tt.ser)
		}
		if tt.typ.IsComparable() != tt.comparable || tt.typ.IsNumeric() != tt.numeric {
			t.Errorf("%s: comparable/numeric wrong", tt.name)
		}
		if tt.typ != Null {
			back, err := ParseType(tt.name)
			if err != nil || back != tt.typ {
				t.Errorf("ParseType(%q) = %v, %v", tt.name, back, err)
			}
		}
	}
	if _, err := ParseType("list"); err == nil {
		t.Error("ParseType(list) should fail")
	}
	if SetOf(Str).Elem() != Str {
		t.Error("Elem wrong")
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in, want, err string
	}{
		{"2020-01-31", "2020-01-31", ""},
		{"2020-02-29", "2020-02-29", ""},
		{"20201231", "", "Dates must be in YYYY-MM-DD format: '20201231'"},
		{"2020-1-01", "", "Dates must be in YYYY-MM-DD format: '2020-1-01'"},
		{"2020-13-01", "", "Dates must be in YYYY-MM-DD format: '2020-13-01'"},
		{"2021-02-29", "", "day is out of range for month in '2021-02-29'"},
		{"2021-04-31", "", "day is out of range for month in '2021-04-31'"},
		{"", "", "Dates must be in YYYY-MM-DD format: ''"},
	}
	for _, tt := range tests {
		d, err := ParseDate(tt.in)
		if tt.err != "" {
			if err == nil || err.Error() != tt.err {
				t.Errorf("ParseDate(%q) error = %v, want %q", tt.in, err, tt.err)
			}
			continue
		}
		if err != nil || d.String() != tt.want {
			t.Errorf("ParseDate(%q) = %v, %v", tt.in, d, err)
		}
	}
}

func TestFrozenset(t *testing.T) {
	fs, err := NewFrozenset(3, int64(1), 2, 1)
	if err != nil {
		t.Fatal(err)
	}
	if got := fs.Items(); len(got) != 3 || got[0] != int64(1) || got[2] != int64(3) {
		t.Errorf("items = %v", got)
	}
	if fs.Elem() != Int {
		t.Errorf("elem = %v", fs.Elem())
	}
	if _, err := NewFrozenset(1, "a"); err == nil {
		t.Error("mixed types should fail")
	}
	if _, err := NewFrozenset(1, nil); err == nil {
		t.Error("None in a frozenset should fail")
	}
	empty, _ := NewFrozenset()
	if empty.Elem() != Null || empty.Len() != 0 {
		t.Errorf("empty set elem = %v", empty.Elem())
	}
	// Order of construction does not matter.
	a := val(t, must(NewFrozenset("x", "y")))
	b := val(t, must(NewFrozenset("y", "x", "y")))
	if a != b {
		t.Error("equal frozensets should intern to one Value")
	}
}

func TestValueTypeStrict(t *testing.T) {
	one, oneF, tru := val(t, 1), val(t, 1.0), val(t, true)
	if one == oneF || one == tru || oneF == tru {
		t.Error("1, 1.0 and True must be different values")
	}
	if val(t, int64(1)) != one || val(t, 1) != one {
		t.Error("equal ints must be the same node")
	}
	if val(t, 0.0) != val(t, -0.0) {
		t.Error("0.0 and -0.0 are equal in Python")
	}
	if one.Type() != Int || oneF.Type() != Float || tru.Type() != Bool || val(t, nil).Type() != Null {
		t.Error("value types wrong")
	}
	c := val(t, codes.Code{System: codes.SNOMEDCT, Value: "123456"})
	if c.Type() != CodeType(codes.SNOMEDCT) || c == val(t, "123456") {
		t.Error("code value must be typed and distinct from the string")
	}
	if _, err := NewValue([]int{1}); err == nil || err.Error() != "Not a valid ehrQL type: []int{1}" {
		t.Errorf("NewValue(list) error = %v", err)
	}
}
