package syntax

// This file defines the syntax tree produced by Parse. Every node records the
// position of its first token; statements also record where they end so that
// tracebacks can quote the source line.

// Node is any node of the syntax tree.
type Node interface {
	// Pos returns the position of the node's first token.
	Pos() Pos
}

// Expr is an expression node.
type Expr interface {
	Node
	expr()
}

// Stmt is a statement node.
type Stmt interface {
	Node
	stmt()
}

// File is a parsed source file (a module).
type File struct {
	Name string // file name as given to Parse
	Body []Stmt
}

// ---- Expressions ----

type (
	// Name is an identifier reference, e.g. x.
	Name struct {
		NamePos Pos
		Id      string
	}

	// Constant is a literal: an int (int64, or *big.Int for integer
	// literals that do not fit in 64 bits, never modified), float64,
	// string, bool, nil (None) or Ellipsis, held in Value.
	Constant struct {
		ValuePos Pos
		Value    any // int64 | *big.Int | float64 | string | bool | nil | EllipsisType
	}

	// JoinedStr is an f-string: literal parts are *Constant strings, the
	// others *FormattedValue.
	JoinedStr struct {
		StrPos Pos
		Values []Expr
	}

	// FormattedValue is one {value!conv:spec} field of an f-string.
	FormattedValue struct {
		ValuePos   Pos
		Value      Expr
		Conversion rune       // 0, 's', 'r' or 'a'
		FormatSpec *JoinedStr // nil if absent
	}

	// BinOp is a binary operator expression such as a + b or a & b.
	BinOp struct {
		OpPos Pos // position of the operator token
		Left  Expr
		Op    Token // PLUS, MINUS, STAR, SLASH, SLASHSLASH, PERCENT, STARSTAR, AMP, PIPE, CIRCUMFLEX, LTLT, GTGT, AT
		Right Expr
	}

	// UnaryOp is -x, +x, ~x or not x.
	UnaryOp struct {
		OpPos   Pos
		Op      Token // MINUS, PLUS, TILDE, NOT
		Operand Expr
	}

	// BoolOp is a chain of and/or: Values[0] op Values[1] op ...
	BoolOp struct {
		OpPos  Pos
		Op     Token // AND or OR
		Values []Expr
	}

	// Compare is a (possibly chained) comparison: Left Ops[0] Comparators[0] ...
	Compare struct {
		Left        Expr
		Ops         []Token // LT, GT, EQEQ, NEQ, LE, GE, IN, NOTIN, IS, ISNOT
		OpPos       []Pos
		Comparators []Expr
	}

	// IfExp is Body if Test else OrElse.
	IfExp struct {
		Test   Expr
		Body   Expr
		OrElse Expr
	}

	// Lambda is lambda args: Body.
	Lambda struct {
		LambdaPos Pos
		Args      *Arguments
		Body      Expr
	}

	// Call is Func(Args..., Keywords...). Positional arguments may include
	// *Starred (f(*xs)); keywords with an empty Arg are **mapping arguments.
	Call struct {
		Func     Expr
		Lparen   Pos
		Args     []Expr
		Keywords []*Keyword
		Rparen   Pos
	}

	// Attribute is Value.Attr.
	Attribute struct {
		Value   Expr
		Dot     Pos
		Attr    string
		AttrPos Pos
	}

	// Subscript is Value[Index]; Index may be a *Slice or a *Tuple of them.
	Subscript struct {
		Value  Expr
		Lbrack Pos
		Index  Expr
	}

	// Slice is lower:upper:step inside a subscript; any part may be nil.
	Slice struct {
		ColonPos Pos
		Lower    Expr
		Upper    Expr
		Step     Expr
	}

	// Starred is *Value, in calls, displays and assignment targets.
	Starred struct {
		StarPos Pos
		Value   Expr
	}

	// List is [Elts...].
	List struct {
		Lbrack Pos
		Elts   []Expr
	}

	// Tuple is (Elts...) or a bare a, b. Lparen is the position of the
	// first element when there are no parentheses.
	Tuple struct {
		Lparen Pos
		Elts   []Expr
	}

	// Set is {Elts...} (non-empty).
	Set struct {
		Lbrace Pos
		Elts   []Expr
	}

	// Dict is {k: v, **m, ...}. A nil key marks a **m entry whose mapping is
	// the corresponding value.
	Dict struct {
		Lbrace Pos
		Keys   []Expr
		Values []Expr
	}

	// ListComp is [Elt for ... if ...].
	ListComp struct {
		Lbrack     Pos
		Elt        Expr
		Generators []*Comprehension
	}

	// SetComp is {Elt for ...}.
	SetComp struct {
		Lbrace     Pos
		Elt        Expr
		Generators []*Comprehension
	}

	// DictComp is {Key: Value for ...}.
	DictComp struct {
		Lbrace     Pos
		Key        Expr
		Value      Expr
		Generators []*Comprehension
	}

	// GeneratorExp is (Elt for ...), also the bare form as a sole call argument.
	GeneratorExp struct {
		Lparen     Pos
		Elt        Expr
		Generators []*Comprehension
	}
)

