package codes

import (
	"errors"
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	tests := []struct {
		system System
		valid  []string
		bad    []string
	}{
		{SNOMEDCT, []string{"123456", "415270003", "123456789012345678"},
			[]string{"", "12345", "012345", "1234567890123456789", "12345a", " 123456"}},
		{DMD, []string{"100000", "39113611000001102"},
			[]string{"99999", "0123456", "abc123"}},
		{CTV3, []string{"XaIJc", "Y1234", "ab12.", "abc..", "ab...", "12345"},
			[]string{"", "abcd", "a....", "abcdef", "ab.c.", "ab-12"}},
		{ICD10, []string{"A01", "A012", "A0123", "A01X", "A01X2", "Z99"},
			[]string{"A0", "a01", "A01.2", "A01234", "A01XX", "01A", "AB1"}},
		{OPCS4, []string{"A01", "H123", "Z999"},
			[]string{"I01", "A0", "A1234", "A01.1", "a01"}},
		{BNF, []string{"0101010G0AAABAB", "0101010G0BBAAAA", "23965909711", "20000000000"},
			[]string{"", "0101010G0", "24965909711", "2396590971", "3101010G0AAABAB"}},
		{ICD10Multi, []string{"M", "M0", "M06", "M069", "M0691", "E11X", "E11X9"},
			[]string{"", "m06", "M06912", "M0X", "M06XX"}},
		{OPCS4Multi, []string{"A", "A0", "A01", "A012"},
			[]string{"I", "A0123", "a01", ""}},
	}
	for _, tt := range tests {
		t.Run(tt.system.Name(), func(t *testing.T) {
			for _, v := range tt.valid {
				c, err := Parse(tt.system, v)
				if err != nil {
					t.Errorf("Parse(%q): unexpected error %v", v, err)
				} else if c != (Code{tt.system, v}) {
					t.Errorf("Parse(%q) = %#v", v, c)
				}
			}
			for _, v := range tt.bad {
				_, err := Parse(tt.system, v)
				var ice *InvalidCodeError
				if !errors.As(err, &ice) {
					t.Errorf("Parse(%q): got %v, want *InvalidCodeError", v, err)
				}
			}
		})
	}
}

func TestInvalidCodeMessages(t *testing.T) {
	tests := []struct {
		system System
		value  string
		want   string
	}{
		{SNOMEDCT, "xyz", "Invalid SNOMEDCTCode: xyz"},
		{CTV3, "xyz", "Invalid CTV3Code: xyz"},
		{ICD10, "A01.1", "Invalid ICD10Code: A01.1"},
		{OPCS4, "I01", "Invalid OPCS4Code: I01"},
		{DMD, "1", "Invalid DMDCode: 1"},
		{BNF, "x", "Invalid BNFCode: x"},
		{ICD10Multi, "m", "Expecting a ICD10Code, or a string prefix of a ICD10Code"},
		{OPCS4Multi, "I", "Expecting a OPCS4Code, or a string prefix of a OPCS4Code"},
	}
	for _, tt := range tests {
		_, err := Parse(tt.system, tt.value)
		if err == nil || err.Error() != tt.want {
			t.Errorf("Parse(%v, %q) error = %v, want %q", tt.system, tt.value, err, tt.want)
		}
	}
}

func TestLookupAndNames(t *testing.T) {
	for _, s := range Systems() {
		got, ok := Lookup(s.Name())
		if !ok || got != s {
			t.Errorf("Lookup(%q) = %v, %v", s.Name(), got, ok)
		}
		if strings.HasPrefix(s.Name(), "System(") {
			t.Errorf("system %d has no name", s)
		}
	}
	if _, ok := Lookup("ReadV2Code"); ok {
		t.Error("Lookup found an unsupported system")
	}
	if System(0).IsValid() || System(0).Valid("123456") {
		t.Error("zero System should be invalid")
	}
	if !ICD10Multi.IsMulti() || ICD10Multi.Element() != ICD10 || SNOMEDCT.IsMulti() {
		t.Error("multi-code-string metadata wrong")
	}
}
