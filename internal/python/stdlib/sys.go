package stdlib

import (
	"github.com/opensafely-go/opensafely/internal/python"
)

var streamClass *python.Class

// stream is sys.stdout or sys.stderr: both write to the interpreter's
// Stdout writer (the host decides where that goes).
type stream struct{ name string }

func (s *stream) Type() *python.Class { return streamClass }

func (s *stream) Repr(t *python.Thread) (string, error) {
	return "<_io.TextIOWrapper name='<" + s.name + ">' mode='w' encoding='utf-8'>", nil
}

func init() {
	streamClass = newClass("TextIOWrapper", "_io", nil, members{
		method("write", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			if len(args) != 2 {
				return nil, errorf(python.TypeError, "write() takes exactly one argument (%d given)", len(args)-1)
			}
			s, ok := args[1].(python.Str)
			if !ok {
				return nil, errorf(python.TypeError, "write() argument must be str, not %s", typeName(args[1]))
			}
			write(t, string(s))
			return python.Int(len([]rune(string(s)))), nil
		}),
		method("writelines", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			if len(args) != 2 {
				return nil, errorf(python.TypeError, "writelines() takes exactly one argument (%d given)", len(args)-1)
			}
			lines, err := toSlice(t, args[1])
			if err != nil {
				return nil, err
			}
			for _, l := range lines {
				s, ok := l.(python.Str)
				if !ok {
					return nil, errorf(python.TypeError, "write() argument must be str, not %s", typeName(l))
				}
				write(t, string(s))
			}
			return python.None, nil
		}),
		method("flush", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			return python.None, nil
		}),
		method("isatty", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			return python.False, nil
		}),
	})
}

func loadSys(t *python.Thread) (*python.Module, error) {
	opts := t.Interpreter().Options()
	argv := make([]python.Value, len(opts.Argv))
	for i, a := range opts.Argv {
		argv[i] = python.Str(a)
	}
	return newModule("sys", members{
		{"argv", python.NewList(argv)},
		{"version_info", python.Tuple{python.Int(3), python.Int(11), python.Int(7), python.Str("final"), python.Int(0)}},
		{"version", python.Str("3.11.7 (opensafely-go)")},
		{"platform", python.Str("linux")},
		{"maxsize", python.Int(1<<63 - 1)},
		{"byteorder", python.Str("little")},
		{"path", python.NewList([]python.Value{python.Str(opts.Root)})},
		{"stdout", &stream{"stdout"}},
		{"stderr", &stream{"stderr"}},
		method("exit", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			if err := noKwargs("exit", kwargs); err != nil {
				return nil, err
			}
			if len(args) > 1 {
				return nil, errorf(python.TypeError, "exit expected at most 1 argument, got %d", len(args))
			}
			if len(args) == 0 || args[0] == python.None {
				return nil, systemExit(nil)
			}
			return nil, systemExit(args[0])
		}),
		method("getrecursionlimit", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			n := t.Interpreter().Options().MaxDepth
			if n == 0 {
				n = 1000
			}
			return python.Int(n), nil
		}),
	}), nil
}
