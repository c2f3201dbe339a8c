package ehrql

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/opensafely-go/opensafely/internal/loader"
	"github.com/opensafely-go/opensafely/internal/querymodel"
	"github.com/opensafely-go/opensafely/internal/tables"
)

var update = flag.Bool("update", false, "rewrite the golden files of TestGoldenDefinitions")

// TestGoldenDefinitions loads every testdata/definitions/analysis/d*.py
// (the project root is testdata/definitions; a first line
// "# args: ..." gives user arguments) and compares the serialised
// ModuleDetails with testdata/golden/<name>.json.
func TestGoldenDefinitions(t *testing.T) {
	root, err := filepath.Abs("testdata/definitions")
	if err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob(filepath.Join(root, "analysis", "d*.py"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 20 {
		t.Fatalf("found %d definitions, want at least 20", len(files))
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".py")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			var args []string
			if first, _, _ := strings.Cut(string(src), "\n"); strings.HasPrefix(first, "# args:") {
				args = strings.Fields(strings.TrimPrefix(first, "# args:"))
			}
			md, err := Load(loader.Options{Path: "analysis/" + name + ".py", Root: root, Args: args, Env: map[string]string{}})
			if err != nil {
				t.Fatal(err)
			}
			data, err := querymodel.Marshal(md)
			if err != nil {
				t.Fatal(err)
			}
			// The output must read back through the table registry unchanged.
			back, err := querymodel.UnmarshalModule(data, tables.Registry)
			if err != nil {
				t.Fatalf("unmarshal: %v", err)
			}
			again, err := querymodel.Marshal(back)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(again, data) {
				t.Errorf("round trip changed the serialisation")
			}
			var pretty bytes.Buffer
			if err := json.Indent(&pretty, data, "", " "); err != nil {
				t.Fatal(err)
			}
			pretty.WriteByte('\n')
			golden := filepath.Join("testdata", "golden", name+".json")
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, pretty.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -run TestGoldenDefinitions -update)", err)
			}
			if !bytes.Equal(pretty.Bytes(), want) {
				t.Errorf("serialised definition differs from %s (run with -update to accept)", golden)
			}
		})
	}
}
