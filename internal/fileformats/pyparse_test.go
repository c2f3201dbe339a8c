package fileformats

import (
	"math"
	"testing"
)

// Expected results are Python 3.11's int(), float() and
// datetime.date.fromisoformat().

func TestParsePyInt(t *testing.T) {
	ok := map[string]int64{
		"0": 0, "-0": 0, "007": 7, "+5": 5, " 12 ": 12, "\t-3\n": -3, "1_000": 1000,
		"１２": 12, "9223372036854775807": math.MaxInt64, "-9223372036854775808": math.MinInt64,
		"123456789012345678": 123456789012345678,
	}
	for in, want := range ok {
		if got, err := parsePyInt([]byte(in)); err != nil || got != want {
			t.Errorf("parsePyInt(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	bad := map[string]string{
		"1__0":                "invalid literal for int() with base 10: '1__0'",
		"_1":                  "invalid literal for int() with base 10: '_1'",
		"1_":                  "invalid literal for int() with base 10: '1_'",
		"0x10":                "invalid literal for int() with base 10: '0x10'",
		"1.0":                 "invalid literal for int() with base 10: '1.0'",
		"-":                   "invalid literal for int() with base 10: '-'",
		"1 2":                 "invalid literal for int() with base 10: '1 2'",
		"--1":                 "invalid literal for int() with base 10: '--1'",
		"9223372036854775808": "integer out of range for a 64-bit int: '9223372036854775808'",
	}
	for in, want := range bad {
		if _, err := parsePyInt([]byte(in)); err == nil || err.Error() != want {
			t.Errorf("parsePyInt(%q) error = %v, want %q", in, err, want)
		}
	}
}

func TestParsePyFloat(t *testing.T) {
	ok := map[string]float64{
		"1.5": 1.5, " 1.5 ": 1.5, "1_000.5": 1000.5, "inf": math.Inf(1), "-Infinity": math.Inf(-1),
		"iNf": math.Inf(1), "infinity ": math.Inf(1), "1e5": 1e5, "1E+05": 1e5, ".5": 0.5, "5.": 5,
		"-0": math.Copysign(0, -1), "1e400": math.Inf(1), "1e-400": 0, "0.1": 0.1, "１.５": 1.5,
	}
	for in, want := range ok {
		got, err := parsePyFloat([]byte(in))
		if err != nil || got != want || math.Signbit(got) != math.Signbit(want) {
			t.Errorf("parsePyFloat(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, in := range []string{"nan", "+NaN", "-nan"} {
		if got, err := parsePyFloat([]byte(in)); err != nil || !math.IsNaN(got) {
			t.Errorf("parsePyFloat(%q) = %v, %v", in, got, err)
		}
	}
	for _, in := range []string{"1_e5", "0x1p3", "1e", "1.5_", "1__5", "abc", ".", "e5", "1.2.3", "in f", "--1", "1e5.0"} {
		want := "could not convert string to float: " + pyRepr(in)
		if _, err := parsePyFloat([]byte(in)); err == nil || err.Error() != want {
			t.Errorf("parsePyFloat(%q) error = %v, want %q", in, err, want)
		}
	}
}

func TestParseISODate(t *testing.T) {
	ok := map[string]string{
		"2020-01-01": "2020-01-01",
		"20200101":   "2020-01-01",
		"2020-W01":   "2019-12-30",
		"2020W011":   "2019-12-30",
		"2020-W53-1": "2020-12-28",
		"2020W531":   "2020-12-28",
		"2020W537":   "2021-01-03",
		"2020010100": "2020-01-01", // trailing characters ignored, as in CPython
		"2020W01123": "2019-12-30",
		"2020-02-29": "2020-02-29",
		"0001-01-01": "0001-01-01",
		"9999-12-31": "9999-12-31",
	}
	for in, want := range ok {
		got, err := parseISODate([]byte(in))
		if err != nil || got.String() != want {
			t.Errorf("parseISODate(%q) = %v, %v; want %s", in, got, err, want)
		}
	}
	bad := map[string]string{
		"2020-02-30":       "day is out of range for month",
		"2019-02-29":       "day is out of range for month",
		"2020-12-00":       "day is out of range for month",
		"20201234":         "day is out of range for month",
		"2020-13-01":       "month must be in 1..12",
		"2020-00-10":       "month must be in 1..12",
		"0000-01-01":       "year 0 is out of range",
		"9999-W52-7":       "year 10000 is out of range",
		"2020-1-01":        "Invalid isoformat string: '2020-1-01'",
		" 2020-01-01":      "Invalid isoformat string: ' 2020-01-01'",
		"2020-01-01 ":      "Invalid isoformat string: '2020-01-01 '",
		"abc":              "Invalid isoformat string: 'abc'",
		"2020-01-01T00:00": "Invalid isoformat string: '2020-01-01T00:00'",
		"2020-001":         "Invalid isoformat string: '2020-001'",
		"2021-W53-1":       "Invalid isoformat string: '2021-W53-1'",
		"2020-W01-8":       "Invalid isoformat string: '2020-W01-8'",
		"2020-W00":         "Invalid isoformat string: '2020-W00'",
		"2020-W01x1":       "Invalid isoformat string: '2020-W01x1'",
		"2020-0101":        "Invalid isoformat string: '2020-0101'",
		"2020-W5":          "Invalid isoformat string: '2020-W5'",
		"2020/01/01":       "Invalid isoformat string: '2020/01/01'",
		"202０-01-01":       "Invalid isoformat string: '202０-01-01'",
	}
	for in, want := range bad {
		if _, err := parseISODate([]byte(in)); err == nil || err.Error() != want {
			t.Errorf("parseISODate(%q) error = %v, want %q", in, err, want)
		}
	}
}

func TestDateDays(t *testing.T) {
	for _, d := range []string{"1970-01-01", "1969-12-31", "0001-01-01", "9999-12-31", "2000-02-29", "1900-03-01"} {
		cd, err := parseISODate([]byte(d))
		if err != nil {
			t.Fatal(err)
		}
		if back := daysToDate(int64(dateToDays(cd))); back != cd {
			t.Errorf("%s -> %d -> %v", d, dateToDays(cd), back)
		}
	}
	if got := dateToDays(date(1970, 1, 2)); got != 1 {
		t.Errorf("1970-01-02 is day %d", got)
	}
	if got := dateToDays(date(1, 1, 1)); got != -719162 {
		t.Errorf("0001-01-01 is day %d", got)
	}
}
