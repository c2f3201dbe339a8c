package syntax

// The scanner turns source bytes into tokens on demand. It tracks bracket
// nesting (newlines inside brackets are not tokens), the stack of
// indentation widths (producing INDENT and DEDENT), and positions as 1-based
// line and code-point column. Errors are raised by panicking with *Error;
// Parse recovers them.

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one scanned token.
type token struct {
	kind      Token
	pos       Pos
	off       int // byte offset of the first byte
	end       int // byte offset just past the token
	lineStart int // byte offset of the first line's start

	str  string   // NAME: identifier; STRING: decoded value; FSTRING: raw body
	ival int64    // INT that fits in 64 bits
	bval *big.Int // INT that does not (ival is then 0)
	fval float64  // FLOAT

	bytes  bool   // STRING: a bytes literal (rejected by the parser)
	errMsg string // STRING: error decoding the escapes

	// FSTRING only.
	raw     bool
	triple  bool
	quote   byte
	bodyOff int // byte offset of the body's first byte
	bodyEnd int
}

// Limits on nesting, as in CPython's tokenizer.
const (
	maxBrackets = 200
	maxIndent   = 100
)

type bracket struct {
	ch  byte
	pos Pos
}

type scanner struct {
	filename string
	src      []byte
	off      int
	limit    int // scanning stops here (len(src) except for f-string fields)

	line      int32
	lineStart int // byte offset of the current line's first byte

	// column cache for the current line
	colOff int
	colVal int32

	brackets []bracket
	names    map[string]string // interned identifiers
	indents  []int
	// altIndents are the same indentation levels measured with tabs as
	// one column; a disagreement between the two is a TabError.
	altIndents []int
	dedents    int  // DEDENT tokens still to deliver
	bol        bool // at the beginning of a logical line
	sawTok     bool // a token other than NEWLINE/INDENT/DEDENT since the last NEWLINE
	eofDone    bool

	// draining is set while scanning the rest of the file after a parse
	// error, looking for a tokenizer error that takes precedence.
	draining bool

	// fstringField is set for a scanner of an f-string replacement field:
	// newlines are insignificant and no indentation is tracked.
	fstringField bool
}

func newScanner(filename string, src []byte) *scanner {
	return &scanner{
		filename:   filename,
		src:        src,
		limit:      len(src),
		line:       1,
		colVal:     1,
		indents:    []int{0},
		altIndents: []int{0},
		bol:        true,
		names:      make(map[string]string, 256),
	}
}

// newFieldScanner returns a scanner for src[start:end], an f-string
// replacement field whose first byte is at the given line, line start
// offset and column.
func newFieldScanner(filename string, src []byte, start, end int, line int32, lineStart int, col int32) *scanner {
	return &scanner{
		filename:     filename,
		src:          src,
		off:          start,
		limit:        end,
		line:         line,
		lineStart:    lineStart,
		colOff:       start,
		colVal:       col,
		fstringField: true,
	}
}

// scanError is the panic value used to abort scanning and parsing.
type scanError struct {
	err     *Error
	scanner bool // raised by the scanner (a tokenizer error in CPython)
	final   bool // not to be overridden by a later tokenizer error
}

const msgLineCont = "unexpected character after line continuation character"

func (s *scanner) errorAt(pos Pos, kind, format string, args ...any) {
	msg := format
	if len(args) > 0 {
		msg = fmt.Sprintf(format, args...)
	}
	panic(scanError{err: &Error{Filename: s.filename, Pos: pos, Kind: kind, Msg: msg}, scanner: true})
}

func (s *scanner) syntaxError(pos Pos, format string, args ...any) {
	s.errorAt(pos, "SyntaxError", format, args...)
}

// posAt returns the position of byte offset off, which must be on the
// current line at or after any previously requested offset on that line.
func (s *scanner) posAt(off int) Pos {
	if s.colOff < s.lineStart || off < s.colOff {
		s.colOff = s.lineStart
		s.colVal = 1
	}
	col := s.colVal
	for i := s.colOff; i < off; i++ {
		if s.src[i]&0xC0 != 0x80 {
			col++
		}
	}
	s.colOff, s.colVal = off, col
	return Pos{Line: s.line, Col: col}
}

