package python

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/opensafely-go/opensafely/internal/python/syntax"
)

// Module is a module object: its name, file (empty for native modules) and
// globals.
type Module struct {
	Name    string
	File    string
	Globals *Namespace

	path []string // for packages: directories searched for submodules
}

// NewModule returns a native module with the given members.
func NewModule(name string, members map[string]Value) *Module {
	m := &Module{Name: name, Globals: NewNamespace()}
	m.Globals.Set("__name__", Str(name))
	names := make([]string, 0, len(members))
	for k := range members {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		m.Globals.Set(k, members[k])
	}
	return m
}

func (m *Module) Type() *Class { return ModuleClass }

// Attr implements HasAttrs.
func (m *Module) Attr(t *Thread, name string) (Value, error) {
	if v, ok := m.Globals.Get(name); ok {
		return v, nil
	}
	return nil, nil
}

// AttrNames implements HasAttrs.
func (m *Module) AttrNames() []string { return m.Globals.Names() }

// SetAttr implements HasSetAttr.
func (m *Module) SetAttr(t *Thread, name string, v Value) error {
	m.Globals.Set(name, v)
	return nil
}

// Repr implements HasRepr.
func (m *Module) Repr(t *Thread) (string, error) {
	if m.File != "" {
		return "<module '" + m.Name + "' from '" + m.File + "'>", nil
	}
	if m.path != nil {
		return "<module '" + m.Name + "' (namespace)>", nil
	}
	return "<module '" + m.Name + "' (built-in)>", nil
}

// builtinsModule returns the interpreter's __builtins__ module. Universe
// is shared by every interpreter, so the module user code can modify
// (__builtins__.x = 1) holds a copy of it, made on first use; from then on
// the interpreter looks built-in names up in the copy.
func (t *Thread) builtinsModule() *Module {
	in := t.in
	if in.builtins == nil {
		ns := NewNamespace()
		Universe.Each(func(name string, v Value) bool {
			ns.Set(name, v)
			return true
		})
		in.builtins = &Module{Name: "builtins", Globals: ns}
	}
	return in.builtins
}

// builtinNames returns the namespace in which names not found in a
// module's globals are looked up.
func (t *Thread) builtinNames() *Namespace {
	if t.in != nil && t.in.builtins != nil {
		return t.in.builtins.Globals
	}
	return Universe
}

// Import imports the module with the given dotted name, as `import name`
// would, and returns it (not its top-level package).
func (t *Thread) Import(name string) (*Module, error) {
	return t.importModule(name)
}

func (t *Thread) importModule(name string) (*Module, error) {
	in := t.in
	if m, ok := in.modules[name]; ok {
		return m, nil
	}
	var parent *Module
	parentName, child := "", name
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		parentName, child = name[:i], name[i+1:]
		p, err := t.importModule(parentName)
		if err != nil {
			return nil, err
		}
		parent = p
		if m, ok := in.modules[name]; ok {
			return m, nil
		}
	}
	if load, ok := in.opts.Modules[name]; ok && load != nil {
		m, err := load(t)
		if err != nil {
			return nil, err
		}
		if m == nil {
			return nil, Errorf(ModuleNotFoundError, "No module named '%s'", name)
		}
		in.modules[name] = m
		if parent != nil {
			parent.Globals.Set(child, m)
		}
		return m, nil
	}
	if in.hasNativeChildren(name) {
		// A native package whose own module was not provided: an empty
		// module holding its native submodules.
		m := NewModule(name, nil)
		in.modules[name] = m
		if parent != nil {
			parent.Globals.Set(child, m)
		}
		return m, nil
	}
	var dirs []string
	if parent == nil {
		dirs = in.search
		if len(dirs) == 0 {
			dirs = []string{in.root}
		}
	} else {
		dirs = parent.path
		if dirs == nil {
			return nil, Errorf(ModuleNotFoundError, "No module named '%s'; '%s' is not a package", name, parentName)
		}
	}
	var file string
	var pkgDir string
	for _, d := range dirs {
		f := filepath.Join(d, child+".py")
		if isFile(f) {
			file = f
			break
		}
		init := filepath.Join(d, child, "__init__.py")
		if isFile(init) {
			file = init
			pkgDir = filepath.Join(d, child)
			break
		}
	}
	if file == "" {
		var nsDirs []string
		for _, d := range dirs {
			p := filepath.Join(d, child)
			if isDir(p) {
				nsDirs = append(nsDirs, p)
			}
		}
		if len(nsDirs) == 0 {
			return nil, Errorf(ModuleNotFoundError, "No module named '%s'", name)
		}
		m := &Module{Name: name, Globals: NewNamespace(), path: nsDirs}
		m.Globals.Set("__name__", Str(name))
		m.Globals.Set("__path__", NewList(nil))
		in.modules[name] = m
		if parent != nil {
			parent.Globals.Set(child, m)
		}
		return m, nil
	}
	if real, err := filepath.EvalSymlinks(file); err != nil || !in.inRoot(real) {
		return nil, Errorf(ModuleNotFoundError, "No module named '%s'", name)
	}
	src, err := os.ReadFile(file)
	if err != nil {
		return nil, Errorf(ImportError, "cannot read module '%s': %v", name, err)
	}
	m := &Module{Name: name, File: in.displayPath(file), Globals: NewNamespace()}
	if pkgDir != "" {
		m.path = []string{pkgDir}
		m.Globals.Set("__path__", NewList([]Value{Str(pkgDir)}))
	}
	in.modules[name] = m
	if err := t.execModule(m, m.File, src); err != nil {
		delete(in.modules, name)
		return nil, err
	}
	if parent != nil {
		parent.Globals.Set(child, m)
	}
	return m, nil
}

