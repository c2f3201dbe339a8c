package querymodel

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
)

// Node is any query-model node: a Frame, a Series, a *Dataset or a
// *GroupedSum. Nodes are interned: structurally equal nodes are the same
// pointer.
type Node interface {
	hdr() *header
}

// Frame is a node producing rows: a table, filtered or sorted rows, or a
// picked row per patient.
type Frame interface {
	Node
	// Dim says whether the frame has at most one row per patient.
	Dim() Dim
	// Schema lists the columns that SelectColumn may read.
	Schema() *TableSchema
}

// Series is a node producing one value per row (or per patient).
type Series interface {
	Node
	// Type is the element type of the series.
	Type() Type
	// Dim says whether the series has at most one value per patient.
	Dim() Dim
}

// header is embedded in every node.
type header struct {
	id  uint64
	dim Dim
	dom *Domain // nil is the patient domain
}

func (h *header) hdr() *header { return h }

// Dim returns the node's dimension.
func (h *header) Dim() Dim { return h.dim }

// ID returns the node's interning id: distinct nodes have distinct ids, and
// ids increase in creation order within a process. Useful for stable
// ordering; not stable across processes.
func ID(n Node) uint64 { return n.hdr().id }

// Domain identifies a set of rows that many-rows series can be combined
// over: a table (SelectTable) and the chain of filter conditions applied to
// it. Sorts do not change the domain. The patient domain, the root, is
// represented by nil. Domains are interned like nodes, so equal domains are
// the same pointer.
type Domain struct {
	parent *Domain
	table  *Table // for a table's own domain
	cond   Series // for a filter's domain
}

// Parent returns the domain this one was opened in (nil: the patient domain).
func (d *Domain) Parent() *Domain { return d.parent }

// Table returns the table at the root of the domain's chain.
func (d *Domain) Table() *Table {
	for d.table == nil {
		d = d.parent
	}
	return d.table
}

// DomainOf returns n's domain, nil for the patient domain (every node with
// one row per patient).
func DomainOf(n Node) *Domain { return n.hdr().dom }

func tableDomain(t *Table) *Domain {
	return internDomain(fmt.Sprintf("T%d", tableID(t)), &Domain{table: t})
}

func filterDomain(parent *Domain, cond Series) *Domain {
	return internDomain(fmt.Sprintf("F%p,%d", parent, ID(cond)), &Domain{parent: parent, cond: cond})
}

func internDomain(key string, d *Domain) *Domain {
	interner.Lock()
	defer interner.Unlock()
	if old, ok := interner.domains[key]; ok {
		return old
	}
	interner.domains[key] = d
	return d
}

// isAncestorOrSelf reports whether domain a is d or one of its ancestors.
// The patient domain (nil) is an ancestor of every domain.
func isAncestorOrSelf(a, d *Domain) bool {
	for {
		if a == d {
			return true
		}
		if d == nil {
			return false
		}
		d = d.parent
	}
}

// interning state, process-wide.
var interner = struct {
	sync.Mutex
	byKey   map[string]Node
	tables  map[*Table]uint64
	domains map[string]*Domain
	nextID  uint64
}{
	domains: make(map[string]*Domain),
	byKey:   make(map[string]Node),
	tables:  make(map[*Table]uint64),
}

// intern returns the existing node with key, or registers n under it.
func intern[N Node](key string, n N) N {
	interner.Lock()
	defer interner.Unlock()
	if old, ok := interner.byKey[key]; ok {
		return old.(N)
	}
	interner.nextID++
	n.hdr().id = interner.nextID
	interner.byKey[key] = n
	return n
}

// identityID gives a stable small number to pointer-identified payloads.
func tableID(t *Table) uint64 {
	interner.Lock()
	defer interner.Unlock()
	id, ok := interner.tables[t]
	if !ok {
		interner.nextID++
		id = interner.nextID
		interner.tables[t] = id
	}
	return id
}

// keyBuilder writes canonical node keys.
type keyBuilder struct{ b strings.Builder }

func newKey(kind string) *keyBuilder {
	k := &keyBuilder{}
	k.b.WriteString(kind)
	k.b.WriteByte('(')
	return k
}

func (k *keyBuilder) node(n Node) *keyBuilder {
	if n == nil {
		k.b.WriteString("_,")
		return k
	}
	k.b.WriteString("#")
	k.b.WriteString(strconv.FormatUint(n.hdr().id, 10))
	k.b.WriteByte(',')
	return k
}

func (k *keyBuilder) str(s string) *keyBuilder {
	k.b.WriteString(strconv.Quote(s))
	k.b.WriteByte(',')
	return k
}

func (k *keyBuilder) raw(s string) *keyBuilder {
	k.b.WriteString(s)
	k.b.WriteByte(',')
	return k
}

func (k *keyBuilder) String() string { return k.b.String() + ")" }