// newline records that a newline character ends at offset off (the offset
// of the next line's first byte).
func (s *scanner) newline(off int) {
	s.line++
	s.lineStart = off
}

func (s *scanner) peekByte(i int) byte {
	if s.off+i < s.limit {
		return s.src[s.off+i]
	}
	return 0
}

// next returns the next token.
func (s *scanner) next() token {
	if s.dedents > 0 {
		s.dedents--
		return token{kind: DEDENT, pos: s.posAt(s.off), off: s.off, end: s.off}
	}
	if s.bol && !s.fstringField {
		if t, ok := s.indentation(); ok {
			return t
		}
	}
	for {
		if s.off >= s.limit {
			return s.atEOF()
		}
		c := s.src[s.off]
		switch c {
		case ' ', '\t', '\f':
			s.off++
			continue
		case '#':
			for s.off < s.limit && s.src[s.off] != '\n' && s.src[s.off] != '\r' {
				s.off++
			}
			continue
		case '\\':
			n := s.lineEnd(s.off + 1)
			if n < 0 {
				if s.off+1 >= s.limit {
					s.syntaxError(s.posAt(s.off), "unexpected EOF while parsing")
				}
				s.syntaxError(s.posAt(s.off+1), msgLineCont)
			}
			s.off = n
			s.newline(n)
			if s.off >= s.limit && !s.fstringField {
				s.syntaxError(s.posAt(s.off), "unexpected EOF while parsing")
			}
			continue
		case '\r', '\n':
			pos := s.posAt(s.off)
			start := s.off
			n := s.lineEnd(s.off)
			s.off = n
			s.newline(n)
			if len(s.brackets) > 0 || s.fstringField || !s.sawTok {
				continue
			}
			s.sawTok = false
			s.bol = true
			return token{kind: NEWLINE, pos: pos, off: start, end: n}
		}
		s.sawTok = true
		return s.scanToken()
	}
}

// lineEnd returns the offset just past the newline at off, or -1 if there
// is no newline at off.
func (s *scanner) lineEnd(off int) int {
	if off >= s.limit {
		return -1
	}
	switch s.src[off] {
	case '\n':
		return off + 1
	case '\r':
		if off+1 < s.limit && s.src[off+1] == '\n' {
			return off + 2
		}
		return off + 1
	}
	return -1
}

// indentation handles the start of a logical line: it skips blank and
// comment-only lines and returns an INDENT or DEDENT token if the
// indentation changed.
func (s *scanner) indentation() (token, bool) {
	for {
		width, alt := 0, 0
		i := s.off
	loop:
		for ; i < s.limit; i++ {
			switch s.src[i] {
			case ' ':
				width++
				alt++
			case '\t':
				width = (width/8 + 1) * 8
				alt++
			case '\f':
				width, alt = 0, 0
			default:
				break loop
			}
		}
		if i >= s.limit {
			s.off = i
			return token{}, false // atEOF produces the dedents
		}
		switch s.src[i] {
		case '#':
			for i < s.limit && s.src[i] != '\n' && s.src[i] != '\r' {
				i++
			}
			if n := s.lineEnd(i); n >= 0 {
				s.off = n
				s.newline(n)
				continue
			}
			s.off = i
			return token{}, false
		case '\n', '\r':
			n := s.lineEnd(i)
			s.off = n
			s.newline(n)
			continue
		}
		s.off = i
		s.bol = false
		top := s.indents[len(s.indents)-1]
		pos := s.posAt(i)
		altTop := s.altIndents[len(s.altIndents)-1]
		tabError := func() {
			s.errorAt(pos, "TabError", "inconsistent use of tabs and spaces in indentation")
		}
		if width > top {
			if alt <= altTop {
				tabError()
			}
			if len(s.indents) >= maxIndent {
				s.errorAt(pos, "IndentationError", "too many levels of indentation")
			}
			s.indents = append(s.indents, width)
			s.altIndents = append(s.altIndents, alt)
			return token{kind: INDENT, pos: pos, off: i, end: i}, true
		}
		if width < top {
			n := 0
			for len(s.indents) > 1 && s.indents[len(s.indents)-1] > width {
				s.indents = s.indents[:len(s.indents)-1]
				s.altIndents = s.altIndents[:len(s.altIndents)-1]
				n++
			}
			if s.indents[len(s.indents)-1] != width {
				s.errorAt(pos, "IndentationError", "unindent does not match any outer indentation level")
			}
			if s.altIndents[len(s.altIndents)-1] != alt {
				tabError()
			}
			s.dedents = n - 1
			return token{kind: DEDENT, pos: pos, off: i, end: i}, true
		}
		if alt != altTop {
			tabError()
		}
		return token{}, false
	}
}