// displayPath shows a file relative to Root when inside it.
func (in *Interpreter) displayPath(file string) string {
	if rel, err := filepath.Rel(in.root, file); err == nil && !strings.HasPrefix(rel, "..") {
		return rel
	}
	return file
}

func isFile(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.Mode().IsRegular()
}

func isDir(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.IsDir()
}

func (t *Thread) execImport(fr *frame, st *syntax.Import) error {
	for _, a := range st.Names {
		m, err := t.importModule(a.Name)
		if err != nil {
			return err
		}
		var v Value = m
		bindName := a.AsName
		if bindName == "" {
			top := a.Name
			if i := strings.IndexByte(top, '.'); i >= 0 {
				top = top[:i]
			}
			tm, err := t.importModule(top)
			if err != nil {
				return err
			}
			v = tm
			bindName = top
		}
		t.storeBind(fr, a, bindName, v)
	}
	return nil
}

func (t *Thread) execImportFrom(fr *frame, st *syntax.ImportFrom) error {
	if st.Level > 0 {
		return Errorf(ImportError, "relative imports are not supported")
	}
	m, err := t.importModule(st.Module)
	if err != nil {
		return err
	}
	if st.Names == nil {
		return t.importStar(fr, m)
	}
	for _, a := range st.Names {
		v, ok := m.Globals.Get(a.Name)
		if !ok {
			sub, err := t.importModule(st.Module + "." + a.Name)
			if err != nil {
				if e, ok := err.(*Exception); ok && e.Class == ModuleNotFoundError {
					return Errorf(ImportError, "cannot import name '%s' from '%s' (unknown location)", a.Name, st.Module)
				}
				return err
			}
			v = sub
		}
		name := a.AsName
		if name == "" {
			name = a.Name
		}
		t.storeBind(fr, a, name, v)
	}
	return nil
}

func (t *Thread) importStar(fr *frame, m *Module) error {
	if all, ok := m.Globals.Get("__all__"); ok {
		names, err := t.iterate(all, nil)
		if err != nil {
			return err
		}
		for _, n := range names {
			s, ok := n.(Str)
			if !ok {
				return Errorf(TypeError, "Item in %s.__all__ must be str, not %s", m.Name, typeName(n))
			}
			v, ok := m.Globals.Get(string(s))
			if !ok {
				return Errorf(AttributeError, "module '%s' has no attribute '%s'", m.Name, s)
			}
			t.storeStar(fr, string(s), v)
		}
		return nil
	}
	m.Globals.Each(func(name string, v Value) bool {
		if !strings.HasPrefix(name, "_") {
			t.storeStar(fr, name, v)
		}
		return true
	})
	return nil
}

func (t *Thread) storeStar(fr *frame, name string, v Value) {
	if fr.classNS != nil {
		fr.classNS.Set(name, v)
		return
	}
	fr.globals.Set(name, v)
}

// ---- sandboxed file access ----

// ResolvePath returns the absolute, cleaned path for a user-supplied path,
// or a PermissionError if it lies outside Root.
func (t *Thread) ResolvePath(path string) (string, error) {
	in := t.in
	p := path
	if !filepath.IsAbs(p) {
		p = filepath.Join(in.root, p)
	}
	p = filepath.Clean(p)
	real, err := evalSymlinksPartial(p)
	if err != nil {
		return "", Errorf(OSError, "%v", err)
	}
	if !in.inRoot(real) {
		return "", Errorf(PermissionError, "[Errno 13] Permission denied: '%s' (outside the project directory)", path)
	}
	return real, nil
}

func (in *Interpreter) inRoot(p string) bool {
	rel, err := filepath.Rel(in.root, p)
	if err != nil {
		return false
	}
	return rel == "." || (rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)))
}

// evalSymlinksPartial resolves symlinks in the longest existing prefix of p.
func evalSymlinksPartial(p string) (string, error) {
	real, err := filepath.EvalSymlinks(p)
	if err == nil {
		return real, nil
	}
	if !errors.Is(err, fs.ErrNotExist) {
		return "", err
	}
	dir, base := filepath.Split(p)
	dir = filepath.Clean(dir)
	if dir == p {
		return p, nil
	}
	rd, err := evalSymlinksPartial(dir)
	if err != nil {
		return "", err
	}
	return filepath.Join(rd, base), nil
}

// OpenFile opens path for reading, resolving a relative path against Root.
// It refuses (PermissionError) any path outside Root, following symlinks.
func (t *Thread) OpenFile(path string) (io.ReadCloser, error) {
	real, err := t.ResolvePath(path)
	if err != nil {
		return nil, err
	}
	st, err := os.Stat(real)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, Errorf(FileNotFoundError, "[Errno 2] No such file or directory: '%s'", path)
		}
		if errors.Is(err, fs.ErrPermission) {
			return nil, Errorf(PermissionError, "[Errno 13] Permission denied: '%s'", path)
		}
		return nil, Errorf(OSError, "%v", err)
	}
	if st.IsDir() {
		return nil, Errorf(IsADirectoryError, "[Errno 21] Is a directory: '%s'", path)
	}
	f, err := os.Open(real)
	if err != nil {
		if errors.Is(err, fs.ErrPermission) {
			return nil, Errorf(PermissionError, "[Errno 13] Permission denied: '%s'", path)
		}
		return nil, Errorf(OSError, "%v", err)
	}
	return f, nil
}

// hasNativeChildren reports whether some native module lives below name.
func (in *Interpreter) hasNativeChildren(name string) bool {
	prefix := name + "."
	for k := range in.opts.Modules {
		if strings.HasPrefix(k, prefix) {
			return true
		}
	}
	return false
}
