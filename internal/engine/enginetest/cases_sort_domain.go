package enginetest

var groupSort = Group{
	Name: "3.7 Sorting and picking a row",
	Tables: `
e
  | i1 | i2 | i3 | d1         | s1 | b1
1 | 2  | 1  | 30 | 2020-01-03 | c  | T
1 | 1  | 2  | 10 | 2020-01-01 | a  | F
1 | 1  | 1  | 20 | 2020-01-02 | b  |
1 |    | 5  | 40 |            | d  | T
2 | 3  | 1  | 5  | 2021-01-01 | x  | F
2 | 3  | 1  | 3  | 2021-01-01 | y  | T
3 |    | 1  | 1  |            |    |
`,
	Cases: []Case{
		{Name: "first puts null first", Series: "(col (first (sort e e.i1)) i3)", Want: "1=40; 2=3; 3=1"},
		{Name: "last takes greatest", Series: "(col (last (sort e e.i1)) i3)", Want: "1=30; 2=5; 3=1"},
		{Name: "spec example two keys", Series: "(col (first (sort e e.i1 e.i2)) i3)", Want: "1=40; 2=3; 3=1"},
		{Name: "leftmost key has priority", Series: "(col (first (sort e e.i2 e.i1)) i3)", Want: "1=20; 2=3; 3=1"},
		{Name: "leftmost key has priority last", Series: "(col (last (sort e e.i2 e.i1)) i3)", Want: "1=40; 2=5; 3=1"},
		{Name: "second key breaks ties", Series: "(col (last (sort e e.i1 e.i2)) i3)", Want: "1=30; 2=5; 3=1"},
		{Name: "selected sort key", Series: "(col (first (sort e e.i1)) i1)", Want: "1=NULL; 2=3; 3=NULL"},
		{Name: "first by date null first", Series: "(col (first (sort e e.d1)) s1)", Want: "1=d; 2=x; 3=NULL"},
		{Name: "last by date", Series: "(col (last (sort e e.d1)) s1)", Want: "1=c; 2=y; 3=NULL"},
		{Name: "first non null date", Series: "(col (first (sort (where e (Not (IsNull e.d1))) e.d1)) s1)", Want: "1=a; 2=x; 3=NULL"},
		{Name: "last date value", Series: "(col (last (sort e e.d1)) d1)", Want: "1=2020-01-03; 2=2021-01-01; 3=NULL"},
		{Name: "first by string", Series: "(col (first (sort e e.s1)) i3)", Want: "1=10; 2=5; 3=1"},
		{Name: "first by bool", Series: "(col (first (sort e e.b1)) i3)", Want: "1=20; 2=5; 3=1"},
		{Name: "last by bool", Series: "(col (last (sort e e.b1)) i3)", Want: "1=40; 2=3; 3=1"},
		{Name: "bool tie-break column", Series: "(col (first (sort e e.i2)) b1)", Want: "1=NULL; 2=F; 3=NULL"},
		{Name: "bool tie-break column last", Series: "(col (last (sort e e.i2)) b1)", Want: "1=T; 2=T; 3=NULL"},
		{Name: "sort by expression", Series: "(col (first (sort e (Negate e.i3))) i3)", Want: "1=40; 2=5; 3=1"},
		{Name: "filter after sort", Series: "(col (first (where (sort e e.i3) (GT e.i1 1))) i3)", Want: "1=30; 2=3; 3=NULL"},
		{Name: "sort after filter", Series: "(col (first (sort (where e (GT e.i1 1)) e.i3)) i3)", Want: "1=30; 2=3; 3=NULL"},
		{Name: "filter between sorts", Series: "(col (last (sort (where (sort e e.i2) (GE e.i3 10)) e.i1)) i3)", Want: "1=30; 2=NULL; 3=NULL"},
		{Name: "exists on pick", Series: "(Exists (first (sort e e.i1)))", Want: "1=T; 2=T; 3=T"},
		{Name: "count on pick", Series: "(Count (first (sort e e.i1)))", Want: "1=1; 2=1; 3=1"},
		{Name: "exists on empty pick", Series: "(Exists (first (sort (where e (GT e.i3 25)) e.i1)))", Want: "1=T; 2=F; 3=F"},
		{Name: "two columns from one pick share the row", Series: "(Add (col (first (sort e e.i1)) i2) (col (first (sort e e.i1)) i3))", Want: "1=45; 2=4; 3=2"},
		{Name: "tie-break uses every selected column alphabetically", Series: "(Add (col (last (sort e e.i2)) i1) (col (last (sort e e.i2)) i3))", Want: "1=NULL; 2=8; 3=NULL"},
		{Name: "tie-break by string column", Series: "(col (first (sort e e.d1)) s1)", Want: "1=d; 2=x; 3=NULL"},
		{Name: "picked value compared", Series: "(GT (col (first (sort e e.d1)) i3) (col (last (sort e e.d1)) i3))", Want: "1=T; 2=F; 3=F"},
		{Name: "first minus last", Series: "(DateDifferenceInDays (col (last (sort e e.d1)) d1) (col (first (sort (where e (Not (IsNull e.d1))) e.d1)) d1))", Want: "1=2; 2=0; 3=NULL"},
		{Name: "sort key from patient-level expression", Series: "(col (first (sort e (Add e.i3 (Count e)))) i3)", Want: "1=10; 2=3; 3=1"},
		{
			Name: "sort is stable for ties",
			Tables: `
e
  | i1 | i2
1 | 1  | 7
1 | 1  | 7
1 | 0  | 9
`,
			Series: "(col (last (sort e e.i1)) i2)", Want: "1=7",
		},
		{
			Name: "last picks null-free max with nulls present",
			Tables: `
e
  | d1
1 |
1 | 2020-01-01
1 |
2 |
`,
			Series: "(col (last (sort e e.d1)) d1)", Want: "1=2020-01-01; 2=NULL",
		},
		{
			Name: "float sort key",
			Tables: `
e
  | f1   | i1
1 | 2.5  | 1
1 | -1.5 | 2
1 |      | 3
1 | 0.0  | 4
`,
			Series: "(Add (col (first (sort e e.f1)) i1) (Multiply 10 (col (last (sort e e.f1)) i1)))", Want: "1=13",
		},
	},
}

