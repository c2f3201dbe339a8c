package python

import (
	"fmt"
	"io"
	"strings"
)

// File is a read-only text file returned by open(). Its content is read
// in full when it is opened (files read by definitions are small).
type File struct {
	name   string
	mode   string
	data   string
	pos    int
	closed bool
}

func (f *File) Type() *Class { return FileClass }

// Repr implements HasRepr.
func (f *File) Repr(t *Thread) (string, error) {
	return fmt.Sprintf("<_io.TextIOWrapper name='%s' mode='%s' encoding='UTF-8'>", f.name, f.mode), nil
}

// Attr implements HasAttrs.
func (f *File) Attr(t *Thread, name string) (Value, error) {
	switch name {
	case "name":
		return Str(f.name), nil
	case "mode":
		return Str(f.mode), nil
	case "closed":
		return Bool(f.closed), nil
	case "encoding":
		return Str("UTF-8"), nil
	}
	return nil, nil
}

// AttrNames implements HasAttrs.
func (f *File) AttrNames() []string { return []string{"name", "mode", "closed", "encoding"} }

func (f *File) check() error {
	if f.closed {
		return Errorf(ValueError, "I/O operation on closed file.")
	}
	return nil
}

func (f *File) readline() string {
	if f.pos >= len(f.data) {
		return ""
	}
	rest := f.data[f.pos:]
	i := strings.IndexByte(rest, '\n')
	if i < 0 {
		f.pos = len(f.data)
		return rest
	}
	f.pos += i + 1
	return rest[:i+1]
}

// Iterate implements Iterable (iteration by line).
func (f *File) Iterate(t *Thread) (Iterator, error) {
	if err := f.check(); err != nil {
		return nil, err
	}
	return fileIter{f}, nil
}

type fileIter struct{ f *File }

func (it fileIter) Next(t *Thread) (Value, bool, error) {
	if err := it.f.check(); err != nil {
		return nil, false, err
	}
	line := it.f.readline()
	if line == "" {
		return nil, false, nil
	}
	return Str(line), true, nil
}

// openFile implements open().
func openFile(t *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
	var file, mode, encoding, errs, newline Value = nil, Str("r"), None, None, None
	var buffering Value = Int(-1)
	if err := UnpackArgs("open", args, kwargs, "file", &file, "mode?", &mode, "buffering?", &buffering,
		"encoding?", &encoding, "errors?", &errs, "newline?", &newline); err != nil {
		return nil, err
	}
	path, err := fsPath(t, file)
	if err != nil {
		return nil, err
	}
	m, ok := mode.(Str)
	if !ok {
		return nil, Errorf(TypeError, "open() argument 'mode' must be str, not %s", typeName(mode))
	}
	switch string(m) {
	case "r", "rt", "", "tr":
	default:
		if strings.ContainsAny(string(m), "wax+") {
			return nil, Errorf(PermissionError, "[Errno 13] Permission denied: '%s' (writing files is not allowed)", path)
		}
		if strings.Contains(string(m), "b") {
			return nil, Errorf(ValueError, "binary mode is not supported")
		}
		return nil, Errorf(ValueError, "invalid mode: '%s'", m)
	}
	rc, err := t.OpenFile(path)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	data, err := io.ReadAll(rc)
	if err != nil {
		return nil, Errorf(OSError, "%v", err)
	}
	text := string(data)
	text = strings.TrimPrefix(text, "\ufeff")
	if strings.Contains(text, "\r") && newline == None {
		text = strings.ReplaceAll(text, "\r\n", "\n")
		text = strings.ReplaceAll(text, "\r", "\n")
	}
	return &File{name: path, mode: "r", data: text}, nil
}

