package memory

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/opensafely-go/opensafely/internal/engine/enginetest"
	"github.com/opensafely-go/opensafely/internal/querymodel"
)

func TestDateRoundTrip(t *testing.T) {
	if got := MakeDate(1970, 1, 1); got != 0 {
		t.Fatalf("epoch = %d", got)
	}
	if got := MakeDate(2000, 3, 1); got != 11017 {
		t.Fatalf("2000-03-01 = %d, want 11017", got)
	}
	ref := time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC)
	for d := MakeDate(1, 1, 1); d <= MakeDate(9999, 12, 31); d += 17 {
		y, m, day := d.Civil()
		if MakeDate(y, m, day) != d {
			t.Fatalf("round trip of %d failed: %d-%d-%d", d, y, m, day)
		}
		tt := ref.AddDate(0, 0, int(d-MakeDate(1, 1, 1)))
		if tt.Year() != y || tt.Month() != m || tt.Day() != day {
			t.Fatalf("day %d: got %d-%d-%d, want %s", d, y, m, day, tt.Format(time.DateOnly))
		}
	}
}

func build(t *testing.T, text string) MapSource {
	t.Helper()
	trs, err := enginetest.ParseTables(text)
	if err != nil {
		t.Fatal(err)
	}
	src := MapSource{}
	for _, tr := range trs {
		src[tr.Table] = must(FromRows(tr.Table.Schema, tr.Rows))
	}
	return src
}

func expr(t *testing.T, s string) querymodel.Series {
	t.Helper()
	n, err := enginetest.ParseExpr(s)
	if err != nil {
		t.Fatal(err)
	}
	return n.(querymodel.Series)
}

func dump(rt *ResultTable) string {
	var b strings.Builder
	for _, c := range rt.Columns {
		fmt.Fprintf(&b, "%s ", c.Name)
	}
	b.WriteString("\n")
	for _, row := range rt.Rows() {
		for _, v := range row {
			if v == nil {
				b.WriteString("- ")
			} else {
				fmt.Fprintf(&b, "%v ", v)
			}
		}
		b.WriteString("\n")
	}
	return b.String()
}

func TestEventTables(t *testing.T) {
	src := build(t, `
p
  | i1
1 | 100
2 | 200
3 | 300
e
  | i1 | d1
1 | 1  | 2020-01-01
1 | 2  | 2020-02-01
2 | 3  |
3 | 4  | 2020-03-01
4 | 5  | 2020-04-01
`)
	e := must(querymodel.NewSelectTable(enginetest.E))
	filtered := must(querymodel.NewFilter(e, expr(t, "(GT e.i1 1)")))
	frame := must(querymodel.NewSeriesCollectionFrame([]querymodel.NamedSeries{
		{Name: "value", Series: must(querymodel.NewSelectColumn(filtered, "i1"))},
		{Name: "date", Series: must(querymodel.NewSelectColumn(filtered, "d1"))},
		{Name: "base", Series: expr(t, "p.i1")},
		{Name: "k", Series: expr(t, "7")},
	}))
	ds := must(querymodel.NewDataset(expr(t, "(Exists p)"),
		[]querymodel.NamedSeries{{Name: "n", Series: expr(t, "(Count e)")}},
		[]querymodel.NamedFrame{{Name: "events", Frame: frame}}, nil))
	res, err := New(src, Options{}).EvaluateDataset(context.Background(), ds)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Tables) != 2 || res.Tables[1].Name != "events" {
		t.Fatalf("got %d tables", len(res.Tables))
	}
	want := `patient_id value date base k 
1 2 2020-02-01 100 7 
2 3 - 200 7 
3 4 2020-03-01 300 7 
`
	if got := dump(res.Tables[1]); got != want {
		t.Errorf("event table:\n%s\nwant:\n%s", got, want)
	}
	wantMain := "patient_id n \n1 2 \n2 1 \n3 1 \n"
	if got := dump(res.Tables[0]); got != wantMain {
		t.Errorf("dataset:\n%s\nwant:\n%s", got, wantMain)
	}
}

