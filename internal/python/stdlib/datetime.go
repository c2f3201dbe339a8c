package stdlib

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/opensafely-go/opensafely/internal/python"
	"github.com/opensafely-go/opensafely/internal/python/syntax"
)

// The datetime classes. They are created at package initialisation so that
// host packages (ehrQL) can accept and produce Date values directly.
var (
	DateClass      *python.Class
	DateTimeClass  *python.Class
	TimeDeltaClass *python.Class
)

const (
	minYear       = 1
	maxYear       = 9999
	maxDeltaDays  = 999999999
	usPerSecond   = 1000000
	secondsPerDay = 86400
	usPerDay      = secondsPerDay * usPerSecond
)

var monthNames = []string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}
var dayNames = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}

// Date is a datetime.date value: a day in the proleptic Gregorian calendar.
type Date struct {
	Year, Month, Day int
}

// NewDate returns the date y-m-d, or a ValueError if it does not exist.
func NewDate(y, m, d int) (Date, error) {
	if y < minYear || y > maxYear {
		return Date{}, errorf(python.ValueError, "year %d is out of range", y)
	}
	if m < 1 || m > 12 {
		return Date{}, errorf(python.ValueError, "month must be in 1..12")
	}
	if d < 1 || d > daysInMonth(y, m) {
		return Date{}, errorf(python.ValueError, "day is out of range for month")
	}
	return Date{y, m, d}, nil
}

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

func daysInMonth(y, m int) int {
	switch m {
	case 2:
		if isLeap(y) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// DateFromTime returns the calendar date of t (in t's location).
func DateFromTime(t time.Time) Date {
	return Date{t.Year(), int(t.Month()), t.Day()}
}

// Time returns midnight UTC at the start of d.
func (d Date) Time() time.Time {
	return time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
}

// ordinal1 is 0001-01-01, ordinal 1.
var ordinal1 = time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC).Unix() / secondsPerDay

// epochOrdinal is the ordinal of 1970-01-01.
var epochOrdinal = -ordinal1 + 1

// Ordinal returns the proleptic Gregorian ordinal (0001-01-01 is 1), as
// date.toordinal does.
func (d Date) Ordinal() int {
	return int(d.Time().Unix()/secondsPerDay - ordinal1 + 1)
}

// DaysSinceEpoch returns the number of days from 1970-01-01 to d.
func (d Date) DaysSinceEpoch() int { return d.Ordinal() - int(epochOrdinal) }

// DateFromOrdinal is the inverse of Ordinal. It returns an OverflowError
// outside years 1..9999.
func DateFromOrdinal(n int) (Date, error) {
	if n < 1 || n > (Date{maxYear, 12, 31}).Ordinal() {
		return Date{}, errorf(python.OverflowError, "date value out of range")
	}
	return DateFromTime(time.Unix((int64(n)-1+ordinal1)*secondsPerDay, 0).UTC()), nil
}

// DateFromDays returns the date n days after 1970-01-01.
func DateFromDays(n int) (Date, error) { return DateFromOrdinal(n + int(epochOrdinal)) }

// Weekday returns 0 for Monday through 6 for Sunday.
func (d Date) Weekday() int { return (d.Ordinal() + 6) % 7 }

func (d Date) yearDay() int { return d.Time().YearDay() }

func (d Date) Type() *python.Class { return DateClass }

func (d Date) String() string { return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day) }

func (d Date) Repr(t *python.Thread) (string, error) {
	return fmt.Sprintf("datetime.date(%d, %d, %d)", d.Year, d.Month, d.Day), nil
}

func (d Date) Str(t *python.Thread) (string, error) { return d.String(), nil }

func (d Date) Format(t *python.Thread, spec string) (string, error) {
	if spec == "" {
		return d.String(), nil
	}
	return strftime(spec, DateTime{Date: d}), nil
}

func (d Date) Hash(t *python.Thread) (uint64, error) { return uint64(d.Ordinal())*2654435761 + 17, nil }

func (d Date) Attr(t *python.Thread, name string) (python.Value, error) {
	switch name {
	case "year":
		return python.Int(d.Year), nil
	case "month":
		return python.Int(d.Month), nil
	case "day":
		return python.Int(d.Day), nil
	}
	return nil, nil
}

func (d Date) AttrNames() []string { return []string{"year", "month", "day"} }

func (d Date) Binary(t *python.Thread, op syntax.Token, other python.Value, reflected bool) (python.Value, error) {
	switch op {
	case syntax.PLUS:
		if td, ok := other.(TimeDelta); ok {
			return d.addDays(td.Days)
		}
	case syntax.MINUS:
		if reflected {
			break
		}
		switch o := other.(type) {
		case TimeDelta:
			return d.addDays(-o.Days)
		case Date:
			return TimeDelta{Days: int64(d.Ordinal() - o.Ordinal())}, nil
		}
	}
	return operandError(op, "datetime.date", other, reflected)
}

func (d Date) addDays(n int64) (python.Value, error) {
	o := int64(d.Ordinal()) + n
	if o < 1 || o > int64((Date{maxYear, 12, 31}).Ordinal()) {
		return nil, errorf(python.OverflowError, "date value out of range")
	}
	return DateFromOrdinal(int(o))
}

func (d Date) Compare(t *python.Thread, op syntax.Token, other python.Value) (python.Value, error) {
	switch o := other.(type) {
	case Date:
		return compareInts(op, int64(d.Ordinal()), int64(o.Ordinal())), nil
	case DateTime:
		return compareDateWithDateTime(op)
	}
	return compareError(op, "datetime.date", other)
}

