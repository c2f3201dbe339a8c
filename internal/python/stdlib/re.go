package stdlib

import (
	"errors"
	"fmt"
	"regexp"
	rxsyntax "regexp/syntax"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/opensafely-go/opensafely/internal/python"
)

// re: Python regular expressions on Go's RE2 engine. Python syntax that
// RE2 lacks (look-around, backreferences, atomic groups) raises re.error.
// Differences: \d, \w, \s and \b are ASCII-only; $ does not match before
// a final newline; an empty match right after a previous match is skipped
// (Python since 3.7 keeps it).

const (
	reIgnoreCase = 2
	reLocale     = 4
	reMultiline  = 8
	reDotAll     = 16
	reUnicode    = 32
	reVerbose    = 64
	reASCII      = 256
)

var rePatternClass, reMatchClass, reErrorClass *python.Class

type rePattern struct {
	src                  string
	flags                int64
	search, anchored, fm *regexp.Regexp
}

type reCacheKey struct {
	src   string
	flags int64
}

var reCache sync.Map // reCacheKey -> *rePattern

func reError(msg string) error { return python.NewException(reErrorClass, python.Str(msg)) }

// translateRegexp rewrites Python pattern syntax into RE2 syntax.
func translateRegexp(p string, verbose bool) (string, error) {
	var b strings.Builder
	inClass := false
	for i := 0; i < len(p); i++ {
		c := p[i]
		switch {
		case c == '\\':
			if i+1 >= len(p) {
				return "", reError(fmt.Sprintf("bad escape (end of pattern) at position %d", i))
			}
			n := p[i+1]
			switch {
			case n >= '1' && n <= '9' && !inClass:
				return "", reError("backreferences (\\" + string(n) + ") are not supported by this regular expression engine")
			case n == 'Z':
				b.WriteString(`\z`)
			default:
				b.WriteByte(c)
				b.WriteByte(n)
			}
			i++
		case inClass:
			if c == ']' {
				inClass = false
			}
			b.WriteByte(c)
		case c == '[':
			inClass = true
			b.WriteByte(c)
			// A ']' right after '[' or '[^' is literal.
			if i+1 < len(p) && p[i+1] == '^' {
				b.WriteByte('^')
				i++
			}
			if i+1 < len(p) && p[i+1] == ']' {
				b.WriteString(`\]`)
				i++
			}
		case c == '(' && strings.HasPrefix(p[i:], "(?"):
			rest := p[i+2:]
			switch {
			case strings.HasPrefix(rest, "="), strings.HasPrefix(rest, "!"):
				return "", reError("look-ahead assertions (?=...) and (?!...) are not supported by this regular expression engine")
			case strings.HasPrefix(rest, "<=") || strings.HasPrefix(rest, "<!"):
				return "", reError("look-behind assertions (?<=...) and (?<!...) are not supported by this regular expression engine")
			case strings.HasPrefix(rest, "P="):
				return "", reError("named backreferences (?P=name) are not supported by this regular expression engine")
			case strings.HasPrefix(rest, ">"):
				return "", reError("atomic groups (?>...) are not supported by this regular expression engine")
			case strings.HasPrefix(rest, "#"):
				end := strings.IndexByte(rest, ')')
				if end < 0 {
					return "", reError("missing ), unterminated comment")
				}
				i += 2 + end
				continue
			}
			b.WriteByte(c)
		case c == '{' && strings.HasPrefix(p[i:], "{,"):
			b.WriteString("{0,")
			i++
		case verbose && (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'):
		case verbose && c == '#':
			for i < len(p) && p[i] != '\n' {
				i++
			}
		default:
			b.WriteByte(c)
		}
	}
	return b.String(), nil
}

func reSyntaxMessage(err error) string {
	var se *rxsyntax.Error
	if errors.As(err, &se) {
		switch se.Code {
		case rxsyntax.ErrMissingParen:
			return "missing ), unterminated subpattern"
		case rxsyntax.ErrUnexpectedParen:
			return "unbalanced parenthesis"
		case rxsyntax.ErrMissingBracket:
			return "unterminated character set"
		case rxsyntax.ErrMissingRepeatArgument:
			return "nothing to repeat"
		case rxsyntax.ErrInvalidRepeatOp:
			return "multiple repeat"
		case rxsyntax.ErrInvalidEscape:
			return "bad escape " + se.Expr
		case rxsyntax.ErrInvalidNamedCapture:
			return "bad character in group name " + se.Expr
		case rxsyntax.ErrInvalidCharRange:
			return "bad character range " + se.Expr
		}
		return string(se.Code) + ": " + se.Expr
	}
	return err.Error()
}

func compileRegexp(src string, flags int64) (*rePattern, error) {
	key := reCacheKey{src, flags}
	if p, ok := reCache.Load(key); ok {
		return p.(*rePattern), nil
	}
	tr, err := translateRegexp(src, flags&reVerbose != 0)
	if err != nil {
		return nil, err
	}
	prefix := ""
	if flags&reIgnoreCase != 0 {
		prefix += "i"
	}
	if flags&reMultiline != 0 {
		prefix += "m"
	}
	if flags&reDotAll != 0 {
		prefix += "s"
	}
	if prefix != "" {
		prefix = "(?" + prefix + ")"
	}
	p := &rePattern{src: src, flags: flags}
	if p.search, err = regexp.Compile(prefix + tr); err != nil {
		return nil, reError(reSyntaxMessage(err))
	}
	p.anchored = regexp.MustCompile(prefix + `\A(?:` + tr + `)`)
	p.fm = regexp.MustCompile(prefix + `\A(?:` + tr + `)\z`)
	reCache.Store(key, p)
	return p, nil
}

func (p *rePattern) Type() *python.Class { return rePatternClass }

func (p *rePattern) Repr(t *python.Thread) (string, error) {
	r, err := python.Repr(t, python.Str(p.src))
	if err != nil {
		return "", err
	}
	if f := flagNames(p.flags); f != "" {
		return "re.compile(" + r + ", " + f + ")", nil
	}
	return "re.compile(" + r + ")", nil
}

func flagNames(f int64) string {
	var parts []string
	for _, fl := range []struct {
		bit  int64
		name string
	}{{reIgnoreCase, "re.IGNORECASE"}, {reLocale, "re.LOCALE"}, {reMultiline, "re.MULTILINE"}, {reDotAll, "re.DOTALL"}, {reVerbose, "re.VERBOSE"}, {reASCII, "re.ASCII"}} {
		if f&fl.bit != 0 {
			parts = append(parts, fl.name)
		}
	}
	return strings.Join(parts, "|")
}

func (p *rePattern) Attr(t *python.Thread, name string) (python.Value, error) {
	switch name {
	case "pattern":
		return python.Str(p.src), nil
	case "flags":
		return python.Int(p.flags | reUnicode), nil
	case "groups":
		return python.Int(p.search.NumSubexp()), nil
	case "groupindex":
		d := python.NewDict()
		for i, n := range p.search.SubexpNames() {
			if n != "" {
				if err := python.SetItem(t, d, python.Str(n), python.Int(i)); err != nil {
					return nil, err
				}
			}
		}
		return d, nil
	}
	return nil, nil
}

func (p *rePattern) AttrNames() []string { return []string{"pattern", "flags", "groups", "groupindex"} }

// reMatch is a match object.
type reMatch struct {
	p     *rePattern
	s     string
	idx   []int // byte offsets, as from FindStringSubmatchIndex
	ascii bool
}

func newMatch(p *rePattern, s string, idx []int) *reMatch {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	return &reMatch{p: p, s: s, idx: idx, ascii: ascii}
}

func (m *reMatch) Type() *python.Class { return reMatchClass }

func (m *reMatch) charPos(b int) int {
	if b < 0 || m.ascii {
		return b
	}
	return utf8.RuneCountInString(m.s[:b])
}

func (m *reMatch) groupIndex(g python.Value) (int, error) {
	switch x := g.(type) {
	case python.Int, python.Bool:
		n, _ := toInt(x)
		if n < 0 || int(n) > m.p.search.NumSubexp() {
			return 0, errorf(python.IndexError, "no such group")
		}
		return int(n), nil
	case python.Str:
		if i := m.p.search.SubexpIndex(string(x)); i >= 0 {
			return i, nil
		}
	}
	return 0, errorf(python.IndexError, "no such group")
}

func (m *reMatch) group(i int, def python.Value) python.Value {
	if m.idx[2*i] < 0 {
		return def
	}
	return python.Str(m.s[m.idx[2*i]:m.idx[2*i+1]])
}

func (m *reMatch) GetItem(t *python.Thread, key python.Value) (python.Value, error) {
	i, err := m.groupIndex(key)
	if err != nil {
		return nil, err
	}
	return m.group(i, python.None), nil
}

func (m *reMatch) Repr(t *python.Thread) (string, error) {
	r, err := python.Repr(t, m.group(0, python.None))
	return fmt.Sprintf("<re.Match object; span=(%d, %d), match=%s>", m.charPos(m.idx[0]), m.charPos(m.idx[1]), r), err
}

func (m *reMatch) Attr(t *python.Thread, name string) (python.Value, error) {
	switch name {
	case "string":
		return python.Str(m.s), nil
	case "re":
		return m.p, nil
	case "pos":
		return python.Int(0), nil
	case "endpos":
		return python.Int(utf8.RuneCountInString(m.s)), nil
	case "lastindex":
		last := -1
		for i := 1; i <= m.p.search.NumSubexp(); i++ {
			if m.idx[2*i] >= 0 && (last < 0 || m.idx[2*i+1] >= m.idx[2*last+1]) {
				last = i
			}
		}
		if last < 0 {
			return python.None, nil
		}
		return python.Int(last), nil
	}
	return nil, nil
}

func (m *reMatch) AttrNames() []string { return []string{"string", "re", "pos", "endpos", "lastindex"} }

func matchRecv(args python.Tuple) (*reMatch, python.Tuple, error) {
	if len(args) > 0 {
		if m, ok := args[0].(*reMatch); ok {
			return m, args[1:], nil
		}
	}
	return nil, nil, errorf(python.TypeError, "descriptor requires a 're.Match' object")
}

func matchMethod(name string, f func(t *python.Thread, m *reMatch, args python.Tuple, kwargs []python.Kwarg) (python.Value, error)) member {
	return method(name, func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		m, rest, err := matchRecv(args)
		if err != nil {
			return nil, err
		}
		return f(t, m, rest, kwargs)
	})
}

