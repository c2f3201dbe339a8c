package fileformats

import (
	"errors"
	"math"
	"strconv"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/opensafely-go/opensafely/internal/querymodel"
)

// The parsers below accept exactly what the reference's converters accept
// (Python's int(), float(), datetime.date.fromisoformat() and the 'T'/'F'
// boolean rule) and fail with the same messages. Each has a fast path for
// the plain ASCII forms that CSV files almost always hold.

// errValue is a conversion failure carrying the reference's message.
type errValue string

func (e errValue) Error() string { return string(e) }

func invalidInt(b []byte) error {
	return errValue("invalid literal for int() with base 10: " + pyRepr(string(b)))
}

func invalidFloat(b []byte) error {
	return errValue("could not convert string to float: " + pyRepr(string(b)))
}

func invalidDate(b []byte) error {
	return errValue("Invalid isoformat string: " + pyRepr(string(b)))
}

var errBool = errValue("invalid boolean, must be 'T' or 'F'")

// parseBool accepts exactly "T" and "F".
func parseBool(b []byte) (bool, error) {
	if len(b) == 1 {
		switch b[0] {
		case 'T':
			return true, nil
		case 'F':
			return false, nil
		}
	}
	return false, errBool
}

// parsePyInt parses like Python's int(s): surrounding whitespace, an
// optional sign, decimal digits (any Unicode decimal digits) with single
// underscores between them. Values outside int64 are rejected.
func parsePyInt(b []byte) (int64, error) {
	// Fast path: [-+]?[0-9]{1,18}
	if n := len(b); n > 0 && n <= 19 {
		i, neg := 0, false
		if b[0] == '-' || b[0] == '+' {
			neg, i = b[0] == '-', 1
		}
		if i < n && n-i <= 18 {
			var v int64
			j := i
			for ; j < n; j++ {
				c := b[j] - '0'
				if c > 9 {
					break
				}
				v = v*10 + int64(c)
			}
			if j == n {
				if neg {
					v = -v
				}
				return v, nil
			}
		}
	}
	digits, ok := normaliseNumber(b, false)
	if !ok {
		return 0, invalidInt(b)
	}
	v, err := strconv.ParseInt(digits, 10, 64)
	if err != nil {
		if errors.Is(err, strconv.ErrRange) {
			return 0, errValue("integer out of range for a 64-bit int: " + pyRepr(string(b)))
		}
		return 0, invalidInt(b)
	}
	return v, nil
}

// parsePyFloat parses like Python's float(s).
func parsePyFloat(b []byte) (float64, error) {
	// Fast path: plain ASCII decimal without underscores or spaces.
	plain := len(b) > 0 && len(b) < 64
	for _, c := range b {
		if !('0' <= c && c <= '9' || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E') {
			plain = false
			break
		}
	}
	if plain {
		var buf [64]byte
		if s := string(append(buf[:0], b...)); validPyFloat(s) {
			f, err := strconv.ParseFloat(s, 64)
			if err == nil || errors.Is(err, strconv.ErrRange) {
				return f, nil
			}
		}
		return 0, invalidFloat(b)
	}
	s, ok := normaliseNumber(b, true)
	if !ok {
		return 0, invalidFloat(b)
	}
	switch lower(s) {
	case "inf", "+inf", "infinity", "+infinity":
		return math.Inf(1), nil
	case "-inf", "-infinity":
		return math.Inf(-1), nil
	case "nan", "+nan", "-nan":
		return math.NaN(), nil
	}
	if !validPyFloat(s) {
		return 0, invalidFloat(b)
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil && !errors.Is(err, strconv.ErrRange) {
		return 0, invalidFloat(b)
	}
	return f, nil
}

func lower(s string) string {
	if len(s) > 12 {
		return s
	}
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 32
		}
	}
	return string(b)
}

