package python

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"
)

// formatSpec is a parsed format-spec mini-language string:
// [[fill]align][sign][z][#][0][width][grouping][.precision][type].
type formatSpec struct {
	fill      string
	align     byte // 0, '<', '>', '^', '='
	sign      byte // 0, '+', '-', ' '
	alt       bool
	zero      bool
	negZero   bool // 'z': coerce negative zero to zero
	width     int
	grouping  byte // 0, ',', '_'
	precision int  // -1 if absent
	typ       byte // 0 if absent
}

func parseFormatSpec(spec string, v Value) (*formatSpec, error) {
	fs := &formatSpec{fill: " ", precision: -1}
	invalid := func() error {
		return Errorf(ValueError, "Invalid format specifier '%s' for object of type '%s'", spec, typeNameOf(v))
	}
	s := spec
	isAlign := func(c byte) bool { return c == '<' || c == '>' || c == '^' || c == '=' }
	if r, size := utf8.DecodeRuneInString(s); size > 0 && len(s) > size && isAlign(s[size]) {
		fs.fill = string(r)
		fs.align = s[size]
		s = s[size+1:]
	} else if len(s) > 0 && isAlign(s[0]) {
		fs.align = s[0]
		s = s[1:]
	}
	if len(s) > 0 && (s[0] == '+' || s[0] == '-' || s[0] == ' ') {
		fs.sign = s[0]
		s = s[1:]
	}
	if len(s) > 0 && s[0] == 'z' {
		fs.negZero = true
		s = s[1:]
	}
	if len(s) > 0 && s[0] == '#' {
		fs.alt = true
		s = s[1:]
	}
	if len(s) > 0 && s[0] == '0' {
		fs.zero = true
		s = s[1:]
	}
	i := 0
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	if i > 0 {
		var err error
		fs.width, err = strconv.Atoi(s[:i])
		if err != nil || fs.width > maxStrLen {
			return nil, Errorf(ValueError, "Too many decimal digits in format string")
		}
		s = s[i:]
	}
	if len(s) > 0 && (s[0] == ',' || s[0] == '_') {
		fs.grouping = s[0]
		s = s[1:]
	}
	if len(s) > 0 && s[0] == '.' {
		s = s[1:]
		i = 0
		for i < len(s) && isDigit(s[i]) {
			i++
		}
		if i == 0 {
			return nil, Errorf(ValueError, "Format specifier missing precision")
		}
		var err error
		fs.precision, err = strconv.Atoi(s[:i])
		if err != nil || fs.precision > maxStrLen {
			return nil, Errorf(ValueError, "Too many decimal digits in format string")
		}
		s = s[i:]
	}
	if len(s) > 1 {
		return nil, invalid()
	}
	if len(s) == 1 {
		fs.typ = s[0]
	}
	if fs.zero && fs.align == 0 {
		fs.fill = "0"
		fs.align = '='
		if _, isStr := v.(Str); isStr {
			fs.align = '<'
		}
	}
	return fs, nil
}

// pad applies width, fill and alignment; defAlign is used when no
// alignment was given. For '=' alignment, prefix (sign and base prefix) is
// placed before the padding.
func (fs *formatSpec) pad(prefix, body string, defAlign byte) string {
	n := utf8.RuneCountInString(prefix) + utf8.RuneCountInString(body)
	if n >= fs.width || fs.width > maxStrLen {
		return prefix + body
	}
	padding := fs.width - n
	align := fs.align
	if align == 0 {
		align = defAlign
	}
	switch align {
	case '<':
		return prefix + body + strings.Repeat(fs.fill, padding)
	case '^':
		left := padding / 2
		return strings.Repeat(fs.fill, left) + prefix + body + strings.Repeat(fs.fill, padding-left)
	case '=':
		return prefix + strings.Repeat(fs.fill, padding) + body
	}
	return strings.Repeat(fs.fill, padding) + prefix + body
}

