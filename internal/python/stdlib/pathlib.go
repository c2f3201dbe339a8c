package stdlib

import (
	"hash/fnv"
	"io"
	"os"
	"path"
	"sort"
	"strings"

	"github.com/opensafely-go/opensafely/internal/python"
	"github.com/opensafely-go/opensafely/internal/python/syntax"
)

// PathClass is pathlib.PosixPath (also exported as Path, PurePath and
// PurePosixPath).
var PathClass *python.Class

// pathValue is a pathlib path. s is normalised as pathlib does: no
// repeated or trailing slashes, no "." components, "." when empty.
type pathValue struct{ s string }

// NewPath returns a pathlib path value for p.
func NewPath(p string) python.Value { return pathValue{normPath(p)} }

// PathString returns the path held by a str or pathlib path value.
func PathString(v python.Value) (string, bool) {
	switch x := v.(type) {
	case python.Str:
		return string(x), true
	case pathValue:
		return x.s, true
	}
	return "", false
}

func normPath(p string) string {
	abs := strings.HasPrefix(p, "/")
	var parts []string
	for _, c := range strings.Split(p, "/") {
		if c == "" || c == "." {
			continue
		}
		parts = append(parts, c)
	}
	s := strings.Join(parts, "/")
	if abs {
		return "/" + s
	}
	if s == "" {
		return "."
	}
	return s
}

func (p pathValue) Type() *python.Class { return PathClass }

func (p pathValue) Str(t *python.Thread) (string, error) { return p.s, nil }

func (p pathValue) Repr(t *python.Thread) (string, error) {
	return "PosixPath(" + pyQuote(p.s) + ")", nil
}

func (p pathValue) Format(t *python.Thread, spec string) (string, error) {
	if spec != "" {
		return "", errorf(python.TypeError, "unsupported format string passed to PosixPath.__format__")
	}
	return p.s, nil
}

func (p pathValue) Hash(t *python.Thread) (uint64, error) {
	h := fnv.New64a()
	io.WriteString(h, p.s)
	return h.Sum64(), nil
}

func (p pathValue) Compare(t *python.Thread, op syntax.Token, other python.Value) (python.Value, error) {
	o, ok := other.(pathValue)
	if !ok {
		return python.NotImplemented, nil
	}
	return compareInts(op, int64(strings.Compare(p.s, o.s)), 0), nil
}

func (p pathValue) join(others ...string) pathValue {
	s := p.s
	for _, o := range others {
		s = pyJoin(s, o)
	}
	return pathValue{normPath(s)}
}

func (p pathValue) Binary(t *python.Thread, op syntax.Token, other python.Value, reflected bool) (python.Value, error) {
	if op != syntax.SLASH {
		return python.NotImplemented, nil
	}
	o, ok := PathString(other)
	if !ok {
		return python.NotImplemented, nil
	}
	if reflected {
		return pathValue{normPath(o)}.join(p.s), nil
	}
	return p.join(o), nil
}

func (p pathValue) name() string {
	if p.s == "." || p.s == "/" {
		return ""
	}
	return p.s[strings.LastIndex(p.s, "/")+1:]
}

func (p pathValue) parent() pathValue {
	i := strings.LastIndex(p.s, "/")
	switch {
	case p.s == "/" || p.s == ".":
		return p
	case i < 0:
		return pathValue{"."}
	case i == 0:
		return pathValue{"/"}
	}
	return pathValue{p.s[:i]}
}

func (p pathValue) suffixes() []string {
	name := p.name()
	if strings.HasSuffix(name, ".") {
		return nil
	}
	name = strings.TrimLeft(name, ".")
	parts := strings.Split(name, ".")
	var out []string
	for _, s := range parts[1:] {
		out = append(out, "."+s)
	}
	return out
}

func (p pathValue) suffix() string {
	s := p.suffixes()
	if len(s) == 0 {
		return ""
	}
	return s[len(s)-1]
}

func (p pathValue) parts() python.Tuple {
	var out python.Tuple
	s := p.s
	if strings.HasPrefix(s, "/") {
		out = append(out, python.Str("/"))
		s = s[1:]
	}
	if s == "." || s == "" {
		return out
	}
	for _, c := range strings.Split(s, "/") {
		out = append(out, python.Str(c))
	}
	return out
}

