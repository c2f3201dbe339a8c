package syntax

import (
	"fmt"
	"strings"
	"testing"
)

// scanAll returns the tokens of src as a space-separated string, with
// values for names, numbers and strings; or the error.
func scanAll(src string) (out string, err error) {
	sc := newScanner("test.py", []byte(src))
	defer func() {
		if r := recover(); r != nil {
			se := r.(scanError)
			err = se.err
		}
	}()
	var parts []string
	for {
		t := sc.next()
		if t.errMsg != "" {
			return "", &Error{Filename: "test.py", Pos: t.pos, Kind: "SyntaxError", Msg: t.errMsg}
		}
		var s string
		switch t.kind {
		case NAME:
			s = t.str
		case INT:
			if t.bval != nil {
				s = "big:" + t.bval.String()
			} else {
				s = fmt.Sprint(t.ival)
			}
		case FLOAT:
			s = fmt.Sprintf("%gf", t.fval)
		case STRING:
			s = fmt.Sprintf("%q", t.str)
		case FSTRING:
			s = fmt.Sprintf("f%q", t.str)
		case NEWLINE:
			s = "NL"
		case INDENT:
			s = "IN"
		case DEDENT:
			s = "DE"
		case EOF:
			s = "EOF"
		default:
			s = t.kind.String()
		}
		parts = append(parts, s)
		if t.kind == EOF {
			break
		}
	}
	return strings.Join(parts, " "), nil
}

func TestScan(t *testing.T) {
	tests := []struct{ src, want string }{
		{"", "EOF"},
		{"\n\n# c\n", "EOF"},
		{"x", "x NL EOF"},
		{"x = 1\n", "x = 1 NL EOF"},
		{"if a:\n    b\n", "if a : NL IN b NL DE EOF"},
		{"if a:\n    b\n\n    # c\n  # d\n    c\nd", "if a : NL IN b NL c NL DE d NL EOF"},
		{"if a:\n  if b:\n    c\nd\n", "if a : NL IN if b : NL IN c NL DE DE d NL EOF"},
		{"if a:\n  if b:\n    c\n", "if a : NL IN if b : NL IN c NL DE DE EOF"},
		{"(a,\n  b)\nc", "( a , b ) NL c NL EOF"},
		{"[a,\n\n# x\n b]", "[ a , b ] NL EOF"},
		{"a = \\\n  1", "a = 1 NL EOF"},
		{"a;b", "a ; b NL EOF"},
		{"x\r\ny\r\n", "x NL y NL EOF"},
		{"x\ry", "x NL y NL EOF"},

		// Numbers.
		{"0 7 1_000 0x1F 0o17 0b1_01 0X_f", "0 7 1000 31 15 5 15 NL EOF"},
		{"00 0_0", "0 0 NL EOF"},
		{"1.5 .5 5. 1e-3 1E+3 1_000.5 1.5e1_0", "1.5f 0.5f 5f 0.001f 1000f 1000.5f 1.5e+10f NL EOF"},
		{"1e400", "+Inff NL EOF"},
		{"9223372036854775807", "9223372036854775807 NL EOF"},
		{"1 .real", "1 . real NL EOF"},
		{"1if x", "1 if x NL EOF"},

		// Operators.
		{"+ - * / // % ** @ & | ^ ~ << >> < > <= >= == != = -> ... . : :=",
			"+ - * / // % ** @ & | ^ ~ << >> < > <= >= == != = -> ... . : := NL EOF"},
		{"+= -= *= /= //= %= **= @= &= |= ^= <<= >>=", "+= -= *= /= //= %= **= @= &= |= ^= <<= >>= NL EOF"},
		{"a**-b", "a ** - b NL EOF"},

		// Keywords and names.
		{"and as assert async await break class continue def del elif else except False finally for from global if import in is lambda None nonlocal not or pass raise return True try while with yield",
			"and as assert async await break class continue def del elif else except False finally for from global if import in is lambda None nonlocal not or pass raise return True try while with yield NL EOF"},
		{"match case _ print éclair x1", "match case _ print éclair x1 NL EOF"},

		// Strings.
		{`'a' "b" '''c''' """d"""`, `"a" "b" "c" "d" NL EOF`},
		{`'it''s'`, `"it" "s" NL EOF`},
		{`'\n\t\r\\\'\"\a\b\f\v\0'`, `"\n\t\r\\'\"\a\b\f\v\x00" NL EOF`},
		{`'\101\x41\u0041\U00000041\d'`, `"AAAA\\d" NL EOF`},
		{`'\u00e9\U0001F600'`, `"é😀" NL EOF`},
		{`r'\n\'' R"\d"`, `"\\n\\'" "\\d" NL EOF`},
		{`u'x' U"y"`, `"x" "y" NL EOF`},
		{"'''a\nb'''", `"a\nb" NL EOF`},
		{"'a\\\nb'", `"ab" NL EOF`},
		{"'''a\r\nb'''", `"a\nb" NL EOF`},
		{`f'a{b}' rf'\n' Fr"x" fR'y'`, `f"a{b}" f"\\n" f"x" f"y" NL EOF`},
		{`f'{a["b"]}'`, `f"{a[\"b\"]}" NL EOF`},
	}
	for _, test := range tests {
		got, err := scanAll(test.src)
		if err != nil {
			t.Errorf("scan(%q): %v", test.src, err)
			continue
		}
		if got != test.want {
			t.Errorf("scan(%q):\n got  %s\n want %s", test.src, got, test.want)
		}
	}
}

