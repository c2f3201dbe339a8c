package pipeline

import (
	"math"
	"math/big"
	"strings"

	"github.com/opensafely-go/opensafely/internal/pyjson"
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
			s = pyjson.Quote(s, true)
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
	return pyjson.Quote(n.str, true)
}
