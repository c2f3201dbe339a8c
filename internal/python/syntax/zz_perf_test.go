package syntax

import (
	"strings"
	"testing"
	"time"
)

func TestZZPerf(t *testing.T) {
	cases := map[string]string{
		"fields":   "x = f'" + strings.Repeat("{a}é", 20000) + "'\n",
		"longline": "x = [" + strings.Repeat("a, 'é', ", 50000) + "]\n",
		"deep":     "x = " + strings.Repeat("(", 199) + strings.Repeat(")", 199) + "\n",
		"unary":    "x = " + strings.Repeat("-", 499) + "1\n",
		"unary2":   "x = " + strings.Repeat("-", 100000) + "1\n",
		"lines":    strings.Repeat("x = 1\n", 200000),
		"strs":     "x = (" + strings.Repeat("'abc' ", 50000) + ")\n",
		"errs":     "x = [" + strings.Repeat("[a b ", 150) + "\n",
		"withs":    strings.Repeat("with (a as b):\n pass\n", 10000),
		"nested":   strings.Repeat("[", 190) + strings.Repeat("a if b else ", 300) + "c" + strings.Repeat("]", 190) + "\n",
	}
	for name, src := range cases {
		start := time.Now()
		_, err := Parse("x.py", []byte(src))
		d := time.Since(start)
		msg := ""
		if err != nil {
			msg = err.Error()
			if len(msg) > 80 {
				msg = msg[:80]
			}
		}
		t.Logf("%-10s %8d bytes %v %s", name, len(src), d, msg)
	}
}
