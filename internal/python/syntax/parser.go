package syntax

// The parser is a recursive-descent parser over the token stream, one
// function per grammar level. Syntax errors abort the parse by panicking
// with scanError; checks that CPython makes after parsing (in its symbol
// table and compiler, such as 'return' outside function) are recorded while
// parsing and reported only if the whole file parsed.

import (
	"fmt"
	"runtime/debug"
	"strings"
)

// Parse parses a Python source file. The error, if any, is an *Error.
func Parse(filename string, src []byte) (f *File, err error) {
	p := &parser{filename: filename, src: src, alloc: new(nodeAlloc)}
	defer func() {
		if r := recover(); r != nil {
			f = nil
			if se, ok := r.(scanError); ok {
				err = se.err
				if !se.scanner && !se.final {
					err = p.drain(se.err)
				}
				return
			}
			err = &Error{Filename: filename, Pos: p.tok.pos, Kind: "SyntaxError",
				Msg: fmt.Sprintf("internal error: %v\n%s", r, debug.Stack())}
		}
	}()
	p.sc = newScanner(filename, src)
	if len(src) >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF {
		p.sc.off = 3 // byte-order mark
		p.sc.lineStart = 3
	}
	p.next()
	file := &File{Name: filename}
	for p.tok.kind != EOF {
		file.Body = p.parseStatement(file.Body)
	}
	if e := checkSymbols(file); e != nil {
		return nil, e
	}
	if p.compErr != nil {
		return nil, p.compErr
	}
	return file, nil
}

// drain scans the rest of the file after parse error perr. As in CPython,
// a tokenizer error found there, or a bracket left open on an earlier
// line than perr, is reported instead of perr.
func (p *parser) drain(perr *Error) (err *Error) {
	err = perr
	if p.sc == nil || p.sc.fstringField {
		return perr
	}
	lastLine := p.maxLine
	// unclosed reports a bracket still open where the scan stopped, if
	// CPython would blame it: one opened on a line before the furthest
	// token the parser read.
	unclosed := func() *Error {
		n := len(p.sc.brackets)
		if n == 0 {
			return nil
		}
		b := p.sc.brackets[n-1]
		if b.pos.Line < lastLine {
			return &Error{Filename: p.filename, Pos: b.pos, Kind: "SyntaxError",
				Msg: fmt.Sprintf("'%c' was never closed", b.ch)}
		}
		return nil
	}
	defer func() {
		if r := recover(); r != nil {
			se, ok := r.(scanError)
			if !ok || !se.scanner {
				err = perr
				return
			}
			// Errors that CPython's tokenizer reports only through the
			// parser end the scan like the end of file.
			if se.err.Kind != "SyntaxError" || se.err.Msg == msgLineCont {
				if e := unclosed(); e != nil {
					err = e
				}
				return
			}
			err = se.err
		}
	}()
	p.sc.draining = true
	for p.sc.next().kind != EOF {
	}
	if e := unclosed(); e != nil {
		return e
	}
	return perr
}

type parser struct {
	filename string
	src      []byte
	sc       *scanner
	tok      token
	prevEnd  Pos // position of the last consumed token

	peeked  bool
	peekTok token

	alloc     *nodeAlloc
	depth     int   // expression nesting
	maxLine   int32 // line of the furthest token read
	inFunc    bool
	loopDepth int
	fstring   bool // parsing an f-string replacement field

	compErr *Error // first compiler error (reported after parsing)
}

// maxDepth bounds the depth of expression trees (nesting, and chains
// such as a+b+c or a.b.c that make left-deep trees), so that neither the
// parser nor an evaluator walking the tree recursively can exhaust the
// stack. CPython 3.11 fails somewhere between 1,000 and 5,000.
const maxDepth = 3000

func (p *parser) enter() {
	p.depth++
	if p.depth > maxDepth {
		panic(scanError{err: &Error{Filename: p.filename, Pos: p.tok.pos, Kind: "RecursionError",
			Msg: "maximum recursion depth exceeded during compilation"}, final: true})
	}
}

func (p *parser) leave() { p.depth-- }

func (p *parser) next() {
	p.prevEnd = p.tok.pos
	if p.peeked {
		p.peeked = false
		p.tok = p.peekTok
		return
	}
	p.tok = p.sc.next()
	if p.tok.pos.Line > p.maxLine {
		p.maxLine = p.tok.pos.Line
	}
}

func (p *parser) peek() token {
	if !p.peeked {
		p.peekTok = p.sc.next()
		p.peeked = true
		if p.peekTok.pos.Line > p.maxLine {
			p.maxLine = p.peekTok.pos.Line
		}
	}
	return p.peekTok
}

func (p *parser) errorAt(pos Pos, format string, args ...any) {
	msg := format
	if len(args) > 0 {
		msg = fmt.Sprintf(format, args...)
	}
	if p.fstring && !strings.HasPrefix(msg, "f-string") {
		msg = "f-string: " + msg
	}
	panic(scanError{err: &Error{Filename: p.filename, Pos: pos, Kind: "SyntaxError", Msg: msg}})
}

func (p *parser) indentError(pos Pos, format string, args ...any) {
	panic(scanError{err: &Error{Filename: p.filename, Pos: pos, Kind: "IndentationError", Msg: fmt.Sprintf(format, args...)}})
}

// unexpectedIndent reports an INDENT token where a statement should
// start. As in CPython, no tokenizer error found later overrides it.
func (p *parser) unexpectedIndent() {
	panic(scanError{err: &Error{Filename: p.filename, Pos: p.tok.pos, Kind: "IndentationError", Msg: "unexpected indent"}, final: true})
}

func (p *parser) lateComp(pos Pos, format string, args ...any) {
	if p.compErr == nil {
		p.compErr = &Error{Filename: p.filename, Pos: pos, Kind: "SyntaxError", Msg: fmt.Sprintf(format, args...)}
	}
}

// syntaxError reports "invalid syntax" at the current token.
func (p *parser) syntaxError() {
	switch p.tok.kind {
	case INDENT:
		p.unexpectedIndent()
	case DEDENT:
		panic(scanError{err: &Error{Filename: p.filename, Pos: p.tok.pos, Kind: "IndentationError", Msg: "unexpected unindent"}, final: true})
	case ASYNC:
		p.errorAt(p.tok.pos, "'async' is not supported")
	}
	p.errorAt(p.tok.pos, "invalid syntax")
}

func (p *parser) expect(k Token) Pos {
	if p.tok.kind != k {
		p.syntaxError()
	}
	pos := p.tok.pos
	p.next()
	return pos
}

func (p *parser) got(k Token) bool {
	if p.tok.kind == k {
		p.next()
		return true
	}
	return false
}

func (p *parser) inBrackets() bool {
	return len(p.sc.brackets) > 0 || p.fstring
}

