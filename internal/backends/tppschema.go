package backends

import "fmt"

// PhysicalType is the storage type of a physical column.
type PhysicalType uint8

// The physical column types. Datetime columns hold a timestamp (TPP's
// datetime); the table queries cast them to dates.
const (
	PInt PhysicalType = iota + 1
	PFloat
	PStr
	PDate
	PDatetime
)

// PhysicalColumn is one column of a physical table.
type PhysicalColumn struct {
	Name string
	Type PhysicalType
}

// PhysicalTable is one table of a backend's physical schema. Index names
// the column to index (the patient or join column), "" for none.
type PhysicalTable struct {
	Name    string
	Columns []PhysicalColumn
	Index   string
}

// Column returns the position of the named column, or -1.
func (t *PhysicalTable) Column(name string) int {
	for i, c := range t.Columns {
		if c.Name == name {
			return i
		}
	}
	return -1
}

// SQLType returns the column type to declare for dialect name ("duckdb",
// "postgres", "mssql", "trino").
func (p PhysicalType) SQLType(dialect string) string {
	switch p {
	case PInt:
		return "BIGINT"
	case PFloat:
		switch dialect {
		case "postgres":
			return "DOUBLE PRECISION"
		case "mssql":
			return "FLOAT"
		}
		return "DOUBLE"
	case PStr:
		if dialect == "mssql" {
			return "VARCHAR(MAX)"
		}
		return "VARCHAR"
	case PDate:
		return "DATE"
	case PDatetime:
		if dialect == "mssql" {
			return "DATETIME"
		}
		return "TIMESTAMP"
	}
	panic(fmt.Sprintf("backends: unknown physical type %d", p))
}

func pcols(specs ...any) []PhysicalColumn {
	var out []PhysicalColumn
	for i := 0; i < len(specs); i += 2 {
		out = append(out, PhysicalColumn{Name: specs[i].(string), Type: specs[i+1].(PhysicalType)})
	}
	return out
}

func numbered(prefix string, from, to int, width int, typ PhysicalType) []any {
	var out []any
	for i := from; i <= to; i++ {
		out = append(out, fmt.Sprintf("%s%0*d", prefix, width, i), typ)
	}
	return out
}

// HESCutoffMonth splits each HES feed between its current table (activity
// months from this one on, Der_Activity_Month >= '202304') and its
// _ARCHIVED table (earlier months); the two overlap, and the split keeps
// each row once.
const HESCutoffMonth = "202304"

