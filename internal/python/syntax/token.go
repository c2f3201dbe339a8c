package syntax

import "fmt"

// Pos is a position in a source file: 1-based line and column (column counts
// Unicode code points, as CPython's tracebacks do). The zero Pos is unknown.
type Pos struct {
	Line int32
	Col  int32
}

// IsValid reports whether the position is known.
func (p Pos) IsValid() bool { return p.Line > 0 }

func (p Pos) String() string { return fmt.Sprintf("%d:%d", p.Line, p.Col) }

// Token is a lexical token kind.
type Token int8

// The tokens. Operator tokens are also used in the tree to name operators.
const (
	ILLEGAL Token = iota
	EOF
	NEWLINE
	INDENT
	DEDENT

	NAME   // identifier
	INT    // 123, 0x7f, 1_000
	FLOAT  // 1.5, 1e3
	STRING // any string literal, after escape processing
	FSTRING

	// Operators and punctuation.
	PLUS       // +
	MINUS      // -
	STAR       // *
	SLASH      // /
	SLASHSLASH // //
	PERCENT    // %
	STARSTAR   // **
	AT         // @
	AMP        // &
	PIPE       // |
	CIRCUMFLEX // ^
	TILDE      // ~
	LTLT       // <<
	GTGT       // >>
	LT         // <
	GT         // >
	LE         // <=
	GE         // >=
	EQEQ       // ==
	NEQ        // !=
	EQ         // =
	LPAREN     // (
	RPAREN     // )
	LBRACK     // [
	RBRACK     // ]
	LBRACE     // {
	RBRACE     // }
	COMMA      // ,
	COLON      // :
	SEMI       // ;
	DOT        // .
	ARROW      // ->
	ELLIPSIS   // ...
	WALRUS     // :=

	// Augmented assignment operators.
	PLUSEQ       // +=
	MINUSEQ      // -=
	STAREQ       // *=
	SLASHEQ      // /=
	SLASHSLASHEQ // //=
	PERCENTEQ    // %=
	STARSTAREQ   // **=
	ATEQ         // @=
	AMPEQ        // &=
	PIPEEQ       // |=
	CIRCUMFLEXEQ // ^=
	LTLTEQ       // <<=
	GTGTEQ       // >>=

	// Keywords.
	AND
	AS
	ASSERT
	ASYNC
	AWAIT
	BREAK
	CLASS
	CONTINUE
	DEF
	DEL
	ELIF
	ELSE
	EXCEPT
	FALSE
	FINALLY
	FOR
	FROM
	GLOBAL
	IF
	IMPORT
	IN
	IS
	LAMBDA
	NONE
	NONLOCAL
	NOT
	OR
	PASS
	RAISE
	RETURN
	TRUE
	TRY
	WHILE
	WITH
	YIELD

	// Composite comparison operators, used only in the tree.
	NOTIN // not in
	ISNOT // is not
)

var tokenNames = [...]string{
	ILLEGAL: "illegal token",
	EOF:     "end of file",
	NEWLINE: "newline",
	INDENT:  "indent",
	DEDENT:  "dedent",
	NAME:    "name",
	INT:     "integer literal",
	FLOAT:   "float literal",
	STRING:  "string literal",
	FSTRING: "f-string",

	PLUS:       "+",
	MINUS:      "-",
	STAR:       "*",
	SLASH:      "/",
	SLASHSLASH: "//",
	PERCENT:    "%",
	STARSTAR:   "**",
	AT:         "@",
	AMP:        "&",
	PIPE:       "|",
	CIRCUMFLEX: "^",
	TILDE:      "~",
	LTLT:       "<<",
	GTGT:       ">>",
	LT:         "<",
	GT:         ">",
	LE:         "<=",
	GE:         ">=",
	EQEQ:       "==",
	NEQ:        "!=",
	EQ:         "=",
	LPAREN:     "(",
	RPAREN:     ")",
	LBRACK:     "[",
	RBRACK:     "]",
	LBRACE:     "{",
	RBRACE:     "}",
	COMMA:      ",",
	COLON:      ":",
	SEMI:       ";",
	DOT:        ".",
	ARROW:      "->",
	ELLIPSIS:   "...",
	WALRUS:     ":=",

	PLUSEQ:       "+=",
	MINUSEQ:      "-=",
	STAREQ:       "*=",
	SLASHEQ:      "/=",
	SLASHSLASHEQ: "//=",
	PERCENTEQ:    "%=",
	STARSTAREQ:   "**=",
	ATEQ:         "@=",
	AMPEQ:        "&=",
	PIPEEQ:       "|=",
	CIRCUMFLEXEQ: "^=",
	LTLTEQ:       "<<=",
	GTGTEQ:       ">>=",

	AND:      "and",
	AS:       "as",
	ASSERT:   "assert",
	ASYNC:    "async",
	AWAIT:    "await",
	BREAK:    "break",
	CLASS:    "class",
	CONTINUE: "continue",
	DEF:      "def",
	DEL:      "del",
	ELIF:     "elif",
	ELSE:     "else",
	EXCEPT:   "except",
	FALSE:    "False",
	FINALLY:  "finally",
	FOR:      "for",
	FROM:     "from",
	GLOBAL:   "global",
	IF:       "if",
	IMPORT:   "import",
	IN:       "in",
	IS:       "is",
	LAMBDA:   "lambda",
	NONE:     "None",
	NONLOCAL: "nonlocal",
	NOT:      "not",
	OR:       "or",
	PASS:     "pass",
	RAISE:    "raise",
	RETURN:   "return",
	TRUE:     "True",
	TRY:      "try",
	WHILE:    "while",
	WITH:     "with",
	YIELD:    "yield",

	NOTIN: "not in",
	ISNOT: "is not",
}

// String returns the token's spelling for operators and keywords, or a
// description for the other kinds. Operator spellings are what Python shows
// in messages such as "unsupported operand type(s) for +".
func (t Token) String() string {
	if int(t) < len(tokenNames) && tokenNames[t] != "" {
		return tokenNames[t]
	}
	return fmt.Sprintf("token(%d)", int(t))
}

// Keywords maps each keyword's spelling to its token.
var Keywords = map[string]Token{}

func init() {
	for t := AND; t <= YIELD; t++ {
		Keywords[tokenNames[t]] = t
	}
}

// AugOp returns the binary operator of an augmented assignment token
// (PLUS for PLUSEQ), or ILLEGAL.
func AugOp(t Token) Token {
	switch t {
	case PLUSEQ:
		return PLUS
	case MINUSEQ:
		return MINUS
	case STAREQ:
		return STAR
	case SLASHEQ:
		return SLASH
	case SLASHSLASHEQ:
		return SLASHSLASH
	case PERCENTEQ:
		return PERCENT
	case STARSTAREQ:
		return STARSTAR
	case ATEQ:
		return AT
	case AMPEQ:
		return AMP
	case PIPEEQ:
		return PIPE
	case CIRCUMFLEXEQ:
		return CIRCUMFLEX
	case LTLTEQ:
		return LTLT
	case GTGTEQ:
		return GTGT
	}
	return ILLEGAL
}

// Error is a syntax error at a position. Kind is "SyntaxError" or
// "IndentationError" (Python's exception class for it); Msg is Python's
// message text.
type Error struct {
	Filename string
	Pos      Pos
	Kind     string
	Msg      string
}

func (e *Error) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s: %s", e.Filename, e.Pos.Line, e.Pos.Col, e.Kind, e.Msg)
}
