package pipeline

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// v5 header and a valid ehrQL action used by many cases.
const dataset = `  generate_dataset:
    run: ehrql:v1 generate-dataset analysis/dataset_definition.py --output output/dataset.arrow
    outputs:
      highly_sensitive:
        dataset: output/dataset.arrow
`

func TestValid(t *testing.T) {
	src := "version: '5.0'\nactions:\n" + dataset + `  analyse:
    run: r:v2 analysis/model.R --flag 'a b'
    needs: [generate_dataset]
    outputs:
      moderately_sensitive:
        table: output/model_*.csv
    config:
      key: "it's"
      n: [1, 2.5, true, null]
`
	p, err := Parse("project.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if got := p.ActionNames(); !reflect.DeepEqual(got, []string{"generate_dataset", "analyse"}) {
		t.Errorf("names = %v", got)
	}
	a, _ := p.Action("analyse")
	if !reflect.DeepEqual(a.Run.Args, []string{"analysis/model.R", "--flag", "a b"}) {
		t.Errorf("args = %q", a.Run.Args)
	}
	wantConfig := `{"key": "it\u0027s", "n": [1, 2.5, true, null]}`
	if a.Config != wantConfig {
		t.Errorf("config = %s, want %s", a.Config, wantConfig)
	}
	if argv := a.Argv(); argv[0] != "r:v2" || argv[len(argv)-2] != "--config" {
		t.Errorf("argv = %q", argv)
	}
	g, _ := p.Action("generate_dataset")
	if !g.IsDatabaseAction() || a.IsDatabaseAction() {
		t.Error("database action detection")
	}
	if len(p.Warnings) != 0 || p.Version != 5 || p.PopulationSize != 0 {
		t.Errorf("warnings %v version %v population %d", p.Warnings, p.Version, p.PopulationSize)
	}
	if got := p.Images(); !reflect.DeepEqual(got, []string{"ehrql:v1", "r:v2"}) {
		t.Errorf("images = %v", got)
	}
}

