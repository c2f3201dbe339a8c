package syntax

// This file parses string literals: adjacent literals are concatenated,
// and f-strings are split into literal parts and replacement fields whose
// expressions are parsed by a sub-parser over the same source bytes, so
// that their positions are exact. The rules follow Python 3.11: a field's
// expression may not contain a backslash, a comment, or the quote
// character of the enclosing literal.

import (
	"strings"
	"unicode/utf8"
)

// maxFieldNesting is the deepest f-string field nesting allowed, counting
// fields inside format specs (Python allows one level of nesting).
const maxFieldNesting = 2

// fstringBuilder accumulates the parts of a JoinedStr.
type fstringBuilder struct {
	parts []Expr
	lit   strings.Builder
	litAt Pos
}

func (b *fstringBuilder) addLiteral(s string, pos Pos) {
	if s == "" {
		return
	}
	if b.lit.Len() == 0 {
		b.litAt = pos
	}
	b.lit.WriteString(s)
}

func (b *fstringBuilder) flush() {
	if b.lit.Len() > 0 {
		b.parts = append(b.parts, &Constant{ValuePos: b.litAt, Value: b.lit.String()})
		b.lit.Reset()
	}
}

// parseStrings parses a run of adjacent string literals.
func (p *parser) parseStrings() Expr {
	pos := p.tok.pos
	hasF := false
	var b fstringBuilder
	for i := 0; p.tok.kind == STRING || p.tok.kind == FSTRING; i++ {
		t := p.tok
		if t.bytes {
			if i > 0 {
				p.errorAt(t.pos, "cannot mix bytes and nonbytes literals")
			}
			p.errorAt(t.pos, "bytes literals are not supported")
		}
		if t.kind == STRING {
			if t.errMsg != "" {
				p.errorAt(t.pos, "%s", t.errMsg)
			}
			b.addLiteral(t.str, t.pos)
		} else {
			hasF = true
			p.parseFString(&b, t)
		}
		p.next()
	}
	if !hasF {
		s := b.lit.String()
		return p.alloc.constant(pos, s)
	}
	b.flush()
	j := p.alloc.joined.alloc()
	j.StrPos, j.Values = pos, b.parts
	return j
}

// lineTracker maps byte offsets inside a multi-line token to positions.
type lineTracker struct {
	src       []byte
	off       int
	line      int32
	lineStart int

	// column cache: colVal is the column of byte offset colOff
	colOff int
	colVal int32
}

func (lt *lineTracker) advance(to int) {
	for k := lt.off; k < to; k++ {
		c := lt.src[k]
		if c == '\n' || c == '\r' && (k+1 >= len(lt.src) || lt.src[k+1] != '\n') {
			lt.line++
			lt.lineStart = k + 1
		}
	}
	if to > lt.off {
		lt.off = to
	}
}

func (lt *lineTracker) pos(off int) Pos {
	lt.advance(off)
	if lt.colOff < lt.lineStart || off < lt.colOff {
		lt.colOff, lt.colVal = lt.lineStart, 1
	}
	lt.colVal += int32(utf8.RuneCount(lt.src[lt.colOff:off]))
	lt.colOff = off
	return Pos{Line: lt.line, Col: lt.colVal}
}

// parseFString adds the parts of f-string token t to b.
func (p *parser) parseFString(b *fstringBuilder, t token) {
	lt := &lineTracker{src: p.src, off: t.off, line: t.pos.Line, lineStart: t.lineStart, colOff: -1}
	end := p.fstringParts(b, t, lt, t.bodyOff, t.bodyEnd, 0)
	if end != t.bodyEnd {
		p.fstringError(t, "single '}' is not allowed")
	}
}

// fstringError reports a malformed f-string. Like CPython 3.11 it gives
// the line on which the string token ends.
func (p *parser) fstringError(t token, format string, args ...any) {
	line := t.pos.Line
	for _, c := range p.src[t.off:t.end] {
		if c == '\n' {
			line++
		}
	}
	if line == t.pos.Line {
		for i := t.off; i < t.end; i++ {
			if p.src[i] == '\r' {
				line++
			}
		}
	}
	if !strings.HasPrefix(format, "f-string") {
		format = "f-string: " + format
	}
	p.errorAt(Pos{Line: line, Col: 1}, format, args...)
}

// decodeLiteral decodes a literal chunk of an f-string.
func (p *parser) decodeLiteral(t token, chunk []byte) string {
	if t.raw {
		return normalizeNewlines(chunk)
	}
	v, msg := decodeEscapes(chunk)
	if msg != "" {
		p.errorAt(t.pos, "%s", msg)
	}
	return v
}

// fstringParts parses literal text and fields in src[i:end] at the given
// nesting depth (0 for the top level, 1 inside a format spec). It returns
// the offset where it stopped: end, or the offset of a '}' that closes a
// format spec (depth > 0) or is a lone '}' (depth 0).
func (p *parser) fstringParts(b *fstringBuilder, t token, lt *lineTracker, i, end, depth int) int {
	src := p.src
	for i < end {
		// Literal chunk up to the next brace.
		j := i
		for j < end && src[j] != '{' && src[j] != '}' {
			j++
		}
		if j > i {
			b.addLiteral(p.decodeLiteral(t, src[i:j]), lt.pos(i))
			i = j
		}
		if i >= end {
			break
		}
		if src[i] == '{' && i+1 < end && src[i+1] == '{' && depth == 0 {
			b.addLiteral("{", lt.pos(i))
			i += 2
			continue
		}
		if src[i] == '}' {
			if i+1 < end && src[i+1] == '}' && depth == 0 {
				b.addLiteral("}", lt.pos(i))
				i += 2
				continue
			}
			if depth == 0 {
				p.fstringError(t, "single '}' is not allowed")
			}
			return i
		}
		// A replacement field.
		i = p.fstringField(b, t, lt, i, end, depth)
	}
	return i
}

