package pipeline

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// bigProject builds a machine-generated-looking file with n actions.
func bigProject(n int) []byte {
	var b strings.Builder
	b.WriteString("# DO NOT EDIT: generated\nversion: '4.0'\nactions:\n")
	b.WriteString(dataset)
	for i := range n {
		fmt.Fprintf(&b, "  cox_%d:\n    run: cox-ipw:v0.0.37 --df_input=output/dataset.arrow --exposure=e%d --outcome=o%d\n", i, i, i)
		b.WriteString("    needs: [generate_dataset]\n")
		fmt.Fprintf(&b, "    outputs:\n      moderately_sensitive:\n        results: output/model/cox-%d-*.csv\n", i)
	}
	return []byte(b.String())
}

func TestLargeProjectIsFast(t *testing.T) {
	data := bigProject(2500)
	start := time.Now()
	p, err := Parse("project.yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Actions) != 2501 {
		t.Fatalf("%d actions", len(p.Actions))
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("parsing 2,500 actions took %v", d)
	}
}

func TestAliasBomb(t *testing.T) {
	var b strings.Builder
	b.WriteString("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n")
	for i := 1; i < 10; i++ {
		fmt.Fprintf(&b, "a%d: &a%d [*a%d, *a%d, *a%d, *a%d, *a%d, *a%d, *a%d, *a%d, *a%d, *a%d]\n", i, i, i-1, i-1, i-1, i-1, i-1, i-1, i-1, i-1, i-1, i-1)
	}
	_, err := Parse("project.yaml", []byte(b.String()))
	if err == nil || !strings.Contains(err.Error(), "too large") {
		t.Fatalf("err = %v", err)
	}
}

func BenchmarkParseLarge(b *testing.B) {
	data := bigProject(2500)
	for b.Loop() {
		if _, err := Parse("project.yaml", data); err != nil {
			b.Fatal(err)
		}
	}
}
