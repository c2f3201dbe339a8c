package enginetest

var groupCompare = Group{
	Name: "3.3 Equality, ordering, strings",
	Tables: `
p
  | i1 | f1   | s1  | s2  | d1         | c1      | m1           | b1
1 | 1  | 1.0  | abc | abc | 2020-01-01 | 123456  | ||E119 ,J849 | T
2 | 2  | 2.5  | Abc | abd | 2020-01-02 | 234567  | ||I10 ,E11   | F
3 | -1 | -0.5 | b%c | %   | 2019-12-31 | 1234567 | ||J45        | T
4 |    |      |     |     |            |         |              |
`,
	Cases: []Case{
		{Name: "int eq", Series: "(EQ p.i1 2)", Want: "1=F; 2=T; 3=F; 4=NULL"},
		{Name: "int ne", Series: "(NE p.i1 2)", Want: "1=T; 2=F; 3=T; 4=NULL"},
		{Name: "int lt", Series: "(LT p.i1 1)", Want: "1=F; 2=F; 3=T; 4=NULL"},
		{Name: "int le", Series: "(LE p.i1 1)", Want: "1=T; 2=F; 3=T; 4=NULL"},
		{Name: "int gt", Series: "(GT p.i1 1)", Want: "1=F; 2=T; 3=F; 4=NULL"},
		{Name: "int ge", Series: "(GE p.i1 1)", Want: "1=T; 2=T; 3=F; 4=NULL"},
		{Name: "literal on the left", Series: "(LT 0 p.i1)", Want: "1=T; 2=T; 3=F; 4=NULL"},
		{Name: "float eq", Series: "(EQ p.f1 1.0)", Want: "1=T; 2=F; 3=F; 4=NULL"},
		{Name: "float gt", Series: "(GT p.f1 0.0)", Want: "1=T; 2=T; 3=F; 4=NULL"},
		{Name: "float le", Series: "(LE p.f1 -0.5)", Want: "1=F; 2=F; 3=T; 4=NULL"},
		{Name: "date lt", Series: "(LT p.d1 2020-01-01)", Want: "1=F; 2=F; 3=T; 4=NULL"},
		{Name: "date ge", Series: "(GE p.d1 2020-01-01)", Want: "1=T; 2=T; 3=F; 4=NULL"},
		{Name: "date eq", Series: "(EQ p.d1 2020-01-02)", Want: "1=F; 2=T; 3=F; 4=NULL"},
		{Name: "bool eq", Series: "(EQ p.b1 T)", Want: "1=T; 2=F; 3=T; 4=NULL"},
		{Name: "str eq", Series: "(EQ p.s1 p.s2)", Want: "1=T; 2=F; 3=F; 4=NULL"},
		{Name: "str eq is case sensitive", Series: "(EQ p.s1 'abc')", Want: "1=T; 2=F; 3=F; 4=NULL"},
		{Name: "str lt by code point", Series: "(LT p.s1 p.s2)", Want: "1=F; 2=T; 3=F; 4=NULL"},
		{Name: "str gt uppercase sorts first", Series: "(GT p.s1 'a')", Want: "1=T; 2=F; 3=T; 4=NULL"},
		{Name: "str ge", Series: "(GE p.s1 'b%c')", Want: "1=F; 2=F; 3=T; 4=NULL"},
		{Name: "contains", Series: "(StringContains p.s1 'bc')", Want: "1=T; 2=T; 3=F; 4=NULL"},
		{Name: "contains is case sensitive", Series: "(StringContains p.s1 'B')", Want: "1=F; 2=F; 3=F; 4=NULL"},
		{Name: "contains percent is literal", Series: "(StringContains p.s1 '%')", Want: "1=F; 2=F; 3=T; 4=NULL"},
		{Name: "contains underscore is literal", Series: "(StringContains p.s1 '_')", Want: "1=F; 2=F; 3=F; 4=NULL"},
		{Name: "contains slash is literal", Series: "(StringContains p.s1 '/')", Want: "1=F; 2=F; 3=F; 4=NULL"},
		{Name: "contains series needle", Series: "(StringContains p.s1 p.s2)", Want: "1=T; 2=F; 3=T; 4=NULL"},
		{Name: "contains empty string", Series: "(StringContains p.s1 '')", Want: "1=T; 2=T; 3=T; 4=NULL"},
		{Name: "str in set", Series: "(In p.s1 {'abc' 'b%c'})", Want: "1=T; 2=F; 3=T; 4=NULL"},
		{Name: "str min of", Series: "(MinimumOf p.s1 p.s2)", Want: "1=abc; 2=Abc; 3=%; 4=NULL"},
		{Name: "code eq", Series: "(EQ p.c1 snomed:123456)", Want: "1=T; 2=F; 3=F; 4=NULL"},
		{Name: "code in set", Series: "(In p.c1 {snomed:123456 snomed:1234567})", Want: "1=T; 2=F; 3=T; 4=NULL"},
		{Name: "code ordering is string ordering", Series: "(LT p.c1 snomed:200000)", Want: "1=T; 2=F; 3=T; 4=NULL"},
		{Name: "code value", Series: "p.c1", Want: "1=123456; 2=234567; 3=1234567; 4=NULL"},
		{Name: "multi code contains code", Series: "(StringContains p.m1 icd10:E11)", Want: "1=T; 2=T; 3=F; 4=NULL"},
		{Name: "multi code contains prefix", Series: "(StringContains p.m1 icd10:J84)", Want: "1=T; 2=F; 3=F; 4=NULL"},
		{Name: "multi code contains exact", Series: "(StringContains p.m1 icd10:J45)", Want: "1=F; 2=F; 3=T; 4=NULL"},
		{Name: "multi code value", Series: "p.m1", Want: "1=||E119 ,J849; 2=||I10 ,E11; 3=||J45; 4=NULL"},
		{Name: "date in set", Series: "(In p.d1 {2020-01-01 2019-12-31})", Want: "1=T; 2=F; 3=T; 4=NULL"},
		{Name: "float in set", Series: "(In p.f1 {2.5})", Want: "1=F; 2=T; 3=F; 4=NULL"},
		{Name: "str value", Series: "p.s1", Want: "1=abc; 2=Abc; 3=b%c; 4=NULL"},
		{Name: "event str eq literal", Tables: eventStrs, Series: "(Count (where e (EQ e.s1 'a')))", Want: "1=2; 2=0; 3=0"},
		{Name: "event str ne literal", Tables: eventStrs, Series: "(Count (where e (NE e.s1 'a')))", Want: "1=1; 2=2; 3=0"},
		{Name: "event literal lt str", Tables: eventStrs, Series: "(Count (where e (LT 'a' e.s1)))", Want: "1=1; 2=1; 3=0"},
		{Name: "event str ge literal", Tables: eventStrs, Series: "(Count (where e (GE e.s1 'b')))", Want: "1=1; 2=1; 3=0"},
		{Name: "event str in set", Tables: eventStrs, Series: "(Count (where e (In e.s1 {'a' 'B'})))", Want: "1=2; 2=1; 3=0"},
		{Name: "event code in set", Tables: eventStrs, Series: "(Count (where e (In e.c1 {snomed:123456})))", Want: "1=1; 2=1; 3=0"},
		{Name: "event code eq after filter", Tables: eventStrs, Series: "(Count (where (where e (Not (IsNull e.s1))) (EQ e.c1 snomed:234567)))", Want: "1=2; 2=0; 3=0"},
		{Name: "event str count distinct", Tables: eventStrs, Series: "(CountDistinct e.s1)", Want: "1=2; 2=2; 3=0"},
		{Name: "event filtered code count distinct", Tables: eventStrs, Series: "(CountDistinct (col (where e (Not (IsNull e.s1))) c1))", Want: "1=2; 2=1; 3=0"},
		{Name: "event str contains", Tables: eventStrs, Series: "(Count (where e (StringContains e.s1 'b')))", Want: "1=1; 2=0; 3=0"},
		{Name: "event str max", Tables: eventStrs, Series: "(Max e.s1)", Want: "1=b; 2=c; 3=NULL"},
		{
			Name: "empty string is not null",
			Tables: `
p
  | s1
1 | ''
2 |
`,
			Series: "(IsNull p.s1)", Want: "1=F; 2=T",
		},
		{
			Name: "in event series",
			Tables: `
p
  | i1
1 | 1
2 | 9
3 |
4 | 5
5 |
e
  | i1
1 | 1
1 | 2
2 | 3
2 |
3 | 7
4 |
`,
			Series: "(In p.i1 (CombineAsSet e.i1))", Want: "1=T; 2=F; 3=NULL; 4=F; 5=F",
		},
		{
			Name: "not in event series",
			Tables: `
p
  | i1
1 | 1
2 | 9
3 |
4 | 5
5 |
e
  | i1
1 | 1
1 | 2
2 | 3
2 |
3 | 7
4 |
`,
			Series: "(Not (In p.i1 (CombineAsSet e.i1)))", Want: "1=F; 2=T; 3=NULL; 4=T; 5=T",
		},
		{
			Name: "in filtered event series",
			Tables: `
p
  | i1
1 | 1
2 | 3
e
  | i1 | b1
1 | 1  | F
1 | 2  | T
2 | 3  | T
`,
			Series: "(In p.i1 (CombineAsSet (col (where e e.b1) i1)))", Want: "1=F; 2=T",
		},
		{
			Name: "event values in event series",
			Tables: `
e
  | i1 | i2
1 | 1  | 2
1 | 2  | 5
1 | 3  |
2 |    | 1
2 | 4  | 4
3 | 6  |
`,
			Series: "(Count (where e (In e.i1 (CombineAsSet e.i2))))", Want: "1=1; 2=1; 3=0",
		},
	},
}