func TestInlinePatientTable(t *testing.T) {
	schema := querymodel.MustTableSchema(
		querymodel.Column{Name: "score", Type: querymodel.Int},
		querymodel.Column{Name: "when", Type: querymodel.Date},
	)
	d := func(s string) querymodel.CalendarDate { return must(querymodel.ParseDate(s)) }
	rows := &querymodel.LiteralRows{Rows: [][]any{
		{int64(5), int64(50), d("2020-05-05")},
		{int64(2), nil, d("2020-02-02")},
	}}
	inline := must(querymodel.NewInlinePatientTable(rows, schema))
	score := must(querymodel.NewSelectColumn(inline, "score"))
	exists := must(querymodel.NewAggregate(querymodel.AggExists, inline))
	pop := must(querymodel.NewFunction(querymodel.FnOr, exists, expr(t, "(Exists p)")))
	ds := must(querymodel.NewDataset(pop, []querymodel.NamedSeries{
		{Name: "score", Series: score},
		{Name: "p", Series: expr(t, "p.i1")},
	}, nil, nil))
	src := build(t, `
p
  | i1
1 | 10
5 | 50
`)
	res, err := New(src, Options{}).EvaluateDataset(context.Background(), ds)
	if err != nil {
		t.Fatal(err)
	}
	want := "patient_id score p \n1 - 10 \n2 - - \n5 50 50 \n"
	if got := dump(res.Tables[0]); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}

	fileRows := &querymodel.FileRows{Format: "csv", Filename: "x.csv"}
	inlineFile := must(querymodel.NewInlinePatientTable(fileRows, schema))
	ds2 := must(querymodel.NewDataset(must(querymodel.NewAggregate(querymodel.AggExists, inlineFile)),
		[]querymodel.NamedSeries{{Name: "score", Series: must(querymodel.NewSelectColumn(inlineFile, "score"))}}, nil, nil))
	if _, err := New(MapSource{}, Options{}).EvaluateDataset(context.Background(), ds2); err == nil {
		t.Error("file inline table without a reader: no error")
	}
	reader := func(fr *querymodel.FileRows, s *querymodel.TableSchema) (*TableData, error) {
		return FromRows(s, [][]any{{int64(3), int64(33), nil}})
	}
	res, err = New(MapSource{}, Options{InlineReader: reader}).EvaluateDataset(context.Background(), ds2)
	if err != nil {
		t.Fatal(err)
	}
	if got := dump(res.Tables[0]); got != "patient_id score \n3 33 \n" {
		t.Errorf("file inline table: %s", got)
	}
}

func TestValidation(t *testing.T) {
	ds := must(querymodel.NewDataset(expr(t, "(Exists e)"), []querymodel.NamedSeries{{Name: "n", Series: expr(t, "(Count e)")}}, nil, nil))
	bad := MapSource{enginetest.E: {PatientIDs: []int64{2, 1}}}
	if _, err := New(bad, Options{}).EvaluateDataset(context.Background(), ds); err == nil || !strings.Contains(err.Error(), "not sorted") {
		t.Errorf("unsorted ids: err = %v", err)
	}
	short := MapSource{enginetest.E: {PatientIDs: []int64{1, 2}, Columns: map[string]*Column{"i1": {Ints: []int64{1}}}}}
	if _, err := New(short, Options{}).EvaluateDataset(context.Background(), ds); err == nil {
		t.Error("short column: no error")
	}
	dup := MapSource{enginetest.P: {PatientIDs: []int64{1, 1}}}
	ds2 := must(querymodel.NewDataset(expr(t, "(Exists p)"), nil, nil, nil))
	if _, err := New(dup, Options{}).EvaluateDataset(context.Background(), ds2); err == nil {
		t.Error("duplicate patient in a patient table: no error")
	}
}

type failingSource struct{}

var errSource = errors.New("boom")

func (failingSource) TableData(*querymodel.Table) (*TableData, error) { return nil, errSource }

