package syntax

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var fuzzSeeds = []string{
	"x = 1\n",
	"def f(a, b=1, *c, d, **e):\n    return a if b else [i for i in c if i]\n",
	"class A(B, metaclass=M):\n    x: int = 1\n    def m(self): pass\n",
	"for i, (a, *b) in enumerate(x):\n    if a: continue\n    else: break\nelse:\n    pass\n",
	"try:\n    import a.b as c\nexcept (E, F) as e:\n    raise G from e\nfinally:\n    pass\n",
	"with open(f) as g, h:\n    print(f\"{g!r:>{w}} {h['k']:02d}\", sep='')\n",
	"x = f'''\n{a +\n b}''' 'c' rf\"\\n{d}\"\n",
	"d = {**a, 'b': [1, 2.5, 0x1f, .5e-3]}; s = {1, 2}; t = (); u = (1,)\n",
	"a[1:2, ::3, ...] = b = c; del a[0], b.c\n",
	"lambda *a, **k: (yield)\n",
	"if x:\n\tpass\n  \tpass\n",
	"x = (1 +\n  2 \\\n  + 3)\n",
	"@d\nasync def f(): await x\n",
	"'unterminated\n",
	"f'{a!x}' f'{' f'}' f'{}'\n",
	"x = 1abc + 0b2 + 09\n",
	"nonlocal x\nglobal y\n",
}

func FuzzParse(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
	files, _ := filepath.Glob("../testdata/conformance/*.py")
	for _, path := range files {
		if src, err := os.ReadFile(path); err == nil {
			f.Add(src)
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		file, err := Parse("fuzz.py", src)
		if err != nil {
			e, ok := err.(*Error)
			if !ok {
				t.Fatalf("error of type %T: %v", err, err)
			}
			if strings.HasPrefix(e.Msg, "internal error") {
				t.Fatalf("%v", e)
			}
			if e.Pos.Line < 1 {
				t.Fatalf("error with invalid position: %v", e)
			}
			return
		}
		for _, s := range file.Body {
			Walk(s, func(n Node) bool {
				if p := n.Pos(); p.Line < 1 || p.Col < 1 {
					t.Fatalf("node %s at invalid position %v", Dump(n), p)
				}
				return true
			})
		}
	})
}