func TestErrors(t *testing.T) {
	v5 := "version: '5.0'\nactions:\n"
	v3 := "version: '3.0'\nexpectations:\n  population_size: 1000\nactions:\n"
	act := func(name, body string) string { return "  " + name + ":\n" + body }
	hs := "    outputs:\n      highly_sensitive:\n        x: output/%s.csv\n"
	out := func(n string) string { return strings.Replace(hs, "%s", n, 1) }
	cases := []struct {
		name, src string
		kind      Kind
		line      int
		msg       string
	}{
		{"unexpected top-level", "version: 5\nactions: {}\nfoo: 1\nbar: 2\n", Invalid, 3,
			"Unexpected parameters (foo, bar) in project"},
		{"missing version", "actions: {}\n", Invalid, 1,
			"Project file must have a `version` attribute specifying which version of the project configuration format it uses (current latest version is 5)"},
		{"null version", "version:\nactions: {}\n", Invalid, 1,
			"Project file must have a `version` attribute specifying which version of the project configuration format it uses (current latest version is 5)"},
		{"version not numeric", "version: five\nactions: {}\n", Invalid, 1,
			"`version` must be a number between 1 and 5"},
		{"version list", "version: [1]\nactions: {}\n", Invalid, 1,
			"`version` must be a number between 1 and 5"},
		{"version too low", "version: 0.5\nactions: {}\n", Invalid, 1,
			"`version` must be a number between 1 and 5"},
		{"version too high", "version: '6'\nactions: {}\n", Invalid, 1,
			"The latest version is v5, but got v6.0"},
		{"actions missing", "version: 5\n", Invalid, 1,
			"Project `actions` section must be a dictionary of key/value pairs"},
		{"actions list", "version: 5\nactions: [a]\n", Invalid, 2,
			"Project `actions` section must be a dictionary of key/value pairs"},
		{"run_all v5", v5 + act("run_all", "    run: python:v2 x.py\n"+out("a")), Invalid, 3,
			"`run_all` is a reserved action name and is not allowed for user-defined actions."},
		{"action not mapping", v5 + "  a: 1\n", Invalid, 3,
			"Configuration for action a must be a dictionary of key/value pairs"},
		{"no run", v5 + act("a", out("a")), Invalid, 3,
			"Action a must contain a configuration for 'run'"},
		{"no outputs", v5 + act("a", "    run: python:v2 x.py\n"), Invalid, 3,
			"Action a must contain a configuration for 'outputs'"},
		{"unknown action key", v5 + act("a", "    run: python:v2 x.py\n    foo: 1\n"+out("a")), Invalid, 5,
			"Unexpected parameters (foo) in action a"},
		{"outputs not mapping", v5 + act("a", "    run: python:v2 x.py\n    outputs: [x]\n"), Invalid, 5,
			"`outputs` section for action a must be a dictionary of key/value pairs"},
		{"run not string", v5 + act("a", "    run: [python:v2]\n"+out("a")), Invalid, 4,
			"`run` section for action a must be a string"},
		{"needs not list", v5 + act("a", "    run: python:v2 x.py\n    needs: b\n"+out("a")), Invalid, 5,
			"`needs` section for action a must be a list"},
		{"config not mapping", v5 + act("a", "    run: python:v2 x.py\n    config: 3\n"+out("a")), Invalid, 5,
			"`config` section for action a must be a dictionary of key/value pairs"},
		{"dummy_data_file not string", v5 + act("a", "    run: python:v2 x.py\n    dummy_data_file: [x]\n"+out("a")), Invalid, 5,
			"`dummy_data_file` section for action a must be a string"},
		{"no output levels", v5 + act("a", "    run: python:v2 x.py\n    outputs: {}\n"), Invalid, 5,
			"must specify at least one output of: highly_sensitive, moderately_sensitive, minimally_sensitive"},
		{"unknown level", v5 + act("a", "    run: python:v2 x.py\n    outputs:\n      secret: {x: a.csv}\n"), Invalid, 6,
			"Unexpected parameters (secret) in `outputs` section for action a"},
		{"output not string", v5 + act("a", "    run: python:v2 x.py\n    outputs:\n      highly_sensitive: {x: [a]}\n"), Invalid, 6,
			"`x` output for action a must be a string"},
		{"backslash", v5 + act("a", "    run: python:v2 x.py\n    outputs:\n      highly_sensitive: {x: 'out\\a.csv'}\n"), Invalid, 6,
			`Output path out\a.csv is invalid: contains back slashes (use forward slashes only)`},
		{"double star", v5 + act("a", "    run: python:v2 x.py\n    outputs:\n      highly_sensitive: {x: 'out/**/a.csv'}\n"), Invalid, 6,
			"Output path out/**/a.csv is invalid: contains '**' (only the * wildcard character is supported)"},
		{"question mark", v5 + act("a", "    run: python:v2 x.py\n    outputs:\n      highly_sensitive: {x: 'out/a?.csv'}\n"), Invalid, 6,
			"Output path out/a?.csv is invalid: contains '?' (only the * wildcard character is supported)"},
		{"bracket", v5 + act("a", "    run: python:v2 x.py\n    outputs:\n      highly_sensitive: {x: 'out/[ab].csv'}\n"), Invalid, 6,
			"Output path out/[ab].csv is invalid: contains '[' (only the * wildcard character is supported)"},
		{"no extension", v5 + act("a", "    run: python:v2 x.py\n    outputs:\n      highly_sensitive: {x: out/*}\n"), Invalid, 6,
			"Output path out/* is invalid: output paths must have a file type extension at the end"},
		{"star extension", v5 + act("a", "    run: python:v2 x.py\n    outputs:\n      highly_sensitive: {x: out/foo.*}\n"), Invalid, 6,
			"Output path out/foo.* is invalid: output paths must have a file type extension at the end"},
		{"moderately type", v5 + act("a", "    run: python:v2 x.py\n    outputs:\n      moderately_sensitive: {x: out/a.csv.gz}\n"), Invalid, 6,
			"Output path out/a.csv.gz is invalid: out/a.csv.gz is not an allowed file type for moderately_sensitive outputs"},
		{"not normal", v5 + act("a", "    run: python:v2 x.py\n    outputs:\n      highly_sensitive: {x: out//a.csv}\n"), Invalid, 6,
			"Output path out//a.csv is invalid: is not in standard form (contains double slashes or '..' elements)"},
		{"dotdot", v5 + act("a", "    run: python:v2 x.py\n    outputs:\n      highly_sensitive: {x: ../a.csv}\n"), Invalid, 6,
			"Output path ../a.csv is invalid: is not in standard form (contains double slashes or '..' elements)"},
		{"metadata", v5 + act("a", "    run: python:v2 x.py\n    outputs:\n      highly_sensitive: {x: metadata/a.csv}\n"), Invalid, 6,
			"Output path metadata/a.csv is invalid: should not include the metadata directory"},
		{"absolute", v5 + act("a", "    run: python:v2 x.py\n    outputs:\n      highly_sensitive: {x: /tmp/a.csv}\n"), Invalid, 6,
			"Output path /tmp/a.csv is invalid: is an absolute path"},
		{"windows absolute", v5 + act("a", "    run: python:v2 x.py\n    outputs:\n      highly_sensitive: {x: 'c:/a.csv'}\n"), Invalid, 6,
			"Output path c:/a.csv is invalid: is an absolute path"},
		{"empty run", v5 + act("a", "    run: ''\n"+out("a")), Invalid, 4,
			"run must have a value, a has an empty run key"},
		{"null run", v5 + act("a", "    run:\n"+out("a")), Invalid, 4,
			"run must have a value, a has an empty run key"},
		{"unbalanced quote", v5 + act("a", "    run: python:v2 x.py 'oops\n"+out("a")), Invalid, 4,
			"Action a has an invalid 'run' command (No closing quotation): python:v2 x.py 'oops"},
		{"no tag", v5 + act("a", "    run: python x.py\n"+out("a")), Invalid, 4,
			"Action command python must have a version specified in the form :vN (e.g. python:v2)"},
		{"bad tag", v5 + act("a", "    run: python:2 x.py\n"+out("a")), Invalid, 4,
			"Action command python must have a version specified in the form :vN (e.g. python:v2)"},
		{"needs with space", v5 + act("a", "    run: python:v2 x.py\n    needs: [b c]\n"+out("a")), Invalid, 5,
			"`needs` actions should be separated with commas, but a needs `b c`"},
		{"generate_cohort levels", "version: '3.0'\nexpectations: {population_size: 10}\nactions:\n" + act("a",
			"    run: cohortextractor:latest generate_cohort\n    outputs:\n      highly_sensitive: {x: output/a.csv}\n      moderately_sensitive: {y: output/b.csv}\n"), Invalid, 5,
			"A `generate_cohort` action must have exactly one output; a had 2"},
		{"generate_cohort dirs", "version: '3.0'\nexpectations: {population_size: 10}\nactions:\n" + act("a",
			"    run: cohortextractor:latest generate_cohort\n    outputs:\n      highly_sensitive: {x: output/a.csv, y: other/b.csv}\n"), Invalid, 5,
			"generate_cohort command should produce output in only one directory, found 2:\n - other/\n - output/"},
		{"dataset not highly", v5 + act("a", "    run: ehrql:v1 generate-dataset d.py --output output/a.csv\n    outputs:\n      moderately_sensitive: {x: output/a.csv}\n"), Invalid, 6,
			"`a` action uses `generate-dataset` and so all outputs must be labelled `highly_sensitive`"},
		{"dataset no output", v5 + act("a", "    run: ehrql:v1 generate-dataset d.py\n"+out("a")), Invalid, 4,
			"`a` action does not provide an `--output` argument specifying where the results of `generate-dataset` should be stored"},
		{"dataset output mismatch", v5 + act("a", "    run: ehrql:v1 generate-dataset d.py --output=output/b.csv\n"+out("a")), Invalid, 4,
			"output specification must match the `--output` argument in the `run` command\ngot: output/a.csv\nbut was expecting: output/b.csv"},
		{"dataset dir mismatch", v5 + act("a", "    run: ehrql:v1 generate-dataset d.py --output output/:arrow\n"+out("a")), Invalid, 4,
			"output specification must match the `--output` argument in the `run` command\ngot: output/a.csv\nbut was expecting: output/:arrow"},
		{"cohortextractor v4", "version: 4\nactions:\n" + act("a", "    run: cohortextractor:latest generate_cohort\n"+out("a")), Invalid, 3,
			"Action a uses cohortextractor actions, which are not supported in this version."},
		{"latest v5", v5 + act("a", "    run: python:latest x.py\n"+out("a")), Invalid, 3,
			"Action a uses `python:latest`, which is not supported. Provide a version e.g. `:v2` instead"},
		{"duplicate run", v5 + act("a", "    run: python:v2 x.py\n"+out("a")) + act("b", "    run: python:v2 x.py\n"+out("b")) + act("c", "    run: python:v2 x.py\n"+out("c")), Invalid, 3,
			"Action a has the same 'run' command as other actions: b ,c"},
		{"output not unique", v5 + act("a", "    run: python:v2 x.py\n"+out("a")) + act("b", "    run: python:v2 y.py\n"+out("a")), Invalid, 12,
			"Output path output/a.csv is not unique"},
		{"unknown needs", v5 + act("a", "    run: python:v2 x.py\n    needs: [zz]\n"+out("a")), Invalid, 3,
			"Action `a` references an unknown action in its `needs` list: zz"},
		{"self cycle", v5 + act("a", "    run: python:v2 x.py\n    needs: [a]\n"+out("a")), Invalid, 3,
			"Action a has a circular dependency: a -> a"},
		{"cycle", v5 + act("a", "    run: python:v2 x.py\n    needs: [b]\n"+out("a")) + act("b", "    run: python:v2 y.py\n    needs: [c]\n"+out("b")) + act("c", "    run: python:v2 z.py\n    needs: [b]\n"+out("c")), Invalid, 9,
			"Action b has a circular dependency: b -> c -> b"},
		{"v3 no expectations", "version: 3\nactions:\n" + act("a", "    run: python:v2 x.py\n"+out("a")), Invalid, 1,
			"Project must include `expectations` section"},
		{"expectations not mapping", "version: 3\nexpectations: 5\nactions:\n" + act("a", "    run: python:v2 x.py\n"+out("a")), Invalid, 2,
			"Project `expectations` section must be a dictionary of key/value pairs"},
		{"expectations no population", "version: 3\nexpectations: {}\nactions:\n" + act("a", "    run: python:v2 x.py\n"+out("a")), Invalid, 2,
			"Project `expectations` section must include `population_size` section"},
		{"population not int", "version: 3\nexpectations: {population_size: lots}\nactions:\n" + act("a", "    run: python:v2 x.py\n"+out("a")), Invalid, 2,
			"Project expectations population size must be a number"},
		{"expectations extra", "version: 3\nexpectations: {population_size: 5, x: 1}\nactions:\n" + act("a", "    run: python:v2 x.py\n"+out("a")), Invalid, 2,
			"Unexpected parameters (x) in project `expectations` section"},
		{"expectations v4", "version: 4\nexpectations: {population_size: 5}\nactions:\n" + act("a", "    run: python:v2 x.py\n"+out("a")), Invalid, 2,
			"Project includes `expectations` section, which is not supported in this version. This section is only applicable to deprecated cohortextractor actions; you can safely remove it."},
		{"duplicate key", v3 + act("a", "    run: python:v2 x.py\n    run: python:v2 y.py\n"+out("a")), Syntax, 7,
			`found duplicate key "run" with value "python:v2 y.py"`},
		{"list document", "- a\n- b\n", Invalid, 1,
			"Project file must be a dictionary of key/value pairs, not a list"},
		{"empty document", "", Invalid, 1,
			"Project file must be a dictionary of key/value pairs (the file is empty)"},
		{"yaml syntax", "version: 5\nactions: {a: [}\n", Syntax, 2,
			"did not find expected node content"},
		// yaml.v3 points at the start of the enclosing block here.
		{"bad indentation", "version: 5\nactions:\n  a:\n    - b\n   c: d\n", Syntax, 3,
			"did not find expected key"},
		{"tab", "version: 5\nactions:\n\ta: 1\n", Syntax, 3,
			"found character that cannot start any token"},
		{"tab indentation", "version: 5\nactions:\n  a: 1\n\tb: 2\n", Syntax, 4,
			"found a tab character that violates indentation"},
		{"tab first line", "\tversion: 5\n", Syntax, 1,
			"found character that cannot start any token"},
		{"bad mapping", "version: 5\nactions: 1\n x: 3\n", Syntax, 3,
			"mapping values are not allowed in this context"},
		{"unknown alias", "version: 5\nactions:\n  a: *nope\n", Syntax, 3,
			"unknown anchor 'nope' referenced"},
		{"self alias", "version: 5\nactions: &a [*a]\n", Syntax, 2,
			"anchor 'a' value contains itself"},
		{"two documents", "version: 5\n---\nversion: 4\n", Syntax, 2,
			"expected a single document in the stream"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Parse("project.yaml", []byte(c.src))
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("err = %v, want *Error", err)
			}
			if e.Msg != c.msg {
				t.Errorf("msg = %q\nwant  %q", e.Msg, c.msg)
			}
			if e.Kind != c.kind {
				t.Errorf("kind = %v, want %v", e.Kind, c.kind)
			}
			if e.Pos.Line != c.line || e.Pos.File != "project.yaml" {
				t.Errorf("pos = %v, want line %d", e.Pos, c.line)
			}
			if c.kind == Invalid && !strings.HasPrefix(e.Error(), "Invalid project: project.yaml\n"+c.msg+"\n") {
				t.Errorf("Error() = %q", e.Error())
			}
		})
	}
}

