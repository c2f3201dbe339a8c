package python

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// asciiStrs holds the one-character strings of ASCII, to avoid allocating
// when iterating or indexing ASCII text.
var asciiStrs [128]Str

func init() {
	for i := range asciiStrs {
		asciiStrs[i] = Str(string(rune(i)))
	}
}

func asciiStr(c byte) Str { return asciiStrs[c] }

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func strLen(s string) int {
	if isASCII(s) {
		return len(s)
	}
	return utf8.RuneCountInString(s)
}

// isPySpace reports whether r is whitespace for str.split() and
// str.strip().
func isPySpace(r rune) bool {
	return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f)
}

// strRepr returns Python's repr of a string.
func strRepr(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte(quote)
	for _, r := range s {
		switch {
		case r == rune(quote) || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r < 0x7f:
			b.WriteRune(r)
		case r == utf8.RuneError:
			b.WriteString(`\ufffd`)
		case isPrintable(r):
			b.WriteRune(r)
		case r <= 0xff:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r <= 0xffff:
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			fmt.Fprintf(&b, `\U%08x`, r)
		}
	}
	b.WriteByte(quote)
	return b.String()
}

// isPrintable approximates Python's str.isprintable for one character.
func isPrintable(r rune) bool {
	if r == ' ' {
		return true
	}
	if unicode.Is(unicode.Zs, r) || unicode.In(r, unicode.Cc, unicode.Cf, unicode.Co, unicode.Cs, unicode.Zl, unicode.Zp) {
		return false
	}
	return unicode.IsPrint(r) || unicode.IsGraphic(r) && !unicode.Is(unicode.Cn, r)
}

// strIndexer gives code-point indexing over a string.
type strIndexer struct {
	s     string
	ascii bool
	runes []rune
}

func newStrIndexer(s string) strIndexer {
	if isASCII(s) {
		return strIndexer{s: s, ascii: true}
	}
	return strIndexer{s: s, runes: []rune(s)}
}

func (x strIndexer) len() int {
	if x.ascii {
		return len(x.s)
	}
	return len(x.runes)
}

func (x strIndexer) at(i int) Str {
	if x.ascii {
		return asciiStr(x.s[i])
	}
	return Str(string(x.runes[i]))
}

func (x strIndexer) slice(i, j int) string {
	if i >= j {
		return ""
	}
	if x.ascii {
		return x.s[i:j]
	}
	return string(x.runes[i:j])
}

// byteToRuneIndex converts a byte offset in s to a code-point index.
func byteToRuneIndex(s string, i int) int {
	if i < 0 {
		return i
	}
	return utf8.RuneCountInString(s[:i])
}

func strGetItem(t *Thread, s Str, key Value) (Value, error) {
	x := newStrIndexer(string(s))
	if sl, ok := key.(*SliceValue); ok {
		start, stop, step, err := sl.indices(t, x.len())
		if err != nil {
			return nil, err
		}
		if step == 1 {
			return Str(x.slice(start, stop)), nil
		}
		var b strings.Builder
		for i := start; (step > 0 && i < stop) || (step < 0 && i > stop); i += step {
			b.WriteString(string(x.at(i)))
		}
		return Str(b.String()), nil
	}
	i, ok, err := indexValue(t, key)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, Errorf(TypeError, "string indices must be integers, not '%s'", typeNameOf(key))
	}
	n := int64(x.len())
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return nil, Errorf(IndexError, "string index out of range")
	}
	return x.at(int(i)), nil
}

// strRange resolves optional start/end arguments (None allowed) into a
// substring and the code-point offset of its start.
func strRange(t *Thread, s string, start, end Value) (string, int, error) {
	x := newStrIndexer(s)
	n := x.len()
	lo, hi := 0, n
	conv := func(v Value, def int) (int, error) {
		if v == nil || v == None {
			return def, nil
		}
		i, ok, err := indexValue(t, v)
		if err != nil {
			return 0, err
		}
		if !ok {
			return 0, Errorf(TypeError, "slice indices must be integers or None or have an __index__ method")
		}
		if i < 0 {
			i += int64(n)
			if i < 0 {
				i = 0
			}
		}
		if i > int64(n) {
			i = int64(n)
		}
		return int(i), nil
	}
	var err error
	if start != nil && start != None {
		if i, ok := asInt(start); ok && i > int64(n) {
			return "", -1, nil
		}
	}
	if lo, err = conv(start, 0); err != nil {
		return "", 0, err
	}
	if hi, err = conv(end, n); err != nil {
		return "", 0, err
	}
	if hi < lo {
		return "", -2, nil
	}
	return x.slice(lo, hi), lo, nil
}