func (m *reMatch) spanArg(args python.Tuple) (int, error) {
	if len(args) == 0 {
		return 0, nil
	}
	return m.groupIndex(args[0])
}

// expand substitutes group references into a replacement template.
func (m *reMatch) expand(tmpl string) (string, error) {
	var b strings.Builder
	for i := 0; i < len(tmpl); i++ {
		c := tmpl[i]
		if c != '\\' {
			b.WriteByte(c)
			continue
		}
		if i+1 >= len(tmpl) {
			return "", reError(fmt.Sprintf("bad escape (end of pattern) at position %d", i))
		}
		n := tmpl[i+1]
		switch {
		case n >= '0' && n <= '9':
			j := i + 2
			if j < len(tmpl) && tmpl[j] >= '0' && tmpl[j] <= '9' {
				j++
			}
			g, _ := strconv.Atoi(tmpl[i+1 : j])
			if g > m.p.search.NumSubexp() {
				return "", reError(fmt.Sprintf("invalid group reference %d at position %d", g, i+1))
			}
			if v, ok := m.group(g, python.Str("")).(python.Str); ok {
				b.WriteString(string(v))
			}
			i = j - 1
		case n == 'g':
			end := strings.IndexByte(tmpl[i:], '>')
			if i+2 >= len(tmpl) || tmpl[i+2] != '<' || end < 0 {
				return "", reError(fmt.Sprintf("missing < at position %d", i+2))
			}
			name := tmpl[i+3 : i+end]
			g := -1
			if k, err := strconv.Atoi(name); err == nil {
				g = k
			} else {
				g = m.p.search.SubexpIndex(name)
			}
			if g < 0 || g > m.p.search.NumSubexp() {
				return "", errorf(python.IndexError, "unknown group name '%s'", name)
			}
			if v, ok := m.group(g, python.Str("")).(python.Str); ok {
				b.WriteString(string(v))
			}
			i += end
		case n == 'n':
			b.WriteByte('\n')
			i++
		case n == 't':
			b.WriteByte('\t')
			i++
		case n == 'r':
			b.WriteByte('\r')
			i++
		case n == 'f':
			b.WriteByte('\f')
			i++
		case n == 'v':
			b.WriteByte('\v')
			i++
		case n == 'a':
			b.WriteByte('\a')
			i++
		case n == 'b':
			b.WriteByte('\b')
			i++
		case n == '\\':
			b.WriteByte('\\')
			i++
		case (n >= 'a' && n <= 'z') || (n >= 'A' && n <= 'Z'):
			return "", reError(fmt.Sprintf("bad escape \\%c at position %d", n, i))
		default:
			b.WriteByte('\\')
			b.WriteByte(n)
			i++
		}
	}
	return b.String(), nil
}

