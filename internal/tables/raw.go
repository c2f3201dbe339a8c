package tables

// ehrql.tables.raw.core, .raw.tpp and .raw.emis (spec §5.4): minimally
// transformed tables. Their table names are the physical names used by
// dummy-table files (e.g. medications_raw.csv).

var rawCoreTables = []tableSpec{
	{module: modRawCore, attr: "ons_deaths", name: "ons_deaths_raw",
		description: "All registered deaths (a patient may have several).",
		cols: columns(
			col("date", tDate),
			col("underlying_cause_of_death", tICD10),
			numbered("cause_of_death_", 1, 15, 2, tICD10),
		)},
}

// yesNoUnknown is the usual ISARIC answer set.
var yesNoUnknown = cat("YES", "NO", "Unknown")

// isaricCols: the spec (§5.4) leaves the ISARIC column list as a gap; these
// names, types and categories are those of the reference schema
// (compatibility surface: studies read these columns by name).
var isaricCols = columns(
	col("age", tStr),
	col("age_factor", tStr),
	col("calc_age", tStr),
	col("sex", tStr),
	numbered("ethnic___", 1, 10, 1, tStr),
	col("covid19_vaccine", tStr),
	col("covid19_vaccined", tDate),
	col("covid19_vaccine2d", tDate),
	col("covid19_vaccined_nk", tStr),
	col("corona_ieorres", tStr),
	col("coriona_ieorres2", tStr),
	col("coriona_ieorres3", tStr),
	col("inflammatory_mss", tStr),
	col("cestdat", tDate),
	col("chrincard", tStr, yesNoUnknown),
	col("hypertension_mhyn", tStr, yesNoUnknown),
	col("chronicpul_mhyn", tStr, yesNoUnknown),
	col("asthma_mhyn", tStr, yesNoUnknown),
	col("renal_mhyn", tStr, yesNoUnknown),
	col("mildliver", tStr, yesNoUnknown),
	col("modliv", tStr, yesNoUnknown),
	col("chronicneu_mhyn", tStr, yesNoUnknown),
	col("malignantneo_mhyn", tStr, yesNoUnknown),
	col("chronichaemo_mhyn", tStr, yesNoUnknown),
	col("aidshiv_mhyn", tStr, yesNoUnknown),
	col("obesity_mhyn", tStr, yesNoUnknown),
	col("diabetes_type_mhyn", tStr, cat("NO", "1", "2", "N/K")),
	col("diabetescom_mhyn", tStr, yesNoUnknown),
	col("diabetes_mhyn", tStr, yesNoUnknown),
	col("rheumatologic_mhyn", tStr, yesNoUnknown),
	col("dementia_mhyn", tStr, yesNoUnknown),
	col("malnutrition_mhyn", tStr, yesNoUnknown),
	col("smoking_mhyn", tStr, cat("Yes", "Never Smoked", "Former Smoker", "N/K")),
	col("hostdat", tDate),
	col("hooccur", tStr),
	col("hostdat_transfer", tDate),
	col("hostdat_transfernk", tStr),
	col("readm_cov19", tStr),
	col("dsstdat", tDate),
	col("dsstdtc", tDate),
)

var rawTPPTables = []tableSpec{
	{module: modRawTPP, attr: "ons_deaths", name: "ons_deaths_raw", extends: modRawCore + ".ons_deaths",
		description: "All registered deaths (a patient may have several), with place of death.",
		cols: columns(
			col("place", tStr, cat("Care Home", "Elsewhere", "Home", "Hospice", "Hospital", "Other communal establishment")),
		)},
	{module: modRawTPP, attr: "apcs_historical",
		description: "Historical Admitted Patient Care Spells data.",
		cols: columns(
			col("apcs_ident", tInt, notNull),
			col("admission_date", tDate),
			col("discharge_date", tDate),
			col("spell_core_hrg_sus", tStr),
		)},
	{module: modRawTPP, attr: "apcs_cost_historical",
		description: "Historical Admitted Patient Care Spells cost data.",
		cols: columns(
			col("apcs_ident", tInt, notNull),
			col("grand_total_payment_mff", tFloat),
			col("tariff_initial_amount", tFloat),
			col("tariff_total_payment", tFloat),
			col("admission_date", tDate),
			col("discharge_date", tDate),
		)},
	{module: modRawTPP, attr: "isaric", name: "isaric_raw", permission: "isaric",
		description: "A subset of the ISARIC COVID-19 clinical database.",
		cols:        isaricCols},
	{module: modRawTPP, attr: "medications", name: "medications_raw",
		description: "Medications issued in primary care, with fields not yet well understood.",
		cols: columns(
			col("date", tDate),
			col("dmd_code", tDMD),
			col("consultation_id", tInt),
			col("medication_status", tInt, closedRange(0, 28, 1)),
			col("quantity", tStr),
			col("repeat_medication_id", tInt),
		)},
	{module: modRawTPP, attr: "repeat_medications", name: "repeat_medications_raw", extends: modRawTPP + ".medications",
		description: "Repeat medication templates.",
		cols: columns(
			col("start_date", tDate),
			col("end_date", tDate),
		)},
	// Every column is str, dates included. The table names follow the
	// reference (the class names wl_clockstops_raw / wl_openpathways_raw);
	// the spec's physical-name cell is empty for these two.
	{module: modRawTPP, attr: "wl_clockstops", name: "wl_clockstops_raw", permission: "waiting_list",
		description: "Waiting list clock stops, every column as recorded (str).",
		cols:        allStr(wlClockstopsCols)},
	{module: modRawTPP, attr: "wl_openpathways", name: "wl_openpathways_raw", permission: "waiting_list",
		description: "Waiting list open pathways, every column as recorded (str).",
		cols:        allStr(wlOpenpathwaysCols)},
}

var rawCoreModule = moduleSpec{
	name:   modRawCore,
	tables: []string{"ons_deaths"},
	doc:    "raw tables available on all backends",
}

var rawTPPModule = moduleSpec{
	name: modRawTPP,
	tables: []string{"ons_deaths", "apcs_historical", "apcs_cost_historical", "isaric",
		"medications", "repeat_medications", "wl_clockstops", "wl_openpathways"},
	doc: "raw tables of the TPP backend",
}

var rawEMISModule = moduleSpec{
	name:      modRawEMIS,
	tables:    []string{"ons_deaths"},
	reexports: map[string]string{"ons_deaths": modRawCore},
	doc:       "raw tables of the EMIS backend",
}