// expectSeparator is called inside a bracketed list after an element that
// started at elemPos when the next token is neither a comma nor the
// closing token: it reports CPython's "forgot a comma" hint if two
// expressions are juxtaposed.
func (p *parser) expectSeparator(elem Expr) {
	if p.inBrackets() && startsExpr(p.tok.kind) && p.followedByExpr(elem) {
		p.errorAt(elem.Pos(), "invalid syntax. Perhaps you forgot a comma?")
	}
	p.syntaxError()
}

// followedByExpr reports whether an expression can be parsed at the
// current token, leaving the parser where it was; as in CPython, a
// name followed by a string, or a soft keyword, does not count. An
// f-string error met on the way is reported.
func (p *parser) followedByExpr(elem Expr) (ok bool) {
	if n, isName := elem.(*Name); isName {
		if p.tok.kind == STRING || p.tok.kind == FSTRING {
			return false
		}
		switch n.Id {
		case "match", "case", "_":
			return false
		}
	}
	st := p.save()
	defer func() {
		if r := recover(); r != nil {
			se, isSE := r.(scanError)
			if !isSE {
				panic(r)
			}
			if se.scanner || strings.HasPrefix(se.err.Msg, "f-string") {
				// Tokenizer and f-string errors met while looking
				// ahead are reported, as CPython does.
				p.restore(st)
				panic(r)
			}
			ok = false
		}
		p.restore(st)
	}()
	p.parseExpr()
	return true
}

// startsExpr reports whether a token can begin an expression.
func startsExpr(k Token) bool {
	switch k {
	case NAME, INT, FLOAT, STRING, FSTRING, LPAREN, LBRACK, LBRACE,
		MINUS, PLUS, TILDE, NOT, LAMBDA, NONE, TRUE, FALSE, ELLIPSIS, AWAIT:
		return true
	}
	return false
}

// ---- Statements ----

// parseStatement parses one statement line (or compound statement) and
// appends its statements to dst.
func (p *parser) parseStatement(dst []Stmt) []Stmt {
	switch p.tok.kind {
	case IF:
		return append(dst, p.parseIf())
	case WHILE:
		return append(dst, p.parseWhile())
	case FOR:
		return append(dst, p.parseFor())
	case TRY:
		return append(dst, p.parseTry())
	case WITH:
		return append(dst, p.parseWith())
	case DEF:
		return append(dst, p.parseDef(nil))
	case CLASS:
		return append(dst, p.parseClass(nil))
	case AT:
		return append(dst, p.parseDecorated())
	case ASYNC:
		p.errorAt(p.tok.pos, "'async' is not supported")
	case INDENT:
		p.unexpectedIndent()
	case NEWLINE:
		p.next()
		return dst
	}
	return p.parseSimpleStatements(dst)
}

func (p *parser) parseSimpleStatements(stmts []Stmt) []Stmt {
	for {
		stmts = append(stmts, p.parseSmallStatement())
		if p.tok.kind != SEMI {
			break
		}
		p.next()
		if p.tok.kind == NEWLINE {
			break
		}
	}
	if p.tok.kind != NEWLINE {
		p.syntaxError()
	}
	p.next()
	return stmts
}

func (p *parser) parseSmallStatement() Stmt {
	pos := p.tok.pos
	switch p.tok.kind {
	case PASS:
		p.next()
		return &Pass{PassPos: pos}
	case BREAK:
		p.next()
		if p.loopDepth == 0 {
			p.lateComp(pos, "'break' outside loop")
		}
		return &Break{BreakPos: pos}
	case CONTINUE:
		p.next()
		if p.loopDepth == 0 {
			p.lateComp(pos, "'continue' not properly in loop")
		}
		return &Continue{ContinuePos: pos}
	case RETURN:
		p.next()
		s := &Return{ReturnPos: pos}
		if p.tok.kind != NEWLINE && p.tok.kind != SEMI {
			s.Value = p.parseStarExprs()
			p.checkNotStarred(s.Value)
		}
		if !p.inFunc {
			p.lateComp(pos, "'return' outside function")
		}
		return s
	case RAISE:
		p.next()
		s := &Raise{RaisePos: pos}
		if p.tok.kind != NEWLINE && p.tok.kind != SEMI {
			s.Exc = p.parseExpr()
			if p.got(FROM) {
				s.Cause = p.parseExpr()
			}
		}
		return s
	case GLOBAL, NONLOCAL:
		kind := p.tok.kind
		p.next()
		var names []string
		for {
			if p.tok.kind != NAME {
				p.syntaxError()
			}
			names = append(names, p.tok.str)
			p.next()
			if !p.got(COMMA) {
				break
			}
		}
		if kind == GLOBAL {
			return &Global{GlobalPos: pos, Names: names}
		}
		return &Nonlocal{NonlocalPos: pos, Names: names}
	case DEL:
		p.next()
		s := &Delete{DelPos: pos}
		for {
			t := p.parseTarget()
			p.checkTarget(t, "delete")
			s.Targets = append(s.Targets, t)
			if !p.got(COMMA) || p.tok.kind == NEWLINE || p.tok.kind == SEMI {
				break
			}
		}
		return s
	case ASSERT:
		p.next()
		s := &Assert{AssertPos: pos, Test: p.parseExpr()}
		if p.got(COMMA) {
			s.Msg = p.parseExpr()
		}
		return s
	case IMPORT:
		return p.parseImport()
	case FROM:
		return p.parseFromImport()
	}
	return p.parseExprStatement()
}

func (p *parser) parseExprStatement() Stmt {
	if p.tok.kind == NAME && p.tok.str == "print" {
		if k := p.peek().kind; k == STRING || k == FSTRING || k == INT || k == FLOAT || k == NAME {
			p.errorAt(p.tok.pos, "Missing parentheses in call to 'print'. Did you mean print(...)?")
		}
	}
	x := p.parseStarExprsOrYield()
	switch k := p.tok.kind; {
	case k == EQ:
		s := p.alloc.assign.alloc()
		s.EqPos = p.tok.pos
		exprs := []Expr{x}
		for p.tok.kind == EQ {
			p.next()
			if k := p.tok.kind; !startsExpr(k) && k != STAR && k != YIELD {
				// "x = 1 =" with nothing after: CPython checks the
				// targets before giving up.
				for _, t := range exprs {
					if bad := invalidTarget(t); bad != nil {
						p.errorAt(bad.Pos(), "cannot assign to %s", exprName(bad))
					}
				}
				p.syntaxError()
			}
			exprs = append(exprs, p.parseStarExprsOrYield())
		}
		s.Targets = exprs[:len(exprs)-1]
		s.Value = exprs[len(exprs)-1]
		for _, t := range s.Targets {
			p.checkAssignTarget(t, len(s.Targets) == 1)
		}
		p.checkNotStarred(s.Value)
		return s
	case k == COLON:
		if !startsExpr(p.peek().kind) {
			p.syntaxError()
		}
		switch t := x.(type) {
		case *Name, *Attribute, *Subscript:
		case *Tuple:
			p.errorAt(t.Pos(), "only single target (not tuple) can be annotated")
		case *List:
			p.errorAt(t.Pos(), "only single target (not list) can be annotated")
		default:
			p.errorAt(t.Pos(), "illegal target for annotation")
		}
		p.next()
		s := &AnnAssign{Target: x, Annotation: p.parseExpr()}
		if p.got(EQ) {
			s.Value = p.parseStarExprs()
		}
		return s
	case AugOp(k) != ILLEGAL:
		switch x.(type) {
		case *Name, *Attribute, *Subscript:
		default:
			p.errorAt(x.Pos(), "'%s' is an illegal expression for augmented assignment", exprName(x))
		}
		s := &AugAssign{Target: x, OpPos: p.tok.pos, Op: AugOp(k)}
		p.next()
		s.Value = p.parseStarExprsOrYield()
		return s
	}
	p.checkNotStarred(x)
	s := p.alloc.stmts.alloc()
	s.X = x
	return s
}