func (p pathValue) Attr(t *python.Thread, name string) (python.Value, error) {
	switch name {
	case "name":
		return python.Str(p.name()), nil
	case "stem":
		return python.Str(strings.TrimSuffix(p.name(), p.suffix())), nil
	case "suffix":
		return python.Str(p.suffix()), nil
	case "suffixes":
		var out []python.Value
		for _, s := range p.suffixes() {
			out = append(out, python.Str(s))
		}
		return python.NewList(out), nil
	case "parent":
		return p.parent(), nil
	case "parents":
		var out python.Tuple
		for q := p; ; {
			par := q.parent()
			if par == q {
				break
			}
			out = append(out, par)
			q = par
		}
		return out, nil
	case "parts":
		return p.parts(), nil
	case "anchor", "root":
		if strings.HasPrefix(p.s, "/") {
			return python.Str("/"), nil
		}
		return python.Str(""), nil
	case "drive":
		return python.Str(""), nil
	}
	return nil, nil
}

func (p pathValue) AttrNames() []string {
	return []string{"name", "stem", "suffix", "suffixes", "parent", "parents", "parts", "anchor", "root", "drive"}
}

func pathRecv(args python.Tuple) (pathValue, python.Tuple, error) {
	if len(args) > 0 {
		if p, ok := args[0].(pathValue); ok {
			return p, args[1:], nil
		}
	}
	return pathValue{}, nil, errorf(python.TypeError, "descriptor requires a 'PosixPath' object")
}

func pathMethod(name string, f func(t *python.Thread, p pathValue, args python.Tuple, kwargs []python.Kwarg) (python.Value, error)) member {
	return method(name, func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		p, rest, err := pathRecv(args)
		if err != nil {
			return nil, err
		}
		return f(t, p, rest, kwargs)
	})
}

func pathArgs(t *python.Thread, args python.Tuple) ([]string, error) {
	out := make([]string, len(args))
	for i, a := range args {
		s, ok := PathString(a)
		if !ok {
			return nil, errorf(python.TypeError, "expected str, bytes or os.PathLike object, not %s", typeName(a))
		}
		out[i] = s
	}
	return out, nil
}

func builtinOpen(t *python.Thread, p string, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
	open, ok := python.Universe.Get("open")
	if !ok {
		return nil, errorf(python.RuntimeError, "open() is not available")
	}
	return t.Call(open, append(python.Tuple{python.Str(p)}, args...), kwargs)
}

