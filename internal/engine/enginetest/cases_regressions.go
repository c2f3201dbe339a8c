package enginetest

// groupRegressions keeps every disagreement the generative differential
// test (internal/engine/sql/differential_test.go) has found between an
// engine and the in-memory reference, reduced where possible, so that all
// engines run them on every test run. Expected values are the in-memory
// engine's.
var groupRegressions = Group{
	Name: "Differential regressions",
	Tables: `
p
  | d1
1 | 2020-01-01
2 |
e
  | d1         | d2         | i1
1 | 2020-03-01 | 2020-02-01 | 1
1 | 2019-05-01 | 2020-06-01 | 2
2 |            | 2021-01-01 | 3
2 | 2022-01-01 |            | 4
3 |            |            | 5
`,
	Cases: []Case{
		{
			Name:   "minimum over a frame of values that use the maximum of the same frame",
			Series: "(Min (MinimumOf (col e d1) (Max (col e d2))))",
			Want:   "1=2019-05-01; 2=2021-01-01; 3=NULL",
		},
		{
			Name:   "sum over a frame of values that use the count of the same frame",
			Series: "(Sum (Add (col e i1) (Count e)))",
			Want:   "1=7; 2=11; 3=6",
		},
		{
			Name:       "generated: aggregate over a frame whose value uses another aggregate of that frame (seed 1795889804292284432, case 942)",
			Tables:     "p\n  | i1 | i2 | b1 | b2 | c1 | d1 | d2 | s1 | s2 | f1 | f2\n2 | 6 | 6 | F |  | 123456 | 2020-07-28 | 2020-04-05 |  | x_y | 0.1 | \n3 | 3 | 4 | F | T | 456789 |  | 2021-02-23 |  |  | 0.0 | 0.1\n4 | 0 |  | T | F | 345678 |  | 2019-08-26 | x_y | b/c | 3.0 | 3.0\n5 | 4 | 6 | F |  | 345678 | 2019-12-29 | 2019-01-28 | x_y | abc | 0.1 | 3.0\n6 | 8 |  | T | T | 123456 |  | 2021-07-12 | B | A | -2.25 | 0.1\n8 | 1 | 6 | T |  | 123456 | 2020-11-24 | 2020-10-10 | abc | b/c | 1.5 | \n9 |  |  | F | T |  | 2020-07-08 | 2021-01-18 | '' | A | 1.5 | \n10 | 4 | 4 | T | F | 234567 | 2020-02-29 | 2020-07-05 |  |  | 10.75 | 0.1\n\ne\n  | i1 | i2 | b1 | b2 | c1 | d1 | d2 | s1 | s2 | f1 | f2\n1 |  | 7 | F | F | 456789 |  | 2019-09-25 | b | a | -2.25 | \n1 | 2 | 0 |  | F | 345678 | 2019-02-16 | 2019-01-06 | b/c | b | 0.1 | 3.0\n1 | 7 | 7 | F | F | 234567 | 2021-01-19 | 2019-12-11 | a%b |  |  | 0.1\n2 | 9 | 1 | F | T | 123456 | 2021-02-18 | 2020-05-13 | x_y | B |  | 1.5\n2 |  | 3 |  | T | 234567 |  | 2020-06-28 | A | abc | -2.25 | 0.0\n2 |  | 3 |  | F | 123456 | 2020-07-13 | 2021-09-25 | a | '' | 1.5 | 3.0\n3 | 4 | 6 | F | F | 234567 | 2021-10-31 | 2021-11-19 |  | ab | 3.0 | \n3 | 3 | 7 | T | T | 234567 |  |  | a%b | a%b | -2.25 | \n3 | 2 | -2 | F | T | 345678 | 2021-11-26 | 2019-01-16 | a | A | 0.0 | \n5 | 7 | 6 | T | F |  | 2020-09-07 | 2021-02-28 | abc |  | 10.75 | 0.1\n5 | 8 | 4 | F | F | 123456 | 2019-04-28 | 2021-10-20 | A | b |  | 0.0\n7 | -1 | 6 | F | F |  |  | 2019-02-12 | ab | ab | 0.0 | \n9 |  | 1 |  | F | 234567 | 2021-04-09 | 2020-02-13 | A | '' | 0.1 | 0.1\n9 |  | 1 |  | T | 123456 | 2019-01-28 | 2020-02-23 | b/c | a%b | 1.5 | 1.5\n9 | 0 | -1 | T | T | 456789 | 2019-06-03 | 2019-10-02 | abc |  |  | \n9 | 5 | 5 |  | T | 456789 | 2021-04-25 |  |  | B |  | 1.5\n10 | 0 |  | F | T | 123456 | 2021-08-16 |  | B | abc | 0.1 | -2.25\n10 | 9 |  | F | F | 456789 | 2021-03-24 |  | a%b |  | 3.0 | -2.25\n10 | 3 |  | F |  |  | 2019-04-07 | 2019-08-04 | B | abc | 0.0 | -2.25\n10 | 1 |  | F | F | 234567 | 2021-03-08 | 2020-03-13 |  | a%b | -2.25 | 1.5\n\ne2\n  | i1 | i2 | b1 | b2 | c1 | d1 | d2 | s1 | s2 | f1 | f2\n1 | 9 | 7 | F | T | 123456 | 2019-01-09 | 2019-08-07 | '' | abc | -2.25 | 10.75\n3 | 4 | 2 | T | F | 345678 | 2020-11-15 | 2021-07-11 | A | '' |  | \n3 | 5 | 1 | T | T |  | 2020-04-19 | 2020-12-13 |  | ab | 3.0 | 10.75\n3 | -1 | 2 | T | F |  | 2021-02-18 |  |  | abc | 0.1 | \n4 | 2 | 0 |  | F | 456789 |  | 2021-02-01 | B | ab |  | 0.0\n4 |  | 5 |  | T | 345678 | 2019-07-23 | 2019-01-20 | a | A | 10.75 | 3.0\n5 |  | 0 | T | F | 123456 | 2021-01-20 | 2020-09-27 |  | A | 10.75 | 10.75\n5 | 6 | 4 | T |  |  | 2021-03-20 | 2019-02-13 | a | a%b | -2.25 | 0.1\n6 | 7 | 9 |  | T | 234567 | 2021-06-08 | 2020-04-09 | b | b | 0.0 | 10.75\n9 |  |  | F |  | 234567 | 2019-02-27 | 2019-09-28 | x_y | '' | 3.0 | \n9 | 2 |  | F |  |  | 2019-12-20 | 2021-04-15 |  | ab | -2.25 | 3.0\n\n",
			Series:     "(Min (MinimumOf (case (when (col e b1) (ToFirstOfYear (col e d1))) (when (EQ (col e b1) (col e b1)) (col e d2))) (case (when T (coalesce p.d2 p.d1)) (else (Max (col e d2))))))",
			Population: "",
			Events:     "",
			EventsWant: "",
			Want:       "1=2019-09-25;2=2020-04-05;3=2019-01-16;4=NULL;5=2019-01-28;6=NULL;7=2019-02-12;8=NULL;9=2019-01-01;10=2019-08-04;",
		},
	},
}