func (p *parser) checkNotStarred(x Expr) {
	if s, ok := x.(*Starred); ok {
		p.lateComp(s.Pos(), "can't use starred expression here")
	}
}

// exprName is CPython's description of an expression kind in messages.
func exprName(x Expr) string {
	switch x := x.(type) {
	case *Attribute:
		return "attribute"
	case *Subscript:
		return "subscript"
	case *Starred:
		return "starred"
	case *Name:
		return "name"
	case *List:
		return "list"
	case *Tuple:
		return "tuple"
	case *Lambda:
		return "lambda"
	case *Call:
		return "function call"
	case *BoolOp, *BinOp, *UnaryOp:
		return "expression"
	case *GeneratorExp:
		return "generator expression"
	case *ListComp:
		return "list comprehension"
	case *SetComp:
		return "set comprehension"
	case *DictComp:
		return "dict comprehension"
	case *Dict:
		return "dict literal"
	case *Set:
		return "set display"
	case *JoinedStr, *FormattedValue:
		return "f-string expression"
	case *Constant:
		switch v := x.Value.(type) {
		case nil:
			return "None"
		case bool:
			if v {
				return "True"
			}
			return "False"
		case EllipsisType:
			return "ellipsis"
		}
		return "literal"
	case *Compare:
		return "comparison"
	case *IfExp:
		return "conditional expression"
	}
	return "expression"
}

// invalidTarget returns the first sub-expression of x that cannot be
// assigned to, or nil.
func invalidTarget(x Expr) Expr {
	switch x := x.(type) {
	case *Name, *Attribute, *Subscript:
		return nil
	case *Starred:
		return invalidTarget(x.Value)
	case *Tuple:
		for _, e := range x.Elts {
			if bad := invalidTarget(e); bad != nil {
				return bad
			}
		}
		return nil
	case *List:
		for _, e := range x.Elts {
			if bad := invalidTarget(e); bad != nil {
				return bad
			}
		}
		return nil
	}
	return x
}

func isKeywordConst(x Expr) bool {
	if c, ok := x.(*Constant); ok {
		switch c.Value.(type) {
		case nil, bool:
			return true
		}
	}
	return false
}

// noAssignHint reports whether x is an expression above CPython's
// bitwise-or level, for which the "Maybe you meant '=='" hint is not given.
func noAssignHint(x Expr) bool {
	switch x := x.(type) {
	case *IfExp, *Lambda, *BoolOp, *Compare:
		return true
	case *UnaryOp:
		return x.Op == NOT
	}
	return false
}

func isBareTuple(x Expr) bool {
	t, ok := x.(*Tuple)
	return ok && len(t.Elts) > 0 && t.Lparen == t.Elts[0].Pos()
}