func TestWarnings(t *testing.T) {
	src := "version: '4.0'\nactions:\n  run_all:\n    run: python:v2 x.py\n" + dataset
	p, err := Parse("project.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"ProjectWarning: Your project file is using an old version (4.0); consider updating to version 5",
		"ProjectWarning: `run_all` is a reserved action name; user-defined actions with this name are ignored and will raise an error in later versions.",
	}
	var got []string
	for _, w := range p.Warnings {
		got = append(got, w.String())
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("warnings = %q", got)
	}
	if names := p.ActionNames(); !reflect.DeepEqual(names, []string{"generate_dataset"}) {
		t.Errorf("names = %v", names)
	}
}

func TestVersions(t *testing.T) {
	for _, c := range []struct {
		version string
		want    float64
		feat    Features
		pop     int
	}{
		{"1", 1, Features{}, 1000},
		{"'2'", 2, Features{UniqueOutputPath: true}, 1000},
		{"3.0\nexpectations: {population_size: 700000}", 3, Features{UniqueOutputPath: true, ExpectationsPopulation: true}, 700000},
		{"'3.5'", 3.5, Features{UniqueOutputPath: true}, 1000},
		{"'4.0'", 4, Features{UniqueOutputPath: true, RemoveSupportForCohortExtractor: true}, 0},
		{"5", 5, FeaturesFor(5), 0},
	} {
		p, err := Parse("p.yaml", []byte("version: "+c.version+"\nactions:\n"+dataset))
		if err != nil {
			t.Fatalf("%s: %v", c.version, err)
		}
		if p.Version != c.want || p.Features != c.feat || p.PopulationSize != c.pop {
			t.Errorf("%s: got %v %+v %d", c.version, p.Version, p.Features, p.PopulationSize)
		}
	}
}