// EllipsisType is the Go value of the literal `...`.
type EllipsisType struct{}

// Comprehension is one "for Target in Iter if Ifs..." clause.
type Comprehension struct {
	ForPos Pos
	Target Expr
	Iter   Expr
	Ifs    []Expr
}

// Keyword is a keyword argument Arg=Value in a call; Arg == "" means **Value.
type Keyword struct {
	ArgPos Pos
	Arg    string
	Value  Expr
}

// Arguments is the parameter list of a def or lambda.
//
// Positional parameters come first; Defaults align with the last
// len(Defaults) of them. KwOnly parameters follow a bare * or *args;
// KwDefaults has one entry per KwOnly parameter (nil when required).
type Arguments struct {
	Args       []*Arg
	Defaults   []Expr
	Vararg     *Arg // *args, or nil
	KwOnly     []*Arg
	KwDefaults []Expr
	Kwarg      *Arg // **kwargs, or nil
}

// Arg is one parameter, with its optional annotation.
type Arg struct {
	NamePos    Pos
	Name       string
	Annotation Expr // nil if absent
}

func (x *Name) Pos() Pos           { return x.NamePos }
func (x *Constant) Pos() Pos       { return x.ValuePos }
func (x *JoinedStr) Pos() Pos      { return x.StrPos }
func (x *FormattedValue) Pos() Pos { return x.ValuePos }
func (x *BinOp) Pos() Pos          { return x.Left.Pos() }
func (x *UnaryOp) Pos() Pos        { return x.OpPos }
func (x *BoolOp) Pos() Pos         { return x.Values[0].Pos() }
func (x *Compare) Pos() Pos        { return x.Left.Pos() }
func (x *IfExp) Pos() Pos          { return x.Body.Pos() }
func (x *Lambda) Pos() Pos         { return x.LambdaPos }
func (x *Call) Pos() Pos           { return x.Func.Pos() }
func (x *Attribute) Pos() Pos      { return x.Value.Pos() }
func (x *Subscript) Pos() Pos      { return x.Value.Pos() }
func (x *Slice) Pos() Pos          { return x.ColonPos }
func (x *Starred) Pos() Pos        { return x.StarPos }
func (x *List) Pos() Pos           { return x.Lbrack }
func (x *Tuple) Pos() Pos          { return x.Lparen }
func (x *Set) Pos() Pos            { return x.Lbrace }
func (x *Dict) Pos() Pos           { return x.Lbrace }
func (x *ListComp) Pos() Pos       { return x.Lbrack }
func (x *SetComp) Pos() Pos        { return x.Lbrace }
func (x *DictComp) Pos() Pos       { return x.Lbrace }
func (x *GeneratorExp) Pos() Pos   { return x.Lparen }
func (x *Comprehension) Pos() Pos  { return x.ForPos }
func (x *Keyword) Pos() Pos        { return x.ArgPos }
func (x *Arg) Pos() Pos            { return x.NamePos }

