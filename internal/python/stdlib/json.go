package stdlib

import (
	"fmt"
	"math"
	"math/big"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode/utf16"

	"github.com/opensafely-go/opensafely/internal/pyjson"
	"github.com/opensafely-go/opensafely/internal/python"
)

// json: a decoder written to reproduce CPython's error messages and
// positions (counted in characters), and an encoder with CPython's output
// formatting.

var jsonDecodeErrorClass *python.Class

func init() {
	jsonDecodeErrorClass = newClass("JSONDecodeError", "json.decoder", []*python.Class{python.ValueError}, nil)
}

func loadJSON(t *python.Thread) (*python.Module, error) {
	return newModule("json", members{
		method("loads", jsonLoads),
		method("load", jsonLoad),
		method("dumps", jsonDumps),
		{"JSONDecodeError", jsonDecodeErrorClass},
	}), nil
}

func jsonLoads(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
	if len(args) != 1 {
		return nil, errorf(python.TypeError, "loads() missing 1 required positional argument: 's'")
	}
	s, ok := args[0].(python.Str)
	if !ok {
		return nil, errorf(python.TypeError, "the JSON object must be str, bytes or bytearray, not %s", typeName(args[0]))
	}
	return jsonDecode(t, string(s))
}

func jsonLoad(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
	if len(args) != 1 {
		return nil, errorf(python.TypeError, "load() missing 1 required positional argument: 'fp'")
	}
	read, err := python.GetAttr(t, args[0], "read")
	if err != nil {
		return nil, err
	}
	text, err := t.Call(read, nil, nil)
	if err != nil {
		return nil, err
	}
	s, ok := text.(python.Str)
	if !ok {
		return nil, errorf(python.TypeError, "the JSON object must be str, bytes or bytearray, not %s", typeName(text))
	}
	return jsonDecode(t, string(s))
}

type jsonDecoder struct {
	t     *python.Thread
	s     []rune
	pos   int
	depth int
}

type jsonError struct {
	msg string
	pos int
}

func (e *jsonError) Error() string { return e.msg }

func jsonDecode(t *python.Thread, text string) (python.Value, error) {
	d := &jsonDecoder{t: t, s: []rune(text)}
	v, err := d.decode()
	if err != nil {
		if je, ok := err.(*jsonError); ok {
			return nil, d.exception(je)
		}
		return nil, err
	}
	return v, nil
}

func (d *jsonDecoder) exception(je *jsonError) error {
	line, col := 1, je.pos+1
	for i := 0; i < je.pos && i < len(d.s); i++ {
		if d.s[i] == '\n' {
			line++
			col = je.pos - i
		}
	}
	return python.NewException(jsonDecodeErrorClass, python.Str(fmt.Sprintf("%s: line %d column %d (char %d)", je.msg, line, col, je.pos)))
}

func (d *jsonDecoder) decode() (python.Value, error) {
	d.skipWS()
	v, err := d.value()
	if err != nil {
		return nil, err
	}
	d.skipWS()
	if d.pos != len(d.s) {
		return nil, &jsonError{"Extra data", d.pos}
	}
	return v, nil
}

func (d *jsonDecoder) skipWS() {
	for d.pos < len(d.s) {
		switch d.s[d.pos] {
		case ' ', '\t', '\n', '\r':
			d.pos++
		default:
			return
		}
	}
}

func (d *jsonDecoder) hasPrefix(p string) bool {
	r := []rune(p)
	if d.pos+len(r) > len(d.s) {
		return false
	}
	for i, c := range r {
		if d.s[d.pos+i] != c {
			return false
		}
	}
	return true
}

var jsonNumberRE = regexp.MustCompile(`^-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?`)

