package tables

// ehrql.tables.emis and ehrql.tables.smoketest (spec §5.5).

var emisTables = []tableSpec{
	// sex and practice_pseudo_id carry NotNull, and imd_rounded the
	// ClosedRange of tpp.addresses, as in the reference schema; the spec's
	// §5.5 summary lists only their types and categories.
	{module: modEMIS, attr: "patients", patient: true,
		description: "Patients in primary care, with their current practice registration (EMIS).",
		cols: columns(
			col("date_of_birth", tDate, notNull, firstOfMonth),
			col("sex", tStr, notNull, cat("female", "male", "unknown")),
			col("date_of_death", tDate),
			col("registration_start_date", tDate, notNull),
			col("registration_end_date", tDate),
			col("practice_pseudo_id", tStr, notNull),
			col("rural_urban_classification", tInt, closedRange(1, 8, 1)),
			col("imd_rounded", tInt, closedRange(0, 32800, 100)),
		)},
	// A redefinition (Python subclass) of core.practice_registrations with
	// no columns of its own: a distinct table object owned by emis.
	{module: modEMIS, attr: "practice_registrations", extends: modCore + ".practice_registrations",
		description: "Registrations of patients with GP practices (EMIS: current registration only)."},
	{module: modEMIS, attr: "vaccinations",
		description: "Vaccinations administered, identified by SNOMED CT procedure code.",
		cols: columns(
			col("date", tDate),
			col("procedure_code", tSNOMED),
		)},
}

var emisModule = moduleSpec{
	name:   modEMIS,
	tables: []string{"patients", "practice_registrations", "clinical_events", "medications", "ons_deaths", "vaccinations"},
	reexports: map[string]string{
		"clinical_events": modCore,
		"medications":     modCore,
		"ons_deaths":      modCore,
	},
	doc: "tables of the EMIS backend",
}

var smoketestTables = []tableSpec{
	{module: modSmoketest, attr: "patients", patient: true,
		description: "Minimal patients table for backend connectivity tests.",
		cols: columns(
			col("date_of_birth", tDate),
		)},
}

var smoketestModule = moduleSpec{
	name:   modSmoketest,
	tables: []string{"patients"},
	doc:    "connectivity tests",
}