// group inserts sep every 3 (or n) digits of the integer digit string.
func groupDigits(digits string, sep byte, n int) string {
	if sep == 0 || len(digits) <= n {
		return digits
	}
	var b strings.Builder
	first := len(digits) % n
	if first == 0 {
		first = n
	}
	b.WriteString(digits[:first])
	for i := first; i < len(digits); i += n {
		b.WriteByte(sep)
		b.WriteString(digits[i : i+n])
	}
	return b.String()
}

func signPrefix(neg bool, sign byte) string {
	if neg {
		return "-"
	}
	switch sign {
	case '+':
		return "+"
	case ' ':
		return " "
	}
	return ""
}

// Format returns format(v, spec), as used by f-strings and str.format.
func Format(t *Thread, v Value, spec string) (string, error) {
	switch x := v.(type) {
	case Bool:
		if spec == "" {
			return ToStr(t, v)
		}
		fs, err := parseFormatSpec(spec, v)
		if err != nil {
			return "", err
		}
		return formatInt(int64(boolInt(x)), fs, v)
	case Int:
		if spec == "" {
			return ToStr(t, v)
		}
		fs, err := parseFormatSpec(spec, v)
		if err != nil {
			return "", err
		}
		return formatInt(int64(x), fs, v)
	case BigInt:
		if spec == "" {
			return x.v.String(), nil
		}
		fs, err := parseFormatSpec(spec, v)
		if err != nil {
			return "", err
		}
		return formatBig(x.v, fs, v)
	case Float:
		if spec == "" {
			return floatRepr(float64(x)), nil
		}
		fs, err := parseFormatSpec(spec, v)
		if err != nil {
			return "", err
		}
		return formatFloat(float64(x), fs, v)
	case Str:
		if spec == "" {
			return string(x), nil
		}
		fs, err := parseFormatSpec(spec, v)
		if err != nil {
			return "", err
		}
		return formatStr(string(x), fs)
	case HasFormat:
		return x.Format(t, spec)
	}
	if spec != "" {
		return "", Errorf(TypeError, "unsupported format string passed to %s.__format__", typeNameOf(v))
	}
	return ToStr(t, v)
}

func formatStr(s string, fs *formatSpec) (string, error) {
	if fs.typ != 0 && fs.typ != 's' {
		return "", Errorf(ValueError, "Unknown format code '%c' for object of type 'str'", fs.typ)
	}
	if fs.sign == ' ' {
		return "", Errorf(ValueError, "Space not allowed in string format specifier")
	}
	if fs.sign != 0 {
		return "", Errorf(ValueError, "Sign not allowed in string format specifier")
	}
	if fs.alt {
		return "", Errorf(ValueError, "Alternate form (#) not allowed in string format specifier")
	}
	if fs.align == '=' {
		return "", Errorf(ValueError, "'=' alignment not allowed in string format specifier")
	}
	if fs.grouping != 0 {
		return "", Errorf(ValueError, "Cannot specify '%c' with 's'.", fs.grouping)
	}
	if fs.precision >= 0 && utf8.RuneCountInString(s) > fs.precision {
		s = string([]rune(s)[:fs.precision])
	}
	return fs.pad("", s, '<'), nil
}

func formatInt(i int64, fs *formatSpec, v Value) (string, error) {
	return formatBig(big.NewInt(i), fs, v)
}

