package stdlib

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/opensafely-go/opensafely/internal/python"
)

func TestDateConversions(t *testing.T) {
	d, err := NewDate(2020, 2, 29)
	if err != nil {
		t.Fatal(err)
	}
	if got := d.DaysSinceEpoch(); got != 18321 {
		t.Errorf("DaysSinceEpoch = %d, want 18321", got)
	}
	back, err := DateFromDays(18321)
	if err != nil || back != d {
		t.Errorf("DateFromDays(18321) = %v, %v", back, err)
	}
	if got := d.Ordinal(); got != 737484 {
		t.Errorf("Ordinal = %d, want 737484", got)
	}
	if got := DateFromTime(time.Date(2021, 3, 4, 23, 0, 0, 0, time.UTC)); got != (Date{2021, 3, 4}) {
		t.Errorf("DateFromTime = %v", got)
	}
	if !d.Time().Equal(time.Date(2020, 2, 29, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("Time = %v", d.Time())
	}
	if _, err := NewDate(2021, 2, 29); err == nil {
		t.Errorf("NewDate(2021, 2, 29) succeeded")
	}
	if _, err := DateFromOrdinal(0); err == nil {
		t.Errorf("DateFromOrdinal(0) succeeded")
	}
	if d.Type() != DateClass || (DateTime{}).Type() != DateTimeClass || (TimeDelta{}).Type() != TimeDeltaClass {
		t.Errorf("wrong classes")
	}
}

func TestPathString(t *testing.T) {
	for _, c := range []struct {
		v    python.Value
		want string
		ok   bool
	}{
		{python.Str("a/b"), "a/b", true},
		{NewPath("a//b/./c/"), "a/b/c", true},
		{NewPath(""), ".", true},
		{python.Int(1), "", false},
	} {
		got, ok := PathString(c.v)
		if got != c.want || ok != c.ok {
			t.Errorf("PathString(%v) = %q, %v; want %q, %v", c.v, got, ok, c.want, c.ok)
		}
	}
}

func TestModulesComplete(t *testing.T) {
	for _, name := range []string{"argparse", "collections", "csv", "datetime", "enum", "functools", "itertools",
		"json", "logging", "math", "operator", "os", "os.path", "pathlib", "random", "re", "sys", "typing"} {
		if Modules()[name] == nil {
			t.Errorf("module %s missing", name)
		}
	}
}

// runSource runs one program in a fresh project directory holding files.
func runSource(t *testing.T, src string, files map[string]string) string {
	return runSourceAs(t, "main.py", src, files)
}

// runSourceAs runs src saved as prog (a path relative to the project).
func runSourceAs(t *testing.T, prog, src string, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	os.MkdirAll(filepath.Dir(filepath.Join(dir, prog)), 0o755)
	if err := os.WriteFile(filepath.Join(dir, prog), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return runProgram(dir, prog)
}

func TestIntegration(t *testing.T) {
	outside := filepath.Join(t.TempDir(), "secret.txt")
	os.WriteFile(outside, []byte("secret"), 0o644)
	for _, c := range []struct {
		name, src, want string
		files           map[string]string
	}{
		{"sandbox exists", "import os\nfrom pathlib import Path\nprint(os.path.exists(" + pyQuote(outside) + "), Path('../x').exists(), os.path.isfile('data/a.txt'))\n",
			"False False True\n", map[string]string{"data/a.txt": "hi"}},
		{"sandbox read", "from pathlib import Path\nPath(" + pyQuote(outside) + ").read_text()\n",
			"", nil},
		{"namedtuple subclass", "from collections import namedtuple\nclass P(namedtuple('P', 'x y')):\n    def total(self):\n        return self.x + self.y\np = P(1, 2)\nprint(p, p.total(), isinstance(p, tuple))\n",
			"P(x=1, y=2) 3 True\n", nil},
		{"json from Path", "import json\nfrom pathlib import Path\nprint(json.loads(Path('analysis') .joinpath('config.json').read_text())['dates'])\n",
			"['2020-01-01']\n", map[string]string{"analysis/config.json": `{"dates": ["2020-01-01"]}`}},
		{"csv from open", "import csv\nwith open('codes.csv') as f:\n    print([r['code'] for r in csv.DictReader(f)])\n",
			"['a1', 'b2']\n", map[string]string{"codes.csv": "code,term\na1,x\nb2,\"y, z\"\n"}},
		{"enum codelists", "from enum import Enum\nclass C(Enum):\n    A = ('a.csv', 'code')\n    def __init__(self, path, col):\n        self.path = path\nprint(C.A.path, C.A.value, len(C))\n",
			"a.csv ('a.csv', 'code') 1\n", nil},
		{"file-relative paths", "from pathlib import Path\nimport os, json\nroot = Path(__file__).resolve().parent.parent\nprint(json.loads((root / 'output' / 'd.json').read_text()), os.path.basename(__file__), Path(__file__).stem)\nprint(json.load(open(os.path.join(os.path.dirname(__file__), 'cfg.json'))))\n",
			"{'a': 1} main.py main\n[2]\n", map[string]string{"output/d.json": `{"a": 1}`, "analysis/cfg.json": "[2]"}},
		{"reduce or", "from functools import reduce\nimport operator\nprint(reduce(operator.or_, [{1}, {2}], set()))\n", "{1, 2}\n", nil},
		{"date arithmetic", "from datetime import date, timedelta\nd = date(2020, 1, 1)\nprint(d + timedelta(days=30), (date(2021, 1, 1) - d).days, d.strftime('%d %B %Y'))\n",
			"2020-01-31 366 01 January 2020\n", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			prog := "main.py"
			if strings.Contains(c.name, "file-relative") {
				prog = "analysis/main.py"
			}
			got := runSourceAs(t, prog, c.src, c.files)
			if c.want == "" {
				if len(got) < 4 || got[:4] != "!!! " {
					t.Errorf("expected an error, got %q", got)
				}
				return
			}
			if got != c.want {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

// The unbounded itertools iterators charge every item to the step budget,
// so host code draining one stops at the budget or on cancellation.
func TestInfiniteIteratorsChargeSteps(t *testing.T) {
	for _, expr := range []string{"itertools.count()", "itertools.repeat(0)", "itertools.cycle([1])"} {
		in := python.New(python.Options{Root: t.TempDir(), Modules: Modules(), MaxSteps: 5_000})
		mod, err := in.ExecSource("m", "m.py", []byte("import itertools\nit = "+expr+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		v, _ := mod.Globals.Get("it")
		th := in.Thread()
		it, err := python.Iterate(th, v)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for ; n < 1_000_000; n++ {
			if _, _, err = it.Next(th); err != nil {
				break
			}
		}
		if err == nil || !strings.Contains(err.Error(), "step limit exceeded") || n > 5_000 {
			t.Errorf("%s: stopped after %d items with %v", expr, n, err)
		}
	}
	// Python code cannot catch the error.
	var out strings.Builder
	in := python.New(python.Options{Root: t.TempDir(), Modules: Modules(), MaxSteps: 5_000, Stdout: &out})
	_, err := in.ExecSource("m", "m.py", []byte("import itertools\ntry:\n    sum(itertools.repeat(1))\nexcept Exception:\n    print('caught')\n"))
	if err == nil || out.Len() > 0 {
		t.Errorf("got %q, %v", out.String(), err)
	}
}