// fstringField parses the field whose '{' is at src[i] and returns the
// offset just past its closing '}'.
func (p *parser) fstringField(b *fstringBuilder, t token, lt *lineTracker, i, end, depth int) int {
	src := p.src
	if depth >= maxFieldNesting {
		p.fstringError(t, "expressions nested too deeply")
	}
	bracePos := lt.pos(i)
	start := i + 1
	k := start
	var quote byte
	tripleQuote := false
	var stack []byte
scan:
	for ; k < end; k++ {
		c := src[k]
		if c == '\\' {
			p.fstringError(t, "f-string expression part cannot include a backslash")
		}
		if quote != 0 {
			if c == quote {
				if !tripleQuote {
					quote = 0
				} else if k+2 < end && src[k+1] == c && src[k+2] == c {
					k += 2
					quote = 0
				}
			}
			continue
		}
		switch c {
		case '\'', '"':
			if k+2 < end && src[k+1] == c && src[k+2] == c {
				tripleQuote = true
				k += 2
			} else {
				tripleQuote = false
			}
			quote = c
		case '(', '[', '{':
			if len(stack) >= 200 {
				p.fstringError(t, "too many nested parenthesis")
			}
			stack = append(stack, c)
		case ')', ']', '}':
			if len(stack) == 0 {
				if c == '}' {
					break scan
				}
				p.fstringError(t, "unmatched '%c'", c)
			}
			open := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if want, _ := closeTok(c); want != open {
				p.fstringError(t, "closing parenthesis '%c' does not match opening parenthesis '%c'", c, open)
			}
		case '#':
			p.fstringError(t, "f-string expression part cannot include '#'")
		case '=', '!', '<', '>':
			if k+1 < end && src[k+1] == '=' {
				k++
				continue
			}
			if len(stack) == 0 && (c == '=' || c == '!') {
				break scan
			}
		case ':':
			if len(stack) == 0 {
				break scan
			}
		}
	}
	if quote != 0 {
		p.fstringError(t, "unterminated string")
	}
	if k >= end {
		if len(stack) > 0 {
			p.fstringError(t, "unmatched '%c'", stack[len(stack)-1])
		}
		p.fstringError(t, "expecting '}'")
	}
	exprEnd := k
	if isBlank(src[start:exprEnd]) {
		if src[k] == '!' {
			p.fstringError(t, "expression required before '!'")
		}
		p.fstringError(t, "empty expression not allowed")
	}
	expr := p.parseFieldExpr(t, lt, start, exprEnd)

	fv := p.alloc.fvals.alloc()
	fv.ValuePos, fv.Value = bracePos, expr
	if src[k] == '=' {
		// Self-documenting field: the text up to and including '=' and
		// any following spaces is emitted literally.
		k++
		for k < end && (src[k] == ' ' || src[k] == '\t') {
			k++
		}
		b.addLiteral(string(src[start:k]), bracePos)
		if k < end && src[k] != '!' && src[k] != ':' {
			fv.Conversion = 'r'
		}
		if k < end && src[k] == '}' {
			fv.Conversion = 'r'
		}
	}
	if k < end && src[k] == '!' {
		if k+1 >= end {
			p.fstringError(t, "expecting '}'")
		}
		switch src[k+1] {
		case 's', 'r', 'a':
			fv.Conversion = rune(src[k+1])
		default:
			p.fstringError(t, "invalid conversion character: expected 's', 'r', or 'a'")
		}
		k += 2
	}
	if k < end && src[k] == ':' {
		var spec fstringBuilder
		specStart := k + 1
		k = p.fstringParts(&spec, t, lt, specStart, end, depth+1)
		spec.flush()
		fv.FormatSpec = p.alloc.joined.alloc()
		fv.FormatSpec.StrPos, fv.FormatSpec.Values = lt.pos(specStart), spec.parts
	}
	if k >= end || src[k] != '}' {
		p.fstringError(t, "expecting '}'")
	}
	b.flush()
	b.parts = append(b.parts, fv)
	return k + 1
}

func isBlank(b []byte) bool {
	for _, c := range b {
		if c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' {
			return false
		}
	}
	return true
}

// parseFieldExpr parses the expression src[start:end] of an f-string field.
func (p *parser) parseFieldExpr(t token, lt *lineTracker, start, end int) Expr {
	startPos := lt.pos(start)
	sub := &parser{
		alloc:    p.alloc,
		filename: p.filename,
		src:      p.src,
		inFunc:   p.inFunc,
		fstring:  true,
	}
	sub.sc = newFieldScanner(p.filename, p.src, start, end, lt.line, lt.lineStart, startPos.Col)
	sub.sc.names = p.sc.names
	defer func() {
		// Tokenizer errors inside a field are found while parsing the
		// enclosing literal, so they are parse errors here.
		if r := recover(); r != nil {
			if se, ok := r.(scanError); ok {
				se.scanner = false
				panic(se)
			}
			panic(r)
		}
	}()
	sub.next()
	x := sub.parseStarExprsOrYield()
	if s, ok := x.(*Starred); ok {
		sub.errorAt(s.Pos(), "cannot use starred expression here")
	}
	if sub.tok.kind != EOF {
		sub.expectSeparator(x)
	}
	if sub.compErr != nil && p.compErr == nil {
		p.compErr = sub.compErr
	}
	return x
}