func strArg(fn string, v Value) (string, error) {
	s, ok := v.(Str)
	if !ok {
		return "", Errorf(TypeError, "must be str, not %s", typeNameOf(v))
	}
	return string(s), nil
}

// splitWhitespace splits on runs of whitespace, at most maxsplit times
// (negative: no limit), from the left or right.
func splitWhitespace(s string, maxsplit int, right bool) []Value {
	r := []rune(s)
	var out []Value
	if !right {
		i := 0
		for {
			for i < len(r) && isPySpace(r[i]) {
				i++
			}
			if i >= len(r) {
				break
			}
			if maxsplit >= 0 && len(out) == maxsplit {
				out = append(out, Str(string(r[i:])))
				break
			}
			j := i
			for j < len(r) && !isPySpace(r[j]) {
				j++
			}
			out = append(out, Str(string(r[i:j])))
			i = j
		}
		return out
	}
	i := len(r)
	for {
		for i > 0 && isPySpace(r[i-1]) {
			i--
		}
		if i <= 0 {
			break
		}
		if maxsplit >= 0 && len(out) == maxsplit {
			out = append(out, Str(string(r[:i])))
			break
		}
		j := i
		for j > 0 && !isPySpace(r[j-1]) {
			j--
		}
		out = append(out, Str(string(r[j:i])))
		i = j
	}
	for a, b := 0, len(out)-1; a < b; a, b = a+1, b-1 {
		out[a], out[b] = out[b], out[a]
	}
	return out
}

func strsToList(parts []string) *List {
	out := make([]Value, len(parts))
	for i, p := range parts {
		out[i] = Str(p)
	}
	return NewList(out)
}

// isLineBreak reports the characters str.splitlines splits on.
func isLineBreak(r rune) bool {
	switch r {
	case '\n', '\r', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
		return true
	}
	return false
}

func isCased(r rune) bool { return unicode.IsUpper(r) || unicode.IsLower(r) || unicode.IsTitle(r) }

func strTitle(s string) string {
	var b strings.Builder
	prevCased := false
	for _, r := range s {
		if isCased(r) {
			if prevCased {
				b.WriteRune(unicode.ToLower(r))
			} else {
				b.WriteRune(unicode.ToTitle(r))
			}
			prevCased = true
		} else {
			b.WriteRune(r)
			prevCased = false
		}
	}
	return b.String()
}

func isIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if r == '_' || unicode.IsLetter(r) {
			continue
		}
		if i > 0 && (unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r) || unicode.Is(unicode.Nd, r) || unicode.Is(unicode.Pc, r)) {
			continue
		}
		return false
	}
	return true
}

// allRunes reports whether s is non-empty and every rune satisfies pred.
func allRunes(s string, pred func(rune) bool) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !pred(r) {
			return false
		}
	}
	return true
}

// casedCheck implements isupper/islower: at least one cased character and
// none of the wrong case.
func casedCheck(s string, want func(rune) bool, wrong func(rune) bool) bool {
	found := false
	for _, r := range s {
		if wrong(r) || unicode.IsTitle(r) {
			return false
		}
		if want(r) {
			found = true
		}
	}
	return found
}

func fillChar(fn string, v Value) (string, error) {
	if v == nil {
		return " ", nil
	}
	s, ok := v.(Str)
	if !ok {
		return "", Errorf(TypeError, "%s() argument 2 must be str, not %s", fn, typeNameOf(v))
	}
	if utf8.RuneCountInString(string(s)) != 1 {
		return "", Errorf(TypeError, "The fill character must be exactly one character long")
	}
	return string(s), nil
}

// stripChars returns the predicate for strip's chars argument.
func stripChars(fn string, chars Value) (func(rune) bool, error) {
	if chars == nil || chars == None {
		return isPySpace, nil
	}
	cs, ok := chars.(Str)
	if !ok {
		return nil, Errorf(TypeError, "%s arg must be None or str", fn)
	}
	set := string(cs)
	return func(r rune) bool { return strings.ContainsRune(set, r) }, nil
}