func formatBig(bi *big.Int, fs *formatSpec, v Value) (string, error) {
	switch fs.typ {
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		return formatFloat(bigToFloat(bi), fs, v)
	}
	switch fs.typ {
	case 0, 'd', 'n', 'b', 'o', 'x', 'X', 'c':
	default:
		return "", Errorf(ValueError, "Unknown format code '%c' for object of type '%s'", fs.typ, typeNameOf(v))
	}
	if fs.precision >= 0 {
		return "", Errorf(ValueError, "Precision not allowed in integer format specifier")
	}
	if fs.negZero {
		return "", Errorf(ValueError, "Negative zero coercion (z) not allowed in integer format specifier")
	}
	neg := bi.Sign() < 0
	u := new(big.Int).Abs(bi)
	i := bi.Int64()
	var digits, prefix string
	groupN := 3
	switch fs.typ {
	case 0, 'd', 'n':
		digits = u.Text(10)
	case 'b':
		digits, prefix, groupN = u.Text(2), "0b", 4
	case 'o':
		digits, prefix, groupN = u.Text(8), "0o", 4
	case 'x':
		digits, prefix, groupN = u.Text(16), "0x", 4
	case 'X':
		digits, prefix, groupN = strings.ToUpper(u.Text(16)), "0X", 4
	case 'c':
		if fs.sign != 0 {
			return "", Errorf(ValueError, "Sign not allowed with integer format specifier 'c'")
		}
		if !bi.IsInt64() || i < 0 || i > 0x10ffff {
			return "", Errorf(OverflowError, "%s", "%c arg not in range(0x110000)")
		}
		return fs.pad("", string(rune(i)), '>'), nil
	default:
		return "", Errorf(ValueError, "Unknown format code '%c' for object of type '%s'", fs.typ, typeNameOf(v))
	}
	if fs.grouping == ',' && fs.typ != 0 && fs.typ != 'd' {
		return "", Errorf(ValueError, "Cannot specify ',' with '%c'.", fs.typ)
	}
	if !fs.alt {
		prefix = ""
	}
	sp := signPrefix(neg, fs.sign) + prefix
	if fs.align == '=' && fs.fill == "0" && fs.grouping != 0 {
		// Zero padding takes part in digit grouping.
		width := fs.width - len(sp)
		for len(groupDigits(digits, fs.grouping, groupN)) < width {
			digits = "0" + digits
		}
		return sp + groupDigits(digits, fs.grouping, groupN), nil
	}
	return fs.pad(sp, groupDigits(digits, fs.grouping, groupN), '>'), nil
}

func formatFloat(f float64, fs *formatSpec, v Value) (string, error) {
	typ := fs.typ
	prec := fs.precision
	if prec > 1<<20 {
		return "", errMemory("precision too big")
	}
	neg := math.Signbit(f) && !math.IsNaN(f)
	a := math.Abs(f)
	var body string
	switch typ {
	case 'f', 'F', '%':
		if prec < 0 {
			prec = 6
		}
		if typ == '%' {
			a *= 100
		}
		body = strconv.FormatFloat(a, 'f', prec, 64)
		if fs.alt && prec == 0 {
			body += "."
		}
		if typ == '%' {
			body += "%"
		}
	case 'e', 'E':
		if prec < 0 {
			prec = 6
		}
		body = pyExp(strconv.FormatFloat(a, 'e', prec, 64))
		if fs.alt && prec == 0 {
			body = strings.Replace(body, "e", ".e", 1)
		}
	case 'g', 'G':
		if prec < 0 {
			prec = 6
		}
		body = formatG(a, prec, fs.alt, false)
	case 0:
		if prec < 0 && !math.IsInf(a, 0) && !math.IsNaN(a) {
			digits, exp, _ := shortestDigits(a)
			body = formatDigits(digits, exp, false, 16, true)
		} else {
			body = formatG(a, prec, fs.alt, true)
		}
	case 'n':
		if prec < 0 {
			prec = 6
		}
		body = formatG(a, prec, fs.alt, false)
	default:
		return "", Errorf(ValueError, "Unknown format code '%c' for object of type '%s'", typ, typeNameOf(v))
	}
	switch {
	case math.IsInf(a, 0):
		body = "inf"
		if typ == '%' {
			body += "%"
		}
	case math.IsNaN(a):
		body = "nan"
		if typ == '%' {
			body += "%"
		}
	}
	if typ == 'E' || typ == 'F' || typ == 'G' {
		body = strings.ToUpper(body)
	}
	if fs.negZero && neg && strings.Trim(body, "0.%e+-E") == "" {
		neg = false
	}
	if fs.grouping != 0 && !math.IsInf(a, 0) && !math.IsNaN(a) {
		intEnd := strings.IndexFunc(body, func(r rune) bool { return r < '0' || r > '9' })
		if intEnd < 0 {
			intEnd = len(body)
		}
		if fs.align == '=' && fs.fill == "0" {
			width := fs.width - len(signPrefix(neg, fs.sign)) - (len(body) - intEnd)
			ip := body[:intEnd]
			for len(groupDigits(ip, fs.grouping, 3)) < width {
				ip = "0" + ip
			}
			return signPrefix(neg, fs.sign) + groupDigits(ip, fs.grouping, 3) + body[intEnd:], nil
		}
		body = groupDigits(body[:intEnd], fs.grouping, 3) + body[intEnd:]
	}
	return fs.pad(signPrefix(neg, fs.sign), body, '>'), nil
}

