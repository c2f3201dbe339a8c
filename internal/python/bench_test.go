package python

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// definitionLike generates a definition-like program of about n lines that
// uses only the language and builtins.
func definitionLike(n int) string {
	var b strings.Builder
	b.WriteString(`"""A generated definition-like file."""

class Frame:
    def __init__(self, name, columns=None):
        self.name = name
        self.columns = columns or {}

    def add(self, key, value):
        self.columns[key] = value
        return self

    def describe(self):
        return f"{self.name}: {len(self.columns)} columns"


def make_codes(prefix, n=10, pad=True):
    codes = [f"{prefix}{i:02d}" for i in range(n)]
    if pad:
        codes = codes + [c + "X" for c in codes if len(c) == 3]
    return codes


def band(age, bands=(18, 40, 65, 80)):
    label = "unknown"
    for lower in bands:
        if age >= lower:
            label = f"{lower}+"
    return label


dataset = Frame("dataset")
registry = {}
`)
	i := 0
	for strings.Count(b.String(), "\n") < n {
		fmt.Fprintf(&b, `
# block %[1]d
codes_%[1]d = make_codes("C%[1]d", n=%[2]d)
groups_%[1]d = {"g" + str(k): [c for c in codes_%[1]d if c.endswith(str(k))] for k in range(5)}
total_%[1]d = 0
for name, members in groups_%[1]d.items():
    total_%[1]d += len(members)
    registry.setdefault(name, []).extend(members)
dataset.add("v%[1]d", band(%[3]d) + "_" + str(total_%[1]d))
def helper_%[1]d(x, y=2, *, scale=1):
    parts = []
    for j in range(x):
        if j %% 2 == 0:
            parts.append(j * y * scale)
        else:
            parts.append(-j)
    return sum(parts)
values_%[1]d = [helper_%[1]d(k, scale=2) for k in range(8)]
summary_%[1]d = {"name": "block%[1]d", "values": values_%[1]d, "max": max(values_%[1]d)}
label_%[1]d = "x" if summary_%[1]d["max"] > 10 else "y"
frame_%[1]d = Frame(f"frame{%[1]d}", {"a": 1}).add("b", %[1]d)
`, i, 10+i%7, 20+i%70)
		i++
	}
	b.WriteString("print(dataset.describe(), len(registry))\n")
	return b.String()
}

func BenchmarkRunDefinitionLike(b *testing.B) {
	src := definitionLike(2500)
	dir := b.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "dataset_definition.py"), []byte(src), 0o644); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		in := New(Options{Root: dir})
		if _, err := in.RunFile("dataset_definition.py"); err != nil {
			b.Fatal(err)
		}
	}
}

func TestDefinitionLikeRuns(t *testing.T) {
	src := definitionLike(2500)
	out, err := runFiles(t, map[string]string{"d.py": src}, "d.py", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(out, "dataset: ") {
		t.Errorf("output %q", out)
	}
}