// fsPath accepts a str or an object with __fspath__ (pathlib.Path).
func fsPath(t *Thread, v Value) (string, error) {
	if s, ok := v.(Str); ok {
		return string(s), nil
	}
	if fn, err := GetAttr(t, v, "__fspath__"); err == nil {
		r, err := t.Call(fn, nil, nil)
		if err != nil {
			return "", err
		}
		if s, ok := r.(Str); ok {
			return string(s), nil
		}
	}
	return "", Errorf(TypeError, "expected str, bytes or os.PathLike object, not %s", typeName(v))
}

func fileMethod(name string, fn func(t *Thread, f *File, args Tuple, kwargs []Kwarg) (Value, error)) *Builtin {
	return NewBuiltin(name, func(t *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
		if len(args) == 0 {
			return nil, Errorf(TypeError, "descriptor '%s' needs an argument", name)
		}
		f, ok := args[0].(*File)
		if !ok {
			return nil, Errorf(TypeError, "descriptor '%s' requires a file object", name)
		}
		return fn(t, f, args[1:], kwargs)
	})
}

func initFileClass() {
	d := NewNamespace()
	d.Set("read", fileMethod("read", func(t *Thread, f *File, args Tuple, kwargs []Kwarg) (Value, error) {
		var size Value = Int(-1)
		if err := UnpackArgs("read", args, kwargs, "size?", &size); err != nil {
			return nil, err
		}
		if err := f.check(); err != nil {
			return nil, err
		}
		n := -1
		if i, ok := size.(Int); ok {
			n = int(i)
		}
		rest := f.data[f.pos:]
		if n >= 0 {
			r := []rune(rest)
			if n < len(r) {
				s := string(r[:n])
				f.pos += len(s)
				return Str(s), nil
			}
		}
		f.pos = len(f.data)
		return Str(rest), nil
	}))
	d.Set("readline", fileMethod("readline", func(t *Thread, f *File, args Tuple, kwargs []Kwarg) (Value, error) {
		if err := f.check(); err != nil {
			return nil, err
		}
		return Str(f.readline()), nil
	}))
	d.Set("readlines", fileMethod("readlines", func(t *Thread, f *File, args Tuple, kwargs []Kwarg) (Value, error) {
		if err := f.check(); err != nil {
			return nil, err
		}
		var out []Value
		for {
			l := f.readline()
			if l == "" {
				break
			}
			out = append(out, Str(l))
		}
		return NewList(out), nil
	}))
	d.Set("close", fileMethod("close", func(t *Thread, f *File, args Tuple, kwargs []Kwarg) (Value, error) {
		f.closed = true
		return None, nil
	}))
	d.Set("__enter__", fileMethod("__enter__", func(t *Thread, f *File, args Tuple, kwargs []Kwarg) (Value, error) {
		if err := f.check(); err != nil {
			return nil, err
		}
		return f, nil
	}))
	d.Set("__exit__", fileMethod("__exit__", func(t *Thread, f *File, args Tuple, kwargs []Kwarg) (Value, error) {
		f.closed = true
		return None, nil
	}))
	d.Set("__iter__", fileMethod("__iter__", func(t *Thread, f *File, args Tuple, kwargs []Kwarg) (Value, error) {
		return f, nil
	}))
	d.Set("__next__", fileMethod("__next__", func(t *Thread, f *File, args Tuple, kwargs []Kwarg) (Value, error) {
		if err := f.check(); err != nil {
			return nil, err
		}
		l := f.readline()
		if l == "" {
			return nil, &Exception{Class: StopIteration}
		}
		return Str(l), nil
	}))
	d.Set("readable", fileMethod("readable", func(t *Thread, f *File, args Tuple, kwargs []Kwarg) (Value, error) {
		return True, nil
	}))
	d.Set("writable", fileMethod("writable", func(t *Thread, f *File, args Tuple, kwargs []Kwarg) (Value, error) {
		return False, nil
	}))
	d.Set("write", fileMethod("write", func(t *Thread, f *File, args Tuple, kwargs []Kwarg) (Value, error) {
		return nil, Errorf(PermissionError, "not writable")
	}))
	FileClass = NewClass("TextIOWrapper", "_io", nil, d)
}
