package pipeline

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// kind is the resolved type of a node in our tree.
type kind int

const (
	kNull kind = iota
	kBool
	kInt
	kFloat
	kStr
	kOther // other scalar tags (timestamps, binary, custom tags)
	kMap
	kSeq
)

// node is one value of the document. Scalars keep their text in str;
// mappings keep keys and values in declaration order.
type node struct {
	kind  kind
	str   string
	pos   Pos
	keys  []*node
	vals  []*node
	items []*node
}

func (n *node) isScalar() bool { return n.kind < kMap }

// get returns the value for the scalar key k, or nil.
func (n *node) get(k string) *node {
	for i, key := range n.keys {
		if key.isScalar() && key.str == k {
			return n.vals[i]
		}
	}
	return nil
}

// maxNodes caps the size of the expanded tree, so alias bombs fail cleanly.
const maxNodes = 1_000_000

var bigIntRE = regexp.MustCompile(`^[-+]?[0-9][0-9_]*$`)

var lineRE = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// parseYAML decodes data into our tree. The top level must be a mapping.
func parseYAML(filename string, data []byte) (*node, error) {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	err := dec.Decode(&doc)
	if errors.Is(err, io.EOF) {
		return nil, &Error{Kind: Invalid, Pos: Pos{File: filename, Line: 1, Col: 1},
			Msg: "Project file must be a dictionary of key/value pairs (the file is empty)"}
	}
	if err != nil {
		return nil, syntaxError(filename, data, err)
	}
	var second yaml.Node
	if err := dec.Decode(&second); err == nil {
		return nil, &Error{Kind: Syntax, Pos: Pos{File: filename, Line: second.Line, Col: second.Column},
			Msg: "expected a single document in the stream"}
	} else if !errors.Is(err, io.EOF) {
		return nil, syntaxError(filename, data, err)
	}
	c := converter{file: filename}
	root := &doc
	if root.Kind == yaml.DocumentNode && len(root.Content) == 1 {
		root = root.Content[0]
	}
	n, err := c.convert(root)
	if err != nil {
		return nil, err
	}
	if n.kind != kMap {
		return nil, &Error{Kind: Invalid, Pos: n.pos,
			Msg: fmt.Sprintf("Project file must be a dictionary of key/value pairs, not %s", describe(n))}
	}
	return n, nil
}

func syntaxError(filename string, data []byte, err error) error {
	msg := err.Error()
	pos := Pos{File: filename}
	if m := lineRE.FindStringSubmatch(msg); m != nil {
		pos.Line, _ = strconv.Atoi(m[1])
		msg = m[2]
		// yaml.v3 reports parser errors (and this scanner error) with a
		// 0-based line; scanner errors are 1-based.
		if zeroBasedLine(msg) {
			pos.Line++
		}
	} else {
		msg = strings.TrimPrefix(msg, "yaml: ")
		// Without a line, the problem is on the first line, except for
		// unknown aliases, which we look for.
		pos.Line = 1
		if m := unknownAnchorRE.FindStringSubmatch(msg); m != nil {
			if i := bytes.Index(data, []byte("*"+m[1])); i >= 0 {
				pos.Line = 1 + bytes.Count(data[:i], []byte("\n"))
			}
		}
	}
	return &Error{Kind: Syntax, Pos: pos, Msg: msg}
}

var unknownAnchorRE = regexp.MustCompile(`^unknown anchor '(.*)' referenced$`)

// zeroBasedLine reports the yaml.v3 messages whose line is 0-based.
func zeroBasedLine(msg string) bool {
	switch msg {
	case "did not find expected <document start>", "did not find expected node content",
		"did not find expected key", "did not find expected '-' indicator",
		"did not find expected ',' or ']'", "did not find expected ',' or '}'",
		"found undefined tag handle", "found duplicate %YAML directive",
		"found incompatible YAML document", "found duplicate %TAG directive",
		"found a tab character that violates indentation":
		return true
	}
	return false
}

// describe names a node's type for messages.
func describe(n *node) string {
	switch n.kind {
	case kNull:
		return "an empty document"
	case kSeq:
		return "a list"
	case kMap:
		return "a dictionary"
	default:
		return "a single value"
	}
}

type converter struct {
	file  string
	count int
	depth int
	// expanding holds the anchors whose aliases are being expanded, to
	// reject self-referencing anchors.
	expanding map[*yaml.Node]bool
}

// maxDepth caps nesting, so deeply nested documents fail cleanly.
const maxDepth = 1000

func (c *converter) pos(y *yaml.Node) Pos { return Pos{File: c.file, Line: y.Line, Col: y.Column} }