func init() {
	PathClass = newClass("PosixPath", "pathlib", nil, members{
		pathMethod("__fspath__", func(t *python.Thread, p pathValue, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			return python.Str(p.s), nil
		}),
		pathMethod("joinpath", func(t *python.Thread, p pathValue, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			parts, err := pathArgs(t, args)
			if err != nil {
				return nil, err
			}
			return p.join(parts...), nil
		}),
		pathMethod("with_suffix", func(t *python.Thread, p pathValue, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			var suffix string
			if err := python.UnpackArgs("with_suffix", args, kwargs, "suffix", &suffix); err != nil {
				return nil, err
			}
			if (suffix != "" && (!strings.HasPrefix(suffix, ".") || suffix == ".")) || strings.Contains(suffix, "/") {
				return nil, errorf(python.ValueError, "Invalid suffix %s", pyQuote(suffix))
			}
			name := p.name()
			if name == "" {
				return nil, errorf(python.ValueError, "%s has an empty name", reprOr(t, p))
			}
			return p.parent().join(strings.TrimSuffix(name, p.suffix()) + suffix), nil
		}),
		pathMethod("with_name", func(t *python.Thread, p pathValue, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			var name string
			if err := python.UnpackArgs("with_name", args, kwargs, "name", &name); err != nil {
				return nil, err
			}
			if p.name() == "" {
				return nil, errorf(python.ValueError, "%s has an empty name", reprOr(t, p))
			}
			if name == "" || name == "." || strings.Contains(name, "/") {
				return nil, errorf(python.ValueError, "Invalid name %s", pyQuote(name))
			}
			return p.parent().join(name), nil
		}),
		pathMethod("with_stem", func(t *python.Thread, p pathValue, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			var stem string
			if err := python.UnpackArgs("with_stem", args, kwargs, "stem", &stem); err != nil {
				return nil, err
			}
			return p.parent().join(stem + p.suffix()), nil
		}),
		pathMethod("relative_to", func(t *python.Thread, p pathValue, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			parts, err := pathArgs(t, args)
			if err != nil {
				return nil, err
			}
			base := normPath(pyJoin(parts...))
			if base == "." && !strings.HasPrefix(p.s, "/") {
				return p, nil
			}
			if p.s == base {
				return pathValue{"."}, nil
			}
			prefix := base
			if !strings.HasSuffix(prefix, "/") {
				prefix += "/"
			}
			if !strings.HasPrefix(p.s, prefix) {
				return nil, errorf(python.ValueError, "%s is not in the subpath of %s OR one path is relative and the other is absolute.", pyQuote(p.s), pyQuote(base))
			}
			return pathValue{p.s[len(prefix):]}, nil
		}),
		pathMethod("as_posix", func(t *python.Thread, p pathValue, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			return python.Str(p.s), nil
		}),
		pathMethod("is_absolute", func(t *python.Thread, p pathValue, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			return python.Bool(strings.HasPrefix(p.s, "/")), nil
		}),
		pathMethod("exists", func(t *python.Thread, p pathValue, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			_, ok := statPath(t, p.s)
			return python.Bool(ok), nil
		}),
		pathMethod("is_file", func(t *python.Thread, p pathValue, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			fi, ok := statPath(t, p.s)
			return python.Bool(ok && fi.Mode().IsRegular()), nil
		}),
		pathMethod("is_dir", func(t *python.Thread, p pathValue, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			fi, ok := statPath(t, p.s)
			return python.Bool(ok && fi.IsDir()), nil
		}),
		pathMethod("read_text", func(t *python.Thread, p pathValue, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			var encoding, errs python.Value = python.None, python.None
			if err := python.UnpackArgs("read_text", args, kwargs, "encoding?", &encoding, "errors?", &errs); err != nil {
				return nil, err
			}
			f, err := builtinOpen(t, p.s, nil, nil)
			if err != nil {
				return nil, err
			}
			read, err := python.GetAttr(t, f, "read")
			if err != nil {
				return nil, err
			}
			text, err := t.Call(read, nil, nil)
			if closer, cerr := python.GetAttr(t, f, "close"); cerr == nil {
				t.Call(closer, nil, nil)
			}
			return text, err
		}),
		pathMethod("open", func(t *python.Thread, p pathValue, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			return builtinOpen(t, p.s, args, kwargs)
		}),
		pathMethod("resolve", func(t *python.Thread, p pathValue, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			return pathValue{absPath(t, p.s)}, nil
		}),
		pathMethod("absolute", func(t *python.Thread, p pathValue, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			if strings.HasPrefix(p.s, "/") {
				return p, nil
			}
			return pathValue{normPath(pyJoin(t.Interpreter().Options().Root, p.s))}, nil
		}),
		pathMethod("iterdir", func(t *python.Thread, p pathValue, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			names, err := listDir(t, p.s)
			if err != nil {
				return nil, err
			}
			out := make([]python.Value, len(names))
			for i, n := range names {
				out[i] = p.join(n)
			}
			return python.NewList(out), nil
		}),
		pathMethod("glob", func(t *python.Thread, p pathValue, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			var pattern string
			if err := python.UnpackArgs("glob", args, kwargs, "pattern", &pattern); err != nil {
				return nil, err
			}
			return globPaths(t, p, pattern)
		}),
		method("cwd", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			return pathValue{normPath(t.Interpreter().Options().Root)}, nil
		}),
	})
	PathClass.New = safeNew(func(t *python.Thread, cls *python.Class, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		if err := noKwargs("PosixPath", kwargs); err != nil {
			return nil, err
		}
		parts, err := pathArgs(t, args)
		if err != nil {
			return nil, err
		}
		if len(parts) == 0 {
			return pathValue{"."}, nil
		}
		return pathValue{normPath(pyJoin(parts...))}, nil
	})
}

// globPaths matches a relative pattern (one component per level; "**"
// is not supported) below p, inside the sandbox.
func globPaths(t *python.Thread, p pathValue, pattern string) (python.Value, error) {
	if strings.HasPrefix(pattern, "/") {
		return nil, errorf(python.NotImplementedError, "Non-relative patterns are unsupported")
	}
	matches := []pathValue{p}
	for _, comp := range strings.Split(pattern, "/") {
		if comp == "" || comp == "." {
			continue
		}
		var next []pathValue
		for _, m := range matches {
			abs, err := t.ResolvePath(m.s)
			if err != nil {
				continue
			}
			entries, err := os.ReadDir(abs)
			if err != nil {
				continue
			}
			for _, e := range entries {
				ok, _ := path.Match(comp, e.Name())
				if ok {
					next = append(next, m.join(e.Name()))
				}
			}
		}
		matches = next
	}
	sort.Slice(matches, func(i, j int) bool { return matches[i].s < matches[j].s })
	out := make([]python.Value, len(matches))
	for i, m := range matches {
		out[i] = m
	}
	return python.NewList(out), nil
}

func loadPathlib(t *python.Thread) (*python.Module, error) {
	return newModule("pathlib", members{
		{"Path", PathClass},
		{"PosixPath", PathClass},
		{"PurePath", PathClass},
		{"PurePosixPath", PathClass},
	}), nil
}
