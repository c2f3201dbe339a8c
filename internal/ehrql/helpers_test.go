package ehrql

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/opensafely-go/opensafely/internal/loader"
	"github.com/opensafely-go/opensafely/internal/python"
	"github.com/opensafely-go/opensafely/internal/querymodel"
)

const prelude = `from ehrql import *
from ehrql.tables.tpp import patients, clinical_events, medications, practice_registrations, apcs, addresses, ons_deaths
from datetime import date
`

// runSource loads src as analysis/dataset_definition.py in a fresh project
// directory holding files, with user arguments args.
func runSource(t testing.TB, src string, files map[string]string, args ...string) (*python.Module, *API, error) {
	t.Helper()
	dir := t.TempDir()
	files = mapWith(files, "analysis/dataset_definition.py", src)
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	a := New()
	mod, err := loader.Load(loader.Options{Path: "analysis/dataset_definition.py", Root: dir, Args: args, Modules: a.Modules(), Env: map[string]string{}})
	return mod, a, err
}

func mapWith(m map[string]string, k, v string) map[string]string {
	out := map[string]string{k: v}
	for a, b := range m {
		out[a] = b
	}
	return out
}

// excMessage returns "ExcClass: message" of the Python exception in err.
func excMessage(err error) string {
	var exc *python.Exception
	if errors.As(err, &exc) {
		return exc.Error()
	}
	if err == nil {
		return ""
	}
	return "non-Python error: " + err.Error()
}

// formatGlobal returns the query-model Format of the series bound to name.
func formatGlobal(t testing.TB, mod *python.Module, name string) string {
	t.Helper()
	v, ok := mod.Globals.Get(name)
	if !ok {
		t.Fatalf("no global %q", name)
	}
	switch x := v.(type) {
	case *Series:
		return querymodel.Format(x.node)
	case *Frame:
		return querymodel.Format(x.node)
	}
	r, err := python.Repr(nil, v)
	if err != nil {
		return "<" + v.Type().Name + ">"
	}
	return r
}
