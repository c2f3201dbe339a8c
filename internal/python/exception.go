package python

import (
	"errors"
	"fmt"
	"strings"

	"github.com/opensafely-go/opensafely/internal/python/syntax"
)

// Exception is a raised (or raisable) Python exception: an instance of
// BaseException or a subclass. It implements error.
//
// Besides its class and arguments it carries the traceback collected while
// it propagated through user code, an optional __cause__, user-assigned
// attributes, and, for exceptions wrapping a Go error returned by host code,
// that error (reachable through errors.As and errors.Unwrap).
type Exception struct {
	Class *Class
	Args  Tuple

	attrs  *Namespace // user attributes (e.code = 3)
	cause  Value      // __cause__, or nil
	tb     []Frame    // innermost first
	tbSeen []*frame
	ctx    *Exception // __context__: the exception being handled when raised
	err    error      // wrapped host error, if any
	fatal  bool       // step budget or cancellation: not catchable

	// Syntax error details.
	synFile string
	synLine int
	synCol  int
	synText string
	synMsg  string
}

// Frame is one entry of a traceback: a position in user code.
type Frame struct {
	File   string // file name as given
	Line   int    // 1-based line
	Func   string // "<module>" or the function name
	Source string // the source line, stripped ("" if unknown)
}

func (e *Exception) Type() *Class { return e.Class }

// Error returns "ExcClass: message", or just "ExcClass" when the message is
// empty.
func (e *Exception) Error() string {
	msg := e.Message()
	if msg == "" {
		return e.Class.Name
	}
	return e.Class.Name + ": " + msg
}

// Unwrap returns the host error this exception wraps, if any.
func (e *Exception) Unwrap() error { return e.err }

// TypeName returns the name of the exception's class.
func (e *Exception) TypeName() string { return e.Class.Name }

// Message returns str(e).
func (e *Exception) Message() string {
	if e.synMsg != "" {
		return e.synMsg
	}
	s, err := e.strWith(detachedThread())
	if err != nil {
		return "<exception str() failed>"
	}
	return s
}

// Traceback returns the frames the exception propagated through, outermost
// first.
func (e *Exception) Traceback() []Frame {
	out := make([]Frame, len(e.tb))
	for i, f := range e.tb {
		out[len(e.tb)-1-i] = f
	}
	return out
}

// Line returns the line of the innermost frame, or the line of a syntax
// error; 0 if unknown.
func (e *Exception) Line() int {
	if e.synLine > 0 {
		return e.synLine
	}
	if len(e.tb) > 0 {
		return e.tb[0].Line
	}
	return 0
}

// Cause returns __cause__ (nil if unset).
func (e *Exception) Cause() Value { return e.cause }

// FormatTraceback formats the exception as CPython prints an uncaught one.
func (e *Exception) FormatTraceback() string {
	var b strings.Builder
	if e.synMsg != "" || (e.Class.IsSubclass(SyntaxError) && e.synLine > 0) {
		if len(e.tb) > 0 {
			b.WriteString("Traceback (most recent call last):\n")
			for _, f := range e.Traceback() {
				fmt.Fprintf(&b, "  File \"%s\", line %d, in %s\n", f.File, f.Line, f.Func)
				if f.Source != "" {
					fmt.Fprintf(&b, "    %s\n", f.Source)
				}
			}
		}
		fmt.Fprintf(&b, "  File \"%s\", line %d\n", e.synFile, e.synLine)
		if e.synText != "" {
			text := strings.TrimRight(e.synText, "\r\n")
			trimmed := strings.TrimLeft(text, " \t\f")
			fmt.Fprintf(&b, "    %s\n", trimmed)
			col := e.synCol - 1 - (len([]rune(text)) - len([]rune(trimmed)))
			if col < 0 {
				col = 0
			}
			fmt.Fprintf(&b, "    %s^\n", strings.Repeat(" ", col))
		}
		fmt.Fprintf(&b, "%s\n", e.Error())
		return b.String()
	}
	if len(e.tb) > 0 {
		b.WriteString("Traceback (most recent call last):\n")
		var last Frame
		repeat := 0
		flush := func() {
			if repeat > 3 {
				fmt.Fprintf(&b, "  [Previous line repeated %d more time%s]\n", repeat-3, plural(repeat-3))
			}
		}
		for i, f := range e.Traceback() {
			if i > 0 && f == last {
				repeat++
				if repeat > 3 {
					continue
				}
			} else {
				flush()
				repeat = 1
			}
			last = f
			fmt.Fprintf(&b, "  File \"%s\", line %d, in %s\n", f.File, f.Line, f.Func)
			if f.Source != "" {
				fmt.Fprintf(&b, "    %s\n", f.Source)
			}
		}
		flush()
	}
	// Like CPython, the last line names classes from other modules than
	// builtins with their module: "ehrql.Error: ...".
	b.WriteString(e.Class.QualifiedName())
	if msg := e.Message(); msg != "" {
		b.WriteString(": ")
		b.WriteString(msg)
	}
	b.WriteString("\n")
	return b.String()
}

