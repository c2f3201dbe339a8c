package enginetest

var groupAgg = Group{
	Name: "3.5 Aggregations",
	Tables: `
e
  | i1 | f1  | s1 | d1         | b1 | c1
1 | 1  | 1.5 | b  | 2020-01-01 | T  | 123456
1 | 2  | 2.5 | a  | 2020-03-01 | F  | 123456
1 | 3  |     | c  | 2020-01-05 |    | 234567
2 |    |     |    |            |    |
3 | 5  | 0.5 | x  | 2021-01-01 | T  | 345678
3 | 5  | 0.5 | x  | 2021-01-01 | T  | 345678
p
  | i1
4 | 0
`,
	Cases: []Case{
		{Name: "sum int", Series: "(Sum e.i1)", Want: "1=6; 2=NULL; 3=10; 4=NULL"},
		{Name: "sum float", Series: "(Sum e.f1)", Want: "1=4.0; 2=NULL; 3=1.0; 4=NULL"},
		{Name: "mean int is float", Series: "(Mean e.i1)", Want: "1=2.0; 2=NULL; 3=5.0; 4=NULL"},
		{Name: "mean float", Series: "(Mean e.f1)", Want: "1=2.0; 2=NULL; 3=0.5; 4=NULL"},
		{Name: "min int", Series: "(Min e.i1)", Want: "1=1; 2=NULL; 3=5; 4=NULL"},
		{Name: "max int", Series: "(Max e.i1)", Want: "1=3; 2=NULL; 3=5; 4=NULL"},
		{Name: "min float", Series: "(Min e.f1)", Want: "1=1.5; 2=NULL; 3=0.5; 4=NULL"},
		{Name: "max float", Series: "(Max e.f1)", Want: "1=2.5; 2=NULL; 3=0.5; 4=NULL"},
		{Name: "min str", Series: "(Min e.s1)", Want: "1=a; 2=NULL; 3=x; 4=NULL"},
		{Name: "max str", Series: "(Max e.s1)", Want: "1=c; 2=NULL; 3=x; 4=NULL"},
		{Name: "min date", Series: "(Min e.d1)", Want: "1=2020-01-01; 2=NULL; 3=2021-01-01; 4=NULL"},
		{Name: "max date", Series: "(Max e.d1)", Want: "1=2020-03-01; 2=NULL; 3=2021-01-01; 4=NULL"},
		{Name: "min code", Series: "(Min e.c1)", Want: "1=123456; 2=NULL; 3=345678; 4=NULL"},
		{Name: "max code", Series: "(Max e.c1)", Want: "1=234567; 2=NULL; 3=345678; 4=NULL"},
		{Name: "count rows including nulls", Series: "(Count e)", Want: "1=3; 2=1; 3=2; 4=0"},
		{Name: "exists", Series: "(Exists e)", Want: "1=T; 2=T; 3=T; 4=F"},
		{Name: "count distinct int", Series: "(CountDistinct e.i1)", Want: "1=3; 2=0; 3=1; 4=0"},
		{Name: "count distinct str", Series: "(CountDistinct e.s1)", Want: "1=3; 2=0; 3=1; 4=0"},
		{Name: "count distinct date", Series: "(CountDistinct e.d1)", Want: "1=3; 2=0; 3=1; 4=0"},
		{Name: "count distinct code", Series: "(CountDistinct e.c1)", Want: "1=2; 2=0; 3=1; 4=0"},
		{Name: "count distinct bool", Series: "(CountDistinct e.b1)", Want: "1=2; 2=0; 3=1; 4=0"},
		{Name: "count distinct float", Series: "(CountDistinct e.f1)", Want: "1=2; 2=0; 3=1; 4=0"},
		{Name: "count filtered", Series: "(Count (where e (GT e.i1 1)))", Want: "1=2; 2=0; 3=2; 4=0"},
		{Name: "exists filtered", Series: "(Exists (where e (GT e.i1 4)))", Want: "1=F; 2=F; 3=T; 4=F"},
		{Name: "sum filtered", Series: "(Sum (col (where e (GT e.i1 1)) i1))", Want: "1=5; 2=NULL; 3=10; 4=NULL"},
		{Name: "sum of expression", Series: "(Sum (Multiply e.i1 2))", Want: "1=12; 2=NULL; 3=20; 4=NULL"},
		{Name: "sum empty after filter is null", Series: "(Sum (col (where e (GT e.i1 100)) i1))", Want: "1=NULL; 2=NULL; 3=NULL; 4=NULL"},
		{Name: "count empty after filter is zero", Series: "(Count (where e (GT e.i1 100)))", Want: "1=0; 2=0; 3=0; 4=0"},
		{Name: "exists on patient frame", Series: "(Exists p)", Want: "1=F; 2=F; 3=F; 4=T"},
		{Name: "count on patient frame", Series: "(Count p)", Want: "1=0; 2=0; 3=0; 4=1"},
		{Name: "min of case", Series: "(Min (case (when (GT e.i1 1) e.i1)))", Want: "1=2; 2=NULL; 3=5; 4=NULL"},
		{Name: "count distinct of all null", Series: "(CountDistinct (col (where e (IsNull e.i1)) i1))", Want: "1=0; 2=0; 3=0; 4=0"},
		{Name: "max of bool-derived int", Series: "(Max (CastToInt e.b1))", Want: "1=1; 2=NULL; 3=1; 4=NULL"},
		{Name: "mean of float with nulls", Series: "(Mean (Add e.f1 e.f1))", Want: "1=4.0; 2=NULL; 3=1.0; 4=NULL"},
		{Name: "sum of negative values", Series: "(Sum (Negate e.i1))", Want: "1=-6; 2=NULL; 3=-10; 4=NULL"},
		{Name: "aggregations combine", Series: "(Add (Sum e.i1) (Count e))", Want: "1=9; 2=NULL; 3=12; 4=NULL"},
		{Name: "count distinct of expression", Series: "(CountDistinct (FloorDivide e.i1 2))", Want: "1=2; 2=0; 3=1; 4=0"},
		{
			Name: "sum zero is not null",
			Tables: `
e
  | i1
1 | 0
1 | 0
2 | -1
2 | 1
`,
			Series: "(Sum e.i1)", Want: "1=0; 2=0",
		},
		{
			Name: "mean of single value",
			Tables: `
e
  | f1
1 | 2.25
2 |
`,
			Series: "(Mean e.f1)", Want: "1=2.25; 2=NULL",
		},
		{Name: "count episodes gap 9", Tables: episodes, Series: "(CountEpisodes e.d1 9)", Want: "1=3; 2=1; 3=0; 4=1; 5=3; 6=0"},
		{Name: "count episodes gap 10", Tables: episodes, Series: "(CountEpisodes e.d1 10)", Want: "1=2; 2=1; 3=0; 4=1; 5=3; 6=0"},
		{Name: "count episodes gap 14 not strictly greater", Tables: episodes, Series: "(CountEpisodes e.d1 14)", Want: "1=2; 2=1; 3=0; 4=1; 5=2; 6=0"},
		{Name: "count episodes gap 0", Tables: episodes, Series: "(CountEpisodes e.d1 0)", Want: "1=4; 2=1; 3=0; 4=1; 5=3; 6=0"},
		{Name: "count episodes six weeks", Tables: episodes, Series: "(CountEpisodes e.d1 42)", Want: "1=1; 2=1; 3=0; 4=1; 5=2; 6=0"},
		{Name: "count episodes filtered", Tables: episodes, Series: "(CountEpisodes (col (where e (GT e.d1 2020-01-05)) d1) 9)", Want: "1=3; 2=0; 3=0; 4=0; 5=2; 6=0"},
	},
}

