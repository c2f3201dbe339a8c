package enginetest

import (
	"context"
	"slices"
	"testing"

	"github.com/opensafely-go/opensafely/internal/codes"
	"github.com/opensafely-go/opensafely/internal/querymodel"
)

func TestCasesBuild(t *testing.T) {
	if n := Count(); n < 250 {
		t.Errorf("only %d cases", n)
	}
	for _, g := range Groups() {
		t.Logf("%-45s %3d cases", g.Name, len(g.Cases))
		seen := map[string]bool{}
		for _, c := range g.Cases {
			if seen[c.Name] {
				t.Errorf("%s: duplicate case name %q", g.Name, c.Name)
			}
			seen[c.Name] = true
			b, err := Build(g, c)
			if err != nil {
				t.Errorf("%s/%s: %v", g.Name, c.Name, err)
				continue
			}
			if b.Dataset.Variables[0].Series.Dim() != querymodel.OneRowPerPatient {
				t.Errorf("%s/%s: series is not patient-level", g.Name, c.Name)
			}
		}
	}
}

func TestParseTables(t *testing.T) {
	trs, err := ParseTables(`
e
  | i1 | m1           | s1    | d1
--+----+--------------+-------+-----------
2 | 1  | ||E119 ,J849 | 'a b' | 2020-01-01
1 |    |              | ''    |
p
  | b1
1 | T
`)
	if err != nil {
		t.Fatal(err)
	}
	if len(trs) != 2 || trs[0].Table != E || trs[1].Table != P {
		t.Fatalf("tables: %+v", trs)
	}
	row := trs[0].Rows[0]
	if row[0] != int64(2) || row[1] != int64(1) {
		t.Errorf("row 0: %v", row)
	}
	m1 := row[7].(codes.Code)
	if m1.Value != "||E119 ,J849" || m1.System != codes.ICD10Multi {
		t.Errorf("m1 = %#v", m1)
	}
	if row[11] != "a b" {
		t.Errorf("s1 = %#v", row[11])
	}
	if trs[0].Rows[1][11] != "" || trs[0].Rows[1][1] != nil {
		t.Errorf("row 1: %v", trs[0].Rows[1])
	}
	if _, err := ParseTables("nosuch\n  | x\n1 | 2"); err == nil {
		t.Error("unknown table: no error")
	}
}

func TestParseExpr(t *testing.T) {
	for _, src := range []string{
		"(Add p.i1 1)",
		"(col (first (sort (where e (GT e.i1 0)) e.d1 e.i2)) s1)",
		"(case (when p.b1 'x') (else None))",
		"(In e.c1 {snomed:123456 snomed:234567})",
		"(map p.i1 0 (1 2))",
		"(coalesce p.i1 p.i2)",
		"(CountEpisodes e.d1 7)",
	} {
		if _, err := ParseExpr(src); err != nil {
			t.Errorf("%s: %v", src, err)
		}
	}
	for _, src := range []string{"(Add p.i1", "(Nope 1)", "(Add p.i1 1.5)", "(sort p p.i1)", "q.i1"} {
		if _, err := ParseExpr(src); err == nil {
			t.Errorf("%s: no error", src)
		}
	}
}

// fixedEngine returns canned results.
type fixedEngine [][][]any

func (f fixedEngine) Run(context.Context, []TableRows, *querymodel.Dataset) ([][][]any, error) {
	return f, nil
}

func TestRunCaseDetectsMismatches(t *testing.T) {
	g := groupEvents
	c := g.Cases[3] // only population patients
	good := fixedEngine{
		{{int64(1), int64(10)}, {int64(2), int64(20)}},
		{{int64(2), int64(3)}, {int64(1), int64(2)}, {int64(1), int64(1)}},
	}
	if err := RunCase(context.Background(), good, g, c); err != nil {
		t.Fatalf("good results rejected: %v", err)
	}
	for name, bad := range map[string]fixedEngine{
		"wrong value":     {{{int64(1), int64(11)}, {int64(2), int64(20)}}, good[1]},
		"missing patient": {{{int64(1), int64(10)}}, good[1]},
		"extra patient":   {{{int64(1), int64(10)}, {int64(2), int64(20)}, {int64(3), nil}}, good[1]},
		"repeated id":     {{{int64(1), int64(10)}, {int64(1), int64(10)}, {int64(2), int64(20)}}, good[1]},
		"wrong type":      {{{int64(1), 10.0}, {int64(2), int64(20)}}, good[1]},
		"missing event":   {good[0], good[1][:2]},
		"duplicate event": {good[0], append(slices.Clone(good[1]), good[1][0])},
		"no event table":  {good[0]},
	} {
		if err := RunCase(context.Background(), bad, g, c); err == nil {
			t.Errorf("%s: not detected", name)
		}
	}
}