// searchArgs unpacks the arguments (x[, start[, end]]) of the str
// methods that search a range, such as find and startswith; they take
// no keyword arguments. first names x.
func searchArgs(name, first string, args Tuple, kwargs []Kwarg) (x, start, end Value, err error) {
	start, end = None, None
	if len(kwargs) > 0 {
		return nil, nil, nil, Errorf(TypeError, "%s() takes no keyword arguments", name)
	}
	if len(args) == 0 {
		return nil, nil, nil, Errorf(TypeError, "%s() takes at least 1 argument (0 given)", name)
	}
	err = UnpackArgs(name, args, nil, first, &x, "start?", &start, "end?", &end)
	return x, start, end, err
}

// prefixArgs converts startswith/endswith's first argument to a list of
// strings.
func prefixArgs(fn string, v Value) ([]string, error) {
	switch x := v.(type) {
	case Str:
		return []string{string(x)}, nil
	case Tuple:
		out := make([]string, len(x))
		for i, e := range x {
			s, ok := e.(Str)
			if !ok {
				return nil, Errorf(TypeError, "tuple for %s must only contain str, not %s", fn, typeNameOf(e))
			}
			out[i] = string(s)
		}
		return out, nil
	}
	return nil, Errorf(TypeError, "%s first arg must be str or a tuple of str, not %s", fn, typeNameOf(v))
}

func strNew(t *Thread, cls *Class, args Tuple, kwargs []Kwarg) (Value, error) {
	var obj Value = Str("")
	var encoding, errs Value
	if err := UnpackArgs("str", args, kwargs, "object?", &obj, "encoding?", &encoding, "errors?", &errs); err != nil {
		return nil, err
	}
	s, err := ToStr(t, obj)
	if err != nil {
		return nil, err
	}
	return Str(s), nil
}

func strMethod(name string, fn func(t *Thread, s string, args Tuple, kwargs []Kwarg) (Value, error)) {
	addMethod(StrClass, name, func(t *Thread, s Str, args Tuple, kwargs []Kwarg) (Value, error) {
		return fn(t, string(s), args, kwargs)
	})
}

// strNoArgs registers a method taking no arguments.
func strNoArgs(name string, fn func(s string) Value) {
	strMethod(name, func(t *Thread, s string, args Tuple, kwargs []Kwarg) (Value, error) {
		if len(args) > 0 || len(kwargs) > 0 {
			return nil, Errorf(TypeError, "str.%s() takes no arguments (%d given)", name, len(args)+len(kwargs))
		}
		return fn(s), nil
	})
}