func (s *scanner) atEOF() token {
	pos := s.posAt(s.off)
	if !s.fstringField && s.off > 0 && s.off == s.lineStart && pos.Line > 1 && (s.src[s.off-1] == '\n' || s.src[s.off-1] == '\r') {
		// Like CPython, place the end of a file that ends with a newline
		// on its last line.
		pos = Pos{Line: pos.Line - 1, Col: 1}
	}
	if s.fstringField || s.draining {
		return token{kind: EOF, pos: pos, off: s.off, end: s.off}
	}
	if len(s.brackets) > 0 {
		b := s.brackets[len(s.brackets)-1]
		s.syntaxError(b.pos, "'%c' was never closed", b.ch)
	}
	if s.sawTok {
		s.sawTok = false
		s.bol = true
		return token{kind: NEWLINE, pos: pos, off: s.off, end: s.off}
	}
	if len(s.indents) > 1 {
		s.indents = s.indents[:len(s.indents)-1]
		s.altIndents = s.altIndents[:len(s.altIndents)-1]
		return token{kind: DEDENT, pos: pos, off: s.off, end: s.off}
	}
	return token{kind: EOF, pos: pos, off: s.off, end: s.off}
}

// intern returns b as a string, sharing one copy per distinct name.
func (s *scanner) intern(b []byte) string {
	if name, ok := s.names[string(b)]; ok {
		return name
	}
	if s.names == nil {
		s.names = make(map[string]string)
	}
	name := string(b)
	s.names[name] = name
	return name
}

