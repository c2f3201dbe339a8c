package fileformats

import (
	"math"
	"math/rand/v2"
	"strconv"
	"testing"
)

func TestFormatFloatLikePythonRepr(t *testing.T) {
	// Expected strings from Python's repr().
	tests := []struct {
		f    float64
		want string
	}{
		{0x1.999999999999ap-4, "0.1"},
		{0x1.0000000000000p+1, "2.0"},
		{0x1.4f8b588e368f1p-17, "1e-05"},
		{0x1.1c37937e08000p+53, "1e+16"},
		{0x1.c6bf526340000p+49, "1000000000000000.0"},
		{0x1.b69b4ba630f35p+56, "1.2345678901234568e+17"},
		{0x1.a36e2eb1c432dp-14, "0.0001"},
		{0x1.02e4b6ce5dc68p-13, "0.00012345"},
		{0x1.f75104d551d69p-17, "1.5e-05"},
		{negZero, "-0.0"},
		{0, "0.0"},
		{0x0.0000000000001p-1022, "5e-324"},
		{0x1.fffffffffffffp+1023, "1.7976931348623157e+308"},
		{0x1.5555555555555p-2, "0.3333333333333333"},
		{-0x1.4000000000000p+1, "-2.5"},
		{0x1.0f0cf064dd592p+73, "1e+22"},
		{0x1.1c37937e07fffp+53, "9999999999999998.0"},
		{0x1.9000000000000p+6, "100.0"},
		{0x1.81cd6c8b43958p+13, "12345.678"},
		{0x1.3333333333333p-2, "0.3"},
		{0x1.a36e2eb1c432cp-14, "9.999999999999999e-05"},
		{-0x1.7584a2265b1f5p-740, "-2.522753946247637e-223"},
		{-0x1.13e30d8f16adfp+215, "-5.674664918136216e+64"},
		{0x1.7c4d1c386bbc4p-765, "7.654927133881691e-231"},
		{0x1.feb89414c343cp-541, "2.7715077941825975e-163"},
		{-0x1.e6f447ed4d57bp+45, "-66926478731690.96"},
		{0x1.510617311d8a3p+911, "2.2790121708605243e+274"},
		{0x1.e7696a6cecc1bp+531, "1.3383932992236106e+160"},
		{0x1.f992dc9e9c616p-164, "8.445496795513092e-50"},
		{0x1.42c8218072e8cp+975, "4.026380313612261e+293"},
		{-0x1.06ce60741c7a8p+588, "-1.039999246087972e+177"},
		{0x1.a828dd5f4b3b2p+573, "5.122439992692798e+172"},
		{-0x1.10e766ec9d286p-583, "-3.367304008780077e-176"},
		{0x1.00220546fdad0p+19, "524560.1649158839"},
		{-0x1.e6397c95e5391p+19, "-995787.8932977786"},
		{-0x1.aaa99ca4d95c8p+16, "-109225.61189039715"},
		{0x1.b0b20423be25cp+18, "443080.06468156516"},
		{-0x1.08e171d6b4749p+19, "-542475.5574590947"},
		{0x1.b2d5ac83f4994p+19, "890541.3911078447"},
		{0x1.8804dd4981ad0p+19, "802854.915222967"},
		{-0x1.ca688115fa6f3p+19, "-938820.033932893"},
		{math.Inf(1), "inf"},
		{math.Inf(-1), "-inf"},
		{math.NaN(), "nan"},
	}
	for _, tt := range tests {
		if got := FormatFloat(tt.f); got != tt.want {
			t.Errorf("FormatFloat(%v) = %q, want %q", tt.f, got, tt.want)
		}
	}
}

func TestFormatFloatRoundTrips(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 100000 {
		f := math.Float64frombits(r.Uint64())
		if math.IsNaN(f) || math.IsInf(f, 0) {
			continue
		}
		s := FormatFloat(f)
		back, err := strconv.ParseFloat(s, 64)
		if err != nil || back != f {
			t.Fatalf("%v formatted as %q reads back as %v, %v", f, s, back, err)
		}
	}
}

func TestPyRepr(t *testing.T) {
	tests := []struct {
		v    any
		want string
	}{
		{"plain", "'plain'"},
		{"it's", `"it's"`},
		{`a"b`, `'a"b'`},
		{`both'"`, `'both\'"'`},
		{"tab\t\n\r\x00\x7f\u00e9\u200b\U0001f600\\", `'tab\t\n\r\x00\x7fé\u200b😀\\'`},
		{"\u00a0\u0085", `'\xa0\x85'`},
		{"\U000e0001", `'\U000e0001'`},
		{"\xff", `'\xff'`},
		{int64(-3), "-3"},
		{7, "7"},
		{2.0, "2.0"},
		{true, "True"},
		{nil, "None"},
		{date(2020, 1, 2), "datetime.date(2020, 1, 2)"},
	}
	for _, tt := range tests {
		if got := pyRepr(tt.v); got != tt.want {
			t.Errorf("pyRepr(%#v) = %s, want %s", tt.v, got, tt.want)
		}
	}
}

func TestURLQuote(t *testing.T) {
	for in, want := range map[string]string{
		"dataset":    "dataset",
		"a-b_c.d~e":  "a-b_c.d~e",
		"events/ä b": "events%2F%C3%A4%20b",
		"x:y?z#%":    "x%3Ay%3Fz%23%25",
	} {
		if got := urlQuote(in); got != want {
			t.Errorf("urlQuote(%q) = %q, want %q", in, got, want)
		}
	}
}
