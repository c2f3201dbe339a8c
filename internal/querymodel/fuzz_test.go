package querymodel

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzUnmarshal checks that no input makes Unmarshal panic, and that
// whatever it accepts marshals again and decodes to the same value.
func FuzzUnmarshal(f *testing.F) {
	golden, err := os.ReadFile(filepath.Join("testdata", "module.golden.json"))
	if err == nil {
		f.Add(golden)
	}
	f.Add([]byte(`{"value": {"ref": "1"}, "1": {"Function.Not": {"source": {"Value": true}}}}`))
	f.Add([]byte(`{"value": {"frozenset": [{"SNOMEDCTCode": "123456"}]}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		v, err := Unmarshal(data, testRegistry)
		if err != nil {
			return
		}
		n, ok := v.(Node)
		if !ok {
			return
		}
		out, err := Marshal(n)
		if err != nil {
			return // e.g. values Marshal refuses, such as NaN
		}
		back, err := Unmarshal(out, testRegistry)
		if err != nil {
			t.Fatalf("re-decoding failed: %v\n%s", err, out)
		}
		if back != n {
			t.Fatalf("round trip changed the node:\n%s", out)
		}
	})
}