func (d *jsonDecoder) value() (python.Value, error) {
	if d.pos >= len(d.s) {
		return nil, &jsonError{"Expecting value", d.pos}
	}
	switch c := d.s[d.pos]; {
	case c == '"':
		s, err := d.str()
		if err != nil {
			return nil, err
		}
		return python.Str(s), nil
	case c == '{':
		return d.object()
	case c == '[':
		return d.array()
	case d.hasPrefix("null"):
		d.pos += 4
		return python.None, nil
	case d.hasPrefix("true"):
		d.pos += 4
		return python.True, nil
	case d.hasPrefix("false"):
		d.pos += 5
		return python.False, nil
	case d.hasPrefix("NaN"):
		d.pos += 3
		return python.Float(math.NaN()), nil
	case d.hasPrefix("Infinity"):
		d.pos += 8
		return python.Float(math.Inf(1)), nil
	case d.hasPrefix("-Infinity"):
		d.pos += 9
		return python.Float(math.Inf(-1)), nil
	case c == '-' || (c >= '0' && c <= '9'):
		end := d.pos
		for end < len(d.s) && end-d.pos < 400 && strings.ContainsRune("+-0123456789.eE", d.s[end]) {
			end++
		}
		m := jsonNumberRE.FindStringSubmatch(string(d.s[d.pos:end]))
		if m == nil {
			return nil, &jsonError{"Expecting value", d.pos}
		}
		d.pos += len(m[0])
		if m[1] == "" && m[2] == "" {
			if n, err := strconv.ParseInt(m[0], 10, 64); err == nil {
				return python.Int(n), nil
			}
			if b, ok := new(big.Int).SetString(m[0], 10); ok {
				return python.MakeInt(b), nil
			}
		}
		f, _ := strconv.ParseFloat(m[0], 64)
		return python.Float(f), nil
	}
	return nil, &jsonError{"Expecting value", d.pos}
}

func (d *jsonDecoder) enter() error {
	d.depth++
	if d.depth > 900 {
		return errorf(python.RecursionError, "maximum recursion depth exceeded while decoding a JSON document")
	}
	return nil
}

func (d *jsonDecoder) object() (python.Value, error) {
	if err := d.enter(); err != nil {
		return nil, err
	}
	defer func() { d.depth-- }()
	d.pos++ // {
	obj := python.NewDict()
	d.skipWS()
	if d.pos < len(d.s) && d.s[d.pos] == '}' {
		d.pos++
		return obj, nil
	}
	for {
		if d.pos >= len(d.s) || d.s[d.pos] != '"' {
			return nil, &jsonError{"Expecting property name enclosed in double quotes", d.pos}
		}
		key, err := d.str()
		if err != nil {
			return nil, err
		}
		d.skipWS()
		if d.pos >= len(d.s) || d.s[d.pos] != ':' {
			return nil, &jsonError{"Expecting ':' delimiter", d.pos}
		}
		d.pos++
		d.skipWS()
		v, err := d.value()
		if err != nil {
			return nil, err
		}
		if err := python.SetItem(d.t, obj, python.Str(key), v); err != nil {
			return nil, err
		}
		d.skipWS()
		if d.pos < len(d.s) && d.s[d.pos] == '}' {
			d.pos++
			return obj, nil
		}
		if d.pos >= len(d.s) || d.s[d.pos] != ',' {
			return nil, &jsonError{"Expecting ',' delimiter", d.pos}
		}
		d.pos++
		d.skipWS()
	}
}

func (d *jsonDecoder) array() (python.Value, error) {
	if err := d.enter(); err != nil {
		return nil, err
	}
	defer func() { d.depth-- }()
	d.pos++ // [
	var elems []python.Value
	d.skipWS()
	if d.pos < len(d.s) && d.s[d.pos] == ']' {
		d.pos++
		return python.NewList(elems), nil
	}
	for {
		v, err := d.value()
		if err != nil {
			return nil, err
		}
		elems = append(elems, v)
		d.skipWS()
		if d.pos < len(d.s) && d.s[d.pos] == ']' {
			d.pos++
			return python.NewList(elems), nil
		}
		if d.pos >= len(d.s) || d.s[d.pos] != ',' {
			return nil, &jsonError{"Expecting ',' delimiter", d.pos}
		}
		d.pos++
		d.skipWS()
	}
}

func (d *jsonDecoder) hex4(at int) (rune, bool) {
	if at+4 > len(d.s) {
		return 0, false
	}
	n, err := strconv.ParseUint(string(d.s[at:at+4]), 16, 32)
	if err != nil {
		return 0, false
	}
	return rune(n), true
}

