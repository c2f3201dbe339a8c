package enginetest

var groupCase = Group{
	Name: "2.7 Conditionals and row-wise functions",
	Tables: `
p
  | i1 | i2 | s1 | d1         | d2         | f1
1 | 1  | 10 | a  | 2020-01-01 | 2021-01-01 | 1.5
2 | 2  |    | b  |            | 2019-01-01 |
3 | 3  | 30 |    | 2022-01-01 |            | -2.0
4 |    | 40 | d  |            |            | 0.5
`,
	Cases: []Case{
		{Name: "first true arm wins", Series: "(case (when (GT p.i1 1) 'big') (when (GT p.i1 2) 'bigger') (else 'small'))", Want: "1=small; 2=big; 3=big; 4=small"},
		{Name: "no default gives null", Series: "(case (when (EQ p.i1 1) 'one'))", Want: "1=one; 2=NULL; 3=NULL; 4=NULL"},
		{Name: "null condition is not matched", Series: "(case (when (GT p.i2 20) 1) (when T 2))", Want: "1=2; 2=2; 3=1; 4=1"},
		{Name: "none value", Series: "(case (when (EQ p.i1 1) None) (else p.i2))", Want: "1=NULL; 2=NULL; 3=30; 4=40"},
		{Name: "series values", Series: "(case (when (GT p.i1 1) p.i2) (else p.i1))", Want: "1=1; 2=NULL; 3=30; 4=NULL"},
		{Name: "date values", Series: "(case (when (IsNull p.d1) p.d2) (else p.d1))", Want: "1=2020-01-01; 2=2019-01-01; 3=2022-01-01; 4=NULL"},
		{Name: "bool values", Series: "(case (when (EQ p.s1 'a') T) (when (EQ p.s1 'b') F))", Want: "1=T; 2=F; 3=NULL; 4=NULL"},
		{Name: "float values", Series: "(case (when (GT p.f1 0.0) p.f1) (else 0.0))", Want: "1=1.5; 2=0.0; 3=0.0; 4=0.5"},
		{Name: "when null then", Series: "(case (when (Not (IsNull p.i2)) p.i2) (else 0))", Want: "1=10; 2=0; 3=30; 4=40"},
		{Name: "map values", Series: "(case (when (EQ p.s1 'a') 'Alpha') (when (EQ p.s1 'b') 'Beta') (else 'Other'))", Want: "1=Alpha; 2=Beta; 3=Other; 4=Other"},
		{Name: "map values null input gives default", Series: "(case (when (EQ p.i1 1) 100) (else -1))", Want: "1=100; 2=-1; 3=-1; 4=-1"},
		{Name: "age band style", Series: "(case (when (LT p.i2 20) '0-19') (when (LT p.i2 35) '20-34') (else '35+'))", Want: "1=0-19; 2=35+; 3=20-34; 4=35+"},
		{Name: "nested case", Series: "(case (when (GT p.i1 2) (case (when (GT p.i2 35) 2) (else 1))) (else 0))", Want: "1=0; 2=0; 3=1; 4=0"},
		{Name: "maximum of with literal", Series: "(MaximumOf p.i1 p.i2 5)", Want: "1=10; 2=5; 3=30; 4=40"},
		{Name: "minimum of with literal", Series: "(MinimumOf p.i1 p.i2 5)", Want: "1=1; 2=2; 3=3; 4=5"},
		{Name: "maximum of dates", Series: "(MaximumOf p.d1 p.d2)", Want: "1=2021-01-01; 2=2019-01-01; 3=2022-01-01; 4=NULL"},
		{Name: "minimum of dates with literal", Series: "(MinimumOf p.d1 p.d2 2020-06-01)", Want: "1=2020-01-01; 2=2019-01-01; 3=2020-06-01; 4=2020-06-01"},
		{Name: "maximum of floats", Series: "(MaximumOf p.f1 0.0)", Want: "1=1.5; 2=0.0; 3=0.0; 4=0.5"},
		{Name: "maximum of strings", Series: "(MaximumOf p.s1 'b')", Want: "1=b; 2=b; 3=b; 4=d"},
		{Name: "event-level case counted", Tables: `
e
  | i1
1 | 1
1 | 5
1 |
2 | 7
`, Series: "(CountDistinct (case (when (GT e.i1 2) 'high') (else 'low')))", Want: "1=2; 2=1"},
		{Name: "event-level maximum of", Tables: `
e
  | i1 | i2
1 | 1  | 4
1 | 5  |
1 |    |
2 | 7  | 2
`, Series: "(Sum (MaximumOf e.i1 e.i2))", Want: "1=9; 2=7"},
		{Name: "coalesce", Series: "(coalesce p.i2 p.i1 0)", Want: "1=10; 2=2; 3=30; 4=40"},
		{Name: "coalesce all null", Series: "(coalesce p.d1 p.d2)", Want: "1=2020-01-01; 2=2019-01-01; 3=2022-01-01; 4=NULL"},
		{Name: "fixed value map", Series: "(map p.i1 'other' (1 'one') (2 'two'))", Want: "1=one; 2=two; 3=other; 4=other"},
		{Name: "fixed value map first key wins", Series: "(map p.i1 0 (1 10) (1 20))", Want: "1=10; 2=0; 3=0; 4=0"},
		{Name: "fixed value map none default", Series: "(map p.s1 None ('a' 1) ('d' 4))", Want: "1=1; 2=NULL; 3=NULL; 4=4"},
		{Name: "fixed value map to none", Series: "(map p.i1 9 (1 None))", Want: "1=NULL; 2=9; 3=9; 4=9"},
	},
}