var groupDomain = Group{
	Name: "3.8 Dimensions and domains",
	Tables: `
p
  | i1
1 | 1
2 | 5
3 |
e
  | i1 | i2
1 | 1  | 10
1 | 2  | 20
1 | 3  | 30
2 | 4  | 40
2 | 6  |
4 | 1  | 1
`,
	Cases: []Case{
		{Name: "patient series broadcast over rows", Series: "(Count (where e (GT e.i1 p.i1)))", Want: "1=2; 2=1; 3=0; 4=0"},
		{Name: "row-wise combination", Series: "(Sum (Add e.i1 e.i2))", Want: "1=66; 2=44; 3=NULL; 4=2"},
		{Name: "sorted and unsorted series combine", Series: "(Sum (Add e.i1 (col (sort e e.i2) i1)))", Want: "1=12; 2=20; 3=NULL; 4=2"},
		{Name: "filtered column", Series: "(Sum (col (where e (GT e.i1 1)) i2))", Want: "1=50; 2=40; 3=NULL; 4=NULL"},
		{Name: "filter by ancestor-domain condition", Series: "(Count (where (where e (GT e.i1 1)) (LT e.i2 35)))", Want: "1=2; 2=0; 3=0; 4=0"},
		{Name: "filter by patient condition", Series: "(Count (where e (GT p.i1 2)))", Want: "1=0; 2=2; 3=0; 4=0"},
		{Name: "filter by true", Series: "(Count (where e T))", Want: "1=3; 2=2; 3=0; 4=1"},
		{Name: "filter by false", Series: "(Count (where e F))", Want: "1=0; 2=0; 3=0; 4=0"},
		{Name: "filter by null", Series: "(Count (where e None))", Want: "1=0; 2=0; 3=0; 4=0"},
		{Name: "patient value times event value", Series: "(Sum (Multiply e.i1 p.i1))", Want: "1=6; 2=50; 3=NULL; 4=NULL"},
		{Name: "event case aggregated", Series: "(Sum (case (when (GT e.i1 1) 1) (else 0)))", Want: "1=2; 2=2; 3=NULL; 4=0"},
		{Name: "constant event expression counted", Series: "(Sum (case (when (IsNull e.i1) 0) (else 1)))", Want: "1=3; 2=2; 3=NULL; 4=1"},
		{Name: "aggregate over filtered domain combination", Series: "(Sum (Multiply (col (where e (GT e.i1 1)) i1) (col (where e (GT e.i1 1)) i2)))", Want: "1=130; 2=160; 3=NULL; 4=NULL"},
		{Name: "event series of ancestor used in filter of pick", Series: "(col (first (sort (where e (GT e.i2 15)) e.i1)) i2)", Want: "1=20; 2=40; 3=NULL; 4=NULL"},
		{Name: "patient series from two patient tables", Tables: `
p
  | i1
1 | 1
2 | 5
p2
  | i1
2 | 10
3 | 20
`, Series: "(Add p.i1 p2.i1)", Want: "1=NULL; 2=15; 3=NULL"},
		{Name: "aggregations of two event tables", Tables: `
e
  | i1
1 | 1
1 | 2
e2
  | i1
1 | 10
2 | 20
`, Series: "(Add (Sum e.i1) (Sum e2.i1))", Want: "1=13; 2=NULL"},
		{Name: "patient value is in other table events", Tables: `
e
  | i1
1 | 1
1 | 2
2 | 5
e2
  | i1
1 | 2
2 | 4
`, Series: "(Exists (where e (In e.i1 (CombineAsSet (col e2 i1)))))", Want: "1=T; 2=F"},
	},
}