func TestScanErrors(t *testing.T) {
	tests := []struct{ src, want string }{
		{"if a:\n    b\n  c", "3:3: IndentationError: unindent does not match any outer indentation level"},
		{"if a:\n\tb\n        c\n", "3:9: TabError: inconsistent use of tabs and spaces in indentation"},
		{"if a:\n        b\n\tc\n", "3:2: TabError: inconsistent use of tabs and spaces in indentation"},
		{"if a:\n  \tb\n\tc\n", "3:2: TabError: inconsistent use of tabs and spaces in indentation"},
		{"'abc", "1:1: SyntaxError: unterminated string literal (detected at line 1)"},
		{"x = '''abc\n\n", "1:5: SyntaxError: unterminated triple-quoted string literal (detected at line 2)"},
		{"(", "1:1: SyntaxError: '(' was never closed"},
		{"(]", "1:2: SyntaxError: closing parenthesis ']' does not match opening parenthesis '('"},
		{"(\n]", "2:1: SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' on line 1"},
		{")", "1:1: SyntaxError: unmatched ')'"},
		{"a € b", "1:3: SyntaxError: invalid character '€' (U+20AC)"},
		{"a \u00a0 b", "1:3: SyntaxError: invalid non-printable character U+00A0"},
		{"1abc", "1:1: SyntaxError: invalid decimal literal"},
		{"1_", "1:3: SyntaxError: invalid decimal literal"},
		{"0x", "1:3: SyntaxError: invalid hexadecimal literal"},
		{"0b2", "1:3: SyntaxError: invalid digit '2' in binary literal"},
		{"0o8", "1:3: SyntaxError: invalid digit '8' in octal literal"},
		{"012", "1:1: SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"},
		{"1e", "1:1: SyntaxError: invalid decimal literal"},
		{"1j", "1:1: SyntaxError: imaginary literals are not supported"}, // CPython accepts
		{"1" + strings.Repeat("0", 4300), "1:1: SyntaxError: Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits."},
		{`'\x4'`, `1:1: SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \xXX escape`},
		{`'\U00110000'`, `1:1: SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character`},
		{"x = 1 \\", "1:7: SyntaxError: unexpected EOF while parsing"},
		{"x = 1 \\ y", "1:8: SyntaxError: unexpected character after line continuation character"},
	}
	for _, test := range tests {
		_, err := scanAll(test.src)
		got := ""
		if err != nil {
			got = strings.TrimPrefix(err.Error(), "test.py:")
		}
		if got != test.want {
			t.Errorf("scan(%q):\n got  %s\n want %s", test.src, got, test.want)
		}
	}
}