var groupQueryModel = Group{
	Name: "7 Query model nodes",
	Tables: `
p
  | i1 | c1     | b1
1 | 1  | 123456 | T
2 |    |        |
`,
	Cases: []Case{
		{Name: "int literal broadcast", Series: "5", Want: "1=5; 2=5"},
		{Name: "str literal broadcast", Series: "'x'", Want: "1=x; 2=x"},
		{Name: "date literal broadcast", Series: "2020-02-29", Want: "1=2020-02-29; 2=2020-02-29"},
		{Name: "bool literal broadcast", Series: "F", Want: "1=F; 2=F"},
		{Name: "float literal broadcast", Series: "0.1", Want: "1=0.1; 2=0.1"},
		{Name: "none literal", Series: "None", Want: "1=NULL; 2=NULL"},
		{Name: "code literal", Series: "snomed:999999", Want: "1=999999; 2=999999"},
		{Name: "code column", Series: "p.c1", Want: "1=123456; 2=NULL"},
		{Name: "bool column", Series: "p.b1", Want: "1=T; 2=NULL"},
		{Name: "unsubstituted parameter is an error", Series: "(DateAddDays (param interval_start_date date) p.i1)", Error: true},
		{Name: "literal arithmetic folds", Series: "(Add (Multiply 2 3) 4)", Want: "1=10; 2=10"},
		{Name: "missing column reads as null", Tables: `
p
  | i2
1 | 4
`, Series: "(Add p.i1 p.i2)", Want: "1=NULL"},
		{Name: "patient with no row in a patient table", Tables: `
p
  | i1
1 | 1
e
  | i1
2 | 2
`, Series: "(IsNull p.i1)", Want: "1=F; 2=T"},
		{Name: "event-level literal case", Tables: `
e
  | i1
1 | 1
1 | 2
2 |
`, Series: "(Sum (case (when (EQ e.i1 None) 1) (else 2)))", Want: "1=4; 2=2"},
	},
}

var groupCore = Group{
	Name: "5.2 Core tables",
	Tables: `
patients
  | date_of_birth | sex     | date_of_death
1 | 1980-05-01    | female  |
2 | 2010-01-01    | male    | 2023-01-01
3 | 1950-12-01    | unknown |
practice_registrations
  | start_date | end_date   | practice_pseudo_id
1 | 2010-01-01 | 2015-01-01 | 10
1 | 2014-06-01 |            | 11
2 | 2012-01-01 |            | 20
3 | 2000-01-01 | 2019-01-01 | 30
clinical_events
  | date       | snomedct_code | numeric_value
1 | 2019-03-01 | 73211009      | 48.0
1 | 2020-05-01 | 73211009      | 52.5
1 | 2021-01-01 | 38341003      |
2 | 2018-01-01 | 38341003      | 120.0
3 | 2020-02-02 | 195967001     | 1.0
medications
  | date       | dmd_code
1 | 2020-01-01 | 39113611000001102
1 | 2020-02-01 | 39113611000001102
3 | 2019-12-01 | 321177003
`,
	Cases: []Case{
		{Name: "registered on date", Series: "(col (last (sort (where practice_registrations (And (LE practice_registrations.start_date 2020-01-01) (Or (GT practice_registrations.end_date 2020-01-01) (IsNull practice_registrations.end_date)))) practice_registrations.start_date)) practice_pseudo_id)", Want: "1=11; 2=20; 3=NULL"},
		{Name: "registration exists on date", Series: "(Exists (where practice_registrations (And (LE practice_registrations.start_date 2020-01-01) (Or (GT practice_registrations.end_date 2020-01-01) (IsNull practice_registrations.end_date)))))", Want: "1=T; 2=T; 3=F"},
		{Name: "age on date", Series: "(DateDifferenceInYears 2020-01-01 patients.date_of_birth)", Want: "1=39; 2=10; 3=69"},
		{Name: "sex", Series: "patients.sex", Want: "1=female; 2=male; 3=unknown"},
		{Name: "has coded event", Series: "(Exists (where clinical_events (In clinical_events.snomedct_code {snomed:73211009 snomed:195967001})))", Want: "1=T; 2=F; 3=T"},
		{Name: "last numeric value", Series: "(col (last (sort (where clinical_events (EQ clinical_events.snomedct_code snomed:73211009)) clinical_events.date)) numeric_value)", Want: "1=52.5; 2=NULL; 3=NULL"},
		{Name: "first event date in codelist", Series: "(col (first (sort (where clinical_events (In clinical_events.snomedct_code {snomed:38341003})) clinical_events.date)) date)", Want: "1=2021-01-01; 2=2018-01-01; 3=NULL"},
		{Name: "count of medications", Series: "(Count (where medications (In medications.dmd_code {dmd:39113611000001102})))", Want: "1=2; 2=0; 3=0"},
		{Name: "mean numeric value", Series: "(Mean clinical_events.numeric_value)", Want: "1=50.25; 2=120.0; 3=1.0"},
		{Name: "alive on", Series: "(Or (GT patients.date_of_death 2023-06-01) (IsNull patients.date_of_death))", Want: "1=T; 2=F; 3=T"},
	},
}