func (c *converter) convert(y *yaml.Node) (*node, error) {
	c.count++
	if c.count > maxNodes {
		return nil, &Error{Kind: Syntax, Pos: c.pos(y), Msg: "document is too large after expanding aliases"}
	}
	c.depth++
	defer func() { c.depth-- }()
	if c.depth > maxDepth {
		return nil, &Error{Kind: Syntax, Pos: c.pos(y), Msg: "document is nested too deeply"}
	}
	switch y.Kind {
	case yaml.AliasNode:
		if y.Alias == nil {
			return nil, &Error{Kind: Syntax, Pos: c.pos(y), Msg: "unknown alias"}
		}
		if c.expanding[y.Alias] {
			return nil, &Error{Kind: Syntax, Pos: c.pos(y), Msg: "anchor '" + y.Value + "' value contains itself"}
		}
		if c.expanding == nil {
			c.expanding = map[*yaml.Node]bool{}
		}
		c.expanding[y.Alias] = true
		n, err := c.convert(y.Alias)
		delete(c.expanding, y.Alias)
		if err != nil {
			return nil, err
		}
		cp := *n
		cp.pos = c.pos(y)
		return &cp, nil
	case yaml.DocumentNode:
		if len(y.Content) == 0 {
			return &node{kind: kNull, pos: c.pos(y)}, nil
		}
		return c.convert(y.Content[0])
	case yaml.SequenceNode:
		n := &node{kind: kSeq, pos: c.pos(y)}
		for _, item := range y.Content {
			v, err := c.convert(item)
			if err != nil {
				return nil, err
			}
			n.items = append(n.items, v)
		}
		return n, nil
	case yaml.MappingNode:
		return c.mapping(y)
	case yaml.ScalarNode:
		n := &node{str: y.Value, pos: c.pos(y)}
		switch y.ShortTag() {
		case "!!null":
			n.kind = kNull
		case "!!bool":
			n.kind = kBool
		case "!!int":
			n.kind = kInt
		case "!!float":
			// yaml.v3 resolves integers beyond 64 bits as floats; YAML
			// loaders in Python keep them integers.
			n.kind = kFloat
			if y.Style == 0 && bigIntRE.MatchString(y.Value) {
				n.kind = kInt
			}
		case "!!str":
			n.kind = kStr
		default:
			n.kind = kOther
		}
		return n, nil
	}
	return nil, &Error{Kind: Syntax, Pos: c.pos(y), Msg: "unsupported YAML node"}
}

func (c *converter) mapping(y *yaml.Node) (*node, error) {
	n := &node{kind: kMap, pos: c.pos(y)}
	seen := map[string]int{}
	var merged []*node
	for i := 0; i+1 < len(y.Content); i += 2 {
		ky, vy := y.Content[i], y.Content[i+1]
		if ky.Kind == yaml.ScalarNode && ky.ShortTag() == "!!merge" {
			v, err := c.convert(vy)
			if err != nil {
				return nil, err
			}
			switch v.kind {
			case kMap:
				merged = append(merged, v)
			case kSeq:
				for _, it := range v.items {
					if it.kind != kMap {
						return nil, &Error{Kind: Syntax, Pos: it.pos, Msg: "merge key values must be mappings"}
					}
					merged = append(merged, it)
				}
			default:
				return nil, &Error{Kind: Syntax, Pos: v.pos, Msg: "merge key values must be mappings"}
			}
			continue
		}
		k, err := c.convert(ky)
		if err != nil {
			return nil, err
		}
		v, err := c.convert(vy)
		if err != nil {
			return nil, err
		}
		id := keyID(k)
		if _, dup := seen[id]; dup {
			return nil, &Error{Kind: Syntax, Pos: k.pos,
				Msg: fmt.Sprintf("found duplicate key %q with value %q", flow(k), flow(v))}
		}
		seen[id] = len(n.keys)
		n.keys = append(n.keys, k)
		n.vals = append(n.vals, v)
	}
	// Merged keys come after explicit ones and never override them; among
	// several merged mappings the first wins.
	for _, m := range merged {
		for i, k := range m.keys {
			id := keyID(k)
			if _, ok := seen[id]; ok {
				continue
			}
			seen[id] = len(n.keys)
			n.keys = append(n.keys, k)
			n.vals = append(n.vals, m.vals[i])
		}
	}
	return n, nil
}

// keyID identifies a key for duplicate detection.
func keyID(k *node) string {
	if k.isScalar() {
		return k.str
	}
	return "\x00" + flow(k)
}

// flow renders a node compactly, YAML flow style, for messages.
func flow(n *node) string {
	switch n.kind {
	case kMap:
		parts := make([]string, len(n.keys))
		for i := range n.keys {
			parts[i] = flow(n.keys[i]) + ": " + flow(n.vals[i])
		}
		return "{" + strings.Join(parts, ", ") + "}"
	case kSeq:
		parts := make([]string, len(n.items))
		for i, it := range n.items {
			parts[i] = flow(it)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	}
	return n.str
}