// patternArgs resolves (pattern, string, flags) arguments of the
// module-level functions and pattern methods.
func patternOf(v python.Value, flags int64) (*rePattern, error) {
	switch x := v.(type) {
	case *rePattern:
		if flags != 0 {
			return nil, errorf(python.ValueError, "cannot process flags argument with a compiled pattern")
		}
		return x, nil
	case python.Str:
		return compileRegexp(string(x), flags)
	}
	return nil, errorf(python.TypeError, "first argument must be string or compiled pattern")
}

func stringArg(v python.Value) (string, error) {
	s, ok := v.(python.Str)
	if !ok {
		return "", errorf(python.TypeError, "expected string or bytes-like object, got '%s'", typeName(v))
	}
	return string(s), nil
}

type reOp func(t *python.Thread, p *rePattern, args python.Tuple, kwargs []python.Kwarg) (python.Value, error)

func opMatch(kind string) reOp {
	return func(t *python.Thread, p *rePattern, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		var sv python.Value
		if err := python.UnpackArgs(kind, args, kwargs, "string", &sv); err != nil {
			return nil, err
		}
		s, err := stringArg(sv)
		if err != nil {
			return nil, err
		}
		rx := p.search
		switch kind {
		case "match":
			rx = p.anchored
		case "fullmatch":
			rx = p.fm
		}
		idx := rx.FindStringSubmatchIndex(s)
		if idx == nil {
			return python.None, nil
		}
		return newMatch(p, s, idx), nil
	}
}

