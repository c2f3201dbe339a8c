package dummydata

import (
	"math/rand/v2"
	"regexp"
	"regexp/syntax"
	"strings"
)

// regexGen produces random strings fully matching a simple regular
// expression: literals, character classes, concatenation, alternation,
// groups and bounded or unbounded repetition (unbounded repeats add at most
// three extra copies). Anchors and word boundaries generate nothing.
type regexGen struct {
	prog *syntax.Regexp
	full *regexp.Regexp
}

func newRegexGen(pattern string) (*regexGen, error) {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return nil, err
	}
	full, err := regexp.Compile(`^(?:` + pattern + `)$`)
	if err != nil {
		return nil, err
	}
	return &regexGen{prog: re.Simplify(), full: full}, nil
}

// generate returns a matching string, or "" and false if ten attempts
// failed (patterns with constructs the generator approximates).
func (g *regexGen) generate(r *rand.Rand) (string, bool) {
	for range 10 {
		var b strings.Builder
		genRegex(&b, g.prog, r)
		if s := b.String(); g.full.MatchString(s) {
			return s, true
		}
	}
	return "", false
}

func genRegex(b *strings.Builder, re *syntax.Regexp, r *rand.Rand) {
	switch re.Op {
	case syntax.OpLiteral:
		for _, c := range re.Rune {
			if re.Flags&syntax.FoldCase != 0 && r.IntN(2) == 0 {
				c = []rune(strings.ToUpper(string(c)))[0]
			}
			b.WriteRune(c)
		}
	case syntax.OpCharClass:
		// Rune holds inclusive ranges in pairs; pick a range weighted by
		// size (capped so a huge range does not dominate), then a rune.
		total := 0
		for i := 0; i+1 < len(re.Rune); i += 2 {
			total += min(int(re.Rune[i+1]-re.Rune[i])+1, 64)
		}
		if total == 0 {
			return
		}
		k := r.IntN(total)
		for i := 0; i+1 < len(re.Rune); i += 2 {
			n := min(int(re.Rune[i+1]-re.Rune[i])+1, 64)
			if k < n {
				b.WriteRune(re.Rune[i] + rune(k))
				return
			}
			k -= n
		}
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		b.WriteByte(byte('a' + r.IntN(26)))
	case syntax.OpCapture:
		genRegex(b, re.Sub[0], r)
	case syntax.OpConcat:
		for _, s := range re.Sub {
			genRegex(b, s, r)
		}
	case syntax.OpAlternate:
		genRegex(b, re.Sub[r.IntN(len(re.Sub))], r)
	case syntax.OpStar, syntax.OpPlus, syntax.OpQuest, syntax.OpRepeat:
		lo, hi := 0, 3
		switch re.Op {
		case syntax.OpPlus:
			lo, hi = 1, 4
		case syntax.OpQuest:
			lo, hi = 0, 1
		case syntax.OpRepeat:
			lo, hi = re.Min, re.Max
			if hi < 0 {
				hi = lo + 3
			}
		}
		n := lo + r.IntN(hi-lo+1)
		for range n {
			genRegex(b, re.Sub[0], r)
		}
	}
}
