// Package pyjson writes JSON strings byte for byte as Python's json module
// does, for the files and messages whose exact bytes users compare with the
// reference (codelists.json, action config arguments, json.dumps in
// definitions).
package pyjson

import (
	"fmt"
	"strings"
	"unicode/utf16"
)

// Quote returns s as a JSON string literal the way json.dumps writes it:
// the short escapes for '"', '\\', '\n', '\r', '\t', '\b' and '\f', other
// control characters as \u00XX, and, when ensureASCII is set (Python's
// default), every character outside ' '..'~' as lower-case \uXXXX escapes,
// characters beyond the BMP as a UTF-16 surrogate pair.
func Quote(s string, ensureASCII bool) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		case '\b':
			b.WriteString(`\b`)
		case '\f':
			b.WriteString(`\f`)
		default:
			switch {
			case r < 0x20:
				fmt.Fprintf(&b, `\u%04x`, r)
			case ensureASCII && r > 0x7e:
				if r > 0xffff {
					hi, lo := utf16.EncodeRune(r)
					fmt.Fprintf(&b, `\u%04x\u%04x`, hi, lo)
				} else {
					fmt.Fprintf(&b, `\u%04x`, r)
				}
			default:
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}