// pyExp rewrites Go's exponent (e+05 is fine; Go already uses at least two
// digits) — kept for clarity and future changes.
func pyExp(s string) string { return s }

// formatG implements the 'g' presentation (and, with noType, the float
// default presentation with a precision).
func formatG(a float64, prec int, alt, noType bool) string {
	if prec == 0 {
		prec = 1
	}
	if math.IsInf(a, 0) || math.IsNaN(a) {
		return "inf"
	}
	es := strconv.FormatFloat(a, 'e', prec-1, 64)
	i := strings.IndexByte(es, 'e')
	exp, _ := strconv.Atoi(es[i+1:])
	limit := prec
	if noType {
		limit = prec - 1
	}
	var body string
	if exp < -4 || exp >= limit {
		mant := es[:i]
		if !alt {
			mant = trimFraction(mant)
		} else if !strings.Contains(mant, ".") {
			mant += "."
		}
		body = mant + pyExp(es[i:])
	} else {
		body = strconv.FormatFloat(a, 'f', prec-1-exp, 64)
		if !alt {
			body = trimFraction(body)
		} else if !strings.Contains(body, ".") {
			body += "."
		}
		if noType && !strings.Contains(body, ".") {
			body += ".0"
		}
	}
	return body
}

// trimFraction removes trailing zeros (and a trailing point) from a number
// with a fractional part.
func trimFraction(s string) string {
	if !strings.Contains(s, ".") {
		return s
	}
	s = strings.TrimRight(s, "0")
	return strings.TrimSuffix(s, ".")
}