func isIdentStart(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= 0x80
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// scanToken scans a token starting at a non-space character.
func (s *scanner) scanToken() token {
	start := s.off
	pos := s.posAt(start)
	c := s.src[start]
	t := token{pos: pos, off: start, lineStart: s.lineStart}

	switch {
	case c == '"' || c == '\'':
		return s.scanString(t, start, "")
	case isDigit(c) || c == '.' && isDigit(s.peekByte(1)):
		return s.scanNumber(t)
	case isIdentStart(c):
		end := s.scanIdent(start)
		word := s.src[start:end]
		if end < s.limit && (s.src[end] == '"' || s.src[end] == '\'') && len(word) <= 2 && isStringPrefix(string(word)) {
			s.off = end
			return s.scanString(t, end, strings.ToLower(string(word)))
		}
		s.off = end
		t.end = end
		if k, ok := Keywords[string(word)]; ok {
			t.kind = k
			return t
		}
		t.kind = NAME
		t.str = s.intern(word)
		return t
	}

	// Operators.
	c1, c2 := s.peekByte(1), s.peekByte(2)
	kind, n := ILLEGAL, 1
	switch c {
	case '(', '[', '{':
		if len(s.brackets) >= maxBrackets {
			s.syntaxError(pos, "too many nested parentheses")
		}
		s.brackets = append(s.brackets, bracket{c, pos})
		kind = openTok(c)
	case ')', ']', '}':
		open, closeKind := closeTok(c)
		if len(s.brackets) == 0 {
			s.syntaxError(pos, "unmatched '%c'", c)
		}
		b := s.brackets[len(s.brackets)-1]
		if b.ch != open {
			if b.pos.Line != pos.Line {
				s.syntaxError(pos, "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d", c, b.ch, b.pos.Line)
			}
			s.syntaxError(pos, "closing parenthesis '%c' does not match opening parenthesis '%c'", c, b.ch)
		}
		s.brackets = s.brackets[:len(s.brackets)-1]
		kind = closeKind
	case ',':
		kind = COMMA
	case ';':
		kind = SEMI
	case '~':
		kind = TILDE
	case '.':
		if c1 == '.' && c2 == '.' {
			kind, n = ELLIPSIS, 3
		} else {
			kind = DOT
		}
	case ':':
		if c1 == '=' {
			kind, n = WALRUS, 2
		} else {
			kind = COLON
		}
	case '+':
		kind, n = s.opEq(PLUS, PLUSEQ)
	case '-':
		if c1 == '>' {
			kind, n = ARROW, 2
		} else {
			kind, n = s.opEq(MINUS, MINUSEQ)
		}
	case '*':
		if c1 == '*' {
			kind, n = s.opDoubled(STARSTAR, STARSTAREQ)
		} else {
			kind, n = s.opEq(STAR, STAREQ)
		}
	case '/':
		if c1 == '/' {
			kind, n = s.opDoubled(SLASHSLASH, SLASHSLASHEQ)
		} else {
			kind, n = s.opEq(SLASH, SLASHEQ)
		}
	case '%':
		kind, n = s.opEq(PERCENT, PERCENTEQ)
	case '@':
		kind, n = s.opEq(AT, ATEQ)
	case '&':
		kind, n = s.opEq(AMP, AMPEQ)
	case '|':
		kind, n = s.opEq(PIPE, PIPEEQ)
	case '^':
		kind, n = s.opEq(CIRCUMFLEX, CIRCUMFLEXEQ)
	case '=':
		kind, n = s.opEq(EQ, EQEQ)
	case '!':
		if c1 == '=' {
			kind, n = NEQ, 2
		}
	case '<':
		switch c1 {
		case '<':
			kind, n = s.opDoubled(LTLT, LTLTEQ)
		case '=':
			kind, n = LE, 2
		case '>':
			kind, n = ILLEGAL, 2
		default:
			kind = LT
		}
	case '>':
		switch c1 {
		case '>':
			kind, n = s.opDoubled(GTGT, GTGTEQ)
		case '=':
			kind, n = GE, 2
		default:
			kind = GT
		}
	}
	s.off = start + n
	t.kind = kind
	t.end = s.off
	return t
}

func openTok(c byte) Token {
	switch c {
	case '(':
		return LPAREN
	case '[':
		return LBRACK
	}
	return LBRACE
}

func closeTok(c byte) (byte, Token) {
	switch c {
	case ')':
		return '(', RPAREN
	case ']':
		return '[', RBRACK
	}
	return '{', RBRACE
}

func (s *scanner) opEq(plain, withEq Token) (Token, int) {
	if s.peekByte(1) == '=' {
		return withEq, 2
	}
	return plain, 1
}

// opDoubled scans a doubled operator character (** // << >>), with
// withEq for the augmented assignment form followed by '='.
func (s *scanner) opDoubled(doubled, withEq Token) (Token, int) {
	if s.peekByte(2) == '=' {
		return withEq, 3
	}
	return doubled, 2
}

// scanIdent returns the end of the identifier starting at start, reporting
// invalid characters.
func (s *scanner) scanIdent(start int) int {
	i := start
	for i < s.limit {
		c := s.src[i]
		if c < 0x80 {
			if isIdentStart(c) || isDigit(c) {
				i++
				continue
			}
			break
		}
		r, size := utf8.DecodeRune(s.src[i:s.limit])
		if unicode.IsLetter(r) || r == '_' || unicode.Is(unicode.Nl, r) ||
			i > start && (unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r) ||
				unicode.Is(unicode.Nd, r) || unicode.Is(unicode.Pc, r)) {
			i += size
			continue
		}
		s.invalidChar(i, r)
	}
	return i
}

