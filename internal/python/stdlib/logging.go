package stdlib

import (
	"fmt"

	"github.com/opensafely-go/opensafely/internal/python"
)

// logging: accepted and discarded. CPython's default configuration shows
// only WARNING and above, on stderr; we show nothing at all, because the
// interpreter's only output stream is the host's Stdout writer and log
// lines must not mix with print() output there.

var loggerClass, handlerClass, formatterClass *python.Class

type logger struct {
	name  string
	level int64
}

func (l *logger) Type() *python.Class { return loggerClass }

func (l *logger) Repr(t *python.Thread) (string, error) {
	return "<Logger " + l.name + " (" + levelName(l.level) + ")>", nil
}

func (l *logger) Attr(t *python.Thread, name string) (python.Value, error) {
	switch name {
	case "name":
		return python.Str(l.name), nil
	case "level":
		return python.Int(l.level), nil
	case "handlers":
		return python.NewList(nil), nil
	case "propagate", "disabled":
		return python.Bool(name == "propagate"), nil
	}
	return nil, nil
}

func (l *logger) AttrNames() []string { return []string{"name", "level", "handlers", "propagate"} }

func levelName(n int64) string {
	switch n {
	case 0:
		return "NOTSET"
	case 10:
		return "DEBUG"
	case 20:
		return "INFO"
	case 30:
		return "WARNING"
	case 40:
		return "ERROR"
	case 50:
		return "CRITICAL"
	}
	return fmt.Sprintf("Level %d", n)
}

func noop(name string) member {
	return method(name, func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		return python.None, nil
	})
}

func init() {
	loggerClass = newClass("Logger", "logging", nil, members{
		noop("debug"), noop("info"), noop("warning"), noop("warn"), noop("error"), noop("exception"),
		noop("critical"), noop("fatal"), noop("log"), noop("addHandler"), noop("removeHandler"),
		noop("addFilter"), noop("removeFilter"),
		method("setLevel", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			if len(args) == 2 {
				if l, ok := args[0].(*logger); ok {
					if n, ok := toInt(args[1]); ok {
						l.level = n
					}
				}
			}
			return python.None, nil
		}),
		method("isEnabledFor", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			return python.False, nil
		}),
		method("getEffectiveLevel", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			if len(args) > 0 {
				if l, ok := args[0].(*logger); ok && l.level != 0 {
					return python.Int(l.level), nil
				}
			}
			return python.Int(30), nil
		}),
		method("hasHandlers", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			return python.False, nil
		}),
	})
	inert := func(t *python.Thread, cls *python.Class, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		return python.NewInstance(cls), nil
	}
	handlerClass = newClass("Handler", "logging", nil, members{noop("setLevel"), noop("setFormatter"), noop("addFilter"), noop("flush"), noop("close")})
	handlerClass.New = safeNew(inert)
	formatterClass = newClass("Formatter", "logging", nil, nil)
	formatterClass.New = safeNew(inert)
}

func loadLogging(t *python.Thread) (*python.Module, error) {
	loggers := map[string]*logger{}
	root := &logger{name: "root", level: 30}
	ms := members{
		noop("basicConfig"), noop("debug"), noop("info"), noop("warning"), noop("warn"), noop("error"),
		noop("exception"), noop("critical"), noop("fatal"), noop("log"), noop("disable"), noop("captureWarnings"),
		method("getLogger", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			var name python.Value = python.None
			if err := python.UnpackArgs("getLogger", args, kwargs, "name?", &name); err != nil {
				return nil, err
			}
			s, ok := name.(python.Str)
			if !ok || s == "" || s == "root" {
				return root, nil
			}
			if l, ok := loggers[string(s)]; ok {
				return l, nil
			}
			l := &logger{name: string(s)}
			loggers[string(s)] = l
			return l, nil
		}),
		method("getLevelName", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			if len(args) == 1 {
				if n, ok := toInt(args[0]); ok {
					return python.Str(levelName(n)), nil
				}
			}
			return python.Str("Level " + reprOr(t, args[0])), nil
		}),
		{"Logger", loggerClass},
		{"Handler", handlerClass},
		{"StreamHandler", handlerClass},
		{"NullHandler", handlerClass},
		{"Formatter", formatterClass},
		{"NOTSET", python.Int(0)},
		{"DEBUG", python.Int(10)},
		{"INFO", python.Int(20)},
		{"WARNING", python.Int(30)},
		{"WARN", python.Int(30)},
		{"ERROR", python.Int(40)},
		{"CRITICAL", python.Int(50)},
		{"FATAL", python.Int(50)},
		{"root", root},
	}
	return newModule("logging", ms), nil
}