// strFormat implements str.format (mapping non-nil: str.format_map).
func strFormat(t *Thread, format string, args Tuple, kwargs []Kwarg, mapping Value) (string, error) {
	var b strings.Builder
	auto := 0
	manual := false
	autoUsed := false
	i := 0
	for i < len(format) {
		c := format[i]
		if c == '}' {
			if i+1 < len(format) && format[i+1] == '}' {
				b.WriteByte('}')
				i += 2
				continue
			}
			return "", Errorf(ValueError, "Single '}' encountered in format string")
		}
		if c != '{' {
			j := strings.IndexAny(format[i:], "{}")
			if j < 0 {
				b.WriteString(format[i:])
				break
			}
			b.WriteString(format[i : i+j])
			i += j
			continue
		}
		if i+1 < len(format) && format[i+1] == '{' {
			b.WriteByte('{')
			i += 2
			continue
		}
		// Find the matching close brace, allowing nested {} in the spec.
		depth := 1
		j := i + 1
		for j < len(format) && depth > 0 {
			switch format[j] {
			case '{':
				depth++
			case '}':
				depth--
			}
			j++
		}
		if depth > 0 {
			if strings.IndexByte(format[i+1:], '}') < 0 {
				return "", Errorf(ValueError, "Single '{' encountered in format string")
			}
			return "", Errorf(ValueError, "expected '}' before end of string")
		}
		field := format[i+1 : j-1]
		i = j
		// Split field into name, conversion and spec.
		name, conv, spec := field, "", ""
		if k := strings.IndexAny(field, "!:"); k >= 0 {
			name = field[:k]
			rest := field[k:]
			if rest[0] == '!' {
				if len(rest) < 2 {
					return "", Errorf(ValueError, "end of string while looking for conversion specifier")
				}
				conv = rest[1:2]
				rest = rest[2:]
				if rest != "" && rest[0] != ':' {
					return "", Errorf(ValueError, "expected ':' after conversion specifier")
				}
			}
			if rest != "" {
				spec = rest[1:]
			}
		}
		// Resolve the first part of the name.
		first := name
		k := strings.IndexAny(name, ".[")
		if k >= 0 {
			first = name[:k]
		}
		var val Value
		if first == "" {
			if manual {
				return "", Errorf(ValueError, "cannot switch from manual field specification to automatic field numbering")
			}
			autoUsed = true
			if auto >= len(args) {
				return "", Errorf(IndexError, "Replacement index %d out of range for positional args tuple", auto)
			}
			val = args[auto]
			auto++
		} else if n, err := strconv.Atoi(first); err == nil && isAllDigits(first) {
			if autoUsed {
				return "", Errorf(ValueError, "cannot switch from automatic field numbering to manual field specification")
			}
			manual = true
			if n >= len(args) {
				return "", Errorf(IndexError, "Replacement index %d out of range for positional args tuple", n)
			}
			val = args[n]
		} else if mapping != nil {
			v, err := GetItem(t, mapping, Str(first))
			if err != nil {
				return "", err
			}
			val = v
		} else {
			found := false
			for _, kw := range kwargs {
				if kw.Name == first {
					val, found = kw.Value, true
				}
			}
			if !found {
				return "", NewKeyError(Str(first))
			}
		}
		// Attribute and index accessors.
		if k >= 0 {
			rest := name[k:]
			for rest != "" {
				if rest[0] == '.' {
					e := strings.IndexAny(rest[1:], ".[")
					attr := rest[1:]
					if e >= 0 {
						attr = rest[1 : 1+e]
						rest = rest[1+e:]
					} else {
						rest = ""
					}
					v, err := GetAttr(t, val, attr)
					if err != nil {
						return "", err
					}
					val = v
				} else {
					e := strings.IndexByte(rest, ']')
					if e < 0 {
						return "", Errorf(ValueError, "expected '}' before end of string")
					}
					key := rest[1:e]
					rest = rest[e+1:]
					var kv Value = Str(key)
					if isAllDigits(key) && key != "" {
						n, _ := strconv.Atoi(key)
						kv = Int(n)
					}
					v, err := GetItem(t, val, kv)
					if err != nil {
						return "", err
					}
					val = v
					if rest != "" && rest[0] != '.' && rest[0] != '[' {
						return "", Errorf(ValueError, "Only '.' or '[' may follow ']' in format field specifier")
					}
				}
			}
		}
		switch conv {
		case "", "r", "a", "s":
		default:
			return "", Errorf(ValueError, "Unknown conversion specifier %s", conv)
		}
		if strings.IndexByte(spec, '{') >= 0 {
			// Nested fields share the numbering state.
			inner, err := strFormatNested(t, spec, args, kwargs, mapping, &auto, &manual, &autoUsed)
			if err != nil {
				return "", err
			}
			spec = inner
		}
		var convByte byte
		if conv != "" {
			convByte = conv[0]
		}
		s, err := FormatValue(t, val, convByte, spec)
		if err != nil {
			return "", err
		}
		b.WriteString(s)
	}
	return b.String(), nil
}

