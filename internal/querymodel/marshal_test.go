package querymodel

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/opensafely-go/opensafely/internal/codes"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata/")

// exampleModule builds a definition that uses every kind of node and
// configuration object.
func exampleModule(t testing.TB) *ModuleDetails {
	P, E, E2 := p(t), e(t), e2(t)
	snomed := func(s string) codes.Code { return must(codes.Parse(codes.SNOMEDCT, s)) }
	codelist := val(t, must(NewFrozenset(snomed("123456"), snomed("234567"))))
	events := must(NewFilter(E, fn(t, FnIn, col(t, E, "c1"), codelist)))
	first := must(NewPickOneRowPerPatient(must(NewSort(events, col(t, events, "d1"))), First))
	firstDate := col(t, first, "d1")
	age := fn(t, FnDateDifferenceInYears, val(t, date(t, "2024-01-01")), col(t, P, "d1"))
	ageBand := must(NewCase([]CaseArm{
		{fn(t, FnLT, age, val(t, 18)), val(t, "child")},
		{fn(t, FnGE, age, val(t, 18)), val(t, "adult")},
	}, nil))
	fileTable := must(NewInlinePatientTable(&FileRows{Format: "csv", Filename: "data/extra.csv",
		Columns: []ColumnSpec{{Name: "score", Type: Float, Nullable: true}, {Name: "grp", Type: Str, Categories: []any{"a", "b"}}},
	}, MustTableSchema(Column{Name: "score", Type: Float}, Column{Name: "grp", Type: Str,
		Constraints: []Constraint{Categorical{Values: []any{"a", "b"}}, NotNull{}}})))
	literalTable := must(NewInlinePatientTable(&LiteralRows{Rows: [][]any{{int64(1), date(t, "2020-02-01")}}},
		MustTableSchema(Column{Name: "when", Type: Date, Constraints: []Constraint{FirstOfMonth{}, Unique{}},
			DummyConstraints: []Constraint{ClosedRange{Min: 0, Max: 10, Step: 2}, GeneralRange{Min: 1, IncludesMin: true},
				Regex{Pattern: "[a-z]+"}, DateAfter{Columns: []string{"x"}}}})))
	evTable := must(NewSeriesCollectionFrame([]NamedSeries{{"date", col(t, events, "d1")}, {"code", col(t, events, "c1")}}))
	pop := fn(t, FnAnd, must(NewAggregate(AggExists, E)), fn(t, FnNot, fn(t, FnIsNull, col(t, P, "d1"))))
	vars := []NamedSeries{
		{"first_date", firstDate},
		{"age", age},
		{"age_band", ageBand},
		{"n_events", must(NewAggregate(AggCount, events))},
		{"mean_value", must(NewAggregate(AggMean, col(t, E, "f1")))},
		{"episodes", must(NewCountEpisodes(col(t, E, "d1"), 7))},
		{"in_other", fn(t, FnIn, col(t, P, "c1"), must(NewAggregate(AggCombineAsSet, col(t, E2, "c1"))))},
		{"latest", fn(t, FnMaximumOf, firstDate, col(t, P, "d2"), val(t, date(t, "2000-01-01")))},
		{"ratio", fn(t, FnTrueDivide, col(t, P, "f1"), val(t, 2.0))},
		{"small", val(t, 1e-05)},
		{"has_m06", fn(t, FnStringContains, col(t, P, "m1"), val(t, must(codes.Parse(codes.ICD10Multi, "M06"))))},
		{"score", col(t, fileTable, "score")},
		{"when", col(t, literalTable, "when")},
		{"in_interval", fn(t, FnGE, firstDate, IntervalStart)},
		{"fvm", must(NewFixedValueMap(col(t, P, "s1"), []MapEntry{{"a", 1}, {"b", nil}}, 0))},
		{"coalesced", must(NewCoalesce(col(t, P, "i1"), val(t, 0)))},
	}
	gs := must(NewGroupedSum([]string{"n_events"}, "age", []GroupBy{{Columns: []string{"age_band"}, Numerators: []string{"n_events"}}}))
	ds := must(NewDataset(pop, vars, []NamedFrame{{"events", evTable}}, gs))
	return &ModuleDetails{
		Dataset:                ds,
		DatasetDummyDataConfig: &DummyDataConfig{PopulationSize: 100, Timeout: 60, AdditionalPopulationConstraint: fn(t, FnGT, age, val(t, 0))},
		TestData:               json.RawMessage(`{"dict": [[1, {"dict": [["expected_in_population", false]]}]]}`),
		Measures: &MeasureCollection{Measures: []*Measure{{
			Name: "m", Numerator: must(NewAggregate(AggExists, events)), Denominator: pop,
			GroupBy:   []NamedSeries{{"age_band", ageBand}},
			Intervals: []Interval{{date(t, "2022-01-01"), date(t, "2022-01-31")}},
		}}},
		MeasuresDummyDataConfig:         DefaultDummyDataConfig(),
		MeasuresDisclosureControlConfig: &DisclosureControlConfig{Enabled: true},
		ClaimedPermissions:              []string{"appointments"},
	}
}