func opSub(subn bool) reOp {
	return func(t *python.Thread, p *rePattern, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		var repl, sv python.Value
		count := 0
		if err := python.UnpackArgs("sub", args, kwargs, "repl", &repl, "string", &sv, "count?", &count); err != nil {
			return nil, err
		}
		s, err := stringArg(sv)
		if err != nil {
			return nil, err
		}
		n := -1
		if count > 0 {
			n = count
		}
		var b strings.Builder
		last, done := 0, 0
		for _, idx := range p.search.FindAllStringSubmatchIndex(s, n) {
			b.WriteString(s[last:idx[0]])
			m := newMatch(p, s, idx)
			var r string
			if rs, ok := repl.(python.Str); ok {
				if r, err = m.expand(string(rs)); err != nil {
					return nil, err
				}
			} else {
				v, err := t.Call(repl, python.Tuple{m}, nil)
				if err != nil {
					return nil, err
				}
				vs, ok := v.(python.Str)
				if !ok {
					return nil, errorf(python.TypeError, "expected str instance, %s found", typeName(v))
				}
				r = string(vs)
			}
			b.WriteString(r)
			last = idx[1]
			done++
		}
		b.WriteString(s[last:])
		if subn {
			return python.Tuple{python.Str(b.String()), python.Int(done)}, nil
		}
		return python.Str(b.String()), nil
	}
}