// validPyFloat checks the decimal float grammar (after underscores have
// been removed): [sign] (digits [. [digits]] | . digits) [(e|E) [sign] digits].
func validPyFloat(s string) bool {
	i, n := 0, len(s)
	if i < n && (s[i] == '+' || s[i] == '-') {
		i++
	}
	intDigits := 0
	for i < n && '0' <= s[i] && s[i] <= '9' {
		i++
		intDigits++
	}
	fracDigits := 0
	if i < n && s[i] == '.' {
		i++
		for i < n && '0' <= s[i] && s[i] <= '9' {
			i++
			fracDigits++
		}
	}
	if intDigits == 0 && fracDigits == 0 {
		return false
	}
	if i < n && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < n && (s[i] == '+' || s[i] == '-') {
			i++
		}
		expDigits := 0
		for i < n && '0' <= s[i] && s[i] <= '9' {
			i++
			expDigits++
		}
		if expDigits == 0 {
			return false
		}
	}
	return i == n
}

// normaliseNumber strips Python whitespace, converts Unicode decimal
// digits to ASCII and removes underscores that sit between two digits. For
// ints (float false) only a sign and digits may remain. It reports false
// for a misplaced underscore or a character no number may hold.
func normaliseNumber(b []byte, float bool) (string, bool) {
	s := string(b)
	start, end := 0, len(s)
	for start < end {
		r, size := utf8.DecodeRuneInString(s[start:])
		if !isPySpace(r) {
			break
		}
		start += size
	}
	for end > start {
		r, size := utf8.DecodeLastRuneInString(s[start:end])
		if !isPySpace(r) {
			break
		}
		end -= size
	}
	s = s[start:end]
	out := make([]byte, 0, len(s))
	prevDigit := false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == '_':
			// An underscore must sit between two digits.
			if !prevDigit || i >= len(s) {
				return "", false
			}
			next, _ := utf8.DecodeRuneInString(s[i:])
			if pyDigit(next) < 0 {
				return "", false
			}
			prevDigit = false
			continue
		case pyDigit(r) >= 0:
			out = append(out, byte('0'+pyDigit(r)))
			prevDigit = true
			continue
		case r == '+' || r == '-':
		case float && (r == '.' || r == 'e' || r == 'E' || r < utf8.RuneSelf && unicode.IsLetter(r)):
		default:
			return "", false
		}
		out = append(out, byte(r))
		prevDigit = false
	}
	if !float {
		// [sign] digits
		j := 0
		if j < len(out) && (out[j] == '+' || out[j] == '-') {
			j++
		}
		if j == len(out) {
			return "", false
		}
		for ; j < len(out); j++ {
			if out[j] < '0' || out[j] > '9' {
				return "", false
			}
		}
	}
	return string(out), true
}

// pyDigit returns the value of a Unicode decimal digit, or -1.
func pyDigit(r rune) int {
	if '0' <= r && r <= '9' {
		return int(r - '0')
	}
	if r < utf8.RuneSelf || !unicode.IsDigit(r) {
		return -1
	}
	// Decimal digits come in contiguous runs of ten starting at zero.
	zero := r
	for zero > 0 && unicode.IsDigit(zero-1) {
		zero--
	}
	return int(r-zero) % 10
}

// isPySpace reports whether Python's str.strip() removes r.
func isPySpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || '\t' <= r && r <= '\r' || 0x1c <= r && r <= 0x1f
	}
	return unicode.IsSpace(r)
}