func (s *scanner) invalidChar(off int, r rune) {
	pos := s.posAt(off)
	if r == utf8.RuneError {
		s.syntaxError(pos, "invalid character '\ufffd' (U+FFFD)")
	}
	if unicode.IsPrint(r) {
		s.syntaxError(pos, "invalid character '%c' (U+%04X)", r, r)
	}
	s.syntaxError(pos, "invalid non-printable character U+%04X", r)
}

func isStringPrefix(w string) bool {
	switch strings.ToLower(w) {
	case "r", "u", "f", "b", "br", "rb", "fr", "rf":
		return true
	}
	return false
}

// scanString scans a string literal whose opening quote is at q; prefix is
// the lower-cased prefix letters.
func (s *scanner) scanString(t token, q int, prefix string) token {
	raw := strings.IndexByte(prefix, 'r') >= 0
	isF := strings.IndexByte(prefix, 'f') >= 0
	isBytes := strings.IndexByte(prefix, 'b') >= 0
	quote := s.src[q]
	triple := q+2 < s.limit && s.src[q+1] == quote && s.src[q+2] == quote
	bodyOff := q + 1
	if triple {
		bodyOff = q + 3
	}
	i := bodyOff
	bodyEnd := -1
	for i < s.limit {
		c := s.src[i]
		if c == quote {
			if !triple {
				bodyEnd = i
				i++
				break
			}
			if i+2 < s.limit && s.src[i+1] == quote && s.src[i+2] == quote {
				bodyEnd = i
				i += 3
				break
			}
			i++
			continue
		}
		if c == '\\' && i+1 < s.limit {
			i++
			c = s.src[i]
			if n := s.lineEnd(i); n >= 0 {
				s.newline(n)
				i = n
				continue
			}
			i++
			continue
		}
		if c == '\n' || c == '\r' {
			if !triple {
				s.syntaxError(t.pos, "unterminated string literal (detected at line %d)", s.line)
			}
			n := s.lineEnd(i)
			s.newline(n)
			i = n
			continue
		}
		i++
	}
	if bodyEnd < 0 {
		line := s.line
		if s.limit > 0 && (s.src[s.limit-1] == '\n' || s.src[s.limit-1] == '\r') {
			line--
		}
		if triple {
			s.syntaxError(t.pos, "unterminated triple-quoted string literal (detected at line %d)", line)
		}
		s.syntaxError(t.pos, "unterminated string literal (detected at line %d)", s.line)
	}
	s.off = i
	t.end = i
	if isF {
		t.kind = FSTRING
		t.str = string(s.src[bodyOff:bodyEnd])
		t.raw = raw
		t.triple = triple
		t.quote = quote
		t.bodyOff = bodyOff
		t.bodyEnd = bodyEnd
		return t
	}
	t.kind = STRING
	body := s.src[bodyOff:bodyEnd]
	if isBytes {
		t.bytes = true
		return t
	}
	if raw {
		t.str = normalizeNewlines(body)
	} else {
		// A bad escape is reported by the parser when it uses the
		// literal, as CPython decodes literals while parsing.
		t.str, t.errMsg = decodeEscapes(body)
	}
	return t
}

// normalizeNewlines returns b as a string with \r\n and \r turned into \n.
func normalizeNewlines(b []byte) string {
	if !containsCR(b) {
		return string(b)
	}
	var sb strings.Builder
	for i := 0; i < len(b); i++ {
		if b[i] == '\r' {
			sb.WriteByte('\n')
			if i+1 < len(b) && b[i+1] == '\n' {
				i++
			}
			continue
		}
		sb.WriteByte(b[i])
	}
	return sb.String()
}