// checkAssignTarget validates the target of an = assignment; single is
// true for a statement with one =, where CPython adds a hint.
func (p *parser) checkAssignTarget(t Expr, single bool) {
	bad := invalidTarget(t)
	if bad == nil {
		p.checkStarredTargets(t, true)
		return
	}
	if single && !isKeywordConst(bad) && !noAssignHint(bad) {
		hint := bad == t
		if isBareTuple(t) {
			elts := t.(*Tuple).Elts
			last := elts[len(elts)-1]
			if bad == last {
				hint = true
			} else if _, ok := last.(*Name); ok {
				p.errorAt(bad.Pos(), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
			}
		}
		if hint {
			p.errorAt(bad.Pos(), "cannot assign to %s here. Maybe you meant '==' instead of '='?", exprName(bad))
		}
	}
	p.errorAt(bad.Pos(), "cannot assign to %s", exprName(bad))
}

// checkStarredTargets reports misuse of starred assignment targets.
func (p *parser) checkStarredTargets(t Expr, top bool) {
	switch t := t.(type) {
	case *Starred:
		if top {
			p.errorAt(t.Pos(), "starred assignment target must be in a list or tuple")
		}
		p.checkStarredTargets(t.Value, false)
	case *Tuple:
		p.checkStarredElts(t.Elts)
	case *List:
		p.checkStarredElts(t.Elts)
	}
}

func (p *parser) checkStarredElts(elts []Expr) {
	n := 0
	for _, e := range elts {
		if s, ok := e.(*Starred); ok {
			n++
			if n == 2 {
				p.lateComp(s.Pos(), "multiple starred expressions in assignment")
			}
			p.checkStarredTargets(s.Value, false)
		} else {
			p.checkStarredTargets(e, false)
		}
	}
}

// checkTarget validates a for/with/comprehension ("assign") or del
// ("delete") target.
func (p *parser) checkTarget(t Expr, verb string) {
	if bad := invalidTarget(t); bad != nil {
		if _, ok := bad.(*Starred); ok && verb == "delete" {
			p.errorAt(bad.Pos(), "cannot delete starred")
		}
		p.errorAt(bad.Pos(), "cannot %s %s", verb, exprName(bad))
	}
	if verb == "delete" {
		if s := findStarred(t); s != nil {
			p.errorAt(s.Pos(), "cannot delete starred")
		}
		return
	}
	p.checkStarredTargets(t, true)
}

func findStarred(t Expr) Expr {
	switch t := t.(type) {
	case *Starred:
		return t
	case *Tuple:
		for _, e := range t.Elts {
			if s := findStarred(e); s != nil {
				return s
			}
		}
	case *List:
		for _, e := range t.Elts {
			if s := findStarred(e); s != nil {
				return s
			}
		}
	}
	return nil
}

func (p *parser) parseDottedName() (string, Pos) {
	if p.tok.kind != NAME {
		p.syntaxError()
	}
	pos := p.tok.pos
	name := p.tok.str
	p.next()
	for p.tok.kind == DOT {
		p.next()
		if p.tok.kind != NAME {
			p.syntaxError()
		}
		name += "." + p.tok.str
		p.next()
	}
	return name, pos
}

func (p *parser) parseImport() Stmt {
	s := &Import{ImportPos: p.tok.pos}
	p.next()
	for {
		name, pos := p.parseDottedName()
		a := &Alias{NamePos: pos, Name: name}
		if p.got(AS) {
			if p.tok.kind != NAME {
				p.syntaxError()
			}
			a.AsName = p.tok.str
			p.next()
		}
		s.Names = append(s.Names, a)
		if !p.got(COMMA) {
			break
		}
	}
	return s
}

func (p *parser) parseFromImport() Stmt {
	s := &ImportFrom{FromPos: p.tok.pos}
	p.next()
	for {
		if p.tok.kind == DOT {
			s.Level++
		} else if p.tok.kind == ELLIPSIS {
			s.Level += 3
		} else {
			break
		}
		p.next()
	}
	if p.tok.kind == NAME {
		s.Module, _ = p.parseDottedName()
	} else if s.Level == 0 {
		p.syntaxError()
	}
	p.expect(IMPORT)
	if p.tok.kind == STAR {
		p.next()
		return s
	}
	paren := p.got(LPAREN)
	for {
		if p.tok.kind != NAME {
			p.syntaxError()
		}
		a := &Alias{NamePos: p.tok.pos, Name: p.tok.str}
		p.next()
		if p.got(AS) {
			if p.tok.kind != NAME {
				p.syntaxError()
			}
			a.AsName = p.tok.str
			p.next()
		}
		s.Names = append(s.Names, a)
		if p.tok.kind != COMMA {
			break
		}
		commaPos := p.tok.pos
		p.next()
		if paren && p.tok.kind == RPAREN {
			break
		}
		if !paren && (p.tok.kind == NEWLINE || p.tok.kind == SEMI) {
			p.errorAt(commaPos, "trailing comma not allowed without surrounding parentheses")
		}
	}
	if paren {
		p.expect(RPAREN)
	}
	return s
}

// parseBlock parses the ':' and body of a compound statement; what
// describes the statement for "expected an indented block after ...".
func (p *parser) parseBlock(what string, line int32) []Stmt {
	if p.tok.kind != COLON {
		if p.tok.kind == NEWLINE || forcedColon(what) {
			p.errorAt(p.prevEnd, "expected ':'")
		}
		p.syntaxError()
	}
	p.next()
	if p.tok.kind != NEWLINE {
		return p.parseSimpleStatements(nil)
	}
	p.next()
	if p.tok.kind != INDENT {
		p.indentError(p.tok.pos, "expected an indented block after %s on line %d", what, line)
	}
	p.next()
	var body []Stmt
	for p.tok.kind != DEDENT && p.tok.kind != EOF {
		body = p.parseStatement(body)
	}
	p.next()
	return body
}

// forcedColon reports whether CPython's grammar requires the ':' of
// this kind of block outright, so that any other token is reported as
// "expected ':'" rather than "invalid syntax".
func forcedColon(what string) bool {
	switch what {
	case "function definition", "'try' statement", "'else' statement", "'finally' statement":
		return true
	}
	return false
}

func (p *parser) parseLoopBody(what string, line int32) []Stmt {
	p.loopDepth++
	body := p.parseBlock(what, line)
	p.loopDepth--
	return body
}

func (p *parser) parseIf() Stmt {
	pos := p.tok.pos
	kw := p.tok.kind
	p.next()
	s := &If{IfPos: pos, Test: p.parseCondition()}
	what := "'if' statement"
	if kw == ELIF {
		what = "'elif' statement"
	}
	s.Body = p.parseBlock(what, pos.Line)
	switch p.tok.kind {
	case ELIF:
		s.OrElse = []Stmt{p.parseIf()}
	case ELSE:
		s.OrElse = p.parseClause("'else' statement")
	}
	return s
}

func (p *parser) parseWhile() Stmt {
	pos := p.tok.pos
	p.next()
	s := &While{WhilePos: pos, Test: p.parseCondition()}
	s.Body = p.parseLoopBody("'while' statement", pos.Line)
	if p.tok.kind == ELSE {
		s.OrElse = p.parseClause("'else' statement")
	}
	return s
}

func (p *parser) parseFor() Stmt {
	pos := p.tok.pos
	p.next()
	s := &For{ForPos: pos, Target: p.parseTargetList()}
	p.checkTarget(s.Target, "assign to")
	p.expect(IN)
	s.Iter = p.parseStarExprs()
	s.Body = p.parseLoopBody("'for' statement", pos.Line)
	if p.tok.kind == ELSE {
		s.OrElse = p.parseClause("'else' statement")
	}
	return s
}

// parseTargetList parses for-loop and comprehension targets: bitwise-or
// expressions or starred ones, separated by commas.
func (p *parser) parseTargetList() Expr {
	first := p.parseTarget()
	if p.tok.kind != COMMA {
		return first
	}
	t := &Tuple{Lparen: first.Pos(), Elts: []Expr{first}}
	for p.got(COMMA) {
		if p.tok.kind == IN || p.tok.kind == EQ {
			break
		}
		t.Elts = append(t.Elts, p.parseTarget())
	}
	return t
}

func (p *parser) parseTarget() Expr {
	if p.tok.kind == STAR {
		return p.parseStarred()
	}
	return p.parseBitOr()
}

// parseStarred parses a starred bitwise-or expression, *x.
func (p *parser) parseStarred() Expr {
	pos := p.tok.pos
	p.next()
	return &Starred{StarPos: pos, Value: p.parseBitOr()}
}

// parseClause parses a clause keyword (else, finally) and the block
// after it.
func (p *parser) parseClause(what string) []Stmt {
	line := p.tok.pos.Line
	p.next()
	return p.parseBlock(what, line)
}

func (p *parser) parseTry() Stmt {
	pos := p.tok.pos
	p.next()
	s := &Try{TryPos: pos, Body: p.parseBlock("'try' statement", pos.Line)}
	for p.tok.kind == EXCEPT {
		h := &ExceptHandler{ExceptPos: p.tok.pos}
		p.next()
		if p.tok.kind == STAR {
			p.errorAt(p.tok.pos, "'except*' is not supported")
		}
		if p.tok.kind != COLON {
			h.Type = p.parseExpr()
			if p.tok.kind == COMMA {
				p.errorAt(h.Type.Pos(), "multiple exception types must be parenthesized")
			}
			if p.got(AS) {
				if p.tok.kind != NAME {
					p.syntaxError()
				}
				h.Name = p.tok.str
				p.next()
			}
		}
		h.Body = p.parseBlock("'except' statement", h.ExceptPos.Line)
		s.Handlers = append(s.Handlers, h)
	}
	if p.tok.kind == ELSE && len(s.Handlers) > 0 {
		s.OrElse = p.parseClause("'else' statement")
	}
	if p.tok.kind == FINALLY {
		s.Finalbody = p.parseClause("'finally' statement")
	}
	if len(s.Handlers) == 0 && s.Finalbody == nil {
		p.errorAt(p.tok.pos, "expected 'except' or 'finally' block")
	}
	return s
}

func (p *parser) parseWith() Stmt {
	pos := p.tok.pos
	p.next()
	s := &With{WithPos: pos}
	if p.tok.kind == LPAREN {
		if items := p.tryParenWithItems(); items != nil {
			s.Items = items
			s.Body = p.parseBlock("'with' statement", pos.Line)
			return s
		}
	}
	for {
		item := &WithItem{Context: p.parseExpr()}
		if p.got(AS) {
			item.Vars = p.parseTarget()
			p.checkTarget(item.Vars, "assign to")
		}
		s.Items = append(s.Items, item)
		if !p.got(COMMA) {
			break
		}
	}
	s.Body = p.parseBlock("'with' statement", pos.Line)
	return s
}

// parserState is a snapshot of the parser and scanner for backtracking.
type parserState struct {
	sc       scanner
	brackets []bracket
	indents  []int
	alt      []int
	tok      token
	prevEnd  Pos
	peeked   bool
	peekTok  token
	compErr  *Error
}

func (p *parser) save() *parserState {
	return &parserState{
		sc:       *p.sc,
		brackets: append([]bracket(nil), p.sc.brackets...),
		indents:  append([]int(nil), p.sc.indents...),
		alt:      append([]int(nil), p.sc.altIndents...),
		tok:      p.tok,
		prevEnd:  p.prevEnd,
		peeked:   p.peeked,
		peekTok:  p.peekTok,
		compErr:  p.compErr,
	}
}

func (p *parser) restore(st *parserState) {
	*p.sc = st.sc
	p.sc.brackets = st.brackets
	p.sc.indents = st.indents
	p.sc.altIndents = st.alt
	p.tok, p.prevEnd = st.tok, st.prevEnd
	p.peeked, p.peekTok = st.peeked, st.peekTok
	p.compErr = st.compErr
}

// tryParenWithItems tries to parse "(item, ...):" where the items are
// in parentheses; it returns nil, having consumed nothing, if the
// parenthesis is instead part of the first context expression.
func (p *parser) tryParenWithItems() (items []*WithItem) {
	st := p.save()
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(scanError); !ok {
				panic(r)
			}
			p.restore(st)
			items = nil
		}
	}()
	p.next()
	for p.tok.kind != RPAREN {
		item := &WithItem{Context: p.parseExpr()}
		if p.got(AS) {
			item.Vars = p.parseTarget()
			p.checkTarget(item.Vars, "assign to")
		}
		items = append(items, item)
		if !p.got(COMMA) {
			break
		}
	}
	p.expect(RPAREN)
	if p.tok.kind != COLON || len(items) == 0 {
		p.restore(st)
		return nil
	}
	return items
}

