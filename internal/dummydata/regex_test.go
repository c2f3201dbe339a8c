package dummydata

import (
	"math/rand/v2"
	"testing"

	"github.com/opensafely-go/opensafely/internal/codes"
	"github.com/opensafely-go/opensafely/internal/querymodel"
	"github.com/opensafely-go/opensafely/internal/tables"
)

// Every Regex constraint of every table can be generated for.
func TestRegexConstraintsGenerate(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	n := 0
	for _, tb := range tables.Tables() {
		for _, c := range tb.Schema.Columns() {
			for _, k := range append(append([]querymodel.Constraint(nil), c.Constraints...), c.DummyConstraints...) {
				re, ok := k.(querymodel.Regex)
				if !ok {
					continue
				}
				n++
				g, err := newRegexGen(re.Pattern)
				if err != nil {
					t.Fatalf("%s.%s: %v", tb.TableName(), c.Name, err)
				}
				for range 50 {
					s, ok := g.generate(r)
					if !ok || !re.Validate(s) {
						t.Fatalf("%s.%s: generated %q for %s", tb.TableName(), c.Name, s, re.Pattern)
					}
				}
			}
		}
	}
	if n == 0 {
		t.Fatal("no Regex constraints found")
	}
}

// Random codes are well formed in every coding system columns use.
func TestCodesWellFormed(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for _, sys := range codes.Systems() {
		col := &querymodel.Column{Name: "c", Type: querymodel.CodeType(sys)}
		ci, err := newColInfo(col)
		if err != nil {
			t.Fatalf("%s: %v", sys, err)
		}
		for range 200 {
			v := (&generator{}).code(ci, r)
			if !v.ok {
				t.Fatalf("%s: no code generated", sys)
			}
			check := sys
			if sys.IsMulti() {
				check = sys.Element()
			}
			if !check.Valid(v.s) {
				t.Fatalf("%s: %q is not well formed", sys, v.s)
			}
		}
	}
}