func opFindall(t *python.Thread, p *rePattern, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
	var sv python.Value
	if err := python.UnpackArgs("findall", args, kwargs, "string", &sv); err != nil {
		return nil, err
	}
	s, err := stringArg(sv)
	if err != nil {
		return nil, err
	}
	ng := p.search.NumSubexp()
	var out []python.Value
	for _, idx := range p.search.FindAllStringSubmatchIndex(s, -1) {
		m := newMatch(p, s, idx)
		switch ng {
		case 0:
			out = append(out, m.group(0, python.Str("")))
		case 1:
			out = append(out, m.group(1, python.Str("")))
		default:
			tup := make(python.Tuple, ng)
			for i := range tup {
				tup[i] = m.group(i+1, python.Str(""))
			}
			out = append(out, tup)
		}
	}
	return python.NewList(out), nil
}

func opFinditer(t *python.Thread, p *rePattern, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
	var sv python.Value
	if err := python.UnpackArgs("finditer", args, kwargs, "string", &sv); err != nil {
		return nil, err
	}
	s, err := stringArg(sv)
	if err != nil {
		return nil, err
	}
	var out []python.Value
	for _, idx := range p.search.FindAllStringSubmatchIndex(s, -1) {
		out = append(out, newMatch(p, s, idx))
	}
	return listIterValue(t, out)
}

func opSplit(t *python.Thread, p *rePattern, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
	var sv python.Value
	maxsplit := 0
	if err := python.UnpackArgs("split", args, kwargs, "string", &sv, "maxsplit?", &maxsplit); err != nil {
		return nil, err
	}
	s, err := stringArg(sv)
	if err != nil {
		return nil, err
	}
	n := -1
	if maxsplit > 0 {
		n = maxsplit
	}
	var out []python.Value
	last := 0
	for _, idx := range p.search.FindAllStringSubmatchIndex(s, n) {
		out = append(out, python.Str(s[last:idx[0]]))
		m := newMatch(p, s, idx)
		for g := 1; g <= p.search.NumSubexp(); g++ {
			out = append(out, m.group(g, python.None))
		}
		last = idx[1]
	}
	out = append(out, python.Str(s[last:]))
	return python.NewList(out), nil
}

var reOps = []struct {
	name string
	op   reOp
}{
	{"match", opMatch("match")},
	{"search", opMatch("search")},
	{"fullmatch", opMatch("fullmatch")},
	{"sub", opSub(false)},
	{"subn", opSub(true)},
	{"findall", opFindall},
	{"finditer", opFinditer},
	{"split", opSplit},
}

func init() {
	reErrorClass = newClass("error", "re", []*python.Class{python.Exception_}, nil)
	var pm members
	for _, o := range reOps {
		o := o
		pm = append(pm, method(o.name, func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			if len(args) == 0 {
				return nil, errorf(python.TypeError, "descriptor '%s' needs an argument", o.name)
			}
			p, ok := args[0].(*rePattern)
			if !ok {
				return nil, errorf(python.TypeError, "descriptor '%s' requires a 're.Pattern' object", o.name)
			}
			return o.op(t, p, args[1:], kwargs)
		}))
	}
	rePatternClass = newClass("Pattern", "re", nil, pm)
	reMatchClass = newClass("Match", "re", nil, members{
		matchMethod("group", func(t *python.Thread, m *reMatch, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			if len(args) == 0 {
				return m.group(0, python.None), nil
			}
			out := make(python.Tuple, len(args))
			for i, a := range args {
				g, err := m.groupIndex(a)
				if err != nil {
					return nil, err
				}
				out[i] = m.group(g, python.None)
			}
			if len(out) == 1 {
				return out[0], nil
			}
			return out, nil
		}),
		matchMethod("groups", func(t *python.Thread, m *reMatch, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			var def python.Value = python.None
			if err := python.UnpackArgs("groups", args, kwargs, "default?", &def); err != nil {
				return nil, err
			}
			out := make(python.Tuple, m.p.search.NumSubexp())
			for i := range out {
				out[i] = m.group(i+1, def)
			}
			return out, nil
		}),
		matchMethod("groupdict", func(t *python.Thread, m *reMatch, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			var def python.Value = python.None
			if err := python.UnpackArgs("groupdict", args, kwargs, "default?", &def); err != nil {
				return nil, err
			}
			d := python.NewDict()
			for i, n := range m.p.search.SubexpNames() {
				if n != "" {
					if err := python.SetItem(t, d, python.Str(n), m.group(i, def)); err != nil {
						return nil, err
					}
				}
			}
			return d, nil
		}),
		matchMethod("start", func(t *python.Thread, m *reMatch, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			g, err := m.spanArg(args)
			if err != nil {
				return nil, err
			}
			return python.Int(m.charPos(m.idx[2*g])), nil
		}),
		matchMethod("end", func(t *python.Thread, m *reMatch, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			g, err := m.spanArg(args)
			if err != nil {
				return nil, err
			}
			return python.Int(m.charPos(m.idx[2*g+1])), nil
		}),
		matchMethod("span", func(t *python.Thread, m *reMatch, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			g, err := m.spanArg(args)
			if err != nil {
				return nil, err
			}
			return python.Tuple{python.Int(m.charPos(m.idx[2*g])), python.Int(m.charPos(m.idx[2*g+1]))}, nil
		}),
		matchMethod("expand", func(t *python.Thread, m *reMatch, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			var tmpl string
			if err := python.UnpackArgs("expand", args, kwargs, "template", &tmpl); err != nil {
				return nil, err
			}
			s, err := m.expand(tmpl)
			return python.Str(s), err
		}),
	})
}

