// Package loader runs a user's Python file (a dataset definition, a measures
// definition or an assurance test-data file) the way the reference system
// loads one: in our sandboxed interpreter, with the project directory as the
// working directory and the second entry of the module search path (after
// the file's own directory), sys.argv set to the path as given followed by
// the user's arguments, and print() output sent to the caller's log stream.
//
// Any uncaught Python exception, including a syntax error or argparse's
// SystemExit, becomes a *DefinitionError, which the commands report with
// exit code 10.
package loader

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/opensafely-go/opensafely/internal/python"
	"github.com/opensafely-go/opensafely/internal/python/stdlib"
)

// Options says which file to load and how.
type Options struct {
	// Path is the file's path exactly as the user gave it; relative paths
	// are relative to Root.
	Path string
	// Args are the user's arguments (those after "--").
	Args []string
	// Root is the project directory (the working directory); "" means the
	// process's working directory.
	Root string
	// Log receives print() output and argparse messages; nil discards them.
	Log io.Writer
	// Modules are extra native modules (the ehrQL API) importable by the
	// file, in addition to the standard-library modules.
	Modules map[string]python.ModuleLoader
	// Env is what os.getenv sees. nil means the allow-listed variables of
	// the process environment (see AllowedEnv).
	Env map[string]string
}

// AllowedEnv lists the environment variables user code may read through
// os.getenv when Options.Env is nil. Definitions use OPENSAFELY_BACKEND to
// tell the backend they run in; nothing else of the environment (which may
// hold credentials such as DATABASE_URL) is visible.
var AllowedEnv = []string{"OPENSAFELY_BACKEND"}

// DefinitionError reports that user code failed while loading.
type DefinitionError struct {
	Path string            // the path as the user gave it
	Exc  *python.Exception // the uncaught Python exception
}

func (e *DefinitionError) Error() string {
	return fmt.Sprintf("Error loading file '%s':\n\n%s", e.Path, e.Exc.FormatTraceback())
}

// Unwrap returns the Python exception, through which a host error raised
// inside user code (say a bad table file) stays reachable with errors.As.
func (e *DefinitionError) Unwrap() error { return e.Exc }

// Load runs the file and returns its module, whose globals hold what the
// file defined (dataset, measures, test_data, ...).
func Load(opts Options) (*python.Module, error) {
	root := opts.Root
	if root == "" {
		wd, err := os.Getwd()
		if err != nil {
			return nil, fmt.Errorf("loader: %w", err)
		}
		root = wd
	}
	root, err := filepath.Abs(root)
	if err != nil {
		return nil, fmt.Errorf("loader: %w", err)
	}
	modules := stdlib.Modules()
	for name, m := range opts.Modules {
		modules[name] = m
	}
	env := opts.Env
	if env == nil {
		env = map[string]string{}
		for _, name := range AllowedEnv {
			if v, ok := os.LookupEnv(name); ok {
				env[name] = v
			}
		}
	}
	interp := python.New(python.Options{
		Root:    root,
		Argv:    append([]string{opts.Path}, opts.Args...),
		Stdout:  opts.Log,
		Modules: modules,
		Env:     env,
	})
	mod, err := interp.RunFile(opts.Path)
	if err != nil {
		var exc *python.Exception
		if errors.As(err, &exc) {
			return nil, &DefinitionError{Path: opts.Path, Exc: exc}
		}
		return nil, err
	}
	return mod, nil
}