// tppTables is the TPP physical schema the tpp backend reads: the names and
// columns of TPP's tables (a subset of their columns: those ehrQL reads).
var tppTables = func() []PhysicalTable {
	t := []PhysicalTable{
		{Name: "Patient", Index: "Patient_ID", Columns: pcols(
			"Patient_ID", PInt, "DateOfBirth", PDate, "Sex", PStr, "DateOfDeath", PDate)},
		{Name: "PatientsWithTypeOneDissent", Index: "Patient_ID", Columns: pcols("Patient_ID", PInt)},
		{Name: "PatientsWithoutNDOO", Index: "Patient_ID", Columns: pcols("Patient_ID", PInt)},
		{Name: "CodedEvent", Index: "Patient_ID", Columns: pcols(
			"Patient_ID", PInt, "CodedEvent_ID", PInt, "ConsultationDate", PDatetime, "CTV3Code", PStr,
			"NumericValue", PFloat, "Consultation_ID", PInt)},
		{Name: "CodedEvent_SNOMED", Index: "Patient_ID", Columns: pcols(
			"Patient_ID", PInt, "CodedEvent_ID", PInt, "ConsultationDate", PDatetime, "ConceptId", PStr,
			"NumericValue", PFloat, "Consultation_ID", PInt)},
		{Name: "MedicationIssue", Index: "Patient_ID", Columns: pcols(
			"Patient_ID", PInt, "MedicationIssue_ID", PInt, "ConsultationDate", PDatetime,
			"MultilexDrug_ID", PStr, "Consultation_ID", PInt, "MedicationStatus", PInt)},
		{Name: "MedicationDictionary", Index: "MultilexDrug_ID", Columns: pcols("MultilexDrug_ID", PStr, "DMD_ID", PStr)},
		{Name: "CustomMedicationDictionary", Index: "MultilexDrug_ID", Columns: pcols("MultilexDrug_ID", PStr, "DMD_ID", PStr)},
		{Name: "RegistrationHistory", Index: "Patient_ID", Columns: pcols(
			"Patient_ID", PInt, "Registration_ID", PInt, "StartDate", PDatetime, "EndDate", PDatetime, "Organisation_ID", PInt)},
		{Name: "Organisation", Index: "Organisation_ID", Columns: pcols(
			"Organisation_ID", PInt, "STPCode", PStr, "Region", PStr, "GoLiveDate", PDatetime)},
		{Name: "DirectionsAcknowledged", Index: "Organisation_ID", Columns: pcols("Organisation_ID", PInt)},
		{Name: "ONS_Deaths", Index: "Patient_ID", Columns: pcols(append([]any{
			"Patient_ID", PInt, "dod", PDate, "Place_of_occurrence", PStr, "icd10u", PStr},
			numbered("ICD100", 1, 15, 2, PStr)...)...)},
		{Name: "PatientAddress", Index: "Patient_ID", Columns: pcols(
			"Patient_ID", PInt, "PatientAddress_ID", PInt, "StartDate", PDatetime, "EndDate", PDatetime,
			"AddressType", PInt, "RuralUrbanClassificationCode", PInt, "ImdRankRounded", PInt, "MSOACode", PStr)},
		{Name: "PotentialCareHomeAddress", Index: "PatientAddress_ID", Columns: pcols(
			"PatientAddress_ID", PInt, "LocationRequiresNursing", PStr, "LocationDoesNotRequireNursing", PStr)},
		{Name: "Vaccination", Index: "Patient_ID", Columns: pcols(
			"Patient_ID", PInt, "Vaccination_ID", PInt, "VaccinationDate", PDatetime, "VaccinationName", PStr,
			"VaccinationName_ID", PInt)},
		{Name: "VaccinationReference", Index: "VaccinationName_ID", Columns: pcols(
			"VaccinationName_ID", PInt, "VaccinationContent", PStr)},
		{Name: "Appointment", Index: "Patient_ID", Columns: pcols(
			"Appointment_ID", PInt, "Patient_ID", PInt, "BookedDate", PDatetime, "StartDate", PDatetime,
			"SeenDate", PDatetime, "Status", PInt)},
		{Name: "SGSS_AllTests_Positive", Index: "Patient_ID", Columns: pcols(
			"Patient_ID", PInt, "Specimen_Date", PDate, "Lab_Report_Date", PDate, "Symptomatic", PStr,
			"SGTF", PStr, "Variant", PStr, "VariantDetectionMethod", PStr)},
		{Name: "SGSS_AllTests_Negative", Index: "Patient_ID", Columns: pcols(
			"Patient_ID", PInt, "Specimen_Date", PDate, "Lab_Report_Date", PDate, "Symptomatic", PStr)},
		{Name: "WL_ClockStops", Index: "Patient_ID", Columns: pcols(wlColumns(false)...)},
		{Name: "WL_OpenPathways", Index: "Patient_ID", Columns: pcols(wlColumns(true)...)},
		{Name: "DecisionSupportValue", Index: "Patient_ID", Columns: pcols(
			"Patient_ID", PInt, "AlgorithmType", PInt, "CalculationDateTime", PDatetime, "NumericValue", PFloat)},
		{Name: "DecisionSupportValueReference", Index: "AlgorithmType", Columns: pcols(
			"AlgorithmType", PInt, "AlgorithmDescription", PStr, "AlgorithmVersion", PStr)},
		{Name: "Therapeutics", Index: "Patient_ID", Columns: pcols(
			"Patient_ID", PInt, "COVID_indication", PStr, "CurrentStatus", PStr, "Intervention", PStr,
			"CASIM05_risk_cohort", PStr, "MOL1_high_risk_cohort", PStr, "SOT02_risk_cohorts", PStr,
			"Received", PDatetime, "TreatmentStartDate", PDatetime, "Region", PStr)},
		{Name: "CodedEventRange", Index: "CodedEvent_ID", Columns: pcols(
			"CodedEvent_ID", PInt, "LowerBound", PFloat, "UpperBound", PFloat, "Comparator", PInt)},
		{Name: "HouseholdMember", Index: "Patient_ID", Columns: pcols("Patient_ID", PInt, "Household_ID", PInt)},
		{Name: "Household", Index: "Household_ID", Columns: pcols("Household_ID", PInt, "HouseholdSize", PInt)},
		{Name: "HealthCareWorker", Index: "Patient_ID", Columns: pcols("Patient_ID", PInt)},
		{Name: "UKRR", Index: "Patient_ID", Columns: pcols(
			"Patient_ID", PInt, "dataset", PStr, "renal_centre", PStr, "creat", PFloat, "eGFR_ckdepi", PFloat,
			"rrt_start", PDate, "mod_start", PStr, "mod_prev", PStr)},
		{Name: "OpenPROMPT", Index: "Patient_ID", Columns: pcols(
			"Patient_ID", PInt, "CodeSystemId", PInt, "ConceptId", PStr, "CTV3Code", PStr, "CreationDate", PDatetime,
			"ConsultationDate", PDatetime, "Consultation_ID", PInt, "NumericCode", PInt, "NumericValue", PFloat)},
	}
	for _, suffix := range []string{"", "_ARCHIVED"} {
		t = append(t,
			PhysicalTable{Name: "APCS" + suffix, Index: "Patient_ID", Columns: pcols(
				"Patient_ID", PInt, "APCS_Ident", PInt, "Admission_Date", PDate, "Discharge_Date", PDate,
				"Discharge_Destination", PStr, "Discharge_Method", PStr, "Spell_Core_HRG_SUS", PStr,
				"Admission_Method", PStr, "Der_Diagnosis_All", PStr, "Der_Procedure_All", PStr,
				"Patient_Classification", PStr, "Ethnic_Group", PStr, "Der_Activity_Month", PStr)},
			PhysicalTable{Name: "APCS_Der" + suffix, Index: "APCS_Ident", Columns: pcols(
				"APCS_Ident", PInt, "Spell_PbR_CC_Day", PStr, "Spell_Primary_Diagnosis", PStr,
				"Spell_Secondary_Diagnosis", PStr)},
			PhysicalTable{Name: "APCS_Cost" + suffix, Index: "APCS_Ident", Columns: pcols(
				"Patient_ID", PInt, "APCS_Ident", PInt, "Grand_Total_Payment_MFF", PFloat, "Tariff_Initial_Amount", PFloat,
				"Tariff_Total_Payment", PFloat, "Der_Activity_Month", PStr)},
			PhysicalTable{Name: "EC" + suffix, Index: "Patient_ID", Columns: pcols(
				"Patient_ID", PInt, "EC_Ident", PInt, "Arrival_Date", PDate, "SUS_HRG_Code", PStr,
				"Discharge_Destination_SNOMED_CT", PStr, "Ethnic_Category", PStr, "EC_Decision_To_Admit_Date", PDate,
				"EC_Injury_Date", PDate, "Der_Activity_Month", PStr)},
			PhysicalTable{Name: "EC_Cost" + suffix, Index: "EC_Ident", Columns: pcols(
				"Patient_ID", PInt, "EC_Ident", PInt, "Grand_Total_Payment_MFF", PFloat, "Tariff_Total_Payment", PFloat,
				"Der_Activity_Month", PStr)},
			PhysicalTable{Name: "OPA_Cost" + suffix, Index: "OPA_Ident", Columns: pcols(
				"Patient_ID", PInt, "OPA_Ident", PInt, "Tariff_OPP", PFloat, "Grand_Total_Payment_MFF", PFloat,
				"Tariff_Total_Payment", PFloat, "Der_Activity_Month", PStr)},
			PhysicalTable{Name: "OPA_Diag" + suffix, Index: "OPA_Ident", Columns: pcols(
				"Patient_ID", PInt, "OPA_Ident", PInt, "Primary_Diagnosis_Code", PStr, "Primary_Diagnosis_Code_Read", PStr,
				"Secondary_Diagnosis_Code_1", PStr, "Secondary_Diagnosis_Code_1_Read", PStr, "Der_Activity_Month", PStr)},
			PhysicalTable{Name: "OPA_Proc" + suffix, Index: "OPA_Ident", Columns: pcols(
				"Patient_ID", PInt, "OPA_Ident", PInt, "Primary_Procedure_Code", PStr, "Primary_Procedure_Code_Read", PStr,
				"Procedure_Code_2", PStr, "Procedure_Code_2_Read", PStr, "Der_Activity_Month", PStr)},
			PhysicalTable{Name: "EC_Diagnosis" + suffix, Index: "EC_Ident", Columns: pcols(append([]any{
				"EC_Ident", PInt}, numbered("EC_Diagnosis_", 1, 24, 2, PStr)...)...)},
			PhysicalTable{Name: "OPA" + suffix, Index: "Patient_ID", Columns: pcols(
				"Patient_ID", PInt, "OPA_Ident", PInt, "Appointment_Date", PDate, "Attendance_Status", PStr,
				"Consultation_Medium_Used", PStr, "First_Attendance", PStr, "HRG_Code", PStr, "Outcome_of_Attendance", PStr,
				"Referral_Request_Received_Date", PDate, "Treatment_Function_Code", PStr, "Ethnic_Category", PStr,
				"Der_Activity_Month", PStr)},
		)
	}
	return t
}()

