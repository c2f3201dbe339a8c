package syntax

// Nodes of the most common kinds are allocated in blocks, which makes
// parsing faster and leaves less work for the garbage collector. A tree
// keeps its blocks alive as long as any node in them is referenced.

const slabSize = 64

type slab[T any] struct{ buf []T }

func (s *slab[T]) alloc() *T {
	if len(s.buf) == 0 {
		s.buf = make([]T, slabSize)
	}
	x := &s.buf[0]
	s.buf = s.buf[1:]
	return x
}

// nodeAlloc holds the blocks, shared by a parser and its f-string
// sub-parsers.
type nodeAlloc struct {
	names  slab[Name]
	consts slab[Constant]
	attrs  slab[Attribute]
	calls  slab[Call]
	kws    slab[Keyword]
	binops slab[BinOp]
	subs   slab[Subscript]
	stmts  slab[ExprStmt]
	assign slab[Assign]
	fvals  slab[FormattedValue]
	joined slab[JoinedStr]
}

func (a *nodeAlloc) name(pos Pos, id string) *Name {
	x := a.names.alloc()
	x.NamePos, x.Id = pos, id
	return x
}

func (a *nodeAlloc) constant(pos Pos, v any) *Constant {
	x := a.consts.alloc()
	x.ValuePos, x.Value = pos, v
	return x
}
