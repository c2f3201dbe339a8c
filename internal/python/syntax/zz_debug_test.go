package syntax

import (
	"os"
	"testing"
)

func TestDebugDump(t *testing.T) {
	path := os.Getenv("PYDUMP")
	if path == "" {
		t.Skip()
	}
	src, _ := os.ReadFile(path)
	f, err := Parse(path, src)
	if err != nil {
		t.Logf("ERR %v (%s)", err, err.(*Error).Kind)
		return
	}
	for _, s := range f.Body {
		t.Logf("%s", Dump(s))
	}
}
