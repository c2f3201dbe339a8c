package tables

// Packages and legacy alias modules (spec §2.1, §5.6; python-subset §7.1).

// hospital_admissions exists only under ehrql.tables.beta.tpp (and its
// databuilder alias). The spec lists the columns studies use and those
// believed to exist; the order and primary_diagnosis follow the last v0
// reference schema. Backends map it onto the APCS source.
var legacyTables = []tableSpec{
	{module: modBetaTPP, attr: "hospital_admissions",
		description: "Legacy (ehrQL v0) view of hospital admissions (APCS).",
		cols: columns(
			col("id", tInt),
			col("admission_date", tDate),
			col("discharge_date", tDate),
			col("admission_method", tStr),
			col("all_diagnoses", tStr),
			col("patient_classification", tStr),
			col("days_in_critical_care", tInt),
			col("primary_diagnoses", tStr),
			col("primary_diagnosis", tICD10),
		)},
}

var packageModules = []moduleSpec{
	{name: modTables,
		members: []string{"table", "PatientFrame", "EventFrame", "Series", "Constraint",
			"table_from_rows", "table_from_file"},
		submodules: []string{"core", "tpp", "emis", "raw", "smoketest", "beta"},
		doc:        "table machinery and the table modules"},
	{name: modRaw, submodules: []string{"core", "tpp", "emis"}, doc: "raw table modules"},
}

var legacyModules = []moduleSpec{
	{name: modBeta, legacy: true, submodules: []string{"core", "tpp", "raw"},
		doc: "legacy (ehrQL v0) package"},
	{name: modBetaCore, legacy: true, aliasOf: modCore},
	{name: modBetaTPP, legacy: true, aliasOf: modTPP, tables: []string{"hospital_admissions"}},
	{name: modBetaRaw, legacy: true, submodules: []string{"core", "tpp"}, doc: "legacy (ehrQL v0) package"},
	{name: modBetaRawCore, legacy: true, aliasOf: modRawCore},
	{name: modBetaRawTPP, legacy: true, aliasOf: modRawTPP},
	{name: modDB, legacy: true, submodules: []string{"beta"}, doc: "pre-rename (databuilder) package"},
	{name: modDBBeta, legacy: true, submodules: []string{"core", "tpp", "raw"}, doc: "pre-rename (databuilder) package"},
	{name: modDBBetaCore, legacy: true, aliasOf: modBetaCore},
	{name: modDBBetaTPP, legacy: true, aliasOf: modBetaTPP},
	{name: modDBBetaRaw, legacy: true, submodules: []string{"core", "tpp"}, doc: "pre-rename (databuilder) package"},
	{name: modDBBetaRawCore, legacy: true, aliasOf: modBetaRawCore},
	{name: modDBBetaRawTPP, legacy: true, aliasOf: modBetaRawTPP},
}
