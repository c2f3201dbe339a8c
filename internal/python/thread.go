package python

import (
	"fmt"
	"runtime/debug"
	"sync/atomic"
)

// Thread is the state of one running evaluation: call stack, step budget,
// recursion depth and the Interpreter it belongs to. Host code receives it
// in every callback and passes it on; it is not safe for concurrent use,
// except Cancel.
type Thread struct {
	in *Interpreter

	top      *frame  // innermost frame
	argStack []Value // positional arguments of calls in progress
	depth    int
	maxDepth int
	steps    int64
	maxSteps int64

	cancelled atomic.Bool
	reason    atomic.Value // string
}

// maxRecursionLimit caps Options.MaxDepth so that the Go stack cannot
// overflow before the recursion limit fires.
const maxRecursionLimit = 20000

// frame is the activation record of a module, function, class body or
// comprehension.
type frame struct {
	code    *code
	res     *resolution
	locals  []Value
	env     *frame // enclosing function frame, for free variables
	globals *Namespace
	module  *Module
	classNS *Namespace // class body namespace
	// classCell receives the class created by a class body, for super().
	classCell *classCell
	fn        *Function
	line      int
	parent    *frame // caller
	// handling is the exception being handled by an except clause of this
	// frame, for bare raise.
	handling *Exception
	// retval holds the value of a return statement.
	retval Value
	// buf backs locals for small functions, saving an allocation.
	buf [6]Value
}

// NewThread returns a thread for running code in interpreter in.
func (in *Interpreter) NewThread() *Thread {
	t := &Thread{in: in}
	t.maxDepth = in.opts.MaxDepth
	if t.maxDepth <= 0 {
		t.maxDepth = 1000
	}
	if t.maxDepth > maxRecursionLimit {
		t.maxDepth = maxRecursionLimit
	}
	t.maxSteps = in.opts.MaxSteps
	if t.maxSteps <= 0 {
		t.maxSteps = 100_000_000
	}
	return t
}

// Interpreter returns the interpreter running t.
func (t *Thread) Interpreter() *Interpreter { return t.in }

// Cancel stops the evaluation at its next step with an error giving reason.
// It is safe to call from another goroutine.
func (t *Thread) Cancel(reason string) {
	t.reason.Store(reason)
	t.cancelled.Store(true)
}

// Steps returns the number of steps executed so far.
func (t *Thread) Steps() int64 { return t.steps }

// Step charges one step of work to the thread's budget (Options.MaxSteps)
// and reports whether the run must stop: it returns the step-limit error
// once the budget is spent, or the cancellation error after Cancel. These
// errors cannot be caught by Python code; the caller must return them.
//
// The evaluator charges a step per statement, loop iteration and call, but
// it cannot see loops that run inside Go. Host code must call Step once per
// item or round of any loop whose length the user controls and which does
// not call back into Python for every round: an iterator over an unbounded
// or user-sized sequence calls it in Next (as range and itertools.count
// do), and a Go loop consuming an arbitrary Iterator calls it per item (as
// ToSlice, sum and sorted do). Step is cheap: an increment and two
// comparisons. On a Thread not belonging to an Interpreter it does nothing.
func (t *Thread) Step() error {
	if t == nil || t.in == nil {
		return nil
	}
	return t.step()
}

// step counts one evaluation step, failing when the budget is spent or
// the thread was cancelled.
func (t *Thread) step() error {
	t.steps++
	if t.steps > t.maxSteps {
		e := Errorf(RuntimeError, "execution step limit exceeded (the definition ran for too long)")
		e.fatal = true
		return e
	}
	if t.cancelled.Load() {
		reason, _ := t.reason.Load().(string)
		if reason == "" {
			reason = "cancelled"
		}
		e := Errorf(RuntimeError, "evaluation cancelled: %s", reason)
		e.fatal = true
		return e
	}
	return nil
}

// Call calls fn with the given arguments, as fn(*args, **kwargs).
func (t *Thread) Call(fn Value, args Tuple, kwargs []Kwarg) (v Value, err error) {
	if t.top == nil && t.depth == 0 {
		// Called by the host outside a run: keep panics inside.
		defer func() {
			if r := recover(); r != nil {
				v, err = nil, internalError(r)
			}
		}()
	}
	switch f := fn.(type) {
	case *Function:
		return t.callFunction(f, args, kwargs)
	case *BoundMethod:
		all := make(Tuple, 0, len(args)+1)
		all = append(all, f.Self)
		all = append(all, args...)
		return t.Call(f.Func, all, kwargs)
	case *Builtin:
		if f.Fn == nil {
			return nil, Errorf(TypeError, "'%s' object is not callable", f.Name)
		}
		t.depth++
		if t.depth > t.maxDepth {
			t.depth--
			return nil, Errorf(RecursionError, "maximum recursion depth exceeded")
		}
		v, err = f.Fn(t, args, kwargs)
		t.depth--
		if err == nil && v == nil {
			v = None
		}
		return v, err
	case *Class:
		return t.callClass(f, args, kwargs)
	case *staticMethod:
		return t.Call(f.fn, args, kwargs)
	case Callable:
		v, err = f.Call(t, args, kwargs)
		if err == nil && v == nil {
			v = None
		}
		return v, err
	}
	return nil, Errorf(TypeError, "'%s' object is not callable", typeName(fn))
}

// CallerLine returns the line being executed in the innermost Python frame
// (0 if none).
func (t *Thread) CallerLine() int {
	if t.top == nil {
		return 0
	}
	return t.top.line
}

// CallerFile returns the file name of the innermost Python frame.
func (t *Thread) CallerFile() string {
	if t.top == nil || t.top.code == nil {
		return ""
	}
	return t.top.code.file
}

// internalError turns a recovered panic into a SystemError exception.
func internalError(r any) *Exception {
	return &Exception{
		Class: SystemError,
		Args:  Tuple{Str(fmt.Sprintf("internal error: %v", r))},
		err:   fmt.Errorf("internal error: %v\n%s", r, debug.Stack()),
	}
}