// episodes has event dates for count_episodes_for_patient; patient 5's
// rows are out of date order.
const episodes = `
e
  | d1
1 | 2020-01-01
1 | 2020-01-10
1 | 2020-01-20
1 | 2020-03-01
2 | 2020-01-01
2 |
3 |
4 | 2020-01-01
4 | 2020-01-01
5 | 2020-05-01
5 | 2020-01-01
5 | 2020-01-15
p
  | i1
6 | 1
`

var groupDates = Group{
	Name:   "3.6 Dates",
	Tables: one,
	Cases: []Case{
		{Name: "add month rolls forward 29 jan", Series: "(DateAddMonths 2003-01-29 1)", Want: "1=2003-03-01"},
		{Name: "add month rolls forward 31 jan leap", Series: "(DateAddMonths 2004-01-31 1)", Want: "1=2004-03-01"},
		{Name: "subtract month rolls forward", Series: "(DateAddMonths 2004-03-31 -1)", Want: "1=2004-03-01"},
		{Name: "add 11 months", Series: "(DateAddMonths 2000-10-31 11)", Want: "1=2001-10-01"},
		{Name: "subtract 11 months", Series: "(DateAddMonths 2000-10-31 -11)", Want: "1=1999-12-01"},
		{Name: "add month simple", Series: "(DateAddMonths 2020-01-15 1)", Want: "1=2020-02-15"},
		{Name: "add months across year end", Series: "(DateAddMonths 2020-12-31 2)", Want: "1=2021-03-01"},
		{Name: "add month to 31 jan leap", Series: "(DateAddMonths 2020-01-31 1)", Want: "1=2020-03-01"},
		{Name: "subtract 12 months", Series: "(DateAddMonths 2020-05-31 -12)", Want: "1=2019-05-31"},
		{Name: "add zero months", Series: "(DateAddMonths 2020-03-31 0)", Want: "1=2020-03-31"},
		{Name: "add 13 months to 30 jan", Series: "(DateAddMonths 2019-01-30 13)", Want: "1=2020-03-01"},
		{Name: "add 3 months to 30 nov", Series: "(DateAddMonths 2020-11-30 3)", Want: "1=2021-03-01"},
		{Name: "add month to 30 april", Series: "(DateAddMonths 2020-04-30 1)", Want: "1=2020-05-30"},
		{Name: "subtract months into previous year", Series: "(DateAddMonths 2020-02-15 -3)", Want: "1=2019-11-15"},
		{Name: "add year from 29 feb", Series: "(DateAddYears 2004-02-29 1)", Want: "1=2005-03-01"},
		{Name: "subtract year from 29 feb", Series: "(DateAddYears 2004-02-29 -1)", Want: "1=2003-03-01"},
		{Name: "add four years from 29 feb", Series: "(DateAddYears 2004-02-29 4)", Want: "1=2008-02-29"},
		{Name: "add years simple", Series: "(DateAddYears 2020-06-15 10)", Want: "1=2030-06-15"},
		{Name: "add century to 29 feb", Series: "(DateAddYears 2000-02-29 100)", Want: "1=2100-03-01"},
		{Name: "add 400 years to 29 feb", Series: "(DateAddYears 2000-02-29 400)", Want: "1=2400-02-29"},
		{Name: "add day to 28 feb leap", Series: "(DateAddDays 2020-02-28 1)", Want: "1=2020-02-29"},
		{Name: "add two days to 28 feb leap", Series: "(DateAddDays 2020-02-28 2)", Want: "1=2020-03-01"},
		{Name: "subtract day at new year", Series: "(DateAddDays 2021-01-01 -1)", Want: "1=2020-12-31"},
		{Name: "add 365 days", Series: "(DateAddDays 2019-01-01 365)", Want: "1=2020-01-01"},
		{Name: "add 366 days in leap year", Series: "(DateAddDays 2020-01-01 366)", Want: "1=2021-01-01"},
		{Name: "add weeks", Series: "(DateAddDays 2020-01-01 (Multiply 2 7))", Want: "1=2020-01-15"},
		{Name: "old dates", Series: "(DateAddDays 1900-03-01 -1)", Want: "1=1900-02-28"},
		{Name: "difference in days", Series: "(DateDifferenceInDays 2021-03-01 2020-03-01)", Want: "1=365"},
		{Name: "difference in days leap february", Series: "(DateDifferenceInDays 2020-03-01 2020-02-01)", Want: "1=29"},
		{Name: "negative difference in days", Series: "(DateDifferenceInDays 2020-01-01 2020-01-31)", Want: "1=-30"},
		{Name: "weeks of minus one day", Series: "(FloorDivide (DateDifferenceInDays 2020-01-01 2020-01-02) 7)", Want: "1=-1"},
		{Name: "weeks of 14 days", Series: "(FloorDivide (DateDifferenceInDays 2020-01-15 2020-01-01) 7)", Want: "1=2"},
		{Name: "weeks of 13 days", Series: "(FloorDivide (DateDifferenceInDays 2020-01-14 2020-01-01) 7)", Want: "1=1"},
		{Name: "months from 29 feb", Series: "(DateDifferenceInMonths 2005-02-28 2004-02-29)", Want: "1=11"},
		{Name: "months from 30 jan", Series: "(DateDifferenceInMonths 2000-03-01 2000-01-30)", Want: "1=1"},
		{Name: "months end of month", Series: "(DateDifferenceInMonths 2020-03-31 2020-02-29)", Want: "1=1"},
		{Name: "months day earlier", Series: "(DateDifferenceInMonths 2020-02-29 2020-01-31)", Want: "1=0"},
		{Name: "months negative across year", Series: "(DateDifferenceInMonths 2019-12-31 2020-01-01)", Want: "1=-1"},
		{Name: "months negative one day", Series: "(DateDifferenceInMonths 2020-01-01 2020-01-02)", Want: "1=-1"},
		{Name: "months same day", Series: "(DateDifferenceInMonths 2021-05-15 2020-02-15)", Want: "1=15"},
		{Name: "years to 28 feb from 29 feb", Series: "(DateDifferenceInYears 2021-02-28 2020-02-29)", Want: "1=0"},
		{Name: "years to 28 feb", Series: "(DateDifferenceInYears 2021-02-28 2019-01-01)", Want: "1=2"},
		{Name: "years to 1 march from 29 feb", Series: "(DateDifferenceInYears 2021-03-01 2020-02-29)", Want: "1=1"},
		{Name: "years negative one day", Series: "(DateDifferenceInYears 2020-01-01 2020-01-02)", Want: "1=-1"},
		{Name: "years exact", Series: "(DateDifferenceInYears 2020-01-01 1990-01-01)", Want: "1=30"},
		{Name: "years day before birthday", Series: "(DateDifferenceInYears 2019-12-31 1990-01-01)", Want: "1=29"},
		{Name: "year from date", Series: "(YearFromDate 2020-02-29)", Want: "1=2020"},
		{Name: "month from date", Series: "(MonthFromDate 2020-02-29)", Want: "1=2"},
		{Name: "day from date", Series: "(DayFromDate 2020-02-29)", Want: "1=29"},
		{Name: "to first of month", Series: "(ToFirstOfMonth 2020-02-29)", Want: "1=2020-02-01"},
		{Name: "to first of year", Series: "(ToFirstOfYear 2020-12-31)", Want: "1=2020-01-01"},
		{Name: "first of month is idempotent", Series: "(ToFirstOfMonth 2020-03-01)", Want: "1=2020-03-01"},
		{Name: "add years past 9999 is an error", Series: "(DateAddYears 9999-06-01 1)", Error: true},
		{Name: "add months past 9999 is an error", Series: "(DateAddMonths 9999-12-01 1)", Error: true},
		{Name: "subtract days before year 1 is an error", Series: "(DateAddDays 0001-01-01 -1)", Error: true},
		{Name: "huge day offset is an error", Series: "(DateAddDays 2020-01-01 9223372036854775807)", Error: true},
		{Name: "huge year offset is an error", Series: "(DateAddYears 2020-01-01 -9223372036854775807)", Error: true},
		{Name: "latest date", Series: "(DateAddDays 9999-12-30 1)", Want: "1=9999-12-31"},
		{Name: "earliest date", Series: "(DateAddMonths 0001-02-01 -1)", Want: "1=0001-01-01"},
		{
			Name: "age on",
			Tables: `
patients
  | date_of_birth | sex     | date_of_death
1 | 1990-01-01    | female  |
2 | 2000-02-01    | male    | 2019-06-01
3 | 2020-02-01    | unknown |
`,
			Series: "(DateDifferenceInYears 2020-01-01 patients.date_of_birth)", Want: "1=30; 2=19; 3=-1",
		},
		{
			Name: "is alive on",
			Tables: `
patients
  | date_of_birth | sex     | date_of_death
1 | 1990-01-01    | female  |
2 | 2000-02-01    | male    | 2019-06-01
3 | 2020-02-01    | unknown | 2020-01-01
`,
			Series: "(Or (GT patients.date_of_death 2020-01-01) (IsNull patients.date_of_death))", Want: "1=T; 2=F; 3=F",
		},
		{
			Name: "is dead on",
			Tables: `
patients
  | date_of_birth | sex     | date_of_death
1 | 1990-01-01    | female  |
2 | 2000-02-01    | male    | 2019-06-01
3 | 2020-02-01    | unknown | 2020-01-01
`,
			Series: "(And (Not (IsNull patients.date_of_death)) (LT patients.date_of_death 2020-01-01))", Want: "1=F; 2=T; 3=F",
		},
		{
			Name: "date series arithmetic",
			Tables: `
p
  | d1         | i1
1 | 2020-01-31 | 1
2 | 2020-02-29 | 12
3 | 2019-03-31 | -1
4 |            | 1
5 | 2020-01-01 |
`,
			Series: "(DateAddMonths p.d1 p.i1)", Want: "1=2020-03-01; 2=2021-03-01; 3=2019-03-01; 4=NULL; 5=NULL",
		},
		{
			Name: "date series differences",
			Tables: `
p
  | d1         | d2
1 | 2020-01-31 | 2021-01-30
2 | 2020-02-29 | 2021-02-28
3 | 2021-02-28 | 2020-02-29
4 |            | 2020-01-01
`,
			Series: "(DateDifferenceInMonths p.d2 p.d1)", Want: "1=11; 2=11; 3=-12; 4=NULL",
		},
	},
}