func (d *jsonDecoder) str() (string, error) {
	begin := d.pos
	d.pos++
	var b strings.Builder
	for {
		if d.pos >= len(d.s) {
			return "", &jsonError{"Unterminated string starting at", begin}
		}
		c := d.s[d.pos]
		switch {
		case c == '"':
			d.pos++
			return b.String(), nil
		case c < 0x20:
			return "", &jsonError{"Invalid control character at", d.pos}
		case c == '\\':
			if d.pos+1 >= len(d.s) {
				return "", &jsonError{"Unterminated string starting at", begin}
			}
			e := d.s[d.pos+1]
			switch e {
			case '"', '\\', '/':
				b.WriteRune(e)
			case 'b':
				b.WriteByte('\b')
			case 'f':
				b.WriteByte('\f')
			case 'n':
				b.WriteByte('\n')
			case 'r':
				b.WriteByte('\r')
			case 't':
				b.WriteByte('\t')
			case 'u':
				r, ok := d.hex4(d.pos + 2)
				if !ok {
					return "", &jsonError{"Invalid \\uXXXX escape", d.pos + 1}
				}
				d.pos += 6
				if utf16.IsSurrogate(r) && r < 0xdc00 && d.pos+1 < len(d.s) && d.s[d.pos] == '\\' && d.s[d.pos+1] == 'u' {
					if r2, ok := d.hex4(d.pos + 2); ok && r2 >= 0xdc00 && r2 <= 0xdfff {
						r = utf16.DecodeRune(r, r2)
						d.pos += 6
					}
				}
				b.WriteRune(r)
				continue
			default:
				return "", &jsonError{"Invalid \\escape", d.pos}
			}
			d.pos += 2
		default:
			b.WriteRune(c)
			d.pos++
		}
	}
}

// Encoding.

type jsonEncoder struct {
	t           *python.Thread
	b           strings.Builder
	indent      string
	hasIndent   bool
	itemSep     string
	keySep      string
	sortKeys    bool
	ensureASCII bool
	allowNaN    bool
	skipKeys    bool
	def         python.Value
	depth       int
}

// dictLike is implemented by this package's dict subclasses (Counter,
// defaultdict) so that json can encode them as objects.
type dictLike interface {
	underlyingDict() *python.Dict
}

func jsonDumps(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
	var obj python.Value
	var indent, separators, def, cls python.Value = python.None, python.None, python.None, python.None
	skipKeys, ensureASCII, checkCircular, allowNaN, sortKeys := false, true, true, true, false
	if err := python.UnpackArgs("dumps", args, kwargs, "obj", &obj, "*skipkeys?", &skipKeys,
		"*ensure_ascii?", &ensureASCII, "*check_circular?", &checkCircular, "*allow_nan?", &allowNaN,
		"*cls?", &cls, "*indent?", &indent, "*separators?", &separators, "*default?", &def,
		"*sort_keys?", &sortKeys); err != nil {
		return nil, err
	}
	e := &jsonEncoder{t: t, itemSep: ", ", keySep: ": ", sortKeys: sortKeys, ensureASCII: ensureASCII,
		allowNaN: allowNaN, skipKeys: skipKeys}
	if def != python.None {
		e.def = def
	}
	switch x := indent.(type) {
	case python.Int:
		e.indent, e.hasIndent = strings.Repeat(" ", int(x)), true
		e.itemSep = ","
	case python.Str:
		e.indent, e.hasIndent = string(x), true
		e.itemSep = ","
	}
	if separators != python.None {
		seps, err := toSlice(t, separators)
		if err != nil {
			return nil, err
		}
		if len(seps) != 2 {
			return nil, errorf(python.ValueError, "too many values to unpack (expected 2)")
		}
		a, ok1 := seps[0].(python.Str)
		b, ok2 := seps[1].(python.Str)
		if !ok1 || !ok2 {
			return nil, errorf(python.TypeError, "separators must be strings")
		}
		e.itemSep, e.keySep = string(a), string(b)
	}
	if err := e.encode(obj, 0); err != nil {
		return nil, err
	}
	return python.Str(e.b.String()), nil
}

func (e *jsonEncoder) newline(level int) {
	if e.hasIndent {
		e.b.WriteByte('\n')
		for i := 0; i < level; i++ {
			e.b.WriteString(e.indent)
		}
	}
}

