package enginetest

// one is a single patient, for expressions over literals.
const one = `
p
  | i1
1 | 1
`

var groupNull = Group{
	Name: "3.1 NULL propagation",
	Tables: `
p
  | i1 | i2 | b1 | f1  | d1         | s1
1 | 1  | 2  | T  | 1.5 | 2020-01-01 | a
2 |    | 3  |    |     |            |
3 | 4  |    | F  | 2.0 | 2021-06-15 | bc
`,
	Cases: []Case{
		{Name: "add", Series: "(Add p.i1 p.i2)", Want: "1=3; 2=NULL; 3=NULL"},
		{Name: "subtract", Series: "(Subtract p.i2 p.i1)", Want: "1=1; 2=NULL; 3=NULL"},
		{Name: "multiply", Series: "(Multiply p.i1 p.i2)", Want: "1=2; 2=NULL; 3=NULL"},
		{Name: "negate", Series: "(Negate p.i1)", Want: "1=-1; 2=NULL; 3=-4"},
		{Name: "absolute", Series: "(Absolute (Negate p.i1))", Want: "1=1; 2=NULL; 3=4"},
		{Name: "eq", Series: "(EQ p.i1 p.i2)", Want: "1=F; 2=NULL; 3=NULL"},
		{Name: "eq none literal", Series: "(EQ p.i1 None)", Want: "1=NULL; 2=NULL; 3=NULL"},
		{Name: "ne none literal", Series: "(NE p.i1 None)", Want: "1=NULL; 2=NULL; 3=NULL"},
		{Name: "lt literal", Series: "(LT p.i1 3)", Want: "1=T; 2=NULL; 3=F"},
		{Name: "is null", Series: "(IsNull p.i1)", Want: "1=F; 2=T; 3=F"},
		{Name: "is not null", Series: "(Not (IsNull p.i1))", Want: "1=T; 2=F; 3=T"},
		{Name: "is null of none", Series: "(IsNull None)", Want: "1=T; 2=T; 3=T"},
		{Name: "is null of bool", Series: "(IsNull p.b1)", Want: "1=F; 2=T; 3=F"},
		{Name: "is null of null result", Series: "(IsNull (Add p.i1 p.i2))", Want: "1=F; 2=T; 3=T"},
		{Name: "not", Series: "(Not p.b1)", Want: "1=F; 2=NULL; 3=T"},
		{Name: "add none literal", Series: "(Add p.i1 None)", Want: "1=NULL; 2=NULL; 3=NULL"},
		{Name: "true divide none", Series: "(TrueDivide p.f1 None)", Want: "1=NULL; 2=NULL; 3=NULL"},
		{Name: "date add days", Series: "(DateAddDays p.d1 p.i1)", Want: "1=2020-01-02; 2=NULL; 3=2021-06-19"},
		{Name: "date add days null days", Series: "(DateAddDays p.d1 p.i2)", Want: "1=2020-01-03; 2=NULL; 3=NULL"},
		{Name: "year from date", Series: "(YearFromDate p.d1)", Want: "1=2020; 2=NULL; 3=2021"},
		{Name: "date difference with none", Series: "(DateDifferenceInDays p.d1 None)", Want: "1=NULL; 2=NULL; 3=NULL"},
		{Name: "string contains", Series: "(StringContains p.s1 'b')", Want: "1=F; 2=NULL; 3=T"},
		{Name: "cast to float", Series: "(CastToFloat p.i1)", Want: "1=1.0; 2=NULL; 3=4.0"},
		{Name: "cast to int", Series: "(CastToInt p.f1)", Want: "1=1; 2=NULL; 3=2"},
		{Name: "in literal set", Series: "(In p.i1 {1 2})", Want: "1=T; 2=NULL; 3=F"},
		{Name: "in empty set is false for null", Series: "(In p.i1 {})", Want: "1=F; 2=F; 3=F"},
		{Name: "not in empty set is true for null", Series: "(Not (In p.i1 {}))", Want: "1=T; 2=T; 3=T"},
		{Name: "not in", Series: "(Not (In p.i1 {1}))", Want: "1=F; 2=NULL; 3=T"},
		{Name: "none in set", Series: "(In None {1})", Want: "1=NULL; 2=NULL; 3=NULL"},
		{Name: "none in empty set", Series: "(In None {})", Want: "1=F; 2=F; 3=F"},
		{Name: "maximum of ignores null", Series: "(MaximumOf p.i1 p.i2)", Want: "1=2; 2=3; 3=4"},
		{Name: "minimum of ignores null", Series: "(MinimumOf p.i1 p.i2)", Want: "1=1; 2=3; 3=4"},
		{Name: "maximum of all null", Series: "(MaximumOf p.i1 None)", Want: "1=1; 2=NULL; 3=4"},
		{Name: "case null condition not matched", Series: "(case (when p.b1 1) (else 0))", Want: "1=1; 2=0; 3=0"},
		{Name: "nested null", Series: "(Multiply (Add p.i1 1) (Add p.i2 1))", Want: "1=6; 2=NULL; 3=NULL"},
	},
}