func (p *parser) parseDecorated() Stmt {
	var decorators []Expr
	for p.tok.kind == AT {
		p.next()
		decorators = append(decorators, p.parseNamedExpr())
		if p.tok.kind != NEWLINE {
			p.syntaxError()
		}
		p.next()
	}
	switch p.tok.kind {
	case DEF:
		return p.parseDef(decorators)
	case CLASS:
		return p.parseClass(decorators)
	case ASYNC:
		p.errorAt(p.tok.pos, "'async' is not supported")
	}
	p.syntaxError()
	return nil
}

func (p *parser) parseDef(decorators []Expr) Stmt {
	pos := p.tok.pos
	p.next()
	if p.tok.kind != NAME {
		p.syntaxError()
	}
	s := &FunctionDef{DefPos: pos, Name: p.tok.str, Decorators: decorators}
	p.next()
	if p.tok.kind != LPAREN {
		p.errorAt(p.tok.pos, "expected '('")
	}
	p.next()
	s.Args = p.parseParams(RPAREN, true)
	p.expect(RPAREN)
	if p.got(ARROW) {
		s.Returns = p.parseExpr()
	}
	inFunc, loops := p.inFunc, p.loopDepth
	p.inFunc, p.loopDepth = true, 0
	s.Body = p.parseBlock("function definition", pos.Line)
	p.inFunc, p.loopDepth = inFunc, loops
	return s
}

func (p *parser) parseClass(decorators []Expr) Stmt {
	pos := p.tok.pos
	p.next()
	if p.tok.kind != NAME {
		p.syntaxError()
	}
	s := &ClassDef{ClassPos: pos, Name: p.tok.str, Decorators: decorators}
	p.next()
	if p.tok.kind == LPAREN {
		p.next()
		s.Bases, s.Keywords = p.parseCallArgs(true)
		p.expect(RPAREN)
	}
	inFunc, loops := p.inFunc, p.loopDepth
	p.inFunc, p.loopDepth = false, 0
	s.Body = p.parseBlock("class definition", pos.Line)
	p.inFunc, p.loopDepth = inFunc, loops
	return s
}

// parseParams parses a def (annotations allowed) or lambda parameter
// list up to, not including, the closing token.
func (p *parser) parseParams(close Token, annotations bool) *Arguments {
	a := &Arguments{}
	seenStar := false
	bareStar := Pos{}
	param := func() *Arg {
		if p.tok.kind != NAME {
			p.syntaxError()
		}
		arg := &Arg{NamePos: p.tok.pos, Name: p.tok.str}
		p.next()
		if annotations && p.got(COLON) {
			arg.Annotation = p.parseExpr()
		}
		return arg
	}
	for p.tok.kind != close {
		switch p.tok.kind {
		case STAR:
			starPos := p.tok.pos
			if seenStar {
				p.errorAt(starPos, "* argument may appear only once")
			}
			seenStar = true
			p.next()
			if p.tok.kind == NAME {
				a.Vararg = param()
			} else {
				bareStar = starPos
			}
		case STARSTAR:
			p.next()
			a.Kwarg = param()
			if p.tok.kind == EQ {
				p.errorAt(p.tok.pos, "var-keyword argument cannot have default value")
			}
			p.got(COMMA)
			if p.tok.kind != close {
				p.errorAt(p.tok.pos, "arguments cannot follow var-keyword argument")
			}
			continue
		case SLASH:
			p.errorAt(p.tok.pos, "positional-only parameters are not supported")
		case LPAREN:
			if annotations {
				p.errorAt(p.tok.pos, "Function parameters cannot be parenthesized")
			}
			p.errorAt(p.tok.pos, "Lambda expression parameters cannot be parenthesized")
		default:
			arg := param()
			var def Expr
			if p.got(EQ) {
				def = p.parseExpr()
				if p.tok.kind != COMMA && p.tok.kind != close {
					p.expectSeparator(def)
				}
			}
			if seenStar {
				a.KwOnly = append(a.KwOnly, arg)
				a.KwDefaults = append(a.KwDefaults, def)
			} else {
				a.Args = append(a.Args, arg)
				if def != nil {
					a.Defaults = append(a.Defaults, def)
				} else if len(a.Defaults) > 0 {
					p.errorAt(arg.NamePos, "non-default argument follows default argument")
				}
			}
		}
		if p.tok.kind == EQ && seenStar && a.Vararg != nil && len(a.KwOnly) == 0 {
			p.errorAt(p.tok.pos, "var-positional argument cannot have default value")
		}
		if p.tok.kind != COMMA {
			break
		}
		p.next()
	}
	if bareStar.IsValid() && len(a.KwOnly) == 0 {
		p.errorAt(bareStar, "named arguments must follow bare *")
	}
	if p.tok.kind != close {
		p.syntaxError()
	}
	return a
}