func containsCR(b []byte) bool {
	for _, c := range b {
		if c == '\r' {
			return true
		}
	}
	return false
}

// decodeEscapes processes the backslash escapes of a non-raw string body.
// It returns a non-empty message (CPython's) on a malformed escape.
func decodeEscapes(b []byte) (string, string) {
	hasSpecial := false
	for _, c := range b {
		if c == '\\' || c == '\r' {
			hasSpecial = true
			break
		}
	}
	if !hasSpecial {
		return string(b), ""
	}
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); i++ {
		c := b[i]
		if c == '\r' {
			out = append(out, '\n')
			if i+1 < len(b) && b[i+1] == '\n' {
				i++
			}
			continue
		}
		if c != '\\' || i+1 >= len(b) {
			out = append(out, c)
			continue
		}
		start := i
		i++
		c = b[i]
		switch c {
		case '\n':
		case '\r':
			if i+1 < len(b) && b[i+1] == '\n' {
				i++
			}
		case '\\', '\'', '"':
			out = append(out, c)
		case 'a':
			out = append(out, 7)
		case 'b':
			out = append(out, 8)
		case 'f':
			out = append(out, 12)
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'v':
			out = append(out, 11)
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := 0
			j := i
			for ; j < len(b) && j < i+3 && b[j] >= '0' && b[j] <= '7'; j++ {
				v = v*8 + int(b[j]-'0')
			}
			i = j - 1
			out = utf8.AppendRune(out, rune(v))
		case 'x', 'u', 'U':
			n, name := 2, `\xXX`
			switch c {
			case 'u':
				n, name = 4, `\uXXXX`
			case 'U':
				n, name = 8, `\UXXXXXXXX`
			}
			v := 0
			j := i + 1
			for ; j < len(b) && j < i+1+n; j++ {
				d := hexVal(b[j])
				if d < 0 {
					break
				}
				v = v*16 + d
			}
			if j-(i+1) < n {
				return "", fmt.Sprintf("(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: truncated %s escape", start, j-1, name)
			}
			if v > unicode.MaxRune {
				return "", fmt.Sprintf("(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: illegal Unicode character", start, j-1)
			}
			i = j - 1
			out = utf8.AppendRune(out, rune(v))
		case 'N':
			return "", fmt.Sprintf("(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: \\N{...} escapes are not supported", start, i)
		default:
			out = append(out, '\\', c)
		}
	}
	return string(out), ""
}

