package tables

// ehrql.tables.core (spec §5.2): tables available on every backend.

var coreTables = []tableSpec{
	{module: modCore, attr: "patients", patient: true,
		description: "Patients in primary care.",
		cols: columns(
			col("date_of_birth", tDate, notNull, firstOfMonth),
			col("sex", tStr, notNull, cat("female", "male", "intersex", "unknown")),
			col("date_of_death", tDate),
		)},
	{module: modCore, attr: "practice_registrations", activation: activatedInBackend,
		description: "Registrations of patients with GP practices.",
		cols: columns(
			col("start_date", tDate, notNull),
			col("end_date", tDate, alwaysNull),
			col("practice_pseudo_id", tInt, notNull, dummy(closedRange(0, 999, 1))),
		)},
	{module: modCore, attr: "ons_deaths", patient: true,
		description: "Registered deaths: the earliest registered death of each patient.",
		cols: columns(
			col("date", tDate, dummy(onOrAfter("2019-02-01"))),
			col("underlying_cause_of_death", tICD10),
			numbered("cause_of_death_", 1, 15, 2, tICD10),
		)},
	{module: modCore, attr: "clinical_events", activation: activatedBy("date"),
		description: "Coded events in the primary care record.",
		cols: columns(
			col("date", tDate),
			col("snomedct_code", tSNOMED),
			col("numeric_value", tFloat),
		)},
	{module: modCore, attr: "medications", activation: activatedBy("date"),
		description: "Medications issued in primary care.",
		cols: columns(
			col("date", tDate),
			col("dmd_code", tDMD),
		)},
}

var coreModule = moduleSpec{
	name:   modCore,
	tables: []string{"patients", "practice_registrations", "ons_deaths", "clinical_events", "medications"},
	doc:    "tables available on all backends",
}