// TPPSchema returns the TPP physical tables the tpp backend reads (shared;
// do not modify).
func TPPSchema() []PhysicalTable { return tppTables }

// TPPTable returns the physical table called name.
func TPPTable(name string) *PhysicalTable {
	for i := range tppTables {
		if tppTables[i].Name == name {
			return &tppTables[i]
		}
	}
	return nil
}

// wlColumns are the columns of TPP's waiting-list tables: every value,
// dates included, is text.
func wlColumns(open bool) []any {
	cols := []any{"Patient_ID", PInt}
	for _, c := range WLColumns(open) {
		cols = append(cols, c[1], PStr)
	}
	return cols
}

// WLColumns pairs the logical and physical columns of the waiting-list
// tables (wl_openpathways when open).
func WLColumns(open bool) [][2]string {
	cols := [][2]string{
		{"activity_treatment_function_code", "ACTIVITY_TREATMENT_FUNCTION_CODE"},
		{"priority_type_code", "PRIORITY_TYPE_CODE"},
		{"pseudo_organisation_code_patient_pathway_identifier_issuer", "PSEUDO_ORGANISATION_CODE_PATIENT_PATHWAY_IDENTIFIER_ISSUER"},
		{"pseudo_patient_pathway_identifier", "PSEUDO_PATIENT_PATHWAY_IDENTIFIER"},
		{"pseudo_referral_identifier", "Pseudo_Referral_Identifier"},
		{"referral_request_received_date", "Referral_Request_Received_Date"},
		{"referral_to_treatment_period_end_date", "REFERRAL_TO_TREATMENT_PERIOD_END_DATE"},
		{"referral_to_treatment_period_start_date", "REFERRAL_TO_TREATMENT_PERIOD_START_DATE"},
		{"waiting_list_type", "Waiting_List_Type"},
		{"week_ending_date", "Week_Ending_Date"},
	}
	if open {
		return append(cols,
			[2]string{"current_pathway_period_start_date", "Current_Pathway_Period_Start_Date"},
			[2]string{"source_of_referral", "SOURCE_OF_REFERRAL"})
	}
	return append(cols, [2]string{"source_of_referral_for_outpatients", "SOURCE_OF_REFERRAL_FOR_OUTPATIENTS"})
}

// WLPriorities maps TPP's waiting-list priority codes to ehrQL's values.
var WLPriorities = [][2]string{{"1", "routine"}, {"2", "urgent"}, {"3", "two week wait"}}