// strFormatNested expands {} fields inside a format spec.
func strFormatNested(t *Thread, spec string, args Tuple, kwargs []Kwarg, mapping Value, auto *int, manual, autoUsed *bool) (string, error) {
	var b strings.Builder
	for i := 0; i < len(spec); {
		if spec[i] != '{' {
			b.WriteByte(spec[i])
			i++
			continue
		}
		j := strings.IndexByte(spec[i:], '}')
		if j < 0 {
			return "", Errorf(ValueError, "unmatched '{' in format spec")
		}
		name := spec[i+1 : i+j]
		i += j + 1
		var val Value
		switch {
		case name == "":
			if *manual {
				return "", Errorf(ValueError, "cannot switch from manual field specification to automatic field numbering")
			}
			*autoUsed = true
			if *auto >= len(args) {
				return "", Errorf(IndexError, "Replacement index %d out of range for positional args tuple", *auto)
			}
			val = args[*auto]
			*auto++
		case isAllDigits(name):
			*manual = true
			n, _ := strconv.Atoi(name)
			if n >= len(args) {
				return "", Errorf(IndexError, "Replacement index %d out of range for positional args tuple", n)
			}
			val = args[n]
		case mapping != nil:
			v, err := GetItem(t, mapping, Str(name))
			if err != nil {
				return "", err
			}
			val = v
		default:
			found := false
			for _, kw := range kwargs {
				if kw.Name == name {
					val, found = kw.Value, true
				}
			}
			if !found {
				return "", NewKeyError(Str(name))
			}
		}
		s, err := Format(t, val, "")
		if err != nil {
			return "", err
		}
		b.WriteString(s)
	}
	return b.String(), nil
}

func isAllDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

// FormatValue formats one f-string replacement field: conversion is 0,
// 'r', 's' or 'a'; spec is the (already expanded) format spec.
func FormatValue(t *Thread, v Value, conversion byte, spec string) (string, error) {
	switch conversion {
	case 'r', 'a':
		s, err := Repr(t, v)
		if err != nil {
			return "", err
		}
		if conversion == 'a' {
			s = typesASCIIEscape(s)
		}
		v = Str(s)
	case 's':
		s, err := ToStr(t, v)
		if err != nil {
			return "", err
		}
		v = Str(s)
	}
	if s, ok := v.(Str); ok && spec == "" {
		return string(s), nil
	}
	return Format(t, v, spec)
}

