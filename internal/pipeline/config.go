package pipeline

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf16"
)

// pyJSON renders a node as Python's json.dumps renders the value a YAML safe
// loader builds: mappings in order, ", " and ": " separators, non-ASCII
// characters escaped as \uXXXX, non-string keys converted to strings.
func pyJSON(n *node) string {
	var b strings.Builder
	writeJSON(&b, n, false)
	return b.String()
}

func writeJSON(b *strings.Builder, n *node, asKey bool) {
	switch n.kind {
	case kMap:
		b.WriteByte('{')
		for i := range n.keys {
			if i > 0 {
				b.WriteString(", ")
			}
			writeJSON(b, n.keys[i], true)
			b.WriteString(": ")
			writeJSON(b, n.vals[i], false)
		}
		b.WriteByte('}')
	case kSeq:
		b.WriteByte('[')
		for i, it := range n.items {
			if i > 0 {
				b.WriteString(", ")
			}
			writeJSON(b, it, false)
		}
		b.WriteByte(']')
	default:
		s := scalarJSON(n)
		if asKey && !(n.kind == kStr || n.kind == kOther) {
			s = jsonString(s)
		}
		b.WriteString(s)
	}
}

// scalarJSON renders a scalar as json.dumps would; strings are quoted.
func scalarJSON(n *node) string {
	switch n.kind {
	case kNull:
		return "null"
	case kBool:
		if strings.EqualFold(n.str, "true") {
			return "true"
		}
		return "false"
	case kInt:
		s := strings.ReplaceAll(n.str, "_", "")
		if i, ok := new(big.Int).SetString(s, 0); ok {
			return i.String()
		}
	case kFloat:
		if f, ok := toFloat(n); ok {
			switch {
			case math.IsNaN(f):
				return "NaN"
			case math.IsInf(f, 1):
				return "Infinity"
			case math.IsInf(f, -1):
				return "-Infinity"
			}
			return pyFloat(f)
		}
	}
	return jsonString(n.str)
}

// jsonString quotes s as json.dumps does with ensure_ascii.
func jsonString(s string) string {
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
			case r < 0x20 || (r >= 0x7f && r < 0x10000):
				if r < 0x7f {
					b.WriteString(`\u00` + hex2(int(r)))
				} else {
					b.WriteString(u4(int(r)))
				}
			case r >= 0x10000:
				r1, r2 := utf16.EncodeRune(r)
				b.WriteString(u4(int(r1)) + u4(int(r2)))
			default:
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}

func hex2(i int) string {
	s := strconv.FormatInt(int64(i), 16)
	if len(s) < 2 {
		s = "0" + s
	}
	return s
}

func u4(i int) string {
	s := strconv.FormatInt(int64(i), 16)
	return `\u` + strings.Repeat("0", 4-len(s)) + s
}