func init() {
	StrClass.New = strNew
	strNoArgs("upper", func(s string) Value { return Str(strings.ToUpper(s)) })
	strNoArgs("lower", func(s string) Value { return Str(strings.ToLower(s)) })
	strNoArgs("casefold", func(s string) Value { return Str(strings.ToLower(strings.ReplaceAll(s, "ß", "ss"))) })
	strNoArgs("title", func(s string) Value { return Str(strTitle(s)) })
	strNoArgs("capitalize", func(s string) Value {
		if s == "" {
			return Str("")
		}
		r, size := utf8.DecodeRuneInString(s)
		return Str(string(unicode.ToTitle(r)) + strings.ToLower(s[size:]))
	})
	strNoArgs("swapcase", func(s string) Value {
		return Str(strings.Map(func(r rune) rune {
			if unicode.IsUpper(r) {
				return unicode.ToLower(r)
			}
			if unicode.IsLower(r) {
				return unicode.ToUpper(r)
			}
			return r
		}, s))
	})
	strNoArgs("isdigit", func(s string) Value { return Bool(allRunes(s, unicode.IsDigit)) })
	strNoArgs("isdecimal", func(s string) Value { return Bool(allRunes(s, func(r rune) bool { return unicode.Is(unicode.Nd, r) })) })
	strNoArgs("isnumeric", func(s string) Value { return Bool(allRunes(s, unicode.IsNumber)) })
	strNoArgs("isalpha", func(s string) Value { return Bool(allRunes(s, unicode.IsLetter)) })
	strNoArgs("isalnum", func(s string) Value {
		return Bool(allRunes(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }))
	})
	strNoArgs("isspace", func(s string) Value { return Bool(allRunes(s, isPySpace)) })
	strNoArgs("isascii", func(s string) Value { return Bool(isASCII(s)) })
	strNoArgs("isprintable", func(s string) Value {
		for _, r := range s {
			if !isPrintable(r) {
				return False
			}
		}
		return True
	})
	strNoArgs("isupper", func(s string) Value { return Bool(casedCheck(s, unicode.IsUpper, unicode.IsLower)) })
	strNoArgs("islower", func(s string) Value { return Bool(casedCheck(s, unicode.IsLower, unicode.IsUpper)) })
	strNoArgs("istitle", func(s string) Value { return Bool(s != "" && strTitle(s) == s && strings.IndexFunc(s, isCased) >= 0) })
	strNoArgs("isidentifier", func(s string) Value { return Bool(isIdentifier(s)) })
	strNoArgs("__len__", func(s string) Value { return Int(strLen(s)) })

	for _, name := range []string{"strip", "lstrip", "rstrip"} {
		name := name
		strMethod(name, func(t *Thread, s string, args Tuple, kwargs []Kwarg) (Value, error) {
			var chars Value = None
			if err := UnpackArgs(name, args, kwargs, "chars?", &chars); err != nil {
				return nil, err
			}
			pred, err := stripChars(name, chars)
			if err != nil {
				return nil, err
			}
			switch name {
			case "strip":
				return Str(strings.TrimFunc(s, pred)), nil
			case "lstrip":
				return Str(strings.TrimLeftFunc(s, pred)), nil
			}
			return Str(strings.TrimRightFunc(s, pred)), nil
		})
	}
	for _, name := range []string{"split", "rsplit"} {
		name := name
		strMethod(name, func(t *Thread, s string, args Tuple, kwargs []Kwarg) (Value, error) {
			var sep Value = None
			maxsplit := -1
			if err := UnpackArgs(name, args, kwargs, "sep?", &sep, "maxsplit?", &maxsplit); err != nil {
				return nil, err
			}
			if sep == None {
				return NewList(splitWhitespace(s, maxsplit, name == "rsplit")), nil
			}
			sp, ok := sep.(Str)
			if !ok {
				return nil, Errorf(TypeError, "must be str or None, not %s", typeNameOf(sep))
			}
			if sp == "" {
				return nil, Errorf(ValueError, "empty separator")
			}
			if name == "split" || maxsplit < 0 {
				if maxsplit < 0 {
					return strsToList(strings.Split(s, string(sp))), nil
				}
				return strsToList(strings.SplitN(s, string(sp), maxsplit+1)), nil
			}
			var parts []string
			rest := s
			for len(parts) < maxsplit {
				i := strings.LastIndex(rest, string(sp))
				if i < 0 {
					break
				}
				parts = append(parts, rest[i+len(sp):])
				rest = rest[:i]
			}
			parts = append(parts, rest)
			for a, b := 0, len(parts)-1; a < b; a, b = a+1, b-1 {
				parts[a], parts[b] = parts[b], parts[a]
			}
			return strsToList(parts), nil
		})
	}
	strMethod("splitlines", func(t *Thread, s string, args Tuple, kwargs []Kwarg) (Value, error) {
		keep := false
		if err := UnpackArgs("splitlines", args, kwargs, "keepends?", &keep); err != nil {
			return nil, err
		}
		var out []Value
		start := 0
		for i := 0; i < len(s); {
			r, size := utf8.DecodeRuneInString(s[i:])
			if !isLineBreak(r) {
				i += size
				continue
			}
			end := i + size
			if r == '\r' && end < len(s) && s[end] == '\n' {
				end++
			}
			if keep {
				out = append(out, Str(s[start:end]))
			} else {
				out = append(out, Str(s[start:i]))
			}
			start = end
			i = end
		}
		if start < len(s) {
			out = append(out, Str(s[start:]))
		}
		return NewList(out), nil
	})
	strMethod("join", func(t *Thread, s string, args Tuple, kwargs []Kwarg) (Value, error) {
		var it Value
		if err := UnpackArgs("join", args, kwargs, "iterable", &it); err != nil {
			return nil, err
		}
		elems, err := ToSlice(t, it)
		if err != nil {
			return nil, Errorf(TypeError, "can only join an iterable")
		}
		var b strings.Builder
		for i, e := range elems {
			es, ok := e.(Str)
			if !ok {
				return nil, Errorf(TypeError, "sequence item %d: expected str instance, %s found", i, typeNameOf(e))
			}
			if i > 0 {
				b.WriteString(s)
			}
			b.WriteString(string(es))
		}
		return Str(b.String()), nil
	})
	strMethod("replace", func(t *Thread, s string, args Tuple, kwargs []Kwarg) (Value, error) {
		var old, new string
		count := -1
		if err := UnpackArgs("replace", args, kwargs, "old", &old, "new", &new, "count?", &count); err != nil {
			return nil, err
		}
		return Str(strings.Replace(s, old, new, count)), nil
	})
	for _, name := range []string{"startswith", "endswith"} {
		name := name
		strMethod(name, func(t *Thread, s string, args Tuple, kwargs []Kwarg) (Value, error) {
			prefix, start, end, err := searchArgs(name, "prefix", args, kwargs)
			if err != nil {
				return nil, err
			}
			prefixes, err := prefixArgs(name, prefix)
			if err != nil {
				return nil, err
			}
			sub, off, err := strRange(t, s, start, end)
			if err != nil {
				return nil, err
			}
			if off < 0 {
				return False, nil
			}
			for _, p := range prefixes {
				if (name == "startswith" && strings.HasPrefix(sub, p)) || (name == "endswith" && strings.HasSuffix(sub, p)) {
					return True, nil
				}
			}
			return False, nil
		})
	}
	for _, name := range []string{"find", "rfind", "index", "rindex", "count"} {
		name := name
		strMethod(name, func(t *Thread, s string, args Tuple, kwargs []Kwarg) (Value, error) {
			sub, start, end, err := searchArgs(name, "sub", args, kwargs)
			if err != nil {
				return nil, err
			}
			subs, ok := sub.(Str)
			if !ok {
				return nil, Errorf(TypeError, "must be str, not %s", typeNameOf(sub))
			}
			hay, off, err := strRange(t, s, start, end)
			if err != nil {
				return nil, err
			}
			if name == "count" {
				if off < 0 {
					return Int(0), nil
				}
				if subs == "" {
					return Int(strLen(hay) + 1), nil
				}
				return Int(strings.Count(hay, string(subs))), nil
			}
			i := -1
			if off >= 0 {
				if name == "find" || name == "index" {
					i = strings.Index(hay, string(subs))
				} else {
					i = strings.LastIndex(hay, string(subs))
				}
			}
			if i < 0 {
				if name == "index" || name == "rindex" {
					return nil, Errorf(ValueError, "substring not found")
				}
				return Int(-1), nil
			}
			return Int(off + byteToRuneIndex(hay, i)), nil
		})
	}
	for _, name := range []string{"ljust", "rjust", "center"} {
		name := name
		strMethod(name, func(t *Thread, s string, args Tuple, kwargs []Kwarg) (Value, error) {
			var width int
			var fill Value
			if err := UnpackArgs(name, args, kwargs, "width", &width, "fillchar?", &fill); err != nil {
				return nil, err
			}
			fc, err := fillChar(name, fill)
			if err != nil {
				return nil, err
			}
			n := strLen(s)
			if width <= n {
				return Str(s), nil
			}
			if width > maxStrLen {
				return nil, errMemory("string is too long")
			}
			pad := width - n
			switch name {
			case "ljust":
				return Str(s + strings.Repeat(fc, pad)), nil
			case "rjust":
				return Str(strings.Repeat(fc, pad) + s), nil
			}
			left := pad/2 + (pad & width & 1)
			return Str(strings.Repeat(fc, left) + s + strings.Repeat(fc, pad-left)), nil
		})
	}
	strMethod("zfill", func(t *Thread, s string, args Tuple, kwargs []Kwarg) (Value, error) {
		var width int
		if err := UnpackArgs("zfill", args, kwargs, "width", &width); err != nil {
			return nil, err
		}
		n := strLen(s)
		if width <= n {
			return Str(s), nil
		}
		if width > maxStrLen {
			return nil, errMemory("string is too long")
		}
		pad := strings.Repeat("0", width-n)
		if s != "" && (s[0] == '+' || s[0] == '-') {
			return Str(s[:1] + pad + s[1:]), nil
		}
		return Str(pad + s), nil
	})
	for _, name := range []string{"partition", "rpartition"} {
		name := name
		strMethod(name, func(t *Thread, s string, args Tuple, kwargs []Kwarg) (Value, error) {
			var sepv Value
			if err := UnpackArgs(name, args, kwargs, "sep", &sepv); err != nil {
				return nil, err
			}
			sep, ok := sepv.(Str)
			if !ok {
				return nil, Errorf(TypeError, "must be str, not %s", typeNameOf(sepv))
			}
			if sep == "" {
				return nil, Errorf(ValueError, "empty separator")
			}
			var i int
			if name == "partition" {
				i = strings.Index(s, string(sep))
				if i < 0 {
					return Tuple{Str(s), Str(""), Str("")}, nil
				}
			} else {
				i = strings.LastIndex(s, string(sep))
				if i < 0 {
					return Tuple{Str(""), Str(""), Str(s)}, nil
				}
			}
			return Tuple{Str(s[:i]), sep, Str(s[i+len(sep):])}, nil
		})
	}
	strMethod("removeprefix", func(t *Thread, s string, args Tuple, kwargs []Kwarg) (Value, error) {
		var p string
		if err := UnpackArgs("removeprefix", args, kwargs, "prefix", &p); err != nil {
			return nil, err
		}
		return Str(strings.TrimPrefix(s, p)), nil
	})
	strMethod("removesuffix", func(t *Thread, s string, args Tuple, kwargs []Kwarg) (Value, error) {
		var p string
		if err := UnpackArgs("removesuffix", args, kwargs, "suffix", &p); err != nil {
			return nil, err
		}
		return Str(strings.TrimSuffix(s, p)), nil
	})
	strMethod("expandtabs", func(t *Thread, s string, args Tuple, kwargs []Kwarg) (Value, error) {
		tabsize := 8
		if err := UnpackArgs("expandtabs", args, kwargs, "tabsize?", &tabsize); err != nil {
			return nil, err
		}
		if tabsize > 1<<16 {
			return nil, errMemory("tab size is too large")
		}
		var b strings.Builder
		col := 0
		for _, r := range s {
			switch r {
			case '\t':
				if tabsize > 0 {
					n := tabsize - col%tabsize
					b.WriteString(strings.Repeat(" ", n))
					col += n
				}
			case '\n', '\r':
				b.WriteRune(r)
				col = 0
			default:
				b.WriteRune(r)
				col++
			}
		}
		return Str(b.String()), nil
	})
	strMethod("format", func(t *Thread, s string, args Tuple, kwargs []Kwarg) (Value, error) {
		r, err := strFormat(t, s, args, kwargs, nil)
		if err != nil {
			return nil, err
		}
		return Str(r), nil
	})
	strMethod("format_map", func(t *Thread, s string, args Tuple, kwargs []Kwarg) (Value, error) {
		var m Value
		if err := UnpackArgs("format_map", args, kwargs, "mapping", &m); err != nil {
			return nil, err
		}
		r, err := strFormat(t, s, nil, nil, m)
		if err != nil {
			return nil, err
		}
		return Str(r), nil
	})
	strMethod("__contains__", func(t *Thread, s string, args Tuple, kwargs []Kwarg) (Value, error) {
		var x Value
		if err := UnpackArgs("__contains__", args, kwargs, "key", &x); err != nil {
			return nil, err
		}
		ok, err := Contains(t, Str(s), x)
		return Bool(ok), err
	})
	strMethod("__getitem__", func(t *Thread, s string, args Tuple, kwargs []Kwarg) (Value, error) {
		var x Value
		if err := UnpackArgs("__getitem__", args, kwargs, "key", &x); err != nil {
			return nil, err
		}
		return strGetItem(t, Str(s), x)
	})
	strMethod("encode", func(t *Thread, s string, args Tuple, kwargs []Kwarg) (Value, error) {
		return nil, Errorf(NotImplementedError, "str.encode() is not supported (bytes are not available)")
	})
}