var groupArith = Group{
	Name: "3.4 Arithmetic",
	Tables: `
p
  | i1 | i2 | f1   | f2   | b1
1 | 7  | 2  | 7.5  | 2.0  | T
2 | -7 | 2  | -7.5 | 0.5  | F
3 | 7  | -2 | 0.0  | -2.0 | T
4 | -1 | 0  | 1.5  | 0.0  | F
5 | 0  | 3  | -6.7 | 3.0  |
6 |    |    |      |      |
`,
	Cases: []Case{
		{Name: "int add", Series: "(Add p.i1 p.i2)", Want: "1=9; 2=-5; 3=5; 4=-1; 5=3; 6=NULL"},
		{Name: "int subtract", Series: "(Subtract p.i1 p.i2)", Want: "1=5; 2=-9; 3=9; 4=-1; 5=-3; 6=NULL"},
		{Name: "int multiply", Series: "(Multiply p.i1 p.i2)", Want: "1=14; 2=-14; 3=-14; 4=0; 5=0; 6=NULL"},
		{Name: "int negate", Series: "(Negate p.i1)", Want: "1=-7; 2=7; 3=-7; 4=1; 5=0; 6=NULL"},
		{Name: "int absolute", Series: "(Absolute p.i1)", Want: "1=7; 2=7; 3=7; 4=1; 5=0; 6=NULL"},
		{Name: "int true divide", Series: "(TrueDivide p.i1 p.i2)", Want: "1=3.5; 2=-3.5; 3=-3.5; 4=NULL; 5=0.0; 6=NULL"},
		{Name: "int floor divide", Series: "(FloorDivide p.i1 p.i2)", Want: "1=3; 2=-4; 3=-4; 4=NULL; 5=0; 6=NULL"},
		{Name: "int power", Series: "(Power p.i1 p.i2)", Want: "1=49.0; 2=49.0; 3=0.02040816; 4=1.0; 5=0.0; 6=NULL"},
		{Name: "int add literal", Series: "(Add p.i1 1)", Want: "1=8; 2=-6; 3=8; 4=0; 5=1; 6=NULL"},
		{Name: "literal minus series", Series: "(Add 1 (Negate p.i1))", Want: "1=-6; 2=8; 3=-6; 4=2; 5=1; 6=NULL"},
		{Name: "int cast to float", Series: "(CastToFloat p.i1)", Want: "1=7.0; 2=-7.0; 3=7.0; 4=-1.0; 5=0.0; 6=NULL"},
		{Name: "int cast to int", Series: "(CastToInt p.i1)", Want: "1=7; 2=-7; 3=7; 4=-1; 5=0; 6=NULL"},
		{Name: "float add", Series: "(Add p.f1 p.f2)", Want: "1=9.5; 2=-7.0; 3=-2.0; 4=1.5; 5=-3.7; 6=NULL"},
		{Name: "float subtract", Series: "(Subtract p.f1 p.f2)", Want: "1=5.5; 2=-8.0; 3=2.0; 4=1.5; 5=-9.7; 6=NULL"},
		{Name: "float multiply", Series: "(Multiply p.f1 p.f2)", Want: "1=15.0; 2=-3.75; 3=0.0; 4=0.0; 5=-20.1; 6=NULL"},
		{Name: "float negate", Series: "(Negate p.f1)", Want: "1=-7.5; 2=7.5; 3=0.0; 4=-1.5; 5=6.7; 6=NULL"},
		{Name: "float absolute", Series: "(Absolute p.f1)", Want: "1=7.5; 2=7.5; 3=0.0; 4=1.5; 5=6.7; 6=NULL"},
		{Name: "float true divide", Series: "(TrueDivide p.f1 p.f2)", Want: "1=3.75; 2=-15.0; 3=0.0; 4=NULL; 5=-2.2333333; 6=NULL"},
		{Name: "float floor divide is int", Series: "(FloorDivide p.f1 p.f2)", Want: "1=3; 2=-15; 3=0; 4=NULL; 5=-3; 6=NULL"},
		{Name: "float power", Series: "(Power p.f1 p.f2)", Want: "1=56.25; 2=NULL; 3=NULL; 4=1.0; 5=-300.763; 6=NULL"},
		{Name: "float cast to int truncates", Series: "(CastToInt p.f1)", Want: "1=7; 2=-7; 3=0; 4=1; 5=-6; 6=NULL"},
		{Name: "float cast to float", Series: "(CastToFloat p.f1)", Want: "1=7.5; 2=-7.5; 3=0.0; 4=1.5; 5=-6.7; 6=NULL"},
		{Name: "bool cast to int", Series: "(CastToInt p.b1)", Want: "1=1; 2=0; 3=1; 4=0; 5=NULL; 6=NULL"},
		{Name: "float plus cast int", Series: "(Add p.f1 (CastToFloat p.i1))", Want: "1=14.5; 2=-14.5; 3=7.0; 4=0.5; 5=-6.7; 6=NULL"},
		{Name: "divide by zero literal", Series: "(TrueDivide p.i1 0)", Want: "1=NULL; 2=NULL; 3=NULL; 4=NULL; 5=NULL; 6=NULL"},
		{Name: "floor divide by zero literal", Series: "(FloorDivide p.i1 0)", Want: "1=NULL; 2=NULL; 3=NULL; 4=NULL; 5=NULL; 6=NULL"},
		{Name: "float divide by zero", Series: "(TrueDivide p.f1 0.0)", Want: "1=NULL; 2=NULL; 3=NULL; 4=NULL; 5=NULL; 6=NULL"},
		{Name: "floor -1 // 2", Tables: one, Series: "(FloorDivide -1 2)", Want: "1=-1"},
		{Name: "floor -4 // 3", Tables: one, Series: "(FloorDivide -4 3)", Want: "1=-2"},
		{Name: "floor 10 // -4", Tables: one, Series: "(FloorDivide 10 -4)", Want: "1=-3"},
		{Name: "floor -10 // -4", Tables: one, Series: "(FloorDivide -10 -4)", Want: "1=2"},
		{Name: "floor 9 // 3", Tables: one, Series: "(FloorDivide 9 3)", Want: "1=3"},
		{Name: "floor float -7.0 // 2.0", Tables: one, Series: "(FloorDivide -7.0 2.0)", Want: "1=-4"},
		{Name: "true divide ints gives float", Tables: one, Series: "(TrueDivide 1 4)", Want: "1=0.25"},
		{Name: "negative power negative", Tables: one, Series: "(Power -10 -1)", Want: "1=-0.1"},
		{Name: "negative float to fractional power", Tables: one, Series: "(Power -101.3 10.3)", Want: "1=NULL"},
		{Name: "zero to negative power", Tables: one, Series: "(Power 0 -1)", Want: "1=NULL"},
		{Name: "zero float to negative power", Tables: one, Series: "(Power 0.0 -0.5)", Want: "1=NULL"},
		{Name: "power zero", Tables: one, Series: "(Power 5 0)", Want: "1=1.0"},
		{Name: "zero to power zero", Tables: one, Series: "(Power 0 0)", Want: "1=1.0"},
		{Name: "negative to integral float power", Tables: one, Series: "(Power -2.0 3.0)", Want: "1=-8.0"},
		{Name: "fractional power", Tables: one, Series: "(Power 9.0 0.5)", Want: "1=3.0"},
		{Name: "cast 0.5 to int", Tables: one, Series: "(CastToInt 0.5)", Want: "1=0"},
		{Name: "cast -6.7 to int", Tables: one, Series: "(CastToInt -6.7)", Want: "1=-6"},
		{Name: "cast -0.5 to int", Tables: one, Series: "(CastToInt -0.5)", Want: "1=0"},
		{Name: "cast 2.999 to int", Tables: one, Series: "(CastToInt 2.999)", Want: "1=2"},
		{Name: "absolute of negative literal", Tables: one, Series: "(Absolute -3)", Want: "1=3"},
		{Name: "large int arithmetic", Tables: one, Series: "(Multiply 3000000000 3)", Want: "1=9000000000"},
	},
}

// eventStrs has repeated strings and codes in an event table.
const eventStrs = `
e
  | s1 | c1
1 | a  | 234567
1 | b  | 123456
1 | a  | 234567
2 | B  | 123456
2 | c  |
2 |    | 345678
3 |    |
`