// QualifiedName returns the class name as CPython's tracebacks show it:
// prefixed by its module unless the class is built in or defined in
// __main__.
func (c *Class) QualifiedName() string {
	if c.Module == "" || c.Module == "builtins" || c.Module == "__main__" {
		return c.Name
	}
	return c.Module + "." + c.Name
}

// strWith computes str(e) using thread t.
func (e *Exception) strWith(t *Thread) (string, error) {
	if e.synMsg != "" {
		return e.synMsg, nil
	}
	if e.Class != nil && e.Class.Module != "builtins" {
		if fn, ok := e.Class.Lookup("__str__"); ok && !isBuiltinMethod(fn) {
			r, err := t.Call(fn, Tuple{e}, nil)
			if err != nil {
				return "", err
			}
			if s, ok := r.(Str); ok {
				return string(s), nil
			}
			return "", Errorf(TypeError, "__str__ returned non-string (type %s)", r.Type().Name)
		}
	}
	switch len(e.Args) {
	case 0:
		return "", nil
	case 1:
		if e.Class != nil && e.Class.IsSubclass(KeyError) {
			return Repr(t, e.Args[0])
		}
		return ToStr(t, e.Args[0])
	}
	return Repr(t, e.Args)
}

// Str implements HasStr.
func (e *Exception) Str(t *Thread) (string, error) { return e.strWith(t) }

// Repr implements HasRepr: ValueError('x').
func (e *Exception) Repr(t *Thread) (string, error) {
	if e.Class != nil && e.Class.Module != "builtins" {
		if fn, ok := e.Class.Lookup("__repr__"); ok && !isBuiltinMethod(fn) {
			r, err := t.Call(fn, Tuple{e}, nil)
			if err != nil {
				return "", err
			}
			if s, ok := r.(Str); ok {
				return string(s), nil
			}
		}
	}
	if len(e.Args) == 1 {
		s, err := Repr(t, e.Args[0])
		if err != nil {
			return "", err
		}
		return e.Class.Name + "(" + s + ")", nil
	}
	s, err := Repr(t, e.Args)
	if err != nil {
		return "", err
	}
	return e.Class.Name + s, nil
}

// Attr implements HasAttrs.
func (e *Exception) Attr(t *Thread, name string) (Value, error) {
	switch name {
	case "args":
		return e.Args, nil
	case "__cause__":
		if e.cause == nil {
			return None, nil
		}
		return e.cause, nil
	case "__class__":
		return e.Class, nil
	case "__context__":
		if e.ctx == nil {
			return None, nil
		}
		return e.ctx, nil
	case "__traceback__":
		return None, nil
	}
	if e.synMsg != "" {
		switch name {
		case "msg":
			return Str(e.synMsg), nil
		case "lineno":
			return Int(e.synLine), nil
		case "offset":
			return Int(e.synCol), nil
		case "filename":
			return Str(e.synFile), nil
		case "text":
			return Str(e.synText), nil
		}
	}
	if v, ok := e.attrs.Get(name); ok {
		return v, nil
	}
	if name == "code" && e.Class.IsSubclass(SystemExit) {
		return e.exitCode(), nil
	}
	return nil, nil
}

// exitCode is SystemExit's code attribute, unless assigned: None without
// arguments, the argument if there is one, else the argument tuple.
func (e *Exception) exitCode() Value {
	switch len(e.Args) {
	case 0:
		return None
	case 1:
		return e.Args[0]
	}
	return e.Args
}

// AttrNames implements HasAttrs.
func (e *Exception) AttrNames() []string { return e.attrs.Names() }

// SetAttr implements HasSetAttr.
func (e *Exception) SetAttr(t *Thread, name string, v Value) error {
	switch name {
	case "args":
		tup, err := toTuple(t, v)
		if err != nil {
			return err
		}
		e.Args = tup
		return nil
	case "__cause__":
		if v == None {
			e.cause = nil
		} else {
			e.cause = v
		}
		return nil
	}
	namespaceOf(&e.attrs).Set(name, v)
	return nil
}

// Errorf returns a new exception of class cls whose single argument is the
// message fmt.Sprintf(format, args...).
//
// format is always a format, even with no args: Errorf(cls, "100%%")
// gives "100%". go vet checks calls on that basis (a constant format is
// verified, a non-constant one with no args is reported). Text that is not
// a constant of the caller's — user input, names, messages from elsewhere
// — must never be passed as format: use Errorf(cls, "%s", text), or
// NewException(cls, Str(text)), so that a % in it is not garbled.
func Errorf(cls *Class, format string, args ...any) *Exception {
	msg := format
	if len(args) > 0 || strings.IndexByte(format, '%') >= 0 {
		msg = fmt.Sprintf(format, args...)
	}
	return &Exception{Class: cls, Args: Tuple{Str(msg)}}
}