func TestMarshalGolden(t *testing.T) {
	got, err := Marshal(exampleModule(t))
	if err != nil {
		t.Fatal(err)
	}
	var pretty bytes.Buffer
	if err := json.Indent(&pretty, got, "", "  "); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, got)
	}
	golden := filepath.Join("testdata", "module.golden.json")
	if *update {
		if err := os.WriteFile(golden, pretty.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(pretty.Bytes(), want) {
		t.Errorf("output differs from %s (run go test -update if the change is intended):\n%s", golden, pretty.Bytes())
	}
	// Stable: marshalling again gives identical bytes.
	again, _ := Marshal(exampleModule(t))
	if !bytes.Equal(got, again) {
		t.Error("Marshal output is not stable")
	}
}

func TestRoundTrip(t *testing.T) {
	m := exampleModule(t)
	data, err := Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	back, err := UnmarshalModule(data, testRegistry)
	if err != nil {
		t.Fatal(err)
	}
	if back.Dataset != m.Dataset {
		t.Error("dataset did not round-trip to the same interned node")
	}
	if back.DatasetDummyDataConfig.AdditionalPopulationConstraint != m.DatasetDummyDataConfig.AdditionalPopulationConstraint ||
		back.DatasetDummyDataConfig.PopulationSize != 100 {
		t.Error("dummy data config differs")
	}
	if !reflect.DeepEqual(back.Measures, m.Measures) {
		t.Error("measures differ")
	}
	if !reflect.DeepEqual(back.ClaimedPermissions, m.ClaimedPermissions) ||
		*back.MeasuresDisclosureControlConfig != *m.MeasuresDisclosureControlConfig ||
		*back.MeasuresDummyDataConfig != *m.MeasuresDummyDataConfig {
		t.Error("config differs")
	}
	if string(back.TestData) != string(m.TestData) {
		t.Errorf("test data = %s", back.TestData)
	}
	again, err := Marshal(back)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(data, again) {
		t.Error("marshal(unmarshal(x)) != x")
	}
	// Transformed graphs (engine-only nodes) round-trip too.
	rewritten := must(RewriteSorts(must(SpecialiseCases(m.Dataset))))
	data2 := must(Marshal(rewritten))
	back2, err := Unmarshal(data2, testRegistry)
	if err != nil {
		t.Fatal(err)
	}
	if back2 != rewritten {
		t.Error("rewritten dataset did not round-trip")
	}
}

func TestMarshalShape(t *testing.T) {
	E := e(t)
	x := col(t, E, "i1")
	root := fn(t, FnEQ, fn(t, FnAdd, x, x), val(t, 2))
	got := string(must(Marshal(root)))
	want := `{"value": {"ref": "1"}, ` +
		`"1": {"Function.EQ": {"lhs": {"ref": "2"}, "rhs": {"ref": "5"}}}, ` +
		`"2": {"Function.Add": {"lhs": {"ref": "3"}, "rhs": {"ref": "3"}}}, ` +
		`"3": {"SelectColumn": {"source": {"ref": "4"}, "name": "i1"}}, ` +
		`"4": {"external_ref": {"module": "tests.schema", "name": "e"}}, ` +
		`"5": {"Value": {"value": 2}}}`
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestLiteralEncoding(t *testing.T) {
	tests := []struct {
		v    any
		want string
	}{
		{nil, `null`},
		{true, `true`},
		{int64(-3), `-3`},
		{2.0, `2.0`},
		{0.1, `0.1`},
		{1e-05, `1e-05`},
		{1e16, `1e+16`},
		{123456789.5, `123456789.5`},
		{"a\"b", `"a\"b"`},
		{CalendarDate{2020, 1, 2}, `{"date": "2020-01-02"}`},
		{codes.Code{System: codes.CTV3, Value: "Y1234"}, `{"CTV3Code": "Y1234"}`},
		{must(NewFrozenset("b", "a")), `{"frozenset": ["a", "b"]}`},
	}
	for _, tt := range tests {
		var b bytes.Buffer
		if err := writeLiteral(&b, tt.v); err != nil || b.String() != tt.want {
			t.Errorf("writeLiteral(%#v) = %s, %v; want %s", tt.v, b.String(), err, tt.want)
		}
		if tt.v == nil {
			continue
		}
		// And back through Unmarshal as a Value node.
		doc := `{"value": {"ref": "1"}, "1": {"Value": {"value": ` + tt.want + `}}}`
		v, err := Unmarshal([]byte(doc), testRegistry)
		if err != nil {
			t.Errorf("Unmarshal(%s): %v", doc, err)
			continue
		}
		if v != val(t, tt.v) {
			t.Errorf("Unmarshal(%s) = %#v", doc, v)
		}
	}
}

func TestUnmarshalErrors(t *testing.T) {
	tests := []struct {
		name, doc, err string
	}{
		{"inline table body", `{"value": {"ref": "1"}, "1": {"SelectTable": {"name": "e", "schema": null}}}`,
			"SelectTable must be an external_ref"},
		{"unknown table", `{"value": {"external_ref": {"module": "ehrql.tables.x", "name": "y"}}}`,
			"unknown table ehrql.tables.x.y"},
		{"missing ref", `{"value": {"ref": "9"}}`, `reference to missing node "9"`},
		{"cycle", `{"value": {"ref": "1"}, "1": {"Function.Not": {"source": {"ref": "1"}}}}`, `node "1" refers to itself`},
		{"type error", `{"value": {"ref": "1"}, "1": {"Function.Not": {"source": {"Value": 3}}}}`,
			"Expected type 'Series[bool]' but got 'Series[int]'"},
		{"bad code", `{"value": {"SNOMEDCTCode": "xyz"}}`, "Invalid SNOMEDCTCode: xyz"},
		{"unknown tag", `{"value": {"Frobnicate": {}}}`, `unknown object "Frobnicate"`},
		{"missing field", `{"value": {"Function.Not": {}}}`, `Function.Not: missing field "source"`},
		{"not json", `{"value": `, "bad JSON"},
		{"no value", `{}`, `missing "value"`},
		{"two keys", `{"value": {"a": 1, "b": 2}}`, "single-key tagged object"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Unmarshal([]byte(tt.doc), testRegistry)
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("error = %v, want it to contain %q", err, tt.err)
			}
		})
	}
}

