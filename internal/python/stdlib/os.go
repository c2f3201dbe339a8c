package stdlib

import (
	"errors"
	"os"
	"path"
	"sort"
	"strings"

	"github.com/opensafely-go/opensafely/internal/python"
)

// os and os.path: read-only, sandboxed views of the project directory.
// Nothing here writes, spawns processes, changes directory or reads the
// real process environment (getenv and environ see Options.Env).

// fsPath converts a str or path-like argument to a Go string.
func fsPath(t *python.Thread, fname string, v python.Value) (string, error) {
	if s, ok := PathString(v); ok {
		return s, nil
	}
	if m, err := python.GetAttr(t, v, "__fspath__"); err == nil {
		r, err := t.Call(m, nil, nil)
		if err != nil {
			return "", err
		}
		if s, ok := r.(python.Str); ok {
			return string(s), nil
		}
	}
	return "", errorf(python.TypeError, "%sexpected str, bytes or os.PathLike object, not %s", fname, typeName(v))
}

// statPath stats a user path inside the sandbox; a path outside the
// project directory behaves as if it did not exist.
func statPath(t *python.Thread, p string) (os.FileInfo, bool) {
	abs, err := t.ResolvePath(p)
	if err != nil {
		return nil, false
	}
	fi, err := os.Stat(abs)
	if err != nil {
		return nil, false
	}
	return fi, true
}

func pyJoin(parts ...string) string {
	out := ""
	for i, p := range parts {
		switch {
		case i == 0:
			out = p
		case strings.HasPrefix(p, "/"):
			out = p
		case out == "" || strings.HasSuffix(out, "/"):
			out += p
		default:
			out += "/" + p
		}
	}
	return out
}

func pySplit(p string) (string, string) {
	i := strings.LastIndex(p, "/") + 1
	head, tail := p[:i], p[i:]
	if head != "" && strings.Trim(head, "/") != "" {
		head = strings.TrimRight(head, "/")
	}
	return head, tail
}

func pySplitExt(p string) (string, string) {
	slash := strings.LastIndex(p, "/")
	dot := strings.LastIndex(p, ".")
	if dot > slash {
		// Skip leading dots of the base name.
		base := slash + 1
		for base < dot && p[base] == '.' {
			base++
		}
		if base < dot {
			return p[:dot], p[dot:]
		}
	}
	return p, ""
}

func pathFunc(name string, f func(t *python.Thread, p string) (python.Value, error)) member {
	return method(name, func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		if len(args) != 1 || len(kwargs) > 0 {
			return nil, errorf(python.TypeError, "%s() takes exactly 1 argument (%d given)", name, len(args))
		}
		p, err := fsPath(t, name+"() argument: ", args[0])
		if err != nil {
			return nil, err
		}
		return f(t, p)
	})
}

func absPath(t *python.Thread, p string) string {
	if !strings.HasPrefix(p, "/") {
		p = pyJoin(t.Interpreter().Options().Root, p)
	}
	return path.Clean(p)
}

func osPathMembers() members {
	return members{
		method("join", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			if len(args) == 0 {
				return nil, errorf(python.TypeError, "join() missing 1 required positional argument: 'a'")
			}
			parts := make([]string, len(args))
			for i, a := range args {
				s, err := fsPath(t, "", a)
				if err != nil {
					return nil, errorf(python.TypeError, "join() argument must be str, bytes, or os.PathLike object, not '%s'", typeName(a))
				}
				parts[i] = s
			}
			return python.Str(pyJoin(parts...)), nil
		}),
		pathFunc("basename", func(t *python.Thread, p string) (python.Value, error) {
			_, tail := pySplit(p)
			return python.Str(tail), nil
		}),
		pathFunc("dirname", func(t *python.Thread, p string) (python.Value, error) {
			head, _ := pySplit(p)
			return python.Str(head), nil
		}),
		pathFunc("split", func(t *python.Thread, p string) (python.Value, error) {
			head, tail := pySplit(p)
			return python.Tuple{python.Str(head), python.Str(tail)}, nil
		}),
		pathFunc("splitext", func(t *python.Thread, p string) (python.Value, error) {
			root, ext := pySplitExt(p)
			return python.Tuple{python.Str(root), python.Str(ext)}, nil
		}),
		pathFunc("exists", func(t *python.Thread, p string) (python.Value, error) {
			_, ok := statPath(t, p)
			return python.Bool(ok), nil
		}),
		pathFunc("isfile", func(t *python.Thread, p string) (python.Value, error) {
			fi, ok := statPath(t, p)
			return python.Bool(ok && fi.Mode().IsRegular()), nil
		}),
		pathFunc("isdir", func(t *python.Thread, p string) (python.Value, error) {
			fi, ok := statPath(t, p)
			return python.Bool(ok && fi.IsDir()), nil
		}),
		pathFunc("isabs", func(t *python.Thread, p string) (python.Value, error) {
			return python.Bool(strings.HasPrefix(p, "/")), nil
		}),
		pathFunc("abspath", func(t *python.Thread, p string) (python.Value, error) {
			return python.Str(absPath(t, p)), nil
		}),
		pathFunc("realpath", func(t *python.Thread, p string) (python.Value, error) {
			return python.Str(absPath(t, p)), nil
		}),
		pathFunc("normpath", func(t *python.Thread, p string) (python.Value, error) {
			return python.Str(path.Clean(p)), nil
		}),
		pathFunc("getsize", func(t *python.Thread, p string) (python.Value, error) {
			fi, ok := statPath(t, p)
			if !ok {
				return nil, errorf(python.FileNotFoundError, "[Errno 2] No such file or directory: %s", pyQuote(p))
			}
			return python.Int(fi.Size()), nil
		}),
		{"sep", python.Str("/")},
		{"curdir", python.Str(".")},
		{"pardir", python.Str("..")},
		{"extsep", python.Str(".")},
	}
}