func (*Name) expr()           {}
func (*Constant) expr()       {}
func (*JoinedStr) expr()      {}
func (*FormattedValue) expr() {}
func (*BinOp) expr()          {}
func (*UnaryOp) expr()        {}
func (*BoolOp) expr()         {}
func (*Compare) expr()        {}
func (*IfExp) expr()          {}
func (*Lambda) expr()         {}
func (*Call) expr()           {}
func (*Attribute) expr()      {}
func (*Subscript) expr()      {}
func (*Slice) expr()          {}
func (*Starred) expr()        {}
func (*List) expr()           {}
func (*Tuple) expr()          {}
func (*Set) expr()            {}
func (*Dict) expr()           {}
func (*ListComp) expr()       {}
func (*SetComp) expr()        {}
func (*DictComp) expr()       {}
func (*GeneratorExp) expr()   {}

// ---- Statements ----

type (
	// ExprStmt is an expression evaluated for its effect.
	ExprStmt struct {
		X Expr
	}

	// Assign is Targets[0] = Targets[1] = ... = Value. Targets are Name,
	// Attribute, Subscript, Tuple or List (possibly containing one Starred).
	Assign struct {
		Targets []Expr
		EqPos   Pos
		Value   Expr
	}

	// AugAssign is Target op= Value; Op is the binary operator (PLUS for +=).
	AugAssign struct {
		Target Expr
		OpPos  Pos
		Op     Token
		Value  Expr
	}

	// AnnAssign is Target: Annotation [= Value].
	AnnAssign struct {
		Target     Expr
		Annotation Expr
		Value      Expr // nil if absent
	}

	// FunctionDef is a def statement.
	FunctionDef struct {
		DefPos     Pos
		Name       string
		Args       *Arguments
		Body       []Stmt
		Decorators []Expr
		Returns    Expr // nil if absent
	}

	// ClassDef is a class statement.
	ClassDef struct {
		ClassPos   Pos
		Name       string
		Bases      []Expr
		Keywords   []*Keyword
		Body       []Stmt
		Decorators []Expr
	}

	// Return is return [Value].
	Return struct {
		ReturnPos Pos
		Value     Expr // nil if absent
	}

	// Delete is del Targets...
	Delete struct {
		DelPos  Pos
		Targets []Expr
	}

	// If is if/elif/else; an elif is an If as the only statement of OrElse.
	If struct {
		IfPos  Pos
		Test   Expr
		Body   []Stmt
		OrElse []Stmt
	}

	// For is for Target in Iter: Body else: OrElse.
	For struct {
		ForPos Pos
		Target Expr
		Iter   Expr
		Body   []Stmt
		OrElse []Stmt
	}

	// While is while Test: Body else: OrElse.
	While struct {
		WhilePos Pos
		Test     Expr
		Body     []Stmt
		OrElse   []Stmt
	}

	// With is with Items: Body.
	With struct {
		WithPos Pos
		Items   []*WithItem
		Body    []Stmt
	}

	// Raise is raise [Exc [from Cause]].
	Raise struct {
		RaisePos Pos
		Exc      Expr // nil for a bare re-raise
		Cause    Expr // nil if absent
	}

	// Try is try/except/else/finally.
	Try struct {
		TryPos    Pos
		Body      []Stmt
		Handlers  []*ExceptHandler
		OrElse    []Stmt
		Finalbody []Stmt
	}

	// Assert is assert Test[, Msg].
	Assert struct {
		AssertPos Pos
		Test      Expr
		Msg       Expr // nil if absent
	}

	// Import is import a.b.c [as d], ...
	Import struct {
		ImportPos Pos
		Names     []*Alias
	}

	// ImportFrom is from Module import names (Names is nil for *).
	// Level counts leading dots of a relative import.
	ImportFrom struct {
		FromPos Pos
		Module  string
		Names   []*Alias // nil means "import *"
		Level   int
	}

	// Global is global Names...
	Global struct {
		GlobalPos Pos
		Names     []string
	}

	// Nonlocal is nonlocal Names...
	Nonlocal struct {
		NonlocalPos Pos
		Names       []string
	}

	// Pass, Break and Continue are the simple statements of those names.
	Pass struct {
		PassPos Pos
	}
	Break struct {
		BreakPos Pos
	}
	Continue struct {
		ContinuePos Pos
	}
)

