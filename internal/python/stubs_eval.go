package python

// Declarations owned by the evaluator work (helper E). Each is a stub to be
// replaced by the real implementation in E's own files; E deletes this file
// when done. Signatures here are the agreed API: keep them.

import (
	"io"
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
type Interpreter struct{ opts Options }

// New returns an Interpreter for opts.
func New(opts Options) *Interpreter { panic("unimplemented") }

// RunFile executes the Python file at path (relative to Root, or absolute
// inside it) as a module and returns it; its globals hold the results
// (dataset, measures, ...). A Python exception escaping the module is
// returned as an *Exception carrying its traceback; a syntax error as an
// *Exception of class SyntaxError or IndentationError.
func (in *Interpreter) RunFile(path string) (*Module, error) { panic("unimplemented") }

// Thread is the state of one running evaluation: call stack, step budget,
// recursion depth and the Interpreter it belongs to. Host code receives it
// in every callback and passes it on; it is not safe for concurrent use,
// except Cancel.
type Thread struct{ in *Interpreter }

// Interpreter returns the interpreter running t.
func (t *Thread) Interpreter() *Interpreter { return t.in }

// Options returns the interpreter's options (read-only).
func (in *Interpreter) Options() *Options { return &in.opts }

// Cancel stops the evaluation at its next step with an error giving reason.
// It is safe to call from another goroutine.
func (t *Thread) Cancel(reason string) { panic("unimplemented") }

// Call calls fn with the given arguments, as fn(*args, **kwargs).
func (t *Thread) Call(fn Value, args Tuple, kwargs []Kwarg) (Value, error) {
	panic("unimplemented")
}

// OpenFile opens path for reading, resolving a relative path against Root.
// It refuses (PermissionError) any path outside Root, following symlinks.
func (t *Thread) OpenFile(path string) (io.ReadCloser, error) { panic("unimplemented") }

// ResolvePath returns the absolute, cleaned path for a user-supplied path,
// or a PermissionError if it lies outside Root.
func (t *Thread) ResolvePath(path string) (string, error) { panic("unimplemented") }

// Module is a module object: its name, file (empty for native modules) and
// globals.
type Module struct {
	Name    string
	File    string
	Globals *Namespace
}

// NewModule returns a native module with the given members.
func NewModule(name string, members map[string]Value) *Module { panic("unimplemented") }

// Exception is a raised (or raisable) Python exception: an instance of
// BaseException or a subclass. It implements error.
type Exception struct {
	Class *Class
	Args  Tuple
}

func (e *Exception) Type() *Class  { return e.Class }
func (e *Exception) Error() string { panic("unimplemented") }

// Errorf returns a new exception of class cls whose single argument is the
// formatted message.
func Errorf(cls *Class, format string, args ...any) *Exception { panic("unimplemented") }

// The built-in exception classes; E defines the full hierarchy.
var (
	BaseException, Exception_, TypeError, ValueError, NameError, AttributeError *Class
	KeyError, IndexError, ZeroDivisionError, ImportError, ModuleNotFoundError   *Class
	AssertionError, RecursionError, RuntimeError, PermissionError               *Class
	FileNotFoundError, OSError, StopIteration, NotImplementedError              *Class
	SyntaxError, IndentationError, LookupError, ArithmeticError, OverflowError  *Class
	UnboundLocalError, SystemExit                                               *Class
)

// ObjectClass is `object`, the root of every class; TypeClass is `type`.
var ObjectClass, TypeClass *Class

// NewClass returns a class with the given name, module, bases (object if
// none) and attributes, computing its MRO (C3). Host packages use it for
// their own classes.
func NewClass(name, module string, bases []*Class, dict *Namespace) *Class {
	panic("unimplemented")
}

// GetAttr returns v.name, raising AttributeError if absent.
func GetAttr(t *Thread, v Value, name string) (Value, error) { panic("unimplemented") }

// SetAttr does v.name = x.
func SetAttr(t *Thread, v Value, name string, x Value) error { panic("unimplemented") }

// IsInstance reports whether v is an instance of cls or a subclass.
func IsInstance(v Value, cls *Class) bool { panic("unimplemented") }

// IsSubclass reports whether c is cls or inherits from it.
func (c *Class) IsSubclass(cls *Class) bool { panic("unimplemented") }

// Lookup finds name in the class's MRO.
func (c *Class) Lookup(name string) (Value, bool) { panic("unimplemented") }