func loadRe(t *python.Thread) (*python.Module, error) {
	ms := members{
		{"error", reErrorClass},
		{"Pattern", rePatternClass},
		{"Match", reMatchClass},
		{"I", python.Int(reIgnoreCase)}, {"IGNORECASE", python.Int(reIgnoreCase)},
		{"M", python.Int(reMultiline)}, {"MULTILINE", python.Int(reMultiline)},
		{"S", python.Int(reDotAll)}, {"DOTALL", python.Int(reDotAll)},
		{"X", python.Int(reVerbose)}, {"VERBOSE", python.Int(reVerbose)},
		{"A", python.Int(reASCII)}, {"ASCII", python.Int(reASCII)},
		{"U", python.Int(reUnicode)}, {"UNICODE", python.Int(reUnicode)},
		method("compile", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			var pv python.Value
			var flags int64
			if err := python.UnpackArgs("compile", args, kwargs, "pattern", &pv, "flags?", &flags); err != nil {
				return nil, err
			}
			return patternOf(pv, flags)
		}),
		method("escape", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			var s string
			if err := python.UnpackArgs("escape", args, kwargs, "pattern", &s); err != nil {
				return nil, err
			}
			var b strings.Builder
			for _, r := range s {
				if strings.ContainsRune("()[]{}?*+-|^$\\.&~# \t\n\r\v\f", r) {
					b.WriteByte('\\')
				}
				b.WriteRune(r)
			}
			return python.Str(b.String()), nil
		}),
		method("purge", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			return python.None, nil
		}),
	}
	for _, o := range reOps {
		o := o
		ms = append(ms, method(o.name, func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			// Module functions take (pattern, ..., flags=0).
			var flags int64
			var rest []python.Kwarg
			for _, kw := range kwargs {
				if kw.Name == "flags" {
					n, ok := toInt(kw.Value)
					if !ok {
						return nil, errorf(python.TypeError, "flags must be an integer")
					}
					flags = n
				} else {
					rest = append(rest, kw)
				}
			}
			if len(args) == 0 {
				return nil, errorf(python.TypeError, "%s() missing 2 required positional arguments: 'pattern' and 'string'", o.name)
			}
			// A trailing positional flags argument.
			maxPos := map[string]int{"match": 3, "search": 3, "fullmatch": 3, "findall": 3, "finditer": 3, "split": 4, "sub": 5, "subn": 5}[o.name]
			if len(args) == maxPos {
				n, ok := toInt(args[len(args)-1])
				if !ok {
					return nil, errorf(python.TypeError, "flags must be an integer")
				}
				flags = n
				args = args[:len(args)-1]
			}
			p, err := patternOf(args[0], flags)
			if err != nil {
				return nil, err
			}
			return o.op(t, p, args[1:], rest)
		}))
	}
	return newModule("re", ms), nil
}
