package querymodel

import "fmt"

// Children returns the direct children of n in a fixed order: sources
// before conditions and keys, arguments in order, case arms in order (each
// condition then its non-nil value) then the default, dataset population,
// variables, event tables, then measures.
func Children(n Node) []Node {
	switch n := n.(type) {
	case *SelectTable, *SelectPatientTable, *InlinePatientTable, *Value, *Parameter, *GroupedSum:
		return nil
	case *Filter:
		return []Node{n.Source, n.Condition}
	case *Sort:
		return []Node{n.Source, n.SortBy}
	case *PickOneRowPerPatient:
		return []Node{n.Source}
	case *PickOneRowPerPatientWithColumns:
		return []Node{n.Source}
	case *SeriesCollectionFrame:
		out := make([]Node, len(n.Members))
		for i, m := range n.Members {
			out[i] = m.Series
		}
		return out
	case *SelectColumn:
		return []Node{n.Source}
	case *Aggregate:
		return []Node{n.Source}
	case *Function:
		out := make([]Node, len(n.Args))
		for i, a := range n.Args {
			out[i] = a
		}
		return out
	case *Case:
		var out []Node
		for _, arm := range n.Cases {
			out = append(out, arm.When)
			if arm.Then != nil {
				out = append(out, arm.Then)
			}
		}
		if n.Default != nil {
			out = append(out, n.Default)
		}
		return out
	case *FixedValueMap:
		return []Node{n.Source}
	case *Coalesce:
		out := make([]Node, len(n.Sources))
		for i, s := range n.Sources {
			out[i] = s
		}
		return out
	case *Dataset:
		out := []Node{n.Population}
		for _, v := range n.Variables {
			out = append(out, v.Series)
		}
		for _, e := range n.Events {
			out = append(out, e.Frame)
		}
		if n.Measures != nil {
			out = append(out, n.Measures)
		}
		return out
	}
	panic(fmt.Sprintf("querymodel: Children of unknown node %T", n))
}

// Walk calls fn for every distinct node reachable from root, parents
// before children, children in the order of Children. Each node is visited
// once even when shared. If fn returns false, n's children are not visited
// through n (they may still be reached through another parent).
func Walk(root Node, fn func(n Node) bool) {
	seen := make(map[Node]bool)
	var visit func(Node)
	visit = func(n Node) {
		if n == nil || seen[n] {
			return
		}
		seen[n] = true
		if !fn(n) {
			return
		}
		for _, c := range Children(n) {
			visit(c)
		}
	}
	visit(root)
}

// Rewrite rebuilds the graph under root bottom-up. For each distinct node
// it first rewrites the children, rebuilds the node if any child changed
// (rechecking types and domains), then calls fn with the original node and
// the rebuilt one; fn returns the replacement (often rebuilt itself).
func Rewrite(root Node, fn func(orig, rebuilt Node) (Node, error)) (Node, error) {
	memo := make(map[Node]Node)
	var visit func(Node) (Node, error)
	visit = func(n Node) (Node, error) {
		if out, ok := memo[n]; ok {
			return out, nil
		}
		kids := Children(n)
		changed := false
		newKids := make([]Node, len(kids))
		for i, c := range kids {
			nc, err := visit(c)
			if err != nil {
				return nil, err
			}
			newKids[i] = nc
			changed = changed || nc != c
		}
		rebuilt := n
		if changed {
			var err error
			if rebuilt, err = rebuild(n, newKids); err != nil {
				return nil, err
			}
		}
		out, err := fn(n, rebuilt)
		if err != nil {
			return nil, err
		}
		memo[n] = out
		return out, nil
	}
	return visit(root)
}

// rebuild constructs a node like n with children kids (in Children order).
func rebuild(n Node, kids []Node) (Node, error) {
	fr := func(i int) Frame {
		f, _ := kids[i].(Frame)
		return f
	}
	se := func(i int) Series {
		s, _ := kids[i].(Series)
		return s
	}
	series := func() []Series {
		out := make([]Series, len(kids))
		for i := range kids {
			out[i] = se(i)
		}
		return out
	}
	switch n := n.(type) {
	case *Filter:
		return NewFilter(fr(0), se(1))
	case *Sort:
		return NewSort(fr(0), se(1))
	case *PickOneRowPerPatient:
		return NewPickOneRowPerPatient(fr(0), n.Position)
	case *PickOneRowPerPatientWithColumns:
		return NewPickOneRowPerPatientWithColumns(fr(0), n.Position, n.SelectedColumns)
	case *SeriesCollectionFrame:
		members := make([]NamedSeries, len(n.Members))
		for i, m := range n.Members {
			members[i] = NamedSeries{m.Name, se(i)}
		}
		return NewSeriesCollectionFrame(members)
	case *SelectColumn:
		return NewSelectColumn(fr(0), n.Name)
	case *Aggregate:
		if n.Op == AggCountEpisodes {
			return NewCountEpisodes(se(0), n.MaximumGapDays)
		}
		return NewAggregate(n.Op, kids[0])
	case *Function:
		return NewFunction(n.Op, series()...)
	case *Case:
		i := 0
		arms := make([]CaseArm, len(n.Cases))
		for j, arm := range n.Cases {
			arms[j].When = se(i)
			i++
			if arm.Then != nil {
				arms[j].Then = se(i)
				i++
			}
		}
		var def Series
		if n.Default != nil {
			def = se(i)
		}
		return NewCase(arms, def)
	case *FixedValueMap:
		return NewFixedValueMap(se(0), n.Mapping, n.Default)
	case *Coalesce:
		return NewCoalesce(series()...)
	case *Dataset:
		i := 1
		vars := make([]NamedSeries, len(n.Variables))
		for j, v := range n.Variables {
			vars[j] = NamedSeries{v.Name, se(i)}
			i++
		}
		events := make([]NamedFrame, len(n.Events))
		for j, e := range n.Events {
			f, ok := kids[i].(*SeriesCollectionFrame)
			if !ok {
				return nil, &ArgumentError{Node: "Dataset", Msg: "event table rewritten to a non-event-table"}
			}
			events[j] = NamedFrame{e.Name, f}
			i++
		}
		var m *GroupedSum
		if n.Measures != nil {
			m, _ = kids[i].(*GroupedSum)
		}
		return NewDataset(se(0), vars, events, m)
	}
	return nil, &ArgumentError{Node: fmt.Sprintf("%T", n), Msg: "node has no children to rebuild"}
}