func TestUnmarshalDefinitionError(t *testing.T) {
	doc := `{"value": {"ModuleDetails": {"dataset": {"DefinitionError": {"message": "boom", "exit_code": 10}},
		"dataset_dummy_data_config": null, "test_data": null, "measures": null,
		"measures_dummy_data_config": null, "measures_disclosure_control_config": null,
		"claimed_permissions": {"tuple": []}}}}`
	m, err := UnmarshalModule([]byte(doc), testRegistry)
	if err != nil {
		t.Fatal(err)
	}
	if m.Dataset != nil || m.Errors["dataset"] == nil || m.Errors["dataset"].ExitCode != 10 || m.Errors["dataset"].Message != "boom" {
		t.Errorf("got %#v", m)
	}
	out := string(must(Marshal(m)))
	if !strings.Contains(out, `"dataset": {"DefinitionError": {"message": "boom", "exit_code": 10}}`) {
		t.Errorf("error slot not re-serialised: %s", out)
	}
}

func TestMarshalRejectsUnregisteredTable(t *testing.T) {
	local := &Table{Attr: "mine", Schema: MustTableSchema(Column{Name: "x", Type: Int})}
	if _, err := Marshal(must(NewSelectTable(local))); err == nil {
		t.Error("a table without a module must not serialise")
	}
}
