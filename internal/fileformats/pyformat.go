package fileformats

import (
	"math"
	"strconv"
	"unicode"
	"unicode/utf8"

	"github.com/opensafely-go/opensafely/internal/querymodel"
)

// FormatFloat returns f formatted like Python's repr(float): the shortest
// digits that round-trip, in positional form with at least one fractional
// digit ("2.0", "0.0001") unless the decimal exponent is below -4 or at
// least 16, when the exponent form is used ("1e-05", "1.5e+16"); "inf",
// "-inf" and "nan" for the special values.
func FormatFloat(f float64) string {
	var buf [32]byte
	return string(AppendFloat(buf[:0], f))
}

// AppendFloat appends FormatFloat(f) to b.
func AppendFloat(b []byte, f float64) []byte {
	switch {
	case math.IsNaN(f):
		return append(b, "nan"...)
	case math.IsInf(f, 1):
		return append(b, "inf"...)
	case math.IsInf(f, -1):
		return append(b, "-inf"...)
	case f == 0:
		if math.Signbit(f) {
			return append(b, "-0.0"...)
		}
		return append(b, "0.0"...)
	}
	// The decimal exponent of the shortest representation decides the form.
	// Go's 'e' format already writes the exponent as Python does: a sign and
	// at least two digits.
	start := len(b)
	b = strconv.AppendFloat(b, f, 'e', -1, 64)
	exp := 0
	for i := len(b) - 1; i > start; i-- {
		if b[i] == 'e' {
			exp, _ = strconv.Atoi(string(b[i+1:]))
			break
		}
	}
	if exp < -4 || exp >= 16 {
		return b
	}
	b = strconv.AppendFloat(b[:start], f, 'f', -1, 64)
	for _, c := range b[start:] {
		if c == '.' {
			return b
		}
	}
	return append(b, ".0"...)
}

// appendDate appends the ISO form of d, "2020-01-31".
func appendDate(b []byte, d querymodel.CalendarDate) []byte {
	y := d.Year
	if y < 0 {
		b = append(b, '-')
		y = -y
	}
	b = appendPadded(b, y, 4)
	b = append(b, '-')
	b = appendPadded(b, int(d.Month), 2)
	b = append(b, '-')
	return appendPadded(b, d.Day, 2)
}

func appendPadded(b []byte, n, width int) []byte {
	var tmp [20]byte
	s := strconv.AppendInt(tmp[:0], int64(n), 10)
	for i := len(s); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

// pyRepr returns Python's repr of a value: strings quoted and escaped as
// Python does, True/False, None, floats as repr, dates as
// datetime.date(2020, 1, 31).
func pyRepr(v any) string { return string(appendPyRepr(nil, v)) }

func appendPyRepr(b []byte, v any) []byte {
	switch x := normaliseValue(v).(type) {
	case nil:
		return append(b, "None"...)
	case bool:
		if x {
			return append(b, "True"...)
		}
		return append(b, "False"...)
	case int64:
		return strconv.AppendInt(b, x, 10)
	case float64:
		return AppendFloat(b, x)
	case string:
		return appendPyStrRepr(b, x)
	case querymodel.CalendarDate:
		b = append(b, "datetime.date("...)
		b = strconv.AppendInt(b, int64(x.Year), 10)
		b = append(b, ", "...)
		b = strconv.AppendInt(b, int64(x.Month), 10)
		b = append(b, ", "...)
		b = strconv.AppendInt(b, int64(x.Day), 10)
		return append(b, ')')
	}
	return append(b, "<?>"...)
}

const hexDigits = "0123456789abcdef"

// appendPyStrRepr appends repr(s) following CPython's rules: single quotes
// unless the string holds a single quote and no double quote; backslash,
// the quote, \t, \n and \r escaped; other non-printable characters as
// \xhh, \uhhhh or \Uhhhhhhhh. Bytes that are not UTF-8 are written as \xhh.
func appendPyStrRepr(b []byte, s string) []byte {
	quote := byte('\'')
	hasSingle, hasDouble := false, false
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\'':
			hasSingle = true
		case '"':
			hasDouble = true
		}
	}
	if hasSingle && !hasDouble {
		quote = '"'
	}
	b = append(b, quote)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, '\\', 'x', hexDigits[s[i]>>4], hexDigits[s[i]&15])
			i++
			continue
		}
		i += size
		switch {
		case r == rune(quote) || r == '\\':
			b = append(b, '\\', byte(r))
		case r == '\t':
			b = append(b, '\\', 't')
		case r == '\n':
			b = append(b, '\\', 'n')
		case r == '\r':
			b = append(b, '\\', 'r')
		case r < ' ' || r == 0x7f:
			b = append(b, '\\', 'x', hexDigits[r>>4], hexDigits[r&15])
		case r < 0x7f:
			b = append(b, byte(r))
		case unicode.IsPrint(r):
			b = utf8.AppendRune(b, r)
		case r <= 0xff:
			b = append(b, '\\', 'x', hexDigits[r>>4], hexDigits[r&15])
		case r <= 0xffff:
			b = append(b, '\\', 'u')
			for shift := 12; shift >= 0; shift -= 4 {
				b = append(b, hexDigits[(r>>shift)&15])
			}
		default:
			b = append(b, '\\', 'U')
			for shift := 28; shift >= 0; shift -= 4 {
				b = append(b, hexDigits[(r>>shift)&15])
			}
		}
	}
	return append(b, quote)
}

// urlQuote escapes a table name for use as a file name the way Python's
// urllib.parse.quote(name, safe="") does: every byte other than ASCII
// letters, digits and "_.-~" becomes %XX.
func urlQuote(s string) string {
	const upperHex = "0123456789ABCDEF"
	var b []byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_' || c == '.' || c == '-' || c == '~' {
			b = append(b, c)
		} else {
			b = append(b, '%', upperHex[c>>4], upperHex[c&15])
		}
	}
	return string(b)
}