// compareDateWithDateTime compares a date with a datetime, which are
// never equal and cannot be ordered.
func compareDateWithDateTime(op syntax.Token) (python.Value, error) {
	switch op {
	case syntax.EQEQ:
		return python.False, nil
	case syntax.NEQ:
		return python.True, nil
	}
	return nil, errorf(python.TypeError, "can't compare datetime.datetime to datetime.date")
}

// compareError reports an ordering comparison with a built-in value
// (assuming the datetime value is the left operand, the usual case).
func compareError(op syntax.Token, self string, other python.Value) (python.Value, error) {
	switch op {
	case syntax.LT, syntax.LE, syntax.GT, syntax.GE:
	default:
		return python.NotImplemented, nil
	}
	switch other.(type) {
	case python.Int, python.Float, python.Bool, python.Str, python.NoneType, *python.List, python.Tuple, *python.Dict, *python.Set:
		return nil, errorf(python.TypeError, "'%s' not supported between instances of '%s' and '%s'", op.String(), self, typeName(other))
	}
	return python.NotImplemented, nil
}

func compareInts(op syntax.Token, a, b int64) python.Value {
	var r bool
	switch op {
	case syntax.LT:
		r = a < b
	case syntax.LE:
		r = a <= b
	case syntax.GT:
		r = a > b
	case syntax.GE:
		r = a >= b
	case syntax.EQEQ:
		r = a == b
	case syntax.NEQ:
		r = a != b
	default:
		return python.NotImplemented
	}
	return python.Bool(r)
}

// DateTime is a datetime.datetime value (naive: no time zone).
type DateTime struct {
	Date
	Hour, Minute, Second, Microsecond int
}

// NewDateTime validates and returns a datetime.
func NewDateTime(y, mo, d, h, mi, s, us int) (DateTime, error) {
	date, err := NewDate(y, mo, d)
	if err != nil {
		return DateTime{}, err
	}
	switch {
	case h < 0 || h > 23:
		return DateTime{}, errorf(python.ValueError, "hour must be in 0..23")
	case mi < 0 || mi > 59:
		return DateTime{}, errorf(python.ValueError, "minute must be in 0..59")
	case s < 0 || s > 59:
		return DateTime{}, errorf(python.ValueError, "second must be in 0..59")
	case us < 0 || us > 999999:
		return DateTime{}, errorf(python.ValueError, "microsecond must be in 0..999999")
	}
	return DateTime{date, h, mi, s, us}, nil
}

// DateTimeFromTime converts t (in its own location) to a naive datetime.
func DateTimeFromTime(t time.Time) DateTime {
	return DateTime{DateFromTime(t), t.Hour(), t.Minute(), t.Second(), t.Nanosecond() / 1000}
}

// Time returns dt as a time.Time in UTC.
func (dt DateTime) Time() time.Time {
	return time.Date(dt.Year, time.Month(dt.Month), dt.Day, dt.Hour, dt.Minute, dt.Second, dt.Microsecond*1000, time.UTC)
}

// micros returns microseconds since 0001-01-01T00:00.
func (dt DateTime) micros() int64 {
	return int64(dt.Ordinal()-1)*usPerDay + int64(dt.Hour*3600+dt.Minute*60+dt.Second)*usPerSecond + int64(dt.Microsecond)
}

