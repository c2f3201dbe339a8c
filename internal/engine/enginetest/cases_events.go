package enginetest

var groupEvents = Group{
	Name: "2.3 Event tables",
	Tables: `
p
  | i1
1 | 10
2 | 20
e
  | i1 | d1         | s1
1 | 1  | 2020-01-01 | a
1 | 2  |            | b
2 | 3  | 2020-03-01 |
3 | 4  | 2020-04-01 | d
`,
	Cases: []Case{
		{
			Name: "columns of an event frame", Series: "(Count e)", Want: "1=2; 2=1; 3=1",
			Events: "(value e.i1) (when e.d1)",
			EventsWant: `
1 | 1 | 2020-01-01
1 | 2 |
2 | 3 | 2020-03-01
3 | 4 | 2020-04-01`,
		},
		{
			Name: "filtered frame", Series: "(Count e)", Want: "1=2; 2=1; 3=1",
			Events:     "(value (col (where e (GT e.i1 1)) i1)) (name (col (where e (GT e.i1 1)) s1))",
			EventsWant: "1 | 2 | b\n2 | 3 |\n3 | 4 | d",
		},
		{
			Name: "patient series broadcast", Series: "(Count e)", Want: "1=2; 2=1; 3=1",
			Events:     "(value e.i1) (base p.i1) (sum (Add e.i1 p.i1))",
			EventsWant: "1 | 1 | 10 | 11\n1 | 2 | 10 | 12\n2 | 3 | 20 | 23\n3 | 4 | |",
		},
		{
			Name: "only population patients", Series: "p.i1", Population: "(Exists p)", Want: "1=10; 2=20",
			Events:     "(value e.i1)",
			EventsWant: "1 | 1\n1 | 2\n2 | 3",
		},
		{
			Name: "constant member", Series: "(Count e)", Want: "1=2; 2=1; 3=1",
			Events:     "(value e.i1) (k 'x')",
			EventsWant: "1 | 1 | x\n1 | 2 | x\n2 | 3 | x\n3 | 4 | x",
		},
		{
			Name: "sorted frame keeps every row", Series: "(Count e)", Want: "1=2; 2=1; 3=1",
			Events:     "(value (col (sort e e.d1) i1)) (date e.d1)",
			EventsWant: "1 | 1 | 2020-01-01\n1 | 2 |\n2 | 3 | 2020-03-01\n3 | 4 | 2020-04-01",
		},
		{
			Name: "no rows", Series: "(Count e)", Want: "1=2; 2=1; 3=1",
			Events:     "(value (col (where e (GT e.i1 100)) i1))",
			EventsWant: "",
		},
		{
			Name: "aggregate member", Series: "(Count e)", Want: "1=2; 2=1; 3=1",
			Events:     "(value e.i1) (total (Sum e.i1)) (first (col (first (sort e e.i1)) s1))",
			EventsWant: "1 | 1 | 3 | a\n1 | 2 | 3 | a\n2 | 3 | 3 |\n3 | 4 | 4 | d",
		},
	},
}