// parseISODate parses like Python 3.11's datetime.date.fromisoformat:
// YYYY-MM-DD, YYYYMMDD and the ISO week forms YYYY-Www, YYYYWww,
// YYYY-Www-D and YYYYWwwD.
func parseISODate(b []byte) (querymodel.CalendarDate, error) {
	// Fast path: YYYY-MM-DD with a real date.
	if len(b) == 10 && b[4] == '-' && b[7] == '-' {
		y, ok1 := digits(b[0:4])
		m, ok2 := digits(b[5:7])
		d, ok3 := digits(b[8:10])
		if ok1 && ok2 && ok3 {
			return newPyDate(y, m, d)
		}
		return querymodel.CalendarDate{}, invalidDate(b)
	}
	n := len(b)
	if n != 7 && n != 8 && n != 10 {
		return querymodel.CalendarDate{}, invalidDate(b)
	}
	// The C implementation reads past the end into a NUL terminator; an
	// index beyond the input reads as 0 here.
	at := func(i int) byte {
		if i < n {
			return b[i]
		}
		return 0
	}
	digitsAt := func(p, count int) (int, bool) {
		v := 0
		for i := 0; i < count; i++ {
			c := at(p+i) - '0'
			if c > 9 {
				return 0, false
			}
			v = v*10 + int(c)
		}
		return v, true
	}
	year, ok := digitsAt(0, 4)
	if !ok {
		return querymodel.CalendarDate{}, invalidDate(b)
	}
	p := 4
	sep := at(p) == '-'
	if sep {
		p++
	}
	if at(p) == 'W' {
		p++
		week, ok := digitsAt(p, 2)
		if !ok {
			return querymodel.CalendarDate{}, invalidDate(b)
		}
		p += 2
		day := 1
		if p < n {
			if sep {
				if at(p) != '-' {
					return querymodel.CalendarDate{}, invalidDate(b)
				}
				p++
			}
			if day, ok = digitsAt(p, 1); !ok {
				return querymodel.CalendarDate{}, invalidDate(b)
			}
		}
		y, m, d, ok := isoWeekToDate(year, week, day)
		if !ok {
			return querymodel.CalendarDate{}, invalidDate(b)
		}
		return newPyDate(y, m, d)
	}
	month, ok := digitsAt(p, 2)
	if !ok {
		return querymodel.CalendarDate{}, invalidDate(b)
	}
	p += 2
	if sep {
		if at(p) != '-' {
			return querymodel.CalendarDate{}, invalidDate(b)
		}
		p++
	}
	day, ok := digitsAt(p, 2)
	if !ok {
		return querymodel.CalendarDate{}, invalidDate(b)
	}
	return newPyDate(year, month, day)
}

func digits(b []byte) (int, bool) {
	v := 0
	for _, c := range b {
		c -= '0'
		if c > 9 {
			return 0, false
		}
		v = v*10 + int(c)
	}
	return v, true
}

// newPyDate checks a date like Python's date constructor.
func newPyDate(y, m, d int) (querymodel.CalendarDate, error) {
	if y < 1 || y > 9999 {
		return querymodel.CalendarDate{}, errValue("year " + strconv.Itoa(y) + " is out of range")
	}
	if m < 1 || m > 12 {
		return querymodel.CalendarDate{}, errValue("month must be in 1..12")
	}
	if d < 1 || d > daysInMonth(y, time.Month(m)) {
		return querymodel.CalendarDate{}, errValue("day is out of range for month")
	}
	return querymodel.CalendarDate{Year: y, Month: time.Month(m), Day: d}, nil
}

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

func daysInMonth(y int, m time.Month) int {
	switch m {
	case time.February:
		if isLeap(y) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	}
	return 31
}

// isoWeekToDate converts an ISO week date. Week 53 exists only in years
// starting on a Thursday, or leap years starting on a Wednesday.
func isoWeekToDate(year, week, day int) (int, int, int, bool) {
	jan1 := daysFromCivil(year, 1, 1)
	// 1970-01-01 was a Thursday; weekday 0 is Monday.
	wd := int(((jan1+3)%7 + 7) % 7)
	if week <= 0 || week >= 53 {
		if week != 53 || !(wd == 3 || wd == 2 && isLeap(year)) {
			return 0, 0, 0, false
		}
	}
	if day <= 0 || day >= 8 {
		return 0, 0, 0, false
	}
	monday := jan1 - int64(wd)
	if wd > 3 {
		monday += 7
	}
	y, m, d := civilFromDays(monday + int64((week-1)*7+day-1))
	return y, m, d, true
}

// daysFromCivil returns the number of days from 1970-01-01 to y-m-d in
// the proleptic Gregorian calendar.
func daysFromCivil(y, m, d int) int64 {
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era--
	}
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return int64(era)*146097 + int64(doe) - 719468
}

// civilFromDays is the inverse of daysFromCivil.
func civilFromDays(z int64) (int, int, int) {
	z += 719468
	era := z / 146097
	if z < 0 && z%146097 != 0 {
		era--
	}
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return int(y), int(m), int(d)
}

// dateToDays and daysToDate convert between dates and Arrow's date32.
func dateToDays(d querymodel.CalendarDate) int32 {
	return int32(daysFromCivil(d.Year, int(d.Month), d.Day))
}

func daysToDate(days int64) querymodel.CalendarDate {
	y, m, d := civilFromDays(days)
	return querymodel.CalendarDate{Year: y, Month: time.Month(m), Day: d}
}
