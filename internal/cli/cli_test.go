package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func run(t *testing.T, p *Program, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = p.Run(Streams{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errOut}, args)
	return code, out.String(), errOut.String()
}

func TestEhrqlTopLevel(t *testing.T) {
	code, out, _ := run(t, Ehrql(), "--version")
	if code != 0 || out != "ehrql "+Version+"\n" {
		t.Errorf("--version: code %d, output %q", code, out)
	}
	code, out, _ = run(t, Ehrql())
	if code != 0 || !strings.HasPrefix(out, "usage: ehrql COMMAND") {
		t.Errorf("no arguments: code %d, output %q", code, out)
	}
	code, _, errOut := run(t, Ehrql(), "frobnicate")
	if code != 2 || !strings.Contains(errOut, `unknown command "frobnicate"`) {
		t.Errorf("unknown command: code %d, stderr %q", code, errOut)
	}
}

func TestRunPython(t *testing.T) {
	dir := t.TempDir()
	write := func(name, src string) {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("analysis/ok.py", "import sys\nprint('args', sys.argv[1:])\n")
	write("analysis/bad.py", "x = [1, 2]\ny = x[5]\n")
	write("analysis/syntax.py", "if True\n    pass\n")
	t.Chdir(dir) // definitions load relative to the working directory

	code, out, errOut := run(t, Ehrql(), "run-python", "analysis/ok.py", "--", "--n", "3")
	if code != 0 || out != "" || errOut != "args ['--n', '3']\n" {
		t.Errorf("ok.py: code %d, stdout %q, stderr %q", code, out, errOut)
	}

	code, _, errOut = run(t, Ehrql(), "run-python", "analysis/bad.py")
	wantErr := "Error loading file 'analysis/bad.py':\n\nTraceback (most recent call last):\n" +
		"  File \"analysis/bad.py\", line 2, in <module>\n    y = x[5]\nIndexError: list index out of range\n"
	if code != ExitDefinitionError || errOut != wantErr {
		t.Errorf("bad.py: code %d, stderr:\n%s\nwant:\n%s", code, errOut, wantErr)
	}

	code, _, errOut = run(t, Ehrql(), "run-python", "analysis/syntax.py")
	if code != ExitDefinitionError || !strings.Contains(errOut, "SyntaxError: expected ':'") ||
		!strings.Contains(errOut, `File "analysis/syntax.py", line 1`) {
		t.Errorf("syntax.py: code %d, stderr:\n%s", code, errOut)
	}

	code, _, errOut = run(t, Ehrql(), "run-python")
	if code != 2 || !strings.Contains(errOut, "usage: ehrql run-python") {
		t.Errorf("missing FILE: code %d, stderr %q", code, errOut)
	}
}

func TestSerializeDefinition(t *testing.T) {
	dir := t.TempDir()
	def := `from ehrql import create_dataset
from ehrql.tables.core import patients
import sys

dataset = create_dataset()
dataset.define_population(patients.exists_for_patient())
dataset.age = patients.age_on(sys.argv[1])
`
	if err := os.WriteFile(filepath.Join(dir, "def.py"), []byte(def), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)

	code, out, errOut := run(t, Ehrql(), "serialize-definition", "def.py", "--", "2020-01-01")
	if code != 0 {
		t.Fatalf("code %d, stderr %s", code, errOut)
	}
	for _, want := range []string{`{"value": {"ModuleDetails": {"dataset": {"ref": "1"}`, `"Function.DateDifferenceInYears"`, `{"date": "2020-01-01"}`, `{"external_ref": {"module": "ehrql.tables.core", "name": "patients"}}`} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %s:\n%s", want, out)
		}
	}

	code, _, _ = run(t, Ehrql(), "serialize-definition", "def.py", "-o", "out.json", "--", "2020-01-01")
	data, err := os.ReadFile("out.json")
	if code != 0 || err != nil || string(data) != out {
		t.Errorf("-o: code %d, err %v, file differs from stdout output", code, err)
	}

	// A bad parameter fails inside user code: exit 10 and no output file.
	code, _, errOut = run(t, Ehrql(), "serialize-definition", "def.py", "-o", "bad.json", "--", "2020-13-01")
	if code != ExitDefinitionError || !strings.Contains(errOut, "Error loading file 'def.py':") {
		t.Errorf("bad date: code %d, stderr %s", code, errOut)
	}
	if _, err := os.Stat("bad.json"); err == nil {
		t.Error("a failed run left an output file")
	}
}