func TestSplitWords(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"a b  c", []string{"a", "b", "c"}},
		{`r:v2 -e 'rmarkdown::render("x.Rmd")'`, []string{"r:v2", "-e", `rmarkdown::render("x.Rmd")`}},
		{`a "b \"c\" \d" e\ f`, []string{"a", `b "c" \d`, "e f"}},
		{"a '' b", []string{"a", "", "b"}},
		{"a\n  b\n", []string{"a", "b"}},
		{"x#y", []string{"x#y"}},
	} {
		got, err := SplitWords(c.in)
		if err != nil || !reflect.DeepEqual(got, c.want) {
			t.Errorf("SplitWords(%q) = %q, %v; want %q", c.in, got, err, c.want)
		}
	}
	for _, bad := range []string{`a "b`, "a 'b", `a \`} {
		if _, err := SplitWords(bad); err == nil {
			t.Errorf("SplitWords(%q): no error", bad)
		}
	}
}

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	_, err := Load(dir)
	var e *Error
	if !errors.As(err, &e) || e.Kind != NotFound || e.Error() != "No project.yaml file found in "+dir {
		t.Fatalf("err = %v", err)
	}
	if err := os.WriteFile(filepath.Join(dir, "project.yaml"), []byte("version: 5\nactions:\n"+dataset), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(dir); err != nil {
		t.Fatal(err)
	}
}

func TestTestdata(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.yaml")
	if len(files) == 0 {
		t.Fatal("no testdata")
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		p, err := Parse(f, data)
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		if len(p.Actions) < 3 {
			t.Errorf("%s: only %d actions", f, len(p.Actions))
		}
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte("version: 5\nactions:\n" + dataset))
	f.Add([]byte("version: 3\nexpectations: {population_size: 1}\nactions: {a: {run: 'x:v1 \"', outputs: {}}}\n"))
	f.Add([]byte("a: &x [*x]\n"))
	files, _ := filepath.Glob("testdata/*.yaml")
	for _, name := range files {
		if data, err := os.ReadFile(name); err == nil {
			f.Add(data)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := Parse("project.yaml", data)
		if err != nil {
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("non-*Error error: %v", err)
			}
			return
		}
		for _, a := range p.Actions {
			_ = a.Argv()
		}
	})
}

func TestTestdataDetails(t *testing.T) {
	load := func(name string) *Project {
		t.Helper()
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		p, err := Parse(name, data)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	p := load("legacy_v4.yaml")
	ph, _ := p.Action("phenotype")
	want := `{"df_input": "output/dataset.arrow", "remove_helper": true, "thresholds": {"hba1c": 48.0, "fasting glucose": 7}}`
	if ph.Config != want {
		t.Errorf("config = %s", ph.Config)
	}
	if !ph.Run.IsReusableAction(false) || ph.IsDatabaseAction() {
		t.Error("phenotype should be a reusable, non-database action")
	}
	if got := p.Images(); !reflect.DeepEqual(got, []string{"ehrql:v0", "stata-mp:v1", "cox-ipw:v0.0.37", "diabetes-algo:v0.0.10", "jupyter:v1"}) {
		t.Errorf("images = %v", got)
	}
	p = load("cohortextractor_v3.yaml")
	if p.PopulationSize != 10000 {
		t.Errorf("population = %d", p.PopulationSize)
	}
	for _, name := range []string{"generate_study_population", "query"} {
		if a, _ := p.Action(name); !a.IsDatabaseAction() {
			t.Errorf("%s should be a database action", name)
		}
	}
	p = load("ehrql_v5.yaml")
	m, _ := p.Action("model")
	if len(m.Run.Args) != 2 || m.Run.Args[1] != `rmarkdown::render("analysis/report.Rmd", output_dir = "/workspace/output/report")` {
		t.Errorf("model args = %q", m.Run.Args)
	}
	if !reflect.DeepEqual(m.Needs, []string{"generate_dataset", "describe_dataset"}) {
		t.Errorf("needs = %v", m.Needs)
	}
}

func TestConfigJSON(t *testing.T) {
	src := "version: 5\nactions:\n  a:\n    run: x:v1\n    config: {'1': \"\u00e9\U0001F600\\x7f\", ~: 1.0e+16, x: [.inf, -0.0, 1.0e-5, 123456789012345678901234567890], 3.5: null}\n    outputs: {highly_sensitive: {x: a.csv}}\n"
	p, err := Parse("p.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	// As printed by CPython's json.dumps for the same mapping.
	want := `{"1": "\u00e9\ud83d\ude00\u007f", "null": 1e+16, "x": [Infinity, -0.0, 1e-05, 123456789012345678901234567890], "3.5": null}`
	if got := p.Actions[0].Config; got != want {
		t.Errorf("config =\n%s\nwant\n%s", got, want)
	}
}

func TestJoinWords(t *testing.T) {
	// Expected output printed by CPython's shlex.join.
	got := JoinWords([]string{"r:v2", "-e", `rmarkdown::render("x")`, "", "it's", "a_b@%+=:,./-", "é", "--config", `{"key": "it\u0027s"}`})
	want := `r:v2 -e 'rmarkdown::render("x")' '' 'it'"'"'s' a_b@%+=:,./- 'é' --config '{"key": "it\u0027s"}'`
	if got != want {
		t.Errorf("JoinWords = %s\nwant       %s", got, want)
	}
}

func TestRunCommand(t *testing.T) {
	src := "version: 5\nactions:\n  a:\n    run: diabetes-algo:v0.0.10 --x=1\n    config: {name: \"O'Brien\"}\n    outputs: {highly_sensitive: {x: a.csv}}\n"
	p, err := Parse("p.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	want := `diabetes-algo:v0.0.10 --x=1 --config '{"name": "O\u0027Brien"}'`
	if got := p.Actions[0].RunCommand(); got != want {
		t.Errorf("RunCommand = %s\nwant         %s", got, want)
	}
}

func TestKnownImages(t *testing.T) {
	for _, c := range []struct {
		name          string
		server, local bool
	}{
		{"ehrql", true, true}, {"r", true, true}, {"sqlrunner", true, true},
		{"cohortextractor", false, true}, {"databuilder", false, true},
		{"cox-ipw", false, false},
	} {
		if IsKnownImage(c.name, false) != c.server || IsKnownImage(c.name, true) != c.local {
			t.Errorf("IsKnownImage(%q) wrong", c.name)
		}
	}
}