// NewException returns an exception of class cls with the given args.
func NewException(cls *Class, args ...Value) *Exception {
	return &Exception{Class: cls, Args: Tuple(args)}
}

// asException converts any error to an *Exception, wrapping host errors
// into a RuntimeError that keeps the original reachable.
func asException(err error) *Exception {
	if err == nil {
		return nil
	}
	var e *Exception
	if errors.As(err, &e) {
		return e
	}
	return &Exception{Class: RuntimeError, Args: Tuple{Str(err.Error())}, err: err}
}

// The built-in exception classes.
var (
	BaseException, Exception_, TypeError, ValueError, NameError, AttributeError *Class
	KeyError, IndexError, ZeroDivisionError, ImportError, ModuleNotFoundError   *Class
	AssertionError, RecursionError, RuntimeError, PermissionError               *Class
	FileNotFoundError, OSError, StopIteration, NotImplementedError              *Class
	SyntaxError, IndentationError, LookupError, ArithmeticError, OverflowError  *Class
	UnboundLocalError, SystemExit                                               *Class

	KeyboardInterrupt, UnicodeError, UnicodeDecodeError, FileExistsError        *Class
	IsADirectoryError, NotADirectoryError, TabError, UserWarning, Warning       *Class
	DeprecationWarning, FloatingPointError, BufferError, EOFError               *Class
	MemoryError, ReferenceError, SystemError, GeneratorExit, TimeoutError       *Class
	ConnectionError, BlockingIOError, ChildProcessError, InterruptedError       *Class
	ProcessLookupError, StopAsyncIteration, UnicodeEncodeError                  *Class
	RuntimeWarning, FutureWarning, PendingDeprecationWarning                    *Class
	SyntaxWarning, ImportWarning, UnicodeWarning, BytesWarning, ResourceWarning *Class
	EnvironmentError, IOError                                                   *Class
)

// exceptionClasses lists every built-in exception class by name, for
// Universe.
var exceptionClasses []*Class

func newExcClass(name string, base *Class) *Class {
	var bases []*Class
	if base != nil {
		bases = []*Class{base}
	}
	c := NewClass(name, "builtins", bases, NewNamespace())
	if base == nil {
		c.New = newExceptionValue
	}
	exceptionClasses = append(exceptionClasses, c)
	return c
}

// newExceptionValue is BaseException's New hook.
func newExceptionValue(t *Thread, cls *Class, args Tuple, kwargs []Kwarg) (Value, error) {
	if len(kwargs) > 0 && cls.Module == "builtins" {
		return nil, Errorf(TypeError, "%s() takes no keyword arguments", cls.Name)
	}
	a := make(Tuple, len(args))
	copy(a, args)
	return &Exception{Class: cls, Args: a}, nil
}