// WithItem is one "Context [as Vars]" of a with statement.
type WithItem struct {
	Context Expr
	Vars    Expr // nil if absent
}

// ExceptHandler is one "except [Type [as Name]]:" clause.
type ExceptHandler struct {
	ExceptPos Pos
	Type      Expr   // nil for a bare except
	Name      string // "" if absent
	Body      []Stmt
}

// Alias is "Name [as AsName]" in an import; Name may be dotted.
type Alias struct {
	NamePos Pos
	Name    string
	AsName  string // "" if absent
}

func (s *ExprStmt) Pos() Pos      { return s.X.Pos() }
func (s *Assign) Pos() Pos        { return s.Targets[0].Pos() }
func (s *AugAssign) Pos() Pos     { return s.Target.Pos() }
func (s *AnnAssign) Pos() Pos     { return s.Target.Pos() }
func (s *FunctionDef) Pos() Pos   { return s.DefPos }
func (s *ClassDef) Pos() Pos      { return s.ClassPos }
func (s *Return) Pos() Pos        { return s.ReturnPos }
func (s *Delete) Pos() Pos        { return s.DelPos }
func (s *If) Pos() Pos            { return s.IfPos }
func (s *For) Pos() Pos           { return s.ForPos }
func (s *While) Pos() Pos         { return s.WhilePos }
func (s *With) Pos() Pos          { return s.WithPos }
func (s *Raise) Pos() Pos         { return s.RaisePos }
func (s *Try) Pos() Pos           { return s.TryPos }
func (s *Assert) Pos() Pos        { return s.AssertPos }
func (s *Import) Pos() Pos        { return s.ImportPos }
func (s *ImportFrom) Pos() Pos    { return s.FromPos }
func (s *Global) Pos() Pos        { return s.GlobalPos }
func (s *Nonlocal) Pos() Pos      { return s.NonlocalPos }
func (s *Pass) Pos() Pos          { return s.PassPos }
func (s *Break) Pos() Pos         { return s.BreakPos }
func (s *Continue) Pos() Pos      { return s.ContinuePos }
func (h *ExceptHandler) Pos() Pos { return h.ExceptPos }
func (a *Alias) Pos() Pos         { return a.NamePos }
func (w *WithItem) Pos() Pos      { return w.Context.Pos() }

func (*ExprStmt) stmt()    {}
func (*Assign) stmt()      {}
func (*AugAssign) stmt()   {}
func (*AnnAssign) stmt()   {}
func (*FunctionDef) stmt() {}
func (*ClassDef) stmt()    {}
func (*Return) stmt()      {}
func (*Delete) stmt()      {}
func (*If) stmt()          {}
func (*For) stmt()         {}
func (*While) stmt()       {}
func (*With) stmt()        {}
func (*Raise) stmt()       {}
func (*Try) stmt()         {}
func (*Assert) stmt()      {}
func (*Import) stmt()      {}
func (*ImportFrom) stmt()  {}
func (*Global) stmt()      {}
func (*Nonlocal) stmt()    {}
func (*Pass) stmt()        {}
func (*Break) stmt()       {}
func (*Continue) stmt()    {}