// ---- Expressions ----

// parseStarExprsOrYield parses star expressions or a yield expression.
func (p *parser) parseStarExprsOrYield() Expr {
	if p.tok.kind == YIELD {
		return p.parseYield()
	}
	return p.parseStarExprs()
}

// parseStarExprs parses a comma-separated list of possibly starred
// expressions; more than one, or a trailing comma, makes a tuple.
func (p *parser) parseStarExprs() Expr {
	first := p.parseStarExpr()
	if p.tok.kind != COMMA {
		return first
	}
	t := &Tuple{Lparen: first.Pos(), Elts: []Expr{first}}
	for p.tok.kind == COMMA {
		p.next()
		if !startsExpr(p.tok.kind) && p.tok.kind != STAR {
			break
		}
		t.Elts = append(t.Elts, p.parseStarExpr())
	}
	return t
}

func (p *parser) parseStarExpr() Expr {
	if p.tok.kind == STAR {
		return p.parseStarred()
	}
	return p.parseExpr()
}

// parseNamedExpr parses an expression where CPython would also accept
// an assignment expression.
func (p *parser) parseNamedExpr() Expr {
	x := p.parseExpr()
	p.checkWalrus(x)
	return x
}

// checkWalrus rejects an assignment expression x := ... where CPython
// would accept one.
func (p *parser) checkWalrus(x Expr) {
	if _, ok := x.(*Name); ok && p.tok.kind == WALRUS {
		p.errorAt(p.tok.pos, "assignment expressions are not supported")
	}
}