// percentFormat implements printf-style formatting: format % args.
func percentFormat(t *Thread, format string, args Value) (string, error) {
	var items []Value
	var mapping Value
	switch a := args.(type) {
	case Tuple:
		items = a
	case *Dict:
		mapping = a
		items = Tuple{a}
	default:
		items = Tuple{args}
	}
	if mapping == nil {
		if _, ok := args.(HasGetItem); ok {
			if _, isTuple := args.(Tuple); !isTuple {
				if _, isStr := args.(Str); !isStr {
					mapping = args
				}
			}
		}
	}
	var b strings.Builder
	next := 0
	getArg := func() (Value, error) {
		if next >= len(items) {
			return nil, Errorf(TypeError, "not enough arguments for format string")
		}
		v := items[next]
		next++
		return v, nil
	}
	usedMapping := false
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' {
			b.WriteByte(c)
			continue
		}
		i++
		if i >= len(format) {
			return "", Errorf(ValueError, "incomplete format")
		}
		var key *string
		if format[i] == '(' {
			depth := 1
			j := i + 1
			for j < len(format) && depth > 0 {
				if format[j] == '(' {
					depth++
				} else if format[j] == ')' {
					depth--
				}
				j++
			}
			if depth > 0 {
				return "", Errorf(ValueError, "incomplete format key")
			}
			k := format[i+1 : j-1]
			key = &k
			i = j
		}
		fs := &formatSpec{fill: " ", precision: -1}
		for ; i < len(format); i++ {
			switch format[i] {
			case '-':
				fs.align = '<'
			case '+':
				fs.sign = '+'
			case ' ':
				if fs.sign == 0 {
					fs.sign = ' '
				}
			case '#':
				fs.alt = true
			case '0':
				fs.zero = true
			default:
				goto flagsDone
			}
		}
	flagsDone:
		if i < len(format) && format[i] == '*' {
			v, err := getArg()
			if err != nil {
				return "", err
			}
			n, ok := asInt(v)
			if !ok {
				return "", Errorf(TypeError, "* wants int")
			}
			fs.width = int(n)
			i++
		} else {
			st := i
			for i < len(format) && isDigit(format[i]) {
				i++
			}
			fs.width, _ = strconv.Atoi(format[st:i])
		}
		if i < len(format) && format[i] == '.' {
			i++
			st := i
			for i < len(format) && isDigit(format[i]) {
				i++
			}
			fs.precision, _ = strconv.Atoi(format[st:i])
		}
		if i >= len(format) {
			return "", Errorf(ValueError, "incomplete format")
		}
		conv := format[i]
		if conv == '%' {
			b.WriteByte('%')
			continue
		}
		var v Value
		if key != nil {
			if mapping == nil {
				return "", Errorf(TypeError, "format requires a mapping")
			}
			usedMapping = true
			x, err := GetItem(t, mapping, Str(*key))
			if err != nil {
				return "", err
			}
			v = x
		} else {
			x, err := getArg()
			if err != nil {
				return "", err
			}
			v = x
		}
		if fs.zero && fs.align != '<' {
			fs.fill = "0"
			fs.align = '='
		}
		var s string
		var err error
		switch conv {
		case 's', 'r', 'a':
			switch conv {
			case 's':
				s, err = ToStr(t, v)
			case 'r':
				s, err = Repr(t, v)
			default:
				s, err = Repr(t, v)
				s = typesASCIIEscape(s)
			}
			if err != nil {
				return "", err
			}
			if fs.precision >= 0 && utf8.RuneCountInString(s) > fs.precision {
				s = string([]rune(s)[:fs.precision])
			}
			if fs.align == '=' {
				fs.align, fs.fill = '>', " "
			}
			s = fs.pad("", s, '>')
		case 'd', 'i', 'u':
			var n Value
			switch x := v.(type) {
			case Int, Bool, BigInt:
				n = x
			case Float:
				n, err = floatToInt(float64(x))
				if err != nil {
					return "", err
				}
			default:
				return "", Errorf(TypeError, "%%%c format: a real number is required, not %s", conv, typeNameOf(v))
			}
			bn, _ := toBig(n)
			fs.precision = -1
			fs.typ = 'd'
			s, err = formatBig(bn, fs, n)
			if err != nil {
				return "", err
			}
		case 'x', 'X', 'o':
			n, ok := asInt(v)
			if !ok {
				return "", Errorf(TypeError, "%%%c format: an integer is required, not %s", conv, typeNameOf(v))
			}
			fs.typ = conv
			fs.precision = -1
			s, err = formatInt(n, fs, Int(n))
			if err != nil {
				return "", err
			}
		case 'f', 'F', 'e', 'E', 'g', 'G':
			f, ok := toFloat(v)
			if !ok {
				return "", Errorf(TypeError, "must be real number, not %s", typeNameOf(v))
			}
			fs.typ = conv
			s, err = formatFloat(f, fs, Float(f))
			if err != nil {
				return "", err
			}
		case 'c':
			switch x := v.(type) {
			case Int, Bool:
				i, _ := asInt(x)
				if i < 0 || i > 0x10ffff {
					return "", Errorf(OverflowError, "%s", "%c arg not in range(0x110000)")
				}
				s = string(rune(i))
			case Str:
				if utf8.RuneCountInString(string(x)) != 1 {
					return "", Errorf(TypeError, "%s", "%c requires int or char")
				}
				s = string(x)
			default:
				return "", Errorf(TypeError, "%s", "%c requires int or char")
			}
			s = fs.pad("", s, '>')
		default:
			return "", Errorf(ValueError, "unsupported format character '%c' (0x%x) at index %d", conv, conv, i)
		}
		b.WriteString(s)
	}
	if next < len(items) && !usedMapping && mapping == nil {
		return "", Errorf(TypeError, "not all arguments converted during string formatting")
	}
	return b.String(), nil
}

// typesASCIIEscape escapes the non-ASCII characters of a repr, as ascii() does.
func typesASCIIEscape(s string) string {
	if isASCII(s) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < 0x80:
			b.WriteRune(r)
		case r <= 0xff:
			fmt.Fprintf(&b, "\\x%02x", r)
		case r <= 0xffff:
			fmt.Fprintf(&b, "\\u%04x", r)
		default:
			fmt.Fprintf(&b, "\\U%08x", r)
		}
	}
	return b.String()
}