func TestSourceErrorAndCancel(t *testing.T) {
	ds := must(querymodel.NewDataset(expr(t, "(Exists e)"), nil, nil, nil))
	if _, err := New(failingSource{}, Options{}).EvaluateDataset(context.Background(), ds); !errors.Is(err, errSource) {
		t.Errorf("err = %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := New(MapSource{}, Options{}).EvaluateDataset(ctx, ds); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: err = %v", err)
	}
}

func TestParameterError(t *testing.T) {
	ds := must(querymodel.NewDataset(expr(t, "(Exists e)"), []querymodel.NamedSeries{
		{Name: "d", Series: expr(t, "(DateAddDays (param interval_start_date date) 1)")},
	}, nil, nil))
	_, err := New(MapSource{}, Options{}).EvaluateDataset(context.Background(), ds)
	var ee *EvalError
	if !errors.As(err, &ee) || !strings.Contains(err.Error(), "interval_start_date") {
		t.Errorf("err = %v", err)
	}
}

func TestResultValues(t *testing.T) {
	src := build(t, `
p
  | i1 | c1     | d1
1 | 1  | 123456 | 2020-01-01
`)
	ds := must(querymodel.NewDataset(expr(t, "(Exists p)"), []querymodel.NamedSeries{
		{Name: "c", Series: expr(t, "p.c1")},
		{Name: "d", Series: expr(t, "p.d1")},
	}, nil, nil))
	res, err := New(src, Options{}).EvaluateDataset(context.Background(), ds)
	if err != nil {
		t.Fatal(err)
	}
	rt := res.Tables[0]
	if rt.Len() != 1 {
		t.Fatalf("len %d", rt.Len())
	}
	if got := rt.Columns[2].Data.Dates[0]; got != MakeDate(2020, 1, 1) {
		t.Errorf("columnar date = %v", got)
	}
	if got := fmt.Sprint(rt.Row(0, nil)); got != "[1 123456 2020-01-01]" {
		t.Errorf("row = %s", got)
	}
}

func TestPopulationTrueWithoutRows(t *testing.T) {
	for _, c := range []struct {
		pop  string
		want bool
	}{
		{"(Exists e)", false},
		{"(Not (Exists e))", true},
		{"T", true},
		{"(IsNull p.i1)", true},
		{"(And (IsNull p.i1) (Exists e))", false},
		{"(GT (Count e) -1)", true},
		{"(Or (Exists p) (Exists (first (sort e e.i1))))", false},
		{"(IsNull (col (first (sort e e.i1)) i2))", true},
		{"(EQ (Sum e.i1) 0)", false},
	} {
		got, err := PopulationTrueWithoutRows(context.Background(), expr(t, c.pop))
		if err != nil {
			t.Errorf("%s: %v", c.pop, err)
			continue
		}
		if got != c.want {
			t.Errorf("%s: got %v, want %v", c.pop, got, c.want)
		}
	}
}

func TestSortedByPatient(t *testing.T) {
	d := &TableData{PatientIDs: []int64{3, 1, 3, 2}, Columns: map[string]*Column{
		"i1": {Ints: []int64{30, 10, 31, 20}, Valid: []bool{true, true, false, true}},
		"s1": {Dict: []string{"x", "y"}, Codes: []int32{0, 1, 1, 0}},
	}}
	s := d.SortedByPatient()
	if fmt.Sprint(s.PatientIDs) != "[1 2 3 3]" || fmt.Sprint(s.Columns["i1"].Ints) != "[10 20 30 31]" ||
		fmt.Sprint(s.Columns["i1"].Valid) != "[true true true false]" || fmt.Sprint(s.Columns["s1"].Codes) != "[1 0 0 1]" {
		t.Errorf("got %v %v %v %v", s.PatientIDs, s.Columns["i1"].Ints, s.Columns["i1"].Valid, s.Columns["s1"].Codes)
	}
	if fmt.Sprint(d.PatientIDs) != "[3 1 3 2]" {
		t.Error("input modified")
	}
	if s.SortedByPatient() != s {
		t.Error("sorted data copied")
	}
}