func dateTimeFromMicros(us int64) (DateTime, error) {
	days := floorDiv(us, usPerDay)
	rest := us - days*usPerDay
	d, err := DateFromOrdinal(int(days) + 1)
	if err != nil {
		return DateTime{}, err
	}
	secs := rest / usPerSecond
	return DateTime{d, int(secs / 3600), int(secs / 60 % 60), int(secs % 60), int(rest % usPerSecond)}, nil
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

func (dt DateTime) Type() *python.Class { return DateTimeClass }

func (dt DateTime) String() string {
	s := fmt.Sprintf("%s %02d:%02d:%02d", dt.Date.String(), dt.Hour, dt.Minute, dt.Second)
	if dt.Microsecond != 0 {
		s += fmt.Sprintf(".%06d", dt.Microsecond)
	}
	return s
}

func (dt DateTime) isoformat(sep string) string {
	return strings.Replace(dt.String(), " ", sep, 1)
}

func (dt DateTime) Repr(t *python.Thread) (string, error) {
	s := fmt.Sprintf("datetime.datetime(%d, %d, %d, %d, %d", dt.Year, dt.Month, dt.Day, dt.Hour, dt.Minute)
	if dt.Second != 0 || dt.Microsecond != 0 {
		s += fmt.Sprintf(", %d", dt.Second)
	}
	if dt.Microsecond != 0 {
		s += fmt.Sprintf(", %d", dt.Microsecond)
	}
	return s + ")", nil
}

func (dt DateTime) Str(t *python.Thread) (string, error) { return dt.String(), nil }

func (dt DateTime) Format(t *python.Thread, spec string) (string, error) {
	if spec == "" {
		return dt.String(), nil
	}
	return strftime(spec, dt), nil
}

func (dt DateTime) Hash(t *python.Thread) (uint64, error) {
	return uint64(dt.micros())*2654435761 + 29, nil
}

func (dt DateTime) Attr(t *python.Thread, name string) (python.Value, error) {
	switch name {
	case "hour":
		return python.Int(dt.Hour), nil
	case "minute":
		return python.Int(dt.Minute), nil
	case "second":
		return python.Int(dt.Second), nil
	case "microsecond":
		return python.Int(dt.Microsecond), nil
	}
	return dt.Date.Attr(t, name)
}

// dateTimeFields names a datetime's fields in constructor order.
var dateTimeFields = []string{"year", "month", "day", "hour", "minute", "second", "microsecond"}

func (dt DateTime) AttrNames() []string { return append([]string(nil), dateTimeFields...) }

func (dt DateTime) Binary(t *python.Thread, op syntax.Token, other python.Value, reflected bool) (python.Value, error) {
	switch op {
	case syntax.PLUS:
		if td, ok := other.(TimeDelta); ok {
			return dt.add(td)
		}
	case syntax.MINUS:
		if reflected {
			break
		}
		switch o := other.(type) {
		case TimeDelta:
			return dt.add(o.neg())
		case DateTime:
			return timeDeltaFromMicros(dt.micros() - o.micros())
		}
	}
	return operandError(op, "datetime.datetime", other, reflected)
}

func (dt DateTime) add(td TimeDelta) (python.Value, error) {
	us := dt.micros() + td.Days*usPerDay + td.Seconds*usPerSecond + td.Microseconds
	r, err := dateTimeFromMicros(us)
	if err != nil {
		return nil, errorf(python.OverflowError, "date value out of range")
	}
	return r, nil
}

func (dt DateTime) Compare(t *python.Thread, op syntax.Token, other python.Value) (python.Value, error) {
	switch o := other.(type) {
	case DateTime:
		return compareInts(op, dt.micros(), o.micros()), nil
	case Date:
		return compareDateWithDateTime(op)
	}
	return compareError(op, "datetime.datetime", other)
}

// TimeDelta is a datetime.timedelta, normalised as CPython does:
// 0 <= Seconds < 86400 and 0 <= Microseconds < 1000000.
type TimeDelta struct {
	Days, Seconds, Microseconds int64
}

func timeDeltaFromMicros(us int64) (TimeDelta, error) {
	days := floorDiv(us, usPerDay)
	rest := us - days*usPerDay
	return checkDelta(TimeDelta{days, rest / usPerSecond, rest % usPerSecond})
}

func checkDelta(td TimeDelta) (TimeDelta, error) {
	if td.Days > maxDeltaDays || td.Days < -maxDeltaDays {
		return TimeDelta{}, errorf(python.OverflowError, "days=%d; must have magnitude <= %d", td.Days, maxDeltaDays)
	}
	return td, nil
}

// normalise carries seconds and microseconds into days.
func (td TimeDelta) normalise() (TimeDelta, error) {
	c := floorDiv(td.Microseconds, usPerSecond)
	td.Microseconds -= c * usPerSecond
	td.Seconds += c
	c = floorDiv(td.Seconds, secondsPerDay)
	td.Seconds -= c * secondsPerDay
	td.Days += c
	return checkDelta(td)
}

func (td TimeDelta) neg() TimeDelta {
	r, _ := TimeDelta{-td.Days, -td.Seconds, -td.Microseconds}.normalise()
	return r
}

// totalMicros returns the delta in microseconds (as a float, to avoid
// overflow for the largest deltas).
func (td TimeDelta) totalMicros() float64 {
	return float64(td.Days)*usPerDay + float64(td.Seconds)*usPerSecond + float64(td.Microseconds)
}

func (td TimeDelta) Type() *python.Class { return TimeDeltaClass }

func (td TimeDelta) Repr(t *python.Thread) (string, error) {
	var parts []string
	if td.Days != 0 {
		parts = append(parts, fmt.Sprintf("days=%d", td.Days))
	}
	if td.Seconds != 0 {
		parts = append(parts, fmt.Sprintf("seconds=%d", td.Seconds))
	}
	if td.Microseconds != 0 {
		parts = append(parts, fmt.Sprintf("microseconds=%d", td.Microseconds))
	}
	if len(parts) == 0 {
		return "datetime.timedelta(0)", nil
	}
	return "datetime.timedelta(" + strings.Join(parts, ", ") + ")", nil
}

func (td TimeDelta) String() string {
	s := ""
	if td.Days != 0 {
		plural := "s"
		if td.Days == 1 || td.Days == -1 {
			plural = ""
		}
		s = fmt.Sprintf("%d day%s, ", td.Days, plural)
	}
	s += fmt.Sprintf("%d:%02d:%02d", td.Seconds/3600, td.Seconds/60%60, td.Seconds%60)
	if td.Microseconds != 0 {
		s += fmt.Sprintf(".%06d", td.Microseconds)
	}
	return s
}

func (td TimeDelta) Str(t *python.Thread) (string, error) { return td.String(), nil }

func (td TimeDelta) Hash(t *python.Thread) (uint64, error) {
	return uint64(td.Days)*1000003 ^ uint64(td.Seconds)*7919 ^ uint64(td.Microseconds), nil
}

func (td TimeDelta) Truth(t *python.Thread) (bool, error) { return td != TimeDelta{}, nil }

func (td TimeDelta) Attr(t *python.Thread, name string) (python.Value, error) {
	switch name {
	case "days":
		return python.Int(td.Days), nil
	case "seconds":
		return python.Int(td.Seconds), nil
	case "microseconds":
		return python.Int(td.Microseconds), nil
	}
	return nil, nil
}

func (td TimeDelta) AttrNames() []string { return []string{"days", "seconds", "microseconds"} }

func (td TimeDelta) Unary(t *python.Thread, op syntax.Token) (python.Value, error) {
	switch op {
	case syntax.MINUS:
		return td.neg(), nil
	case syntax.PLUS:
		return td, nil
	}
	return python.NotImplemented, nil
}

func (td TimeDelta) Binary(t *python.Thread, op syntax.Token, other python.Value, reflected bool) (python.Value, error) {
	if o, ok := other.(TimeDelta); ok {
		a, b := td, o
		if reflected {
			a, b = o, td
		}
		switch op {
		case syntax.PLUS:
			return TimeDelta{a.Days + b.Days, a.Seconds + b.Seconds, a.Microseconds + b.Microseconds}.normalise()
		case syntax.MINUS:
			return TimeDelta{a.Days - b.Days, a.Seconds - b.Seconds, a.Microseconds - b.Microseconds}.normalise()
		case syntax.SLASH:
			if b == (TimeDelta{}) {
				return nil, errorf(python.ZeroDivisionError, "division by zero")
			}
			return python.Float(a.totalMicros() / b.totalMicros()), nil
		case syntax.SLASHSLASH:
			if b == (TimeDelta{}) {
				return nil, errorf(python.ZeroDivisionError, "integer division or modulo by zero")
			}
			return python.Int(math.Floor(a.totalMicros() / b.totalMicros())), nil
		}
		return python.NotImplemented, nil
	}
	switch op {
	case syntax.STAR:
		if n, ok := toInt(other); ok {
			return TimeDelta{td.Days * n, td.Seconds * n, td.Microseconds * n}.normalise()
		}
		if f, ok := other.(python.Float); ok {
			return deltaFromFloatMicros(td.totalMicros() * float64(f))
		}
	case syntax.SLASH, syntax.SLASHSLASH:
		if reflected {
			break
		}
		if f, ok := toFloat(other); ok {
			if f == 0 {
				return nil, errorf(python.ZeroDivisionError, "division by zero")
			}
			if op == syntax.SLASHSLASH {
				if _, isInt := toInt(other); !isInt {
					break
				}
				return timeDeltaFromMicros(int64(math.Floor(td.totalMicros() / f)))
			}
			return deltaFromFloatMicros(td.totalMicros() / f)
		}
	}
	return operandError(op, "datetime.timedelta", other, reflected)
}

// operandError reports CPython's TypeError for an arithmetic operator
// between a datetime value and a built-in value (whose own operators have
// already declined); other host values get NotImplemented so that they
// can handle the operation themselves.
func operandError(op syntax.Token, self string, other python.Value, reflected bool) (python.Value, error) {
	switch other.(type) {
	case python.Int, python.Float, python.Bool, python.Str, python.NoneType, *python.List, python.Tuple, *python.Dict, *python.Set:
	default:
		return python.NotImplemented, nil
	}
	l, r := self, typeName(other)
	if reflected {
		l, r = r, l
	}
	return nil, errorf(python.TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", op.String(), l, r)
}

func deltaFromFloatMicros(us float64) (TimeDelta, error) {
	us = math.RoundToEven(us)
	if math.Abs(us) > 9e18 {
		return TimeDelta{}, errorf(python.OverflowError, "date value out of range")
	}
	return timeDeltaFromMicros(int64(us))
}

func (td TimeDelta) Compare(t *python.Thread, op syntax.Token, other python.Value) (python.Value, error) {
	o, ok := other.(TimeDelta)
	if !ok {
		return compareError(op, "datetime.timedelta", other)
	}
	a := [3]int64{td.Days, td.Seconds, td.Microseconds}
	b := [3]int64{o.Days, o.Seconds, o.Microseconds}
	c := int64(0)
	for i := range a {
		if a[i] != b[i] {
			if a[i] < b[i] {
				c = -1
			} else {
				c = 1
			}
			break
		}
	}
	return compareInts(op, c, 0), nil
}

// asDate extracts the date part of a date or datetime receiver.
func asDate(name string, v python.Value) (Date, error) {
	switch x := v.(type) {
	case Date:
		return x, nil
	case DateTime:
		return x.Date, nil
	}
	return Date{}, errorf(python.TypeError, "descriptor '%s' for 'datetime.date' objects doesn't apply to a '%s' object", name, typeName(v))
}

func asDateTime(name string, v python.Value) (DateTime, error) {
	if x, ok := v.(DateTime); ok {
		return x, nil
	}
	return DateTime{}, errorf(python.TypeError, "descriptor '%s' for 'datetime.datetime' objects doesn't apply to a '%s' object", name, typeName(v))
}

func recv(name string, args python.Tuple) (python.Value, python.Tuple, error) {
	if len(args) == 0 {
		return nil, nil, errorf(python.TypeError, "unbound method %s() needs an argument", name)
	}
	return args[0], args[1:], nil
}

// intArg converts an argument to int the way datetime's constructors do.
func intArg(v python.Value) (int, error) {
	if n, ok := toInt(v); ok {
		return int(n), nil
	}
	return 0, errorf(python.TypeError, "'%s' object cannot be interpreted as an integer", typeName(v))
}

// bindInts binds positional and keyword arguments to named int parameters;
// the first nreq are required.
func bindInts(fname string, names []string, nreq int, args python.Tuple, kwargs []python.Kwarg) ([]int, error) {
	if len(args) > len(names) {
		return nil, errorf(python.TypeError, "function takes at most %d arguments (%d given)", len(names), len(args))
	}
	vals := make([]python.Value, len(names))
	copy(vals, args)
	for _, kw := range kwargs {
		i := indexOf(names, kw.Name)
		if i < 0 {
			return nil, errorf(python.TypeError, "'%s' is an invalid keyword argument for %s()", kw.Name, fname)
		}
		if vals[i] != nil {
			return nil, errorf(python.TypeError, "argument for %s() given by name ('%s') and position (%d)", fname, kw.Name, i+1)
		}
		vals[i] = kw.Value
	}
	out := make([]int, len(names))
	for i, v := range vals {
		if v == nil {
			if i < nreq {
				return nil, errorf(python.TypeError, "function missing required argument '%s' (pos %d)", names[i], i+1)
			}
			continue
		}
		n, err := intArg(v)
		if err != nil {
			return nil, err
		}
		out[i] = n
	}
	return out, nil
}

func indexOf(names []string, s string) int {
	for i, n := range names {
		if n == s {
			return i
		}
	}
	return -1
}

var (
	isoDateRE     = regexp.MustCompile(`^(\d{4})-?(\d{2})-?(\d{2})$`)
	isoDateTimeRE = regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})(?:.(\d{2})(?::?(\d{2})(?::?(\d{2})(?:[.,](\d{3}|\d{6}))?)?)?)?$`)
)

func parseISODate(s string) (Date, error) {
	m := isoDateRE.FindStringSubmatch(s)
	if m == nil || (strings.Contains(s, "-") && len(s) != 10) {
		return Date{}, errorf(python.ValueError, "Invalid isoformat string: %s", pyQuote(s))
	}
	y, _ := strconv.Atoi(m[1])
	mo, _ := strconv.Atoi(m[2])
	d, _ := strconv.Atoi(m[3])
	return NewDate(y, mo, d)
}

func parseISODateTime(s string) (DateTime, error) {
	m := isoDateTimeRE.FindStringSubmatch(s)
	if m == nil {
		if d, err := parseISODate(s); err == nil {
			return DateTime{Date: d}, nil
		}
		return DateTime{}, errorf(python.ValueError, "Invalid isoformat string: %s", pyQuote(s))
	}
	n := make([]int, 7)
	for i := 1; i <= 7; i++ {
		if m[i] != "" {
			n[i-1], _ = strconv.Atoi(m[i])
		}
	}
	if len(m[7]) == 3 {
		n[6] *= 1000
	}
	return NewDateTime(n[0], n[1], n[2], n[3], n[4], n[5], n[6])
}

// pyQuote returns a Python repr of a string (single-quoted where possible).
func pyQuote(s string) string {
	q := "'"
	if strings.Contains(s, "'") && !strings.Contains(s, `"`) {
		q = `"`
	}
	var b strings.Builder
	b.WriteString(q)
	for _, r := range s {
		switch {
		case r == '\\':
			b.WriteString(`\\`)
		case string(r) == q:
			b.WriteString(`\` + q)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteString(q)
	return b.String()
}

// strftime formats dt with C strftime directives (C locale).
func strftime(format string, dt DateTime) string {
	var b strings.Builder
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' || i+1 >= len(format) {
			b.WriteByte(c)
			continue
		}
		i++
		if format[i] == '-' && i+1 < len(format) {
			// glibc's "no padding" flag: %-d, %-m, %-H ...
			i++
			v := strings.TrimLeft(strftime("%"+format[i:i+1], dt), "0 ")
			if v == "" {
				v = "0"
			}
			b.WriteString(v)
			continue
		}
		wd := dt.Weekday()
		switch format[i] {
		case 'Y':
			fmt.Fprintf(&b, "%d", dt.Year)
		case 'y':
			fmt.Fprintf(&b, "%02d", dt.Year%100)
		case 'm':
			fmt.Fprintf(&b, "%02d", dt.Month)
		case 'd':
			fmt.Fprintf(&b, "%02d", dt.Day)
		case 'e':
			fmt.Fprintf(&b, "%2d", dt.Day)
		case 'H':
			fmt.Fprintf(&b, "%02d", dt.Hour)
		case 'I':
			h := dt.Hour % 12
			if h == 0 {
				h = 12
			}
			fmt.Fprintf(&b, "%02d", h)
		case 'p':
			if dt.Hour < 12 {
				b.WriteString("AM")
			} else {
				b.WriteString("PM")
			}
		case 'M':
			fmt.Fprintf(&b, "%02d", dt.Minute)
		case 'S':
			fmt.Fprintf(&b, "%02d", dt.Second)
		case 'f':
			fmt.Fprintf(&b, "%06d", dt.Microsecond)
		case 'b', 'h':
			b.WriteString(monthNames[dt.Month-1][:3])
		case 'B':
			b.WriteString(monthNames[dt.Month-1])
		case 'a':
			b.WriteString(dayNames[wd][:3])
		case 'A':
			b.WriteString(dayNames[wd])
		case 'w':
			fmt.Fprintf(&b, "%d", (wd+1)%7)
		case 'u':
			fmt.Fprintf(&b, "%d", wd+1)
		case 'j':
			fmt.Fprintf(&b, "%03d", dt.yearDay())
		case 'U':
			fmt.Fprintf(&b, "%02d", (dt.yearDay()+6-(wd+1)%7)/7)
		case 'W':
			fmt.Fprintf(&b, "%02d", (dt.yearDay()+6-wd)/7)
		case 'V':
			_, w := dt.Time().ISOWeek()
			fmt.Fprintf(&b, "%02d", w)
		case 'G':
			y, _ := dt.Time().ISOWeek()
			fmt.Fprintf(&b, "%d", y)
		case 'c':
			fmt.Fprintf(&b, "%s %s %2d %02d:%02d:%02d %d", dayNames[wd][:3], monthNames[dt.Month-1][:3], dt.Day, dt.Hour, dt.Minute, dt.Second, dt.Year)
		case 'x':
			fmt.Fprintf(&b, "%02d/%02d/%02d", dt.Month, dt.Day, dt.Year%100)
		case 'X':
			fmt.Fprintf(&b, "%02d:%02d:%02d", dt.Hour, dt.Minute, dt.Second)
		case 'F':
			fmt.Fprintf(&b, "%d-%02d-%02d", dt.Year, dt.Month, dt.Day)
		case 'T':
			fmt.Fprintf(&b, "%02d:%02d:%02d", dt.Hour, dt.Minute, dt.Second)
		case 'z', 'Z':
		case '%':
			b.WriteByte('%')
		default:
			b.WriteByte('%')
			b.WriteByte(format[i])
		}
	}
	return b.String()
}

// strptimeFields maps a directive to the regular expression its text
// must match (the same choices CPython's _strptime makes).
var strptimeFields = map[byte]string{
	'd': `3[01]|[12]\d|0[1-9]|[1-9]| [1-9]`,
	'f': `[0-9]{1,6}`,
	'H': `2[0-3]|[01]\d|\d`,
	'I': `1[0-2]|0[1-9]|[1-9]`,
	'j': `36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9]`,
	'm': `1[0-2]|0[1-9]|[1-9]`,
	'M': `[0-5]\d|\d`,
	'S': `6[01]|[0-5]\d|\d`,
	'y': `\d\d`,
	'Y': `\d\d\d\d`,
	'p': `am|pm`,
	'z': `[+-]\d\d:?[0-5]\d|Z`,
	'Z': `utc|gmt`,
	'w': `[0-6]`,
	'u': `[1-7]`,
}

func nameAlternation(names []string, abbrev bool) string {
	var alts []string
	for _, n := range names {
		if abbrev {
			n = n[:3]
		}
		alts = append(alts, strings.ToLower(n))
	}
	return strings.Join(alts, "|")
}

func strptime(s, format string) (DateTime, error) {
	var re strings.Builder
	re.WriteString(`(?i)^`)
	var order []byte
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c == '%' {
			if i+1 >= len(format) {
				return DateTime{}, errorf(python.ValueError, "stray %% in format %s", pyQuote(format))
			}
			i++
			d := format[i]
			var pat string
			switch d {
			case '%':
				re.WriteString("%")
				continue
			case 'b', 'h':
				pat, d = nameAlternation(monthNames, true), 'b'
			case 'B':
				pat = nameAlternation(monthNames, false)
			case 'a':
				pat = nameAlternation(dayNames, true)
			case 'A':
				pat = nameAlternation(dayNames, false)
			default:
				p, ok := strptimeFields[d]
				if !ok {
					return DateTime{}, errorf(python.ValueError, "'%c' is a bad directive in format %s", d, pyQuote(format))
				}
				pat = p
			}
			re.WriteString("(" + pat + ")")
			order = append(order, d)
			continue
		}
		if c == ' ' || c == '\t' || c == '\n' {
			for i+1 < len(format) && (format[i+1] == ' ' || format[i+1] == '\t' || format[i+1] == '\n') {
				i++
			}
			re.WriteString(`\s+`)
			continue
		}
		re.WriteString(regexp.QuoteMeta(string(c)))
	}
	rx, err := regexp.Compile(re.String())
	if err != nil {
		return DateTime{}, errorf(python.ValueError, "bad format %s", pyQuote(format))
	}
	m := rx.FindStringSubmatchIndex(s)
	if m == nil {
		return DateTime{}, errorf(python.ValueError, "time data %s does not match format %s", pyQuote(s), pyQuote(format))
	}
	if m[1] != len(s) {
		return DateTime{}, errorf(python.ValueError, "unconverted data remains: %s", s[m[1]:])
	}
	year, month, day, hour, minute, second, us, yday := 1900, 1, 1, 0, 0, 0, 0, -1
	pm, twelve := -1, false
	for k, d := range order {
		text := s[m[2*k+2]:m[2*k+3]]
		n, _ := strconv.Atoi(strings.TrimSpace(text))
		switch d {
		case 'Y':
			year = n
		case 'y':
			if n < 69 {
				year = 2000 + n
			} else {
				year = 1900 + n
			}
		case 'm':
			month = n
		case 'b', 'B':
			l := strings.ToLower(text)
			for i, name := range monthNames {
				if strings.HasPrefix(strings.ToLower(name), l) {
					month = i + 1
					break
				}
			}
		case 'd':
			day = n
		case 'H':
			hour = n
		case 'I':
			hour, twelve = n, true
		case 'p':
			if strings.ToLower(text) == "pm" {
				pm = 1
			} else {
				pm = 0
			}
		case 'M':
			minute = n
		case 'S':
			second = n
		case 'f':
			us, _ = strconv.Atoi(text + strings.Repeat("0", 6-len(text)))
		case 'j':
			yday = n
		}
	}
	if twelve {
		if pm == 1 && hour != 12 {
			hour += 12
		} else if pm == 0 && hour == 12 {
			hour = 0
		}
	}
	if second > 59 {
		second = 59
	}
	if yday > 0 {
		o := Date{year, 1, 1}.Ordinal() + yday - 1
		d, err := DateFromOrdinal(o)
		if err != nil {
			return DateTime{}, err
		}
		month, day = d.Month, d.Day
	}
	return NewDateTime(year, month, day, hour, minute, second, us)
}

func loadDatetime(t *python.Thread) (*python.Module, error) {
	return newModule("datetime", members{
		{"date", DateClass},
		{"datetime", DateTimeClass},
		{"timedelta", TimeDeltaClass},
		{"MINYEAR", python.Int(minYear)},
		{"MAXYEAR", python.Int(maxYear)},
	}), nil
}

func init() {
	dateMethods := members{
		method("fromisoformat", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			if err := noKwargs("fromisoformat", kwargs); err != nil {
				return nil, err
			}
			s, err := isoformatArg(args)
			if err != nil {
				return nil, err
			}
			return parseISODate(s)
		}),
		method("today", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			return DateFromTime(time.Now()), nil
		}),
		method("fromordinal", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			if len(args) != 1 {
				return nil, errorf(python.TypeError, "fromordinal() takes exactly one argument (%d given)", len(args))
			}
			n, err := intArg(args[0])
			if err != nil {
				return nil, err
			}
			if n < 1 {
				return nil, errorf(python.ValueError, "ordinal must be >= 1")
			}
			return DateFromOrdinal(n)
		}),
		method("isoformat", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			d, _, err := dateRecv("isoformat", args)
			if err != nil {
				return nil, err
			}
			return python.Str(d.String()), nil
		}),
		strftimeMethod(func(name string, args python.Tuple) (DateTime, python.Tuple, error) {
			d, rest, err := dateRecv(name, args)
			return DateTime{Date: d}, rest, err
		}),
		method("replace", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			d, rest, err := dateRecv("replace", args)
			if err != nil {
				return nil, err
			}
			vals := []int{d.Year, d.Month, d.Day}
			if err := replaceInts(vals, []string{"year", "month", "day"}, rest, kwargs); err != nil {
				return nil, err
			}
			return NewDate(vals[0], vals[1], vals[2])
		}),
		method("weekday", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			d, _, err := dateRecv("weekday", args)
			return python.Int(d.Weekday()), err
		}),
		method("isoweekday", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			d, _, err := dateRecv("isoweekday", args)
			return python.Int(d.Weekday() + 1), err
		}),
		method("toordinal", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			d, _, err := dateRecv("toordinal", args)
			return python.Int(d.Ordinal()), err
		}),
		method("isocalendar", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			d, _, err := dateRecv("isocalendar", args)
			if err != nil {
				return nil, err
			}
			y, w := d.Time().ISOWeek()
			return newIsoCalendarDate(python.Int(y), python.Int(w), python.Int(d.Weekday()+1)), nil
		}),
		method("__format__", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			if len(args) != 2 {
				return nil, errorf(python.TypeError, "__format__ expects 1 argument")
			}
			spec, err := strArg("__format__", args[1])
			if err != nil {
				return nil, err
			}
			s, err := args[0].(python.HasFormat).Format(t, spec)
			return python.Str(s), err
		}),
		{"min", Date{1, 1, 1}},
		{"max", Date{9999, 12, 31}},
		{"resolution", TimeDelta{Days: 1}},
	}
	_, newIsoCalendarDate = newHostNamedTuple("datetime", "IsoCalendarDate", "year", "week", "weekday")
	DateClass = newClass("date", "datetime", nil, dateMethods)
	DateClass.New = safeNew(func(t *python.Thread, cls *python.Class, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		n, err := bindInts("date", []string{"year", "month", "day"}, 3, args, kwargs)
		if err != nil {
			return nil, err
		}
		return NewDate(n[0], n[1], n[2])
	})

	dtMethods := members{
		method("fromisoformat", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			s, err := isoformatArg(args)
			if err != nil {
				return nil, err
			}
			return parseISODateTime(s)
		}),
		method("now", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			return DateTimeFromTime(time.Now()), nil
		}),
		method("today", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			return DateTimeFromTime(time.Now()), nil
		}),
		method("strptime", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			if err := noKwargs("strptime", kwargs); err != nil {
				return nil, err
			}
			if len(args) != 2 {
				return nil, errorf(python.TypeError, "strptime() takes exactly 2 arguments (%d given)", len(args))
			}
			s, err := strArg("strptime", args[0])
			if err != nil {
				return nil, err
			}
			f, err := strArg("strptime", args[1])
			if err != nil {
				return nil, err
			}
			return strptime(s, f)
		}),
		method("date", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			dt, _, err := dateTimeRecv("date", args)
			return dt.Date, err
		}),
		method("isoformat", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			dt, rest, err := dateTimeRecv("isoformat", args)
			if err != nil {
				return nil, err
			}
			sep := "T"
			if err := python.UnpackArgs("isoformat", rest, kwargs, "sep?", &sep); err != nil {
				return nil, err
			}
			return python.Str(dt.isoformat(sep)), nil
		}),
		strftimeMethod(dateTimeRecv),
		method("replace", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			dt, rest, err := dateTimeRecv("replace", args)
			if err != nil {
				return nil, err
			}
			cur := []int{dt.Year, dt.Month, dt.Day, dt.Hour, dt.Minute, dt.Second, dt.Microsecond}
			if err := replaceInts(cur, dateTimeFields, rest, kwargs); err != nil {
				return nil, err
			}
			return NewDateTime(cur[0], cur[1], cur[2], cur[3], cur[4], cur[5], cur[6])
		}),
		method("timestamp", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			dt, _, err := dateTimeRecv("timestamp", args)
			return python.Float(float64(dt.Time().UnixMicro()) / 1e6), err
		}),
		{"min", DateTime{Date: Date{1, 1, 1}}},
		{"max", DateTime{Date{9999, 12, 31}, 23, 59, 59, 999999}},
	}
	DateTimeClass = newClass("datetime", "datetime", []*python.Class{DateClass}, dtMethods)
	DateTimeClass.New = safeNew(func(t *python.Thread, cls *python.Class, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		n, err := bindInts("datetime", dateTimeFields, 3, args, kwargs)
		if err != nil {
			return nil, err
		}
		return NewDateTime(n[0], n[1], n[2], n[3], n[4], n[5], n[6])
	})

	tdMethods := members{
		method("total_seconds", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			self, _, err := recv("total_seconds", args)
			if err != nil {
				return nil, err
			}
			td, ok := self.(TimeDelta)
			if !ok {
				return nil, errorf(python.TypeError, "total_seconds() requires a timedelta")
			}
			return python.Float(td.totalMicros() / usPerSecond), nil
		}),
		{"min", TimeDelta{Days: -maxDeltaDays}},
		{"max", TimeDelta{maxDeltaDays, secondsPerDay - 1, usPerSecond - 1}},
		{"resolution", TimeDelta{Microseconds: 1}},
	}
	TimeDeltaClass = newClass("timedelta", "datetime", nil, tdMethods)
	TimeDeltaClass.New = safeNew(newTimeDelta)
}

var newIsoCalendarDate func(items ...python.Value) python.Value

// dateRecv extracts the date receiver of a date method (see recv and
// asDate) and returns it with the remaining arguments.
func dateRecv(name string, args python.Tuple) (Date, python.Tuple, error) {
	self, rest, err := recv(name, args)
	if err != nil {
		return Date{}, nil, err
	}
	d, err := asDate(name, self)
	return d, rest, err
}

// dateTimeRecv is dateRecv for datetime methods.
func dateTimeRecv(name string, args python.Tuple) (DateTime, python.Tuple, error) {
	self, rest, err := recv(name, args)
	if err != nil {
		return DateTime{}, nil, err
	}
	dt, err := asDateTime(name, self)
	return dt, rest, err
}

// strftimeMethod is date.strftime and datetime.strftime; get extracts
// the receiver as a datetime.
func strftimeMethod(get func(name string, args python.Tuple) (DateTime, python.Tuple, error)) member {
	return method("strftime", func(t *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		dt, rest, err := get("strftime", args)
		if err != nil {
			return nil, err
		}
		var format string
		if err := python.UnpackArgs("strftime", rest, kwargs, "format", &format); err != nil {
			return nil, err
		}
		return python.Str(strftime(format, dt)), nil
	})
}

// isoformatArg checks the argument of date.fromisoformat and
// datetime.fromisoformat.
func isoformatArg(args python.Tuple) (string, error) {
	if len(args) != 1 {
		return "", errorf(python.TypeError, "fromisoformat() takes exactly one argument (%d given)", len(args))
	}
	s, ok := args[0].(python.Str)
	if !ok {
		return "", errorf(python.TypeError, "fromisoformat: argument must be str")
	}
	return string(s), nil
}

// replaceInts implements the arguments of date.replace and
// datetime.replace: cur holds the current values of the fields names,
// and each one given by position or keyword replaces its value.
func replaceInts(cur []int, names []string, rest python.Tuple, kwargs []python.Kwarg) error {
	n, err := bindInts("replace", names, 0, rest, kwargs)
	if err != nil {
		return err
	}
	for i := range names {
		if _, ok := kwarg(kwargs, names[i]); ok || i < len(rest) {
			cur[i] = n[i]
		}
	}
	return nil
}

func newTimeDelta(t *python.Thread, cls *python.Class, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
	names := []string{"days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"}
	// microseconds per unit
	scale := []int64{usPerDay, usPerSecond, 1, 1000, 60 * usPerSecond, 3600 * usPerSecond, 7 * usPerDay}
	if len(args) > len(names) {
		return nil, errorf(python.TypeError, "timedelta() takes at most 7 arguments (%d given)", len(args))
	}
	vals := make([]python.Value, len(names))
	copy(vals, args)
	for _, kw := range kwargs {
		i := indexOf(names, kw.Name)
		if i < 0 {
			return nil, errorf(python.TypeError, "'%s' is an invalid keyword argument for __new__()", kw.Name)
		}
		vals[i] = kw.Value
	}
	var days, secs, us int64
	var frac float64
	for i, v := range vals {
		if v == nil {
			continue
		}
		if n, ok := toInt(v); ok {
			switch {
			case scale[i] >= usPerDay:
				days += n * (scale[i] / usPerDay)
			case scale[i] >= usPerSecond:
				secs += n * (scale[i] / usPerSecond)
			default:
				us += n * scale[i]
			}
			continue
		}
		f, ok := v.(python.Float)
		if !ok {
			return nil, errorf(python.TypeError, "unsupported type for timedelta %s component: %s", names[i], typeName(v))
		}
		frac += float64(f) * float64(scale[i])
	}
	if frac != 0 {
		w := math.Trunc(frac / usPerDay)
		days += int64(w)
		frac -= w * usPerDay
		us += int64(math.RoundToEven(frac))
	}
	return TimeDelta{days, secs, us}.normalise()
}