func loadOSPath(t *python.Thread) (*python.Module, error) {
	return newModule("os.path", osPathMembers()), nil
}

func listDir(t *python.Thread, p string) ([]string, error) {
	abs, err := t.ResolvePath(p)
	if err != nil {
		return nil, err
	}
	entries, err := os.ReadDir(abs)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, errorf(python.FileNotFoundError, "[Errno 2] No such file or directory: %s", pyQuote(p))
		}
		if errors.Is(err, os.ErrPermission) {
			return nil, errorf(python.PermissionError, "[Errno 13] Permission denied: %s", pyQuote(p))
		}
		return nil, errorf(python.OSError, "[Errno 20] Not a directory: %s", pyQuote(p))
	}
	names := make([]string, len(entries))
	for i, e := range entries {
		names[i] = e.Name()
	}
	sort.Strings(names)
	return names, nil
}

func loadOS(t *python.Thread) (*python.Module, error) {
	opts := t.Interpreter().Options()
	env := python.NewDict()
	keys := make([]string, 0, len(opts.Env))
	for k := range opts.Env {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if err := python.SetItem(t, env, python.Str(k), python.Str(opts.Env[k])); err != nil {
			return nil, err
		}
	}
	pathMod, err := loadOSPath(t)
	if err != nil {
		return nil, err
	}
	return newModule("os", members{
		{"path", pathMod},
		{"environ", env},
		{"sep", python.Str("/")},
		{"curdir", python.Str(".")},
		{"pardir", python.Str("..")},
		{"linesep", python.Str("\n")},
		{"name", python.Str("posix")},
		method("getenv", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			var key string
			var def python.Value = python.None
			if err := python.UnpackArgs("getenv", args, kwargs, "key", &key, "default?", &def); err != nil {
				return nil, err
			}
			if v, ok := t.Interpreter().Options().Env[key]; ok {
				return python.Str(v), nil
			}
			return def, nil
		}),
		method("getcwd", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			return python.Str(t.Interpreter().Options().Root), nil
		}),
		method("listdir", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			var pv python.Value = python.Str(".")
			if err := python.UnpackArgs("listdir", args, kwargs, "path?", &pv); err != nil {
				return nil, err
			}
			p, err := fsPath(t, "listdir: path should be string, bytes, os.PathLike or None, not ", pv)
			if err != nil {
				return nil, err
			}
			names, err := listDir(t, p)
			if err != nil {
				return nil, err
			}
			out := make([]python.Value, len(names))
			for i, n := range names {
				out[i] = python.Str(n)
			}
			return python.NewList(out), nil
		}),
		method("fspath", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			if len(args) != 1 {
				return nil, errorf(python.TypeError, "fspath() takes exactly one argument (%d given)", len(args))
			}
			p, err := fsPath(t, "", args[0])
			if err != nil {
				return nil, errorf(python.TypeError, "expected str, bytes or os.PathLike object, not %s", typeName(args[0]))
			}
			return python.Str(p), nil
		}),
	}), nil
}