var groupPopulation = Group{
	Name: "3.9 Population rules",
	Tables: `
p
  | i1
1 | 1
2 | 5
3 |
e
  | i1
2 | 4
4 | 1
4 | 2
`,
	Cases: []Case{
		{Name: "default is every patient in any table", Series: "p.i1", Want: "1=1; 2=5; 3=NULL; 4=NULL"},
		{Name: "exists in event table", Series: "p.i1", Population: "(Exists e)", Want: "2=5; 4=NULL"},
		{Name: "exists in patient table", Series: "(Count e)", Population: "(Exists p)", Want: "1=0; 2=1; 3=0"},
		{Name: "null population excludes", Series: "p.i1", Population: "(GT p.i1 2)", Want: "2=5"},
		{Name: "and", Series: "(Count e)", Population: "(And (Exists p) (Exists e))", Want: "2=1"},
		{Name: "or", Series: "(Count e)", Population: "(Or (Exists p) (Exists e))", Want: "1=0; 2=1; 3=0; 4=2"},
		{Name: "filtered exists", Series: "(Sum e.i1)", Population: "(Exists (where e (GT e.i1 1)))", Want: "2=4; 4=3"},
		{Name: "count condition", Series: "(Sum e.i1)", Population: "(GE (Count e) 2)", Want: "4=3"},
		{Name: "variables read tables outside the population expression", Series: "(Sum e.i1)", Population: "(Not (IsNull p.i1))", Want: "1=NULL; 2=4"},
		{Name: "nobody", Series: "p.i1", Population: "(GT p.i1 100)", Want: ""},
		{Name: "output is sorted and complete with inline order", Tables: `
e
  | i1
9 | 1
3 | 2
5 | 3
3 | 4
`, Series: "(Sum e.i1)", Want: "3=6; 5=3; 9=1"},
	},
}