func hexVal(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// keywordAfterNumber reports whether b starts with one of the keywords
// CPython accepts directly after a number literal.
func keywordAfterNumber(b []byte) bool {
	for _, kw := range [...]string{"and", "else", "for", "if", "in", "is", "not", "or"} {
		if len(b) >= len(kw) && string(b[:len(kw)]) == kw {
			return true
		}
	}
	return false
}

// scanNumber scans an int or float literal.
func (s *scanner) scanNumber(t token) token {
	start := s.off
	i := start
	src := s.src[:s.limit]
	digits := func(i int, ok func(byte) bool, what string) int {
		// digits with single underscores between them
		for i < len(src) {
			if ok(src[i]) {
				i++
				continue
			}
			if src[i] == '_' {
				if i+1 < len(src) && ok(src[i+1]) {
					i += 2
					continue
				}
				s.syntaxError(s.posAt(i+1), "invalid %s literal", what)
			}
			break
		}
		return i
	}
	finish := func(i int, what string) {
		// A literal must not run into an identifier character, except
		// for the keywords CPython tolerates there (1if x else 2).
		if i < len(src) && (isIdentStart(src[i]) || isDigit(src[i])) && !keywordAfterNumber(src[i:]) {
			s.syntaxError(s.posAt(start), "invalid %s literal", what)
		}
	}
	if src[i] == '0' && i+1 < len(src) && strings.IndexByte("xXoObB", src[i+1]) >= 0 {
		base, what := 16, "hexadecimal"
		ok := func(c byte) bool { return hexVal(c) >= 0 }
		switch src[i+1] {
		case 'o', 'O':
			base, what = 8, "octal"
			ok = func(c byte) bool { return c >= '0' && c <= '7' }
		case 'b', 'B':
			base, what = 2, "binary"
			ok = func(c byte) bool { return c == '0' || c == '1' }
		}
		j := i + 2
		if j < len(src) && src[j] == '_' {
			j++
		}
		if j >= len(src) || !ok(src[j]) {
			if j < len(src) && isDigit(src[j]) {
				s.syntaxError(s.posAt(j), "invalid digit '%c' in %s literal", src[j], what)
			}
			s.syntaxError(s.posAt(j), "invalid %s literal", what)
		}
		end := digits(j, ok, what)
		if end < len(src) && isDigit(src[end]) {
			s.syntaxError(s.posAt(end), "invalid digit '%c' in %s literal", src[end], what)
		}
		finish(end, what)
		text := strings.ReplaceAll(string(src[j:end]), "_", "")
		s.off = end
		t.end = end
		s.setInt(&t, text, base)
		return t
	}
	isFloat := false
	if src[i] != '.' {
		i = digits(i, isDigit, "decimal")
	}
	if i < len(src) && src[i] == '.' {
		isFloat = true
		i++
		if i < len(src) && isDigit(src[i]) {
			i = digits(i, isDigit, "decimal")
		}
	}
	if i < len(src) && (src[i] == 'e' || src[i] == 'E') {
		j := i + 1
		if j < len(src) && (src[j] == '+' || src[j] == '-') {
			j++
		}
		if j < len(src) && isDigit(src[j]) {
			isFloat = true
			i = digits(j, isDigit, "decimal")
		} else {
			s.syntaxError(s.posAt(start), "invalid decimal literal")
		}
	}
	if i < len(src) && (src[i] == 'j' || src[i] == 'J') {
		s.syntaxError(t.pos, "imaginary literals are not supported")
	}
	if !isFloat && src[start] == '0' && i < len(src) && (isIdentStart(src[i]) || isDigit(src[i])) {
		for _, c := range src[start:i] {
			if c != '0' && c != '_' {
				s.syntaxError(t.pos, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")
			}
		}
	}
	finish(i, "decimal")
	s.off = i
	t.end = i
	if !isFloat && (src[start] != '0' || i-start == 1) && i-start <= 18 {
		// Fast path: a short decimal int cannot overflow.
		var v int64
		for _, c := range src[start:i] {
			if c != '_' {
				v = v*10 + int64(c-'0')
			}
		}
		t.kind, t.ival = INT, v
		return t
	}
	text := strings.ReplaceAll(string(src[start:i]), "_", "")
	if isFloat {
		v, err := strconv.ParseFloat(text, 64)
		if err != nil && !math.IsInf(v, 0) {
			s.syntaxError(t.pos, "invalid decimal literal")
		}
		t.kind, t.fval = FLOAT, v
		return t
	}
	if len(text) > 1 && text[0] == '0' {
		if strings.Trim(text, "0") != "" {
			s.syntaxError(t.pos, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")
		}
	}
	s.setInt(&t, text, 10)
	return t
}

// maxIntDigits is CPython's default limit on the number of digits of a
// decimal integer literal (sys.get_int_max_str_digits()).
const maxIntDigits = 4300

// setInt makes t the INT token for text (digits only, in base): ival when
// the value fits in 64 bits, else bval.
func (s *scanner) setInt(t *token, text string, base int) {
	t.kind = INT
	if v, err := strconv.ParseInt(text, base, 64); err == nil {
		t.ival = v
		return
	}
	if base == 10 && len(text) > maxIntDigits {
		s.syntaxError(t.pos, "Exceeds the limit (%d digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.", maxIntDigits, len(text))
	}
	v, ok := new(big.Int).SetString(text, base)
	if !ok {
		s.syntaxError(t.pos, "invalid integer literal")
	}
	t.bval = v
}