func initExceptions() {
	BaseException = newExcClass("BaseException", nil)
	BaseException.Dict.Set("__init__", NewBuiltin("__init__", func(t *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
		if len(args) == 0 {
			return nil, Errorf(TypeError, "descriptor '__init__' of 'BaseException' object needs an argument")
		}
		e, ok := args[0].(*Exception)
		if !ok {
			return nil, Errorf(TypeError, "descriptor '__init__' requires a 'BaseException' object")
		}
		a := make(Tuple, len(args)-1)
		copy(a, args[1:])
		e.Args = a
		return None, nil
	}))
	BaseException.Dict.Set("with_traceback", NewBuiltin("with_traceback", func(t *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
		if len(args) == 0 {
			return nil, Errorf(TypeError, "with_traceback() missing argument")
		}
		return args[0], nil
	}))
	SystemExit = newExcClass("SystemExit", BaseException)
	KeyboardInterrupt = newExcClass("KeyboardInterrupt", BaseException)
	GeneratorExit = newExcClass("GeneratorExit", BaseException)
	Exception_ = newExcClass("Exception", BaseException)
	ArithmeticError = newExcClass("ArithmeticError", Exception_)
	ZeroDivisionError = newExcClass("ZeroDivisionError", ArithmeticError)
	OverflowError = newExcClass("OverflowError", ArithmeticError)
	FloatingPointError = newExcClass("FloatingPointError", ArithmeticError)
	LookupError = newExcClass("LookupError", Exception_)
	KeyError = newExcClass("KeyError", LookupError)
	IndexError = newExcClass("IndexError", LookupError)
	AssertionError = newExcClass("AssertionError", Exception_)
	AttributeError = newExcClass("AttributeError", Exception_)
	BufferError = newExcClass("BufferError", Exception_)
	EOFError = newExcClass("EOFError", Exception_)
	ImportError = newExcClass("ImportError", Exception_)
	ModuleNotFoundError = newExcClass("ModuleNotFoundError", ImportError)
	MemoryError = newExcClass("MemoryError", Exception_)
	NameError = newExcClass("NameError", Exception_)
	UnboundLocalError = newExcClass("UnboundLocalError", NameError)
	OSError = newExcClass("OSError", Exception_)
	EnvironmentError, IOError = OSError, OSError
	FileNotFoundError = newExcClass("FileNotFoundError", OSError)
	FileExistsError = newExcClass("FileExistsError", OSError)
	PermissionError = newExcClass("PermissionError", OSError)
	IsADirectoryError = newExcClass("IsADirectoryError", OSError)
	NotADirectoryError = newExcClass("NotADirectoryError", OSError)
	TimeoutError = newExcClass("TimeoutError", OSError)
	ConnectionError = newExcClass("ConnectionError", OSError)
	BlockingIOError = newExcClass("BlockingIOError", OSError)
	ChildProcessError = newExcClass("ChildProcessError", OSError)
	InterruptedError = newExcClass("InterruptedError", OSError)
	ProcessLookupError = newExcClass("ProcessLookupError", OSError)
	ReferenceError = newExcClass("ReferenceError", Exception_)
	RuntimeError = newExcClass("RuntimeError", Exception_)
	RecursionError = newExcClass("RecursionError", RuntimeError)
	NotImplementedError = newExcClass("NotImplementedError", RuntimeError)
	StopIteration = newExcClass("StopIteration", Exception_)
	StopAsyncIteration = newExcClass("StopAsyncIteration", Exception_)
	SyntaxError = newExcClass("SyntaxError", Exception_)
	IndentationError = newExcClass("IndentationError", SyntaxError)
	TabError = newExcClass("TabError", IndentationError)
	SystemError = newExcClass("SystemError", Exception_)
	TypeError = newExcClass("TypeError", Exception_)
	ValueError = newExcClass("ValueError", Exception_)
	UnicodeError = newExcClass("UnicodeError", ValueError)
	UnicodeDecodeError = newExcClass("UnicodeDecodeError", UnicodeError)
	UnicodeEncodeError = newExcClass("UnicodeEncodeError", UnicodeError)
	Warning = newExcClass("Warning", Exception_)
	UserWarning = newExcClass("UserWarning", Warning)
	DeprecationWarning = newExcClass("DeprecationWarning", Warning)
	PendingDeprecationWarning = newExcClass("PendingDeprecationWarning", Warning)
	RuntimeWarning = newExcClass("RuntimeWarning", Warning)
	FutureWarning = newExcClass("FutureWarning", Warning)
	SyntaxWarning = newExcClass("SyntaxWarning", Warning)
	ImportWarning = newExcClass("ImportWarning", Warning)
	UnicodeWarning = newExcClass("UnicodeWarning", Warning)
	BytesWarning = newExcClass("BytesWarning", Warning)
	ResourceWarning = newExcClass("ResourceWarning", Warning)
}

// addFrame records that e propagated through frame fr at its current line.
// Frames arrive innermost first as the exception unwinds; they are stored
// in that order and reversed by Traceback.
func (e *Exception) addFrame(fr *frame) {
	if fr == nil || fr.code == nil {
		return
	}
	if n := len(e.tbSeen); n > 0 && e.tbSeen[n-1] == fr {
		return
	}
	e.tbSeen = append(e.tbSeen, fr)
	f := Frame{File: fr.code.file, Line: fr.line, Func: fr.code.name}
	if fr.code.src != nil {
		f.Source = fr.code.src.line(fr.line)
	}
	e.tb = append(e.tb, f)
}

// syntaxException converts a parser error to a SyntaxError,
// IndentationError or TabError exception, or, for expressions nested too
// deeply to compile, a plain RecursionError (which, as in CPython, carries
// no file or line).
func syntaxException(err error, src *source) *Exception {
	var pe *syntax.Error
	if !errors.As(err, &pe) {
		return &Exception{Class: SyntaxError, Args: Tuple{Str(err.Error())}}
	}
	cls := SyntaxError
	switch pe.Kind {
	case "IndentationError":
		cls = IndentationError
	case "TabError":
		cls = TabError
	case "RecursionError":
		return Errorf(RecursionError, "%s", pe.Msg)
	}
	e := &Exception{Class: cls, synFile: pe.Filename, synLine: int(pe.Pos.Line), synCol: int(pe.Pos.Col), synMsg: pe.Msg}
	if src != nil {
		e.synText = src.rawLine(e.synLine)
	}
	e.Args = Tuple{Str(pe.Msg)}
	return e
}