func (e *jsonEncoder) float(f float64) (string, error) {
	switch {
	case math.IsNaN(f):
		if !e.allowNaN {
			return "", errorf(python.ValueError, "Out of range float values are not JSON compliant")
		}
		return "NaN", nil
	case math.IsInf(f, 1):
		if !e.allowNaN {
			return "", errorf(python.ValueError, "Out of range float values are not JSON compliant")
		}
		return "Infinity", nil
	case math.IsInf(f, -1):
		if !e.allowNaN {
			return "", errorf(python.ValueError, "Out of range float values are not JSON compliant")
		}
		return "-Infinity", nil
	}
	return python.Repr(e.t, python.Float(f))
}

func (e *jsonEncoder) encode(v python.Value, level int) error {
	e.depth++
	defer func() { e.depth-- }()
	if e.depth > 500 {
		return errorf(python.ValueError, "Circular reference detected")
	}
	switch x := v.(type) {
	case python.NoneType:
		e.b.WriteString("null")
	case python.Bool:
		if x {
			e.b.WriteString("true")
		} else {
			e.b.WriteString("false")
		}
	case python.Int:
		e.b.WriteString(strconv.FormatInt(int64(x), 10))
	case python.BigInt:
		e.b.WriteString(x.Big().String())
	case python.Float:
		s, err := e.float(float64(x))
		if err != nil {
			return err
		}
		e.b.WriteString(s)
	case python.Str:
		e.b.WriteString(pyjson.Quote(string(x), e.ensureASCII))
	case *python.List, python.Tuple:
		items, err := toSlice(e.t, x)
		if err != nil {
			return err
		}
		return e.encodeList(items, level)
	case *python.Dict:
		return e.encodeDict(x, level)
	case dictLike:
		return e.encodeDict(x.underlyingDict(), level)
	case namedTupleLike:
		return e.encodeList(x.tupleItems(), level)
	default:
		if e.def == nil {
			return errorf(python.TypeError, "Object of type %s is not JSON serializable", typeName(v))
		}
		r, err := e.t.Call(e.def, python.Tuple{v}, nil)
		if err != nil {
			return err
		}
		return e.encode(r, level)
	}
	return nil
}

func (e *jsonEncoder) encodeList(items []python.Value, level int) error {
	if len(items) == 0 {
		e.b.WriteString("[]")
		return nil
	}
	e.b.WriteByte('[')
	for i, it := range items {
		if i > 0 {
			e.b.WriteString(e.itemSep)
		}
		e.newline(level + 1)
		if err := e.encode(it, level+1); err != nil {
			return err
		}
	}
	e.newline(level)
	e.b.WriteByte(']')
	return nil
}

func (e *jsonEncoder) encodeDict(d *python.Dict, level int) error {
	keys, values, err := dictItems(e.t, d)
	if err != nil {
		return err
	}
	if len(keys) == 0 {
		e.b.WriteString("{}")
		return nil
	}
	type kv struct {
		k string
		v python.Value
	}
	var pairs []kv
	for i, k := range keys {
		var ks string
		switch x := k.(type) {
		case python.Str:
			ks = string(x)
		case python.Bool:
			ks = "false"
			if x {
				ks = "true"
			}
		case python.Int:
			ks = strconv.FormatInt(int64(x), 10)
		case python.BigInt:
			ks = x.Big().String()
		case python.Float:
			s, err := e.float(float64(x))
			if err != nil {
				return err
			}
			ks = s
		case python.NoneType:
			ks = "null"
		default:
			if e.skipKeys {
				continue
			}
			return errorf(python.TypeError, "keys must be str, int, float, bool or None, not %s", typeName(k))
		}
		pairs = append(pairs, kv{ks, values[i]})
	}
	if e.sortKeys {
		sort.SliceStable(pairs, func(i, j int) bool { return pairs[i].k < pairs[j].k })
	}
	e.b.WriteByte('{')
	for i, p := range pairs {
		if i > 0 {
			e.b.WriteString(e.itemSep)
		}
		e.newline(level + 1)
		e.b.WriteString(pyjson.Quote(p.k, e.ensureASCII))
		e.b.WriteString(e.keySep)
		if err := e.encode(p.v, level+1); err != nil {
			return err
		}
	}
	e.newline(level)
	e.b.WriteByte('}')
	return nil
}