var groupLogic = Group{
	Name: "3.2 Boolean logic",
	Tables: `
p
  | b1 | b2
1 | T  | T
2 | T  | F
3 | T  |
4 | F  | T
5 | F  | F
6 | F  |
7 |    | T
8 |    | F
9 |    |
`,
	Cases: []Case{
		{Name: "and", Series: "(And p.b1 p.b2)", Want: "1=T; 2=F; 3=NULL; 4=F; 5=F; 6=F; 7=NULL; 8=F; 9=NULL"},
		{Name: "or", Series: "(Or p.b1 p.b2)", Want: "1=T; 2=T; 3=T; 4=T; 5=F; 6=NULL; 7=T; 8=NULL; 9=NULL"},
		{Name: "not", Series: "(Not p.b1)", Want: "1=F; 2=F; 3=F; 4=T; 5=T; 6=T; 7=NULL; 8=NULL; 9=NULL"},
		{Name: "and true literal", Series: "(And p.b1 T)", Want: "1=T; 2=T; 3=T; 4=F; 5=F; 6=F; 7=NULL; 8=NULL; 9=NULL"},
		{Name: "and false literal", Series: "(And p.b1 F)", Want: "1=F; 2=F; 3=F; 4=F; 5=F; 6=F; 7=F; 8=F; 9=F"},
		{Name: "or true literal", Series: "(Or p.b1 T)", Want: "1=T; 2=T; 3=T; 4=T; 5=T; 6=T; 7=T; 8=T; 9=T"},
		{Name: "or false literal", Series: "(Or F p.b2)", Want: "1=T; 2=F; 3=NULL; 4=T; 5=F; 6=NULL; 7=T; 8=F; 9=NULL"},
		{Name: "and none literal", Series: "(And p.b1 None)", Want: "1=NULL; 2=NULL; 3=NULL; 4=F; 5=F; 6=F; 7=NULL; 8=NULL; 9=NULL"},
		{Name: "or none literal", Series: "(Or None p.b2)", Want: "1=T; 2=NULL; 3=NULL; 4=T; 5=NULL; 6=NULL; 7=T; 8=NULL; 9=NULL"},
		{Name: "not and", Series: "(Not (And p.b1 p.b2))", Want: "1=F; 2=T; 3=NULL; 4=T; 5=T; 6=T; 7=NULL; 8=T; 9=NULL"},
		{Name: "de morgan", Series: "(Or (Not p.b1) (Not p.b2))", Want: "1=F; 2=T; 3=NULL; 4=T; 5=T; 6=T; 7=NULL; 8=T; 9=NULL"},
		{Name: "is null of and", Series: "(IsNull (And p.b1 p.b2))", Want: "1=F; 2=F; 3=T; 4=F; 5=F; 6=F; 7=T; 8=F; 9=T"},
		{Name: "or of and", Series: "(Or (And p.b1 p.b2) (Not p.b1))", Want: "1=T; 2=F; 3=NULL; 4=T; 5=T; 6=T; 7=NULL; 8=NULL; 9=NULL"},
		{Name: "eq of bools", Series: "(EQ p.b1 p.b2)", Want: "1=T; 2=F; 3=NULL; 4=F; 5=T; 6=NULL; 7=NULL; 8=NULL; 9=NULL"},
		{Name: "ne of bools", Series: "(NE p.b1 p.b2)", Want: "1=F; 2=T; 3=NULL; 4=T; 5=F; 6=NULL; 7=NULL; 8=NULL; 9=NULL"},
		{Name: "bool cast to int", Series: "(CastToInt p.b1)", Want: "1=1; 2=1; 3=1; 4=0; 5=0; 6=0; 7=NULL; 8=NULL; 9=NULL"},
		{Name: "bool in set", Series: "(In p.b1 {T})", Want: "1=T; 2=T; 3=T; 4=F; 5=F; 6=F; 7=NULL; 8=NULL; 9=NULL"},
		{Name: "when null then", Series: "(case (when (Not (IsNull p.b1)) p.b1) (else F))", Want: "1=T; 2=T; 3=T; 4=F; 5=F; 6=F; 7=F; 8=F; 9=F"},
		{
			Name: "filter keeps only true rows",
			Tables: `
e
  | b1
1 | T
1 | F
1 |
1 | T
2 |
3 | F
`,
			Series: "(Count (where e e.b1))", Want: "1=2; 2=0; 3=0",
		},
		{
			Name: "except where keeps false and null rows",
			Tables: `
e
  | b1
1 | T
1 | F
1 |
1 | T
2 |
3 | F
`,
			Series: "(Count (except e e.b1))", Want: "1=2; 2=1; 3=1",
		},
		{
			Name: "filter on null kleene condition",
			Tables: `
e
  | b1 | b2
1 | T  |
1 | F  |
1 | T  | T
2 |    | F
`,
			Series: "(Count (where e (Or e.b1 e.b2)))", Want: "1=2; 2=0",
		},
		{
			Name: "filter by not of null",
			Tables: `
e
  | b1
1 | T
1 |
1 | F
`,
			Series: "(Count (where e (Not e.b1)))", Want: "1=1",
		},
	},
}