// parseCondition parses the condition of an if, elif or while.
func (p *parser) parseCondition() Expr {
	x := p.parseNamedExpr()
	if p.tok.kind == EQ {
		p.errorAt(x.Pos(), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
	}
	return x
}

// parseExpr parses a full expression: lambda or conditional.
func (p *parser) parseExpr() Expr {
	p.enter()
	defer p.leave()
	switch p.tok.kind {
	case LAMBDA:
		return p.parseLambda()
	}
	x := p.parseOr()
	if p.tok.kind == IF {
		p.next()
		test := p.parseOr()
		if p.tok.kind != ELSE {
			if p.tok.kind == COLON {
				p.syntaxError()
			}
			p.errorAt(x.Pos(), "expected 'else' after 'if' expression")
		}
		p.next()
		return &IfExp{Test: test, Body: x, OrElse: p.parseExpr()}
	}
	return x
}

// parseYield parses a yield expression. Generators are not supported, so
// it is always an error, reported after parsing as CPython's compiler
// would ("'yield' outside function") or as unsupported.
func (p *parser) parseYield() Expr {
	pos := p.tok.pos
	p.next()
	var x Expr = &Constant{ValuePos: pos}
	if p.got(FROM) {
		x = p.parseExpr()
	} else if startsExpr(p.tok.kind) || p.tok.kind == STAR {
		x = p.parseStarExprs()
	}
	if !p.inFunc {
		p.lateComp(pos, "'yield' outside function")
	} else {
		p.lateComp(pos, "'yield' is not supported")
	}
	return x
}

func (p *parser) parseLambda() Expr {
	pos := p.tok.pos
	p.next()
	args := p.parseParams(COLON, false)
	p.next()
	inFunc, loops := p.inFunc, p.loopDepth
	p.inFunc, p.loopDepth = true, 0
	body := p.parseExpr()
	p.inFunc, p.loopDepth = inFunc, loops
	return &Lambda{LambdaPos: pos, Args: args, Body: body}
}

func (p *parser) parseOr() Expr {
	x := p.parseAnd()
	if p.tok.kind != OR {
		return x
	}
	b := &BoolOp{OpPos: p.tok.pos, Op: OR, Values: []Expr{x}}
	for p.got(OR) {
		b.Values = append(b.Values, p.parseAnd())
	}
	return b
}

func (p *parser) parseAnd() Expr {
	x := p.parseNot()
	if p.tok.kind != AND {
		return x
	}
	b := &BoolOp{OpPos: p.tok.pos, Op: AND, Values: []Expr{x}}
	for p.got(AND) {
		b.Values = append(b.Values, p.parseNot())
	}
	return b
}

func (p *parser) parseNot() Expr {
	if p.tok.kind == NOT {
		p.enter()
		defer p.leave()
		pos := p.tok.pos
		p.next()
		return &UnaryOp{OpPos: pos, Op: NOT, Operand: p.parseNot()}
	}
	return p.parseComparison()
}

func (p *parser) parseComparison() Expr {
	x := p.parseBitOr()
	var c *Compare
	for {
		op := p.tok.kind
		pos := p.tok.pos
		switch op {
		case LT, GT, EQEQ, NEQ, LE, GE, IN:
			p.next()
		case IS:
			p.next()
			if p.got(NOT) {
				op = ISNOT
			}
		case NOT:
			if p.peek().kind != IN {
				return finishCompare(x, c)
			}
			p.next()
			p.next()
			op = NOTIN
		case ILLEGAL:
			if p.tok.end-p.tok.off == 2 && p.src[p.tok.off] == '<' {
				p.errorAt(pos, "invalid syntax")
			}
			return finishCompare(x, c)
		default:
			return finishCompare(x, c)
		}
		if c == nil {
			c = &Compare{Left: x}
		}
		c.Ops = append(c.Ops, op)
		c.OpPos = append(c.OpPos, pos)
		c.Comparators = append(c.Comparators, p.parseBitOr())
	}
}

func finishCompare(x Expr, c *Compare) Expr {
	if c == nil {
		return x
	}
	return c
}

// binaryPrec returns the precedence of a binary operator token (higher
// binds tighter), or 0.
func binaryPrec(k Token) int {
	switch k {
	case PIPE:
		return 1
	case CIRCUMFLEX:
		return 2
	case AMP:
		return 3
	case LTLT, GTGT:
		return 4
	case PLUS, MINUS:
		return 5
	case STAR, SLASH, SLASHSLASH, PERCENT, AT:
		return 6
	}
	return 0
}

func (p *parser) parseBitOr() Expr { return p.parseBinary(1) }

// parseBinary parses left-associative binary operators of precedence at
// least min.
func (p *parser) parseBinary(min int) Expr {
	x := p.parseFactor()
	links := 0
	defer func() { p.depth -= links }()
	for {
		prec := binaryPrec(p.tok.kind)
		if prec < min {
			return x
		}
		op, pos := p.tok.kind, p.tok.pos
		p.next()
		links++
		p.enter()
		y := p.parseBinary(prec + 1)
		b := p.alloc.binops.alloc()
		*b = BinOp{OpPos: pos, Left: x, Op: op, Right: y}
		x = b
	}
}

func (p *parser) parseFactor() Expr {
	switch p.tok.kind {
	case PLUS, MINUS, TILDE:
		p.enter()
		defer p.leave()
		op, pos := p.tok.kind, p.tok.pos
		p.next()
		return &UnaryOp{OpPos: pos, Op: op, Operand: p.parseFactor()}
	}
	x := p.parsePrimary()
	if p.tok.kind == STARSTAR {
		pos := p.tok.pos
		p.next()
		p.enter()
		defer p.leave()
		return &BinOp{OpPos: pos, Left: x, Op: STARSTAR, Right: p.parseFactor()}
	}
	return x
}

func (p *parser) parsePrimary() Expr {
	if p.tok.kind == AWAIT {
		pos := p.tok.pos
		p.next()
		if !p.inFunc {
			p.lateComp(pos, "'await' outside function")
		} else {
			p.lateComp(pos, "'await' outside async function")
		}
		return p.parsePrimary()
	}
	x := p.parseAtom()
	links := 0
	defer func() { p.depth -= links }()
	for {
		if k := p.tok.kind; k == DOT || k == LPAREN || k == LBRACK {
			links++
			p.enter()
		}
		switch p.tok.kind {
		case DOT:
			dot := p.tok.pos
			p.next()
			if p.tok.kind != NAME {
				p.syntaxError()
			}
			a := p.alloc.attrs.alloc()
			a.Value, a.Dot, a.Attr, a.AttrPos = x, dot, p.tok.str, p.tok.pos
			x = a
			p.next()
		case LPAREN:
			c := p.alloc.calls.alloc()
			c.Func, c.Lparen = x, p.tok.pos
			p.next()
			c.Args, c.Keywords = p.parseCallArgs(false)
			c.Rparen = p.expect(RPAREN)
			x = c
		case LBRACK:
			s := p.alloc.subs.alloc()
			s.Value, s.Lbrack = x, p.tok.pos
			p.next()
			s.Index = p.parseSubscript()
			p.expect(RBRACK)
			x = s
		default:
			return x
		}
	}
}

// parseCallArgs parses call arguments up to, not including, ')'.
func (p *parser) parseCallArgs(classDef bool) ([]Expr, []*Keyword) {
	var args []Expr
	var kws []*Keyword
	seenKw, seenKwUnpack := false, false
	for p.tok.kind != RPAREN {
		pos := p.tok.pos
		var last Expr
		switch p.tok.kind {
		case STAR:
			p.next()
			v := p.parseExpr()
			last = v
			if p.tok.kind == FOR {
				p.errorAt(pos, "iterable unpacking cannot be used in comprehension")
			}
			if seenKwUnpack {
				p.errorAt(pos, "iterable argument unpacking follows keyword argument unpacking")
			}
			args = append(args, &Starred{StarPos: pos, Value: v})
		case STARSTAR:
			p.next()
			last = p.parseExpr()
			k := p.alloc.kws.alloc()
			k.ArgPos, k.Value = pos, last
			kws = append(kws, k)
			seenKwUnpack = true
		default:
			x := p.parseExpr()
			switch p.tok.kind {
			case EQ:
				name, ok := x.(*Name)
				if !ok {
					p.errorAt(x.Pos(), "expression cannot contain assignment, perhaps you meant \"==\"?")
				}
				p.next()
				for _, k := range kws {
					if k.Arg == name.Id {
						p.lateComp(name.NamePos, "keyword argument repeated: %s", name.Id)
					}
				}
				last = p.parseExpr()
				k := p.alloc.kws.alloc()
				k.ArgPos, k.Arg, k.Value = pos, name.Id, last
				kws = append(kws, k)
				seenKw = true
			case FOR:
				if classDef {
					p.syntaxError()
				}
				g := &GeneratorExp{Lparen: x.Pos(), Elt: x, Generators: p.parseComprehension()}
				if p.tok.kind == COMMA || (len(args) > 0 || len(kws) > 0) && p.tok.kind == RPAREN {
					p.errorAt(x.Pos(), "Generator expression must be parenthesized")
				}
				args = append(args, g)
				last = g
			case WALRUS:
				p.checkWalrus(x)
				p.syntaxError()
			default:
				if seenKwUnpack {
					p.errorAt(x.Pos(), "positional argument follows keyword argument unpacking")
				}
				if seenKw {
					p.errorAt(x.Pos(), "positional argument follows keyword argument")
				}
				args = append(args, x)
				last = x
			}
		}
		if p.tok.kind != COMMA {
			if p.tok.kind != RPAREN {
				p.expectSeparator(last)
			}
			break
		}
		p.next()
	}
	return args, kws
}

// parseSubscript parses the inside of [...] after a primary.
func (p *parser) parseSubscript() Expr {
	first := p.parseSliceItem()
	if p.tok.kind != COMMA {
		if _, ok := first.(*Starred); ok {
			// a[*b] indexes with a tuple
			return &Tuple{Lparen: first.Pos(), Elts: []Expr{first}}
		}
		return first
	}
	t := &Tuple{Lparen: first.Pos(), Elts: []Expr{first}}
	for p.got(COMMA) {
		if p.tok.kind == RBRACK {
			break
		}
		t.Elts = append(t.Elts, p.parseSliceItem())
	}
	return t
}

func (p *parser) parseSliceItem() Expr {
	if p.tok.kind == STAR {
		return p.parseStarExpr()
	}
	var lower Expr
	if p.tok.kind != COLON {
		lower = p.parseNamedExpr()
		if p.tok.kind != COLON {
			if p.tok.kind != COMMA && p.tok.kind != RBRACK {
				p.expectSeparator(lower)
			}
			return lower
		}
	}
	s := &Slice{ColonPos: p.tok.pos, Lower: lower}
	p.next()
	if p.tok.kind != COLON && p.tok.kind != COMMA && p.tok.kind != RBRACK {
		s.Upper = p.parseExpr()
	}
	if p.got(COLON) {
		if p.tok.kind != COMMA && p.tok.kind != RBRACK {
			s.Step = p.parseExpr()
		}
	}
	return s
}

// parseComprehension parses one or more "for ... in ... if ..." clauses.
func (p *parser) parseComprehension() []*Comprehension {
	return p.parseComprehensionOf(nil)
}

// parseComprehensionOf is parseComprehension for element elt, which must
// not be starred.
func (p *parser) parseComprehensionOf(elt Expr) []*Comprehension {
	if s, ok := elt.(*Starred); ok {
		p.errorAt(s.Pos(), "iterable unpacking cannot be used in comprehension")
	}
	var gens []*Comprehension
	for p.tok.kind == FOR {
		c := &Comprehension{ForPos: p.tok.pos}
		p.next()
		c.Target = p.parseTargetList()
		if p.tok.kind != IN {
			p.expectSeparator(c.Target)
		}
		p.checkTarget(c.Target, "assign to")
		p.expect(IN)
		c.Iter = p.parseOr()
		for p.tok.kind == IF {
			p.next()
			c.Ifs = append(c.Ifs, p.parseOr())
		}
		gens = append(gens, c)
	}
	if p.tok.kind == ASYNC {
		p.errorAt(p.tok.pos, "'async' is not supported")
	}
	return gens
}

func (p *parser) parseAtom() Expr {
	pos := p.tok.pos
	switch p.tok.kind {
	case NAME:
		x := p.alloc.name(pos, p.tok.str)
		p.next()
		return x
	case INT:
		var x *Constant
		if p.tok.bval != nil {
			x = p.alloc.constant(pos, p.tok.bval)
		} else {
			x = p.alloc.constant(pos, p.tok.ival)
		}
		p.next()
		return x
	case FLOAT:
		x := p.alloc.constant(pos, p.tok.fval)
		p.next()
		return x
	case STRING, FSTRING:
		return p.parseStrings()
	case NONE:
		p.next()
		return p.alloc.constant(pos, nil)
	case TRUE:
		p.next()
		return p.alloc.constant(pos, true)
	case FALSE:
		p.next()
		return p.alloc.constant(pos, false)
	case ELLIPSIS:
		p.next()
		return &Constant{ValuePos: pos, Value: EllipsisType{}}
	case LPAREN:
		return p.parseParen()
	case LBRACK:
		return p.parseList()
	case LBRACE:
		return p.parseBrace()
	}
	p.syntaxError()
	return nil
}

func (p *parser) parseParen() Expr {
	pos := p.tok.pos
	p.next()
	if p.got(RPAREN) {
		return &Tuple{Lparen: pos}
	}
	if p.tok.kind == YIELD {
		x := p.parseYield()
		p.expect(RPAREN)
		return x
	}
	first := p.parseStarExpr()
	p.checkWalrus(first)
	switch p.tok.kind {
	case RPAREN:
		p.next()
		if s, ok := first.(*Starred); ok {
			p.errorAt(s.Pos(), "cannot use starred expression here")
		}
		return first
	case FOR:
		g := &GeneratorExp{Lparen: pos, Elt: first, Generators: p.parseComprehensionOf(first)}
		p.expect(RPAREN)
		return g
	case COMMA:
		t := &Tuple{Lparen: pos, Elts: []Expr{first}}
		for p.got(COMMA) {
			if p.tok.kind == RPAREN {
				break
			}
			e := p.parseStarExpr()
			p.checkWalrus(e)
			t.Elts = append(t.Elts, e)
			if p.tok.kind != COMMA && p.tok.kind != RPAREN {
				p.expectSeparator(e)
			}
		}
		p.expect(RPAREN)
		return t
	}
	p.expectSeparator(first)
	return nil
}

func (p *parser) parseList() Expr {
	pos := p.tok.pos
	p.next()
	l := &List{Lbrack: pos}
	if p.got(RBRACK) {
		return l
	}
	first := p.parseStarExpr()
	p.checkWalrus(first)
	if p.tok.kind == FOR {
		c := &ListComp{Lbrack: pos, Elt: first, Generators: p.parseComprehensionOf(first)}
		p.expect(RBRACK)
		return c
	}
	l.Elts = append(l.Elts, first)
	last := first
	for {
		if p.tok.kind == RBRACK {
			break
		}
		if p.tok.kind != COMMA {
			p.expectSeparator(last)
		}
		p.next()
		if p.tok.kind == RBRACK {
			break
		}
		last = p.parseStarExpr()
		p.checkWalrus(last)
		l.Elts = append(l.Elts, last)
	}
	p.next()
	return l
}

func (p *parser) parseDictValue() Expr {
	switch p.tok.kind {
	case STAR:
		p.errorAt(p.tok.pos, "cannot use a starred expression in a dictionary value")
	case COMMA, RBRACE:
		p.errorAt(p.prevEnd, "expression expected after dictionary key and ':'")
	}
	return p.parseExpr()
}

func (p *parser) parseBrace() Expr {
	pos := p.tok.pos
	p.next()
	if p.got(RBRACE) {
		return &Dict{Lbrace: pos}
	}
	// First item decides between a dict and a set.
	var key, value Expr
	if p.tok.kind == STARSTAR {
		p.next()
		value = p.parseBitOr()
		if p.tok.kind == FOR {
			p.errorAt(pos, "dict unpacking cannot be used in dict comprehension")
		}
	} else {
		key = p.parseStarExpr()
		if p.tok.kind == COLON {
			if _, ok := key.(*Starred); ok {
				p.syntaxError()
			}
			p.next()
			value = p.parseDictValue()
		}
	}
	if value == nil {
		// A set.
		if p.tok.kind == FOR {
			c := &SetComp{Lbrace: pos, Elt: key, Generators: p.parseComprehensionOf(key)}
			p.expect(RBRACE)
			return c
		}
		s := &Set{Lbrace: pos, Elts: []Expr{key}}
		last := key
		for {
			if p.tok.kind == RBRACE {
				break
			}
			if p.tok.kind != COMMA {
				p.expectSeparator(last)
			}
			p.next()
			if p.tok.kind == RBRACE {
				break
			}
			last = p.parseStarExpr()
			s.Elts = append(s.Elts, last)
		}
		p.next()
		return s
	}
	if key != nil && p.tok.kind == FOR {
		c := &DictComp{Lbrace: pos, Key: key, Value: value, Generators: p.parseComprehension()}
		p.expect(RBRACE)
		return c
	}
	d := &Dict{Lbrace: pos, Keys: []Expr{key}, Values: []Expr{value}}
	last := value
	for {
		if p.tok.kind == RBRACE {
			break
		}
		if p.tok.kind != COMMA {
			p.expectSeparator(last)
		}
		p.next()
		if p.tok.kind == RBRACE {
			break
		}
		if p.got(STARSTAR) {
			last = p.parseBitOr()
			d.Keys = append(d.Keys, nil)
			d.Values = append(d.Values, last)
			continue
		}
		k := p.parseExpr()
		if p.tok.kind != COLON {
			p.errorAt(k.Pos(), "':' expected after dictionary key")
		}
		p.next()
		last = p.parseDictValue()
		d.Keys = append(d.Keys, k)
		d.Values = append(d.Values, last)
	}
	p.next()
	return d
}
