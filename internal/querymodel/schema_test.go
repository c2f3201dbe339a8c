package querymodel

import (
	"testing"
)

func TestConstraints(t *testing.T) {
	tests := []struct {
		c    Constraint
		v    any
		want bool
	}{
		{NotNull{}, nil, false},
		{NotNull{}, int64(1), true},
		{Categorical{Values: []any{0, 1, 3}}, int64(3), true},
		{Categorical{Values: []any{0, 1, 3}}, int64(2), false},
		{Categorical{Values: []any{"male", "female"}}, "male", true},
		{Categorical{Values: []any{"male", "female"}}, "Male", false},
		{FirstOfMonth{}, CalendarDate{2020, 2, 1}, true},
		{FirstOfMonth{}, CalendarDate{2020, 2, 2}, false},
		{Regex{Pattern: "E540000[0-9]{2}"}, "E54000012", true},
		{Regex{Pattern: "E540000[0-9]{2}"}, "E540000123", false},
		{ClosedRange{Min: 0, Max: 32800, Step: 100}, int64(32800), true},
		{ClosedRange{Min: 0, Max: 32800, Step: 100}, int64(150), false},
		{ClosedRange{Min: 1, Max: 8, Step: 1}, 9, false},
		{GeneralRange{Min: CalendarDate{2019, 2, 1}, IncludesMin: true}, CalendarDate{2019, 2, 1}, true},
		{GeneralRange{Min: CalendarDate{2019, 2, 1}}, CalendarDate{2019, 2, 1}, false},
		{GeneralRange{Max: 1.5, IncludesMax: true}, 1.5, true},
		{GeneralRange{Max: 1.5}, 2.0, false},
		{GeneralRange{Max: 1.5}, "x", false},
	}
	for _, tt := range tests {
		if got := tt.c.Validate(tt.v); got != tt.want {
			t.Errorf("%#v.Validate(%#v) = %v", tt.c, tt.v, got)
		}
		if tt.c.Description() == "" {
			t.Errorf("%#v has no description", tt.c)
		}
	}
}

func TestTableSchema(t *testing.T) {
	s, err := NewTableSchema(
		Column{Name: "sex", Type: Str, Constraints: []Constraint{NotNull{}, Categorical{Values: []any{"female", "male"}}}},
		Column{Name: "date_of_death", Type: Date},
	)
	if err != nil {
		t.Fatal(err)
	}
	c, ok := s.Column("sex")
	if !ok || c.Nullable() {
		t.Error("sex should be a non-nullable column")
	}
	if cats, ok := c.Categories(); !ok || len(cats) != 2 {
		t.Error("categories missing")
	}
	if d, _ := s.Column("date_of_death"); !d.Nullable() {
		t.Error("date_of_death should be nullable")
	}
	if got := s.ColumnNames(); len(got) != 2 || got[1] != "date_of_death" {
		t.Errorf("ColumnNames = %v", got)
	}
	for _, cols := range [][]Column{
		{{Name: "patient_id", Type: Int}},
		{{Name: "a", Type: Int}, {Name: "a", Type: Str}},
		{{Name: "a"}},
		{{Name: "a", Type: SetOf(Int)}},
		{{Name: "", Type: Int}},
	} {
		if _, err := NewTableSchema(cols...); err == nil {
			t.Errorf("NewTableSchema(%v) should fail", cols)
		}
	}
	tab := &Table{Attr: "x"}
	if tab.TableName() != "x" {
		t.Error("TableName should default to Attr")
	}
}
