package python

import (
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/opensafely-go/opensafely/internal/python/syntax"
)

// Options configures an Interpreter.
type Options struct {
	// Root is the project directory: the working directory for relative
	// paths, the second entry of the module search path, and the only
	// directory tree that open(), pathlib and the import system may read.
	Root string
	// Argv becomes sys.argv (definition path first, then user arguments).
	Argv []string
	// Stdout receives print() output. nil discards it.
	Stdout io.Writer
	// Modules are native (Go) modules importable by name, e.g. "json" or
	// "ehrql.tables.core". Importing a name that is neither a native module
	// nor a file under the search path raises ModuleNotFoundError.
	Modules map[string]ModuleLoader
	// MaxSteps bounds the number of evaluation steps of a run (0 means the
	// default of 100 million); exceeding it raises an error saying the
	// definition took too long.
	MaxSteps int64
	// MaxDepth is the recursion limit (0 means Python's default, 1000).
	MaxDepth int
	// Env is what os.getenv sees; nil means an empty environment.
	Env map[string]string
}

// ModuleLoader builds a native module the first time it is imported.
type ModuleLoader func(t *Thread) (*Module, error)

// Interpreter runs Python files under Options. It keeps the module cache,
// so each module executes at most once per Interpreter.
type Interpreter struct {
	opts     Options
	root     string // absolute, symlinks resolved
	modules  map[string]*Module
	search   []string // module search path (absolute directories)
	thread   *Thread
	builtins *Module // __builtins__: a copy of Universe, made on first use
}

// New returns an Interpreter for opts.
func New(opts Options) *Interpreter {
	in := &Interpreter{opts: opts, modules: make(map[string]*Module)}
	root := opts.Root
	if root == "" {
		root = "."
	}
	if abs, err := filepath.Abs(root); err == nil {
		root = abs
	}
	if real, err := filepath.EvalSymlinks(root); err == nil {
		root = real
	}
	in.root = root
	in.thread = in.NewThread()
	return in
}

// Cancel stops the running evaluation at its next step (see
// Thread.Cancel). It is safe to call from another goroutine.
func (in *Interpreter) Cancel(reason string) { in.thread.Cancel(reason) }

// Options returns the interpreter's options (read-only).
func (in *Interpreter) Options() *Options { return &in.opts }

// Root returns the absolute project directory.
func (in *Interpreter) Root() string { return in.root }

// Thread returns the interpreter's main thread, creating it if needed.
func (in *Interpreter) Thread() *Thread {
	if in.thread == nil {
		in.thread = in.NewThread()
	}
	return in.thread
}

// RunFile executes the Python file at path (relative to Root, or absolute
// inside it) as a module and returns it; its globals hold the results
// (dataset, measures, ...). A Python exception escaping the module is
// returned as an *Exception carrying its traceback; a syntax error as an
// *Exception of class SyntaxError, IndentationError or TabError (or
// RecursionError, with no line, for expressions nested too deeply to
// compile).
func (in *Interpreter) RunFile(path string) (mod *Module, err error) {
	t := in.Thread()
	defer t.recoverRun(t.top, t.depth, &mod, &err)
	abs, err := t.ResolvePath(path)
	if err != nil {
		return nil, err
	}
	src, err := os.ReadFile(abs)
	if err != nil {
		if os.IsNotExist(err) {
			return nil, Errorf(FileNotFoundError, "[Errno 2] No such file or directory: '%s'", path)
		}
		return nil, Errorf(OSError, "%v", err)
	}
	in.search = []string{filepath.Dir(abs)}
	if in.root != filepath.Dir(abs) {
		in.search = append(in.search, in.root)
	}
	base := filepath.Base(path)
	name := strings.TrimSuffix(base, filepath.Ext(base))
	mod = &Module{Name: name, File: path, Globals: NewNamespace()}
	if err := t.execModule(mod, path, src); err != nil {
		return mod, err
	}
	return mod, nil
}

// ExecSource runs src as the body of a new module with the given name and
// file name (used by tests and hosts that hold source in memory).
func (in *Interpreter) ExecSource(name, filename string, src []byte) (mod *Module, err error) {
	t := in.Thread()
	defer t.recoverRun(t.top, t.depth, &mod, &err)
	if in.search == nil {
		in.search = []string{in.root}
	}
	mod = &Module{Name: name, File: filename, Globals: NewNamespace()}
	return mod, t.execModule(mod, filename, src)
}

// recoverRun is deferred by the entry points that run a module: it turns
// a Go panic during the run into an internal error (with no module) and
// resets the thread's stack to top and depth, as they were on entry.
func (t *Thread) recoverRun(top *frame, depth int, mod **Module, err *error) {
	if r := recover(); r != nil {
		*mod = nil
		*err = internalError(r)
		t.top, t.depth = top, depth
		t.argStack = t.argStack[:0]
	}
}

// source is the text of a file, split into lines for tracebacks.
type source struct {
	text  []byte
	lines []string
}

func newSource(text []byte) *source { return &source{text: text} }

func (s *source) rawLine(n int) string {
	if s.lines == nil {
		s.lines = strings.Split(string(s.text), "\n")
	}
	if n < 1 || n > len(s.lines) {
		return ""
	}
	return s.lines[n-1]
}

func (s *source) line(n int) string {
	return strings.TrimSpace(s.rawLine(n))
}

// execModule parses and runs src as the body of mod.
func (t *Thread) execModule(mod *Module, filename string, src []byte) error {
	s := newSource(src)
	f, err := syntax.Parse(filename, src)
	if err != nil {
		return syntaxException(err, s)
	}
	res, err := resolveFile(f, s)
	if err != nil {
		return err
	}
	g := mod.Globals
	g.Set("__name__", Str(mod.Name))
	if mod.File != "" {
		g.Set("__file__", Str(mod.File))
	}
	if _, ok := g.Get("__doc__"); !ok {
		var doc Value = None
		if len(f.Body) > 0 {
			if es, ok := f.Body[0].(*syntax.ExprStmt); ok {
				if c, ok := es.X.(*syntax.Constant); ok {
					if s, ok := c.Value.(string); ok {
						doc = Str(s)
					}
				}
			}
		}
		g.Set("__doc__", doc)
	}
	fr := &frame{
		code:    res.module,
		res:     res,
		globals: g,
		module:  mod,
		parent:  t.top,
	}
	saved := t.top
	t.top = fr
	t.depth++
	_, err = t.execBlock(fr, f.Body)
	t.depth--
	t.top = saved
	if err != nil {
		e := asException(err)
		e.addFrame(fr)
		return e
	}
	return nil
}
