package syntax

import (
	"encoding/json"
	"os"
	"testing"
)

func TestZZCompare(t *testing.T) {
	data, err := os.ReadFile(os.Getenv("CASES"))
	if err != nil {
		t.Skip()
	}
	var cases [][4]any
	json.Unmarshal(data, &cases)
	bad := 0
	for _, c := range cases {
		src := c[0].(string)
		kind, line, msg := c[1].(string), int(c[2].(float64)), c[3].(string)
		_, err := Parse("f", []byte(src))
		gk, gl, gm := "", 0, ""
		if err != nil {
			e := err.(*Error)
			gk, gl, gm = e.Kind, int(e.Pos.Line), e.Msg
		}
		if gk != kind || gl != line || gm != msg {
			bad++
			t.Errorf("%q:\n got  %s %d %q\n want %s %d %q", src, gk, gl, gm, kind, line, msg)
		}
	}
	t.Logf("%d/%d bad", bad, len(cases))
}
