package querymodel

import (
	"errors"
	"strings"
	"testing"
)

func TestCase(t *testing.T) {
	P, E := p(t), e(t)
	pi, pb, ps := col(t, P, "i1"), col(t, P, "b1"), col(t, P, "s1")
	c1 := fn(t, FnGT, pi, val(t, 1))
	c2 := fn(t, FnLT, pi, val(t, 0))
	tests := []struct {
		name  string
		cases []CaseArm
		def   Series
		want  Type
		dim   Dim
		err   string
	}{
		{"simple", []CaseArm{{c1, val(t, "a")}, {c2, val(t, "b")}}, val(t, "c"), Str, OneRowPerPatient, ""},
		{"none values", []CaseArm{{c1, nil}, {c2, val(t, 2)}}, nil, Int, OneRowPerPatient, ""},
		{"none default via value", []CaseArm{{c1, val(t, 1)}}, val(t, nil), Int, OneRowPerPatient, ""},
		{"event dimension", []CaseArm{{c1, col(t, E, "i1")}}, nil, Int, ManyRowsPerPatient, ""},
		{"mixed types", []CaseArm{{c1, val(t, 1)}, {c2, val(t, 1.5)}}, nil, Type{}, 0, "Expected type 'Series[int] | None' but got 'Series[float]'"},
		{"default mismatch", []CaseArm{{c1, ps}}, pi, Type{}, 0, "Expected type 'Series[str] | None' but got 'Series[int]'"},
		{"int condition", []CaseArm{{pi, val(t, 1)}}, nil, Type{}, 0, "Expected type 'Series[bool]' but got 'Series[int]'"},
		{"no cases", nil, val(t, 1), Type{}, 0, "A case expression must have at least one case"},
		{"repeated condition", []CaseArm{{pb, val(t, 1)}, {pb, val(t, 2)}}, nil, Type{}, 0, "A case expression must not repeat a condition"},
		{"domain mismatch", []CaseArm{{fn(t, FnGT, col(t, E, "i1"), val(t, 1)), col(t, e2(t), "i1")}}, nil, Type{}, 0, domainMsg},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := NewCase(tt.cases, tt.def)
			if tt.err != "" {
				if err == nil || !strings.HasPrefix(err.Error(), tt.err) {
					t.Fatalf("error = %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if c.Type() != tt.want || c.Dim() != tt.dim {
				t.Errorf("got %v %v, want %v %v", c.Type(), c.Dim(), tt.want, tt.dim)
			}
		})
	}
	a := must(NewCase([]CaseArm{{c1, val(t, 1)}, {c2, nil}}, nil))
	b := must(NewCase([]CaseArm{{c1, val(t, 1)}, {c2, nil}}, nil))
	d := must(NewCase([]CaseArm{{c2, nil}, {c1, val(t, 1)}}, nil))
	if a != b || a == d {
		t.Error("case identity must follow arm order")
	}
	var ce *CaseError
	if _, err := NewCase(nil, nil); !errors.As(err, &ce) {
		t.Errorf("want *CaseError, got %v", err)
	}
}

func TestFixedValueMapAndCoalesce(t *testing.T) {
	P := p(t)
	ps, pi := col(t, P, "s1"), col(t, P, "i1")
	m, err := NewFixedValueMap(ps, []MapEntry{{"a", 1}, {"b", 2}, {"a", 3}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Mapping) != 2 || m.Mapping[0].To != int64(1) || m.Type() != Int {
		t.Errorf("mapping = %v, type %v", m.Mapping, m.Type())
	}
	if _, err := NewFixedValueMap(ps, []MapEntry{{1, 1}}, nil); err == nil {
		t.Error("key of the wrong type should fail")
	}
	if _, err := NewFixedValueMap(ps, []MapEntry{{"a", 1}}, "x"); err == nil {
		t.Error("default of the wrong type should fail")
	}
	c, err := NewCoalesce(pi, val(t, 0))
	if err != nil || c.Type() != Int {
		t.Fatalf("coalesce: %v", err)
	}
	if _, err := NewCoalesce(pi, ps); err == nil {
		t.Error("coalesce of mixed types should fail")
	}
	if _, err := NewCoalesce(); err == nil {
		t.Error("empty coalesce should fail")
	}
}
