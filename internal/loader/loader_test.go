package loader_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/opensafely-go/opensafely/internal/loader"
	"github.com/opensafely-go/opensafely/internal/python"
)

// writeProject creates files (path -> content) under a new project root.
func writeProject(t *testing.T, files map[string]string) string {
	t.Helper()
	root := t.TempDir()
	for name, content := range files {
		path := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

func load(t *testing.T, root, path string, args ...string) (*python.Module, string, error) {
	t.Helper()
	var log bytes.Buffer
	mod, err := loader.Load(loader.Options{Path: path, Args: args, Root: root, Log: &log, Env: map[string]string{}})
	return mod, log.String(), err
}

func global(t *testing.T, mod *python.Module, name string) string {
	t.Helper()
	v, ok := mod.Globals.Get(name)
	if !ok {
		t.Fatalf("module has no global %q", name)
	}
	s, err := python.Repr(nil, v)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestLoadLikeTheReference(t *testing.T) {
	root := writeProject(t, map[string]string{
		"analysis/dataset_definition.py": `
import sys
import codelists
from variables import helper
from analysis.shared import CONSTANT
from config import *
print("argv", sys.argv)
result = [helper(3), CONSTANT, codelists.NAME, ROOT_SETTING, __file__]
`,
		"analysis/variables.py": "def helper(x, *, scale=10):\n    return x * scale\n",
		"analysis/shared.py":    "CONSTANT = 'shared'\n",
		// A codelists.py next to the definition wins over the data directory.
		"analysis/codelists.py": "NAME = 'module'\n",
		"codelists/asthma.csv":  "code\n1\n",
		"config.py":             "ROOT_SETTING = 42\n_private = 1\n",
	})
	mod, log, err := load(t, root, "analysis/dataset_definition.py", "--n", "3")
	if err != nil {
		t.Fatal(err)
	}
	if want := "argv ['analysis/dataset_definition.py', '--n', '3']\n"; log != want {
		t.Errorf("print output = %q, want %q", log, want)
	}
	if got, want := global(t, mod, "result"), "[30, 'shared', 'module', 42, 'analysis/dataset_definition.py']"; got != want {
		t.Errorf("result = %s, want %s", got, want)
	}
	if _, ok := mod.Globals.Get("_private"); ok {
		t.Error("star import bound a private name")
	}
}

// A data directory without __init__.py imports as an empty namespace
// package, so `from codelists import *` succeeds and binds nothing.
func TestNamespacePackageStarImport(t *testing.T) {
	root := writeProject(t, map[string]string{
		"analysis/dataset_definition.py": "from codelists import *\nok = True\n",
		"codelists/asthma.csv":           "code\n1\n",
	})
	mod, _, err := load(t, root, "analysis/dataset_definition.py")
	if err != nil {
		t.Fatal(err)
	}
	if got := global(t, mod, "ok"); got != "True" {
		t.Errorf("ok = %s", got)
	}
}

func TestDefinitionErrorShowsUserTraceback(t *testing.T) {
	root := writeProject(t, map[string]string{
		"analysis/dataset_definition.py": "from helpers import broken\n\nx = broken()\n",
		"analysis/helpers.py":            "def broken():\n    return {}['missing']\n",
	})
	_, _, err := load(t, root, "analysis/dataset_definition.py")
	var de *loader.DefinitionError
	if !errors.As(err, &de) {
		t.Fatalf("error = %v, want a DefinitionError", err)
	}
	want := `Error loading file 'analysis/dataset_definition.py':

Traceback (most recent call last):
  File "analysis/dataset_definition.py", line 3, in <module>
    x = broken()
  File "analysis/helpers.py", line 2, in broken
    return {}['missing']
KeyError: 'missing'
`
	if got := de.Error(); got != want {
		t.Errorf("message:\n%s\nwant:\n%s", got, want)
	}
}

func TestArgparseErrorIsADefinitionError(t *testing.T) {
	root := writeProject(t, map[string]string{
		"analysis/dataset_definition.py": `
import argparse
parser = argparse.ArgumentParser()
parser.add_argument("--start-date")
args = parser.parse_args()
`,
	})
	_, log, err := load(t, root, "analysis/dataset_definition.py", "--unknown", "1")
	var de *loader.DefinitionError
	if !errors.As(err, &de) {
		t.Fatalf("error = %v, want a DefinitionError", err)
	}
	if !strings.Contains(log, "error: unrecognized arguments: --unknown 1") {
		t.Errorf("argparse message missing from log: %q", log)
	}
	if de.Exc.TypeName() != "SystemExit" {
		t.Errorf("exception = %s, want SystemExit", de.Exc.TypeName())
	}
}

func TestSandbox(t *testing.T) {
	outside := t.TempDir()
	secret := filepath.Join(outside, "secret.txt")
	if err := os.WriteFile(secret, []byte("secret"), 0o644); err != nil {
		t.Fatal(err)
	}
	cases := map[string]struct{ src, exc string }{
		"absolute path":   {"open(" + pyString(secret) + ").read()\n", "PermissionError"},
		"parent escape":   {"open('../secret.txt').read()\n", "PermissionError"},
		"write":           {"open('out.txt', 'w')\n", "PermissionError"},
		"pathlib escape":  {"from pathlib import Path\nPath('/etc/passwd').read_text()\n", "PermissionError"},
		"no subprocess":   {"import subprocess\n", "ModuleNotFoundError"},
		"no socket":       {"import socket\n", "ModuleNotFoundError"},
		"no os.system":    {"import os\nos.system('true')\n", "AttributeError"},
		"huge string":     {"s = 'a' * 10**12\n", "MemoryError"},
		"doubling string": {"s = 'a'\nwhile True:\n    s = s + s\n", "MemoryError"},
		"infinite loop":   {"while True:\n    pass\n", "RuntimeError"},
		"no environ leak": {"import os\nassert os.getenv('HOME') is None, 'HOME visible'\nraise ValueError('ok')\n", "ValueError"},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			root := writeProject(t, map[string]string{"def.py": c.src})
			_, _, err := load(t, root, "def.py")
			var de *loader.DefinitionError
			if !errors.As(err, &de) {
				t.Fatalf("error = %v, want a DefinitionError", err)
			}
			if de.Exc.TypeName() != c.exc {
				t.Errorf("got %s, want %s", de.Error(), c.exc)
			}
		})
	}
	if _, err := os.Stat(filepath.Join(outside, "out.txt")); err == nil {
		t.Error("a file was written")
	}
}

func pyString(s string) string { return "'" + strings.ReplaceAll(s, `\`, `\\`) + "'" }

// Like CPython, the traceback's last line names exception classes that are
// not built in together with their module.
func TestTracebackQualifiesNonBuiltinExceptions(t *testing.T) {
	root := writeProject(t, map[string]string{
		"analysis/dataset_definition.py": "import helpers\nhelpers.fail()\n",
		"analysis/helpers.py":            "class StudyError(Exception):\n    pass\n\ndef fail():\n    raise StudyError('no index date')\n",
	})
	_, _, err := load(t, root, "analysis/dataset_definition.py")
	var de *loader.DefinitionError
	if !errors.As(err, &de) {
		t.Fatalf("error = %v, want a DefinitionError", err)
	}
	if got := de.Error(); !strings.HasSuffix(got, "\nhelpers.StudyError: no index date\n") {
		t.Errorf("message:\n%s", got)
	}
}
