package pyjson

import "testing"

// The expectations are what CPython 3.11's json.dumps prints.
func TestQuote(t *testing.T) {
	for _, c := range []struct {
		in          string
		ascii, utf8 string
	}{
		{"plain", `"plain"`, `"plain"`},
		{"quote\" back\\slash", `"quote\" back\\slash"`, `"quote\" back\\slash"`},
		{"\n\r\t\b\f", `"\n\r\t\b\f"`, `"\n\r\t\b\f"`},
		{"\x01\x1f", `"\u0001\u001f"`, `"\u0001\u001f"`},
		{"\x7f", `"\u007f"`, "\"\x7f\""},
		{"café", `"caf\u00e9"`, `"café"`},
		{"€", `"\u20ac"`, `"€"`},
		{"😀", `"\ud83d\ude00"`, `"😀"`},
	} {
		if got := Quote(c.in, true); got != c.ascii {
			t.Errorf("Quote(%q, true) = %s, want %s", c.in, got, c.ascii)
		}
		if got := Quote(c.in, false); got != c.utf8 {
			t.Errorf("Quote(%q, false) = %s, want %s", c.in, got, c.utf8)
		}
	}
}
