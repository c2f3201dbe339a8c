package backends

import (
	"fmt"
	"os"
	"slices"
	"strings"

	enginesql "github.com/opensafely-go/opensafely/internal/engine/sql"
	"github.com/opensafely-go/opensafely/internal/querymodel"
)

// TPP is the backend of TPP's SystmOne database (spec §5.8). Its table
// queries read the physical schema described by TPPSchema.
//
// Unless the run holds the corresponding permission, the population is
// restricted to patients without a type-1 opt-out (include_t1oo), present
// in PatientsWithoutNDOO (include_ndoo) and ever registered at a
// GP-activated practice (include_gp_unactivated); without
// include_gp_unactivated, practice registrations are those at activated
// practices (DirectionsAcknowledged) and the rows of every table with an
// activation column are those dated on or before the end of the patient's
// last activated registration (rows without a date are kept).
type TPP struct {
	includeGPUnactivated bool
	// tempDatabase is TEMP_DATABASE_NAME: on SQL Server the custom
	// medication dictionary lives in that scratch database.
	tempDatabase string
}

// NewTPP returns the TPP backend for a run holding permissions.
func NewTPP(permissions []string) *TPP {
	return &TPP{
		includeGPUnactivated: slices.Contains(permissions, "include_gp_unactivated"),
		tempDatabase:         os.Getenv("TEMP_DATABASE_NAME"),
	}
}

// Name implements enginesql.Backend.
func (*TPP) Name() string { return "tpp" }

// The backend's internal tables: patient lists ehrQL's user-facing schema
// does not expose, referenced by the population rewrite.
var (
	t1ooTable = &querymodel.Table{Module: "ehrql.backends.tpp", Attr: "t1oo", Name: "tpp_t1oo",
		Patient: true, Schema: querymodel.MustTableSchema()}
	ndooTable = &querymodel.Table{Module: "ehrql.backends.tpp", Attr: "allowed_ndoo", Name: "tpp_allowed_ndoo",
		Patient: true, Schema: querymodel.MustTableSchema()}
	activatedTable = &querymodel.Table{Module: "ehrql.backends.tpp", Attr: "activated", Name: "tpp_activated",
		Patient: true, Schema: querymodel.MustTableSchema(querymodel.Column{Name: "end_date", Type: querymodel.Date})}
)

// Rewrite implements enginesql.Backend: it adds the opt-out and activation
// conditions to the population and the activation filter to every table
// with an activation column, unless permissions switch them off.
func (b *TPP) Rewrite(ds *querymodel.Dataset, permissions []string) (*querymodel.Dataset, error) {
	has := func(p string) bool { return slices.Contains(permissions, p) }
	activation := !has("include_gp_unactivated")
	var end querymodel.Series
	if activation {
		act, err := querymodel.NewSelectPatientTable(activatedTable)
		if err != nil {
			return nil, err
		}
		if end, err = querymodel.NewSelectColumn(act, "end_date"); err != nil {
			return nil, err
		}
		root, err := querymodel.Rewrite(ds, func(_, rebuilt querymodel.Node) (querymodel.Node, error) {
			st, ok := rebuilt.(*querymodel.SelectTable)
			if !ok || st.Table.Activation.Kind != querymodel.ActivationByColumn {
				return rebuilt, nil
			}
			return activationFilter(st, end)
		})
		if err != nil {
			return nil, fmt.Errorf("tpp backend: applying GP activation: %w", err)
		}
		ds = root.(*querymodel.Dataset)
	}
	pop := ds.Population
	and := func(cond querymodel.Series) error {
		next, err := querymodel.NewFunction(querymodel.FnAnd, pop, cond)
		pop = next
		return err
	}
	exists := func(t *querymodel.Table) (querymodel.Series, error) {
		f, err := querymodel.NewSelectPatientTable(t)
		if err != nil {
			return nil, err
		}
		return querymodel.NewAggregate(querymodel.AggExists, f)
	}
	if !has("include_t1oo") {
		e, err := exists(t1ooTable)
		if err != nil {
			return nil, err
		}
		not, err := querymodel.NewFunction(querymodel.FnNot, e)
		if err != nil {
			return nil, err
		}
		if err := and(not); err != nil {
			return nil, err
		}
	}
	if !has("include_ndoo") {
		e, err := exists(ndooTable)
		if err != nil {
			return nil, err
		}
		if err := and(e); err != nil {
			return nil, err
		}
	}
	if activation {
		e, err := exists(activatedTable)
		if err != nil {
			return nil, err
		}
		if err := and(e); err != nil {
			return nil, err
		}
	}
	if pop == ds.Population {
		return ds, nil
	}
	return querymodel.NewDataset(pop, ds.Variables, ds.Events, ds.Measures)
}

// activationFilter keeps the rows of st dated on or before end (or without
// a date).
func activationFilter(st *querymodel.SelectTable, end querymodel.Series) (querymodel.Node, error) {
	date, err := querymodel.NewSelectColumn(st, st.Table.Activation.Column)
	if err != nil {
		return nil, err
	}
	isNull, err := querymodel.NewFunction(querymodel.FnIsNull, date)
	if err != nil {
		return nil, err
	}
	le, err := querymodel.NewFunction(querymodel.FnLE, date, end)
	if err != nil {
		return nil, err
	}
	cond, err := querymodel.NewFunction(querymodel.FnOr, isNull, le)
	if err != nil {
		return nil, err
	}
	return querymodel.NewFilter(st, cond)
}

// Table implements enginesql.Backend.
func (b *TPP) Table(t *querymodel.Table) (enginesql.TableSource, error) {
	switch t {
	case t1ooTable, ndooTable:
		// Queries rather than mapped tables: physical names stay unquoted,
		// as everywhere in this backend (PostgreSQL folds them to lower case).
		name := map[*querymodel.Table]string{t1ooTable: "PatientsWithTypeOneDissent", ndooTable: "PatientsWithoutNDOO"}[t]
		return enginesql.TableSource{Query: func(d enginesql.Dialect) string {
			return "SELECT Patient_ID AS " + d.Quote("patient_id") + " FROM " + name
		}}, nil
	case activatedTable:
		return enginesql.TableSource{Query: activatedQuery, Materialise: true}, nil
	}
	def, ok := tppQueries[t.TableName()]
	if !ok || !implements(t) {
		return enginesql.TableSource{}, fmt.Errorf("the tpp backend does not provide the table %s.%s", strings.TrimPrefix(t.Module, "ehrql.tables."), t.Attr)
	}
	cols := t.Schema.ColumnNames()
	for _, c := range cols {
		if _, ok := def.branches(b, enginesql.DuckDB)[0].cols[c]; !ok {
			return enginesql.TableSource{}, fmt.Errorf("the tpp backend does not provide column %s of table %s.%s", c, strings.TrimPrefix(t.Module, "ehrql.tables."), t.Attr)
		}
	}
	return enginesql.TableSource{Query: func(d enginesql.Dialect) string {
		return render(d, def.branches(b, d), cols)
	}}, nil
}

// implements reports whether t comes from a module the TPP backend serves.
func implements(t *querymodel.Table) bool {
	switch t.Module {
	case "ehrql.tables.core", "ehrql.tables.tpp", "ehrql.tables.smoketest", "ehrql.tables.beta.tpp",
		"ehrql.tables.raw.core", "ehrql.tables.raw.tpp":
		return true
	}
	return false
}

// branch is one SELECT of a table query (several are combined with UNION
// ALL): patient is the patient identifier expression, cols the expression
// of each logical column, from the FROM clause and where an optional
// condition.
type branch struct {
	patient string
	cols    map[string]string
	from    string
	where   string
}

type tableDef struct {
	branches func(b *TPP, d enginesql.Dialect) []branch
}

// render writes the UNION ALL of the branches, selecting patient_id and
// the columns cols in that order.
func render(d enginesql.Dialect, bs []branch, cols []string) string {
	parts := make([]string, len(bs))
	for i, br := range bs {
		var s strings.Builder
		s.WriteString("SELECT ")
		s.WriteString(br.patient + " AS " + d.Quote("patient_id"))
		for _, c := range cols {
			s.WriteString(", " + br.cols[c] + " AS " + d.Quote(c))
		}
		s.WriteString(" FROM " + br.from)
		if br.where != "" {
			s.WriteString(" WHERE " + br.where)
		}
		parts[i] = s.String()
	}
	return strings.Join(parts, " UNION ALL ")
}

// Dialect helpers for the table queries. Physical identifiers are written
// unquoted (PostgreSQL folds them to lower case, as load-tables creates
// them); logical column aliases are quoted by render.

func date(d enginesql.Dialect, s string) string {
	v, err := querymodel.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d.DateLiteral(v)
}

// farFuture is TPP's "no date" sentinel, 9999-12-31, as a datetime.
func farFuture(d enginesql.Dialect) string {
	if d.Name() == "mssql" {
		return "CAST('9999-12-31T00:00:00' AS DATETIME)"
	}
	return "TIMESTAMP '9999-12-31 00:00:00'"
}

// dateOf casts a datetime column to a date, mapping the sentinel to NULL.
func dateOf(d enginesql.Dialect, col string) string {
	return "CAST(NULLIF(" + col + ", " + farFuture(d) + ") AS DATE)"
}

// boolOf turns an expression yielding 1, 0 or NULL into a boolean.
func boolOf(d enginesql.Dialect, expr string) string {
	if d.Name() == "mssql" {
		return "CAST(" + expr + " AS BIT)"
	}
	return "(" + expr + ") = 1"
}

// concat concatenates string expressions (NULL if any is NULL).
func concat(d enginesql.Dialect, parts ...string) string {
	op := " || "
	if d.Name() == "mssql" {
		op = " + "
	}
	return "(" + strings.Join(parts, op) + ")"
}

func nullStr() string { return "CAST(NULL AS VARCHAR(50))" }

func str(d enginesql.Dialect, s string) string { return d.StringLiteral(s) }

// hesUnion returns the two branches of a HES feed: the current table for
// activity months from HESCutoffMonth and the _ARCHIVED one before it.
// mk builds a branch from the table-name suffix.
func hesUnion(d enginesql.Dialect, monthCol string, mk func(suffix string) branch) []branch {
	cur, arch := mk(""), mk("_ARCHIVED")
	cur.where = and(cur.where, monthCol+" >= "+str(d, HESCutoffMonth))
	arch.where = and(arch.where, monthCol+" < "+str(d, HESCutoffMonth))
	return []branch{cur, arch}
}

func and(a, b string) string {
	if a == "" {
		return b
	}
	return "(" + a + ") AND (" + b + ")"
}

func withNumbered(m map[string]string, logical, physical string, from, to int) map[string]string {
	for i := from; i <= to; i++ {
		m[fmt.Sprintf("%s%02d", logical, i)] = fmt.Sprintf("%s%02d", physical, i)
	}
	return m
}

// activatedQuery gives, for each patient ever registered at an activated
// practice, the end of their last activated registration when a later
// registration at a non-activated practice followed it, and 9999-12-31
// (no restriction) otherwise.
func activatedQuery(d enginesql.Dialect) string {
	return "SELECT acked.Patient_ID AS " + d.Quote("patient_id") + ", " +
		"CASE WHEN unacked.MaxUnackEndDate IS NOT NULL AND unacked.MaxUnackEndDate > acked.AckEndDate " +
		"THEN CAST(acked.AckEndDate AS DATE) ELSE " + date(d, "9999-12-31") + " END AS " + d.Quote("end_date") +
		" FROM (SELECT rh.Patient_ID, MAX(rh.EndDate) AS AckEndDate FROM RegistrationHistory AS rh" +
		" INNER JOIN DirectionsAcknowledged AS da ON rh.Organisation_ID = da.Organisation_ID GROUP BY rh.Patient_ID) AS acked" +
		" LEFT JOIN (SELECT rh2.Patient_ID, MAX(rh2.EndDate) AS MaxUnackEndDate FROM RegistrationHistory AS rh2" +
		" LEFT JOIN DirectionsAcknowledged AS da2 ON rh2.Organisation_ID = da2.Organisation_ID" +
		" WHERE da2.Organisation_ID IS NULL GROUP BY rh2.Patient_ID) AS unacked ON acked.Patient_ID = unacked.Patient_ID"
}

// medicationDictionary is TPP's dictionary without unmapped and ambiguous
// entries, plus our custom dictionary for drugs TPP's does not map.
func (b *TPP) medicationDictionary(d enginesql.Dialect) string {
	custom := "CustomMedicationDictionary"
	if d.Name() == "mssql" && b.tempDatabase != "" {
		custom = b.tempDatabase + "..CustomMedicationDictionary"
	}
	valid := "meds_dict.DMD_ID NOT IN (" + str(d, "") + ", " + str(d, "MULTIPLE_DMD_MAPPING") + ")"
	return "SELECT meds_dict.MultilexDrug_ID, meds_dict.DMD_ID FROM MedicationDictionary AS meds_dict WHERE " + valid +
		" UNION ALL SELECT cust_dict.MultilexDrug_ID, cust_dict.DMD_ID FROM " + custom + " AS cust_dict" +
		" WHERE NOT EXISTS (SELECT 1 FROM MedicationDictionary AS meds_dict" +
		" WHERE meds_dict.MultilexDrug_ID = cust_dict.MultilexDrug_ID AND " + valid + ")"
}

var appointmentStatuses = []string{
	0: "Booked", 1: "Arrived", 2: "Did Not Attend", 3: "In Progress", 4: "Finished", 5: "Requested",
	6: "Blocked", 8: "Visit", 9: "Waiting", 10: "Cancelled by Patient", 11: "Cancelled by Unit",
	12: "Cancelled by Other Service", 14: "No Access Visit", 15: "Cancelled Due To Death", 16: "Patient Walked Out",
}

var comparators = []string{3: "~", 4: "=", 5: ">=", 6: ">", 7: "<", 8: "<="}

// ComparatorCode returns TPP's code for a reference-range comparator.
func ComparatorCode(c string) (int, bool) {
	for i, s := range comparators {
		if s != "" && s == c {
			return i, true
		}
	}
	return 0, false
}

// AppointmentStatusCode returns TPP's code for an appointment status.
func AppointmentStatusCode(status string) (int, bool) {
	for i, s := range appointmentStatuses {
		if s != "" && s == status {
			return i, true
		}
	}
	return 0, false
}

// tppQueries maps each ehrQL table name to its query over the TPP schema.
var tppQueries = map[string]tableDef{
	"patients": {func(_ *TPP, d enginesql.Dialect) []branch {
		return []branch{{patient: "Patient_ID", from: "Patient", cols: map[string]string{
			"date_of_birth": "DateOfBirth",
			"sex": "CASE WHEN Sex = " + str(d, "M") + " THEN " + str(d, "male") + " WHEN Sex = " + str(d, "F") + " THEN " + str(d, "female") +
				" WHEN Sex = " + str(d, "I") + " THEN " + str(d, "intersex") + " ELSE " + str(d, "unknown") + " END",
			"date_of_death": "NULLIF(DateOfDeath, " + date(d, "9999-12-31") + ")",
		}}}
	}},
	"clinical_events": {func(_ *TPP, d enginesql.Dialect) []branch {
		common := func() map[string]string {
			return map[string]string{
				"date":            dateOf(d, "ConsultationDate"),
				"numeric_value":   "NumericValue",
				"consultation_id": "Consultation_ID",
			}
		}
		ctv3, snomed := common(), common()
		ctv3["snomedct_code"], ctv3["ctv3_code"] = nullStr(), "CTV3Code"
		snomed["snomedct_code"], snomed["ctv3_code"] = "ConceptId", nullStr()
		return []branch{
			{patient: "Patient_ID", from: "CodedEvent", cols: ctv3},
			{patient: "Patient_ID", from: "CodedEvent_SNOMED", cols: snomed},
		}
	}},
	"clinical_events_ranges": {func(_ *TPP, d enginesql.Dialect) []branch {
		// The coded events with their reference ranges (comparators are
		// stored as codes).
		var cmp strings.Builder
		cmp.WriteString("CASE cer.Comparator")
		for code, c := range comparators {
			if c != "" {
				fmt.Fprintf(&cmp, " WHEN %d THEN %s", code, str(d, c))
			}
		}
		cmp.WriteString(" END")
		var bs []branch
		for _, src := range []struct{ table, snomed, ctv3 string }{
			{"CodedEvent", nullStr(), "ce.CTV3Code"}, {"CodedEvent_SNOMED", "ce.ConceptId", nullStr()},
		} {
			bs = append(bs, branch{patient: "ce.Patient_ID",
				from: src.table + " AS ce LEFT JOIN CodedEventRange AS cer ON ce.CodedEvent_ID = cer.CodedEvent_ID",
				cols: map[string]string{
					"date":            dateOf(d, "ce.ConsultationDate"),
					"snomedct_code":   src.snomed,
					"ctv3_code":       src.ctv3,
					"numeric_value":   "ce.NumericValue",
					"consultation_id": "ce.Consultation_ID",
					"lower_bound":     "cer.LowerBound",
					"upper_bound":     "cer.UpperBound",
					"comparator":      cmp.String(),
				}})
		}
		return bs
	}},
	"medications": {func(b *TPP, d enginesql.Dialect) []branch {
		return []branch{{patient: "meds.Patient_ID",
			from: "MedicationIssue AS meds LEFT JOIN (" + b.medicationDictionary(d) + ") AS dict ON meds.MultilexDrug_ID = dict.MultilexDrug_ID",
			cols: map[string]string{
				"date":            "CAST(meds.ConsultationDate AS DATE)",
				"dmd_code":        "dict.DMD_ID",
				"consultation_id": "meds.Consultation_ID",
			}}}
	}},
	"practice_registrations": {func(b *TPP, d enginesql.Dialect) []branch {
		br := branch{patient: "reg.Patient_ID",
			from: "RegistrationHistory AS reg LEFT OUTER JOIN Organisation AS org ON reg.Organisation_ID = org.Organisation_ID",
			cols: map[string]string{
				"start_date":                     "CAST(reg.StartDate AS DATE)",
				"end_date":                       dateOf(d, "reg.EndDate"),
				"practice_pseudo_id":             "org.Organisation_ID",
				"practice_stp":                   "NULLIF(org.STPCode, " + str(d, "") + ")",
				"practice_nuts1_region_name":     "NULLIF(org.Region, " + str(d, "") + ")",
				"practice_systmone_go_live_date": "CAST(org.GoLiveDate AS DATE)",
			}}
		if !b.includeGPUnactivated {
			br.where = "reg.Organisation_ID IN (SELECT Organisation_ID FROM DirectionsAcknowledged)"
		}
		return []branch{br}
	}},
	"ons_deaths": {func(_ *TPP, d enginesql.Dialect) []branch {
		// The earliest registered death: NULLs first, portably.
		inner := "SELECT ONS_Deaths.*, ROW_NUMBER() OVER (PARTITION BY Patient_ID ORDER BY " +
			"CASE WHEN dod IS NULL THEN 0 ELSE 1 END, dod, CASE WHEN icd10u IS NULL THEN 0 ELSE 1 END, icd10u) AS rownum FROM ONS_Deaths"
		cols := withNumbered(map[string]string{
			"date":                      "t.dod",
			"place":                     "t.Place_of_occurrence",
			"underlying_cause_of_death": "t.icd10u",
		}, "cause_of_death_", "t.ICD100", 1, 15)
		return []branch{{patient: "t.Patient_ID", from: "(" + inner + ") AS t", where: "t.rownum = 1", cols: cols}}
	}},
	"addresses": {func(_ *TPP, d enginesql.Dialect) []branch {
		hasPostcode := "addr.MSOACode NOT IN (" + str(d, "NPC") + ", " + str(d, "") + ")"
		yn := func(col string) string {
			return boolOf(d, "CASE WHEN "+col+" = "+str(d, "Y")+" THEN 1 WHEN "+col+" = "+str(d, "N")+" THEN 0 END")
		}
		return []branch{{patient: "addr.Patient_ID",
			from: "PatientAddress AS addr LEFT JOIN PotentialCareHomeAddress AS carehm ON addr.PatientAddress_ID = carehm.PatientAddress_ID",
			cols: map[string]string{
				"address_id":                         "addr.PatientAddress_ID",
				"start_date":                         dateOf(d, "addr.StartDate"),
				"end_date":                           dateOf(d, "addr.EndDate"),
				"address_type":                       "addr.AddressType",
				"rural_urban_classification":         "NULLIF(addr.RuralUrbanClassificationCode, -1)",
				"imd_rounded":                        "NULLIF(addr.ImdRankRounded, -1)",
				"msoa_code":                          "CASE WHEN " + hasPostcode + " THEN addr.MSOACode END",
				"has_postcode":                       boolOf(d, "CASE WHEN "+hasPostcode+" THEN 1 ELSE 0 END"),
				"care_home_is_potential_match":       boolOf(d, "CASE WHEN carehm.PatientAddress_ID IS NOT NULL THEN 1 ELSE 0 END"),
				"care_home_requires_nursing":         yn("carehm.LocationRequiresNursing"),
				"care_home_does_not_require_nursing": yn("carehm.LocationDoesNotRequireNursing"),
			}}}
	}},
	"apcs": {func(_ *TPP, d enginesql.Dialect) []branch {
		return hesUnion(d, "apcs.Der_Activity_Month", func(s string) branch {
			return branch{patient: "apcs.Patient_ID",
				from: "APCS" + s + " AS apcs LEFT JOIN APCS_Der" + s + " AS der ON apcs.APCS_Ident = der.APCS_Ident",
				cols: map[string]string{
					"apcs_ident":             "apcs.APCS_Ident",
					"admission_date":         "apcs.Admission_Date",
					"discharge_date":         "apcs.Discharge_Date",
					"discharge_destination":  "apcs.Discharge_Destination",
					"discharge_method":       "apcs.Discharge_Method",
					"spell_core_hrg_sus":     "apcs.Spell_Core_HRG_SUS",
					"admission_method":       "apcs.Admission_Method",
					"primary_diagnosis":      "der.Spell_Primary_Diagnosis",
					"secondary_diagnosis":    "der.Spell_Secondary_Diagnosis",
					"all_diagnoses":          "apcs.Der_Diagnosis_All",
					"all_procedures":         "apcs.Der_Procedure_All",
					"days_in_critical_care":  "CAST(der.Spell_PbR_CC_Day AS BIGINT)",
					"patient_classification": "apcs.Patient_Classification",
					// legacy hospital_admissions
					"id":                "apcs.APCS_Ident",
					"primary_diagnoses": "der.Spell_Primary_Diagnosis",
				}}
		})
	}},
	"ec": {func(_ *TPP, d enginesql.Dialect) []branch {
		return hesUnion(d, "Der_Activity_Month", func(s string) branch {
			return branch{patient: "Patient_ID", from: "EC" + s, cols: map[string]string{
				"ec_ident":     "EC_Ident",
				"arrival_date": "Arrival_Date",
				"sus_hrg_code": "SUS_HRG_Code",
			}}
		})
	}},
	"emergency_care_attendances": {func(_ *TPP, d enginesql.Dialect) []branch {
		return hesUnion(d, "ec.Der_Activity_Month", func(s string) branch {
			return branch{patient: "ec.Patient_ID",
				from: "EC" + s + " AS ec LEFT JOIN EC_Diagnosis" + s + " AS diag ON ec.EC_Ident = diag.EC_Ident",
				cols: withNumbered(map[string]string{
					"id":                    "ec.EC_Ident",
					"arrival_date":          "ec.Arrival_Date",
					"discharge_destination": "ec.Discharge_Destination_SNOMED_CT",
				}, "diagnosis_", "diag.EC_Diagnosis_", 1, 24)}
		})
	}},
	"ethnicity_from_sus": {func(_ *TPP, d enginesql.Dialect) []branch {
		// The most frequent code of the patient's HES records (ties: the
		// highest code), ignoring blank, "9" (not stated) and "Z".
		source := func(table, expr string) []branch {
			return hesUnion(d, "Der_Activity_Month", func(s string) branch {
				return branch{patient: "Patient_ID", from: table + s, cols: map[string]string{"code": expr}}
			})
		}
		var all []branch
		all = append(all, source("APCS", "SUBSTRING(Ethnic_Group, 1, 1)")...)
		all = append(all, source("EC", "Ethnic_Category")...)
		all = append(all, source("OPA", "SUBSTRING(Ethnic_Category, 1, 1)")...)
		codes := render(d, all, []string{"code"})
		pid, code := d.Quote("patient_id"), d.Quote("code")
		ranked := "SELECT " + pid + ", " + code + ", ROW_NUMBER() OVER (PARTITION BY " + pid + " ORDER BY COUNT(" + code + ") DESC, " + code + " DESC) AS row_num" +
			" FROM (" + codes + ") AS c WHERE " + code + " IS NOT NULL AND " + code + " NOT IN (" + str(d, "") + ", " + str(d, "9") + ", " + str(d, "Z") + ")" +
			" GROUP BY " + pid + ", " + code
		return []branch{{patient: "r." + pid, from: "(" + ranked + ") AS r", where: "r.row_num = 1",
			cols: map[string]string{"code": "r." + code}}}
	}},
	"vaccinations": {func(_ *TPP, d enginesql.Dialect) []branch {
		return []branch{{patient: "vax.Patient_ID",
			from: "Vaccination AS vax LEFT JOIN VaccinationReference AS ref ON vax.VaccinationName_ID = ref.VaccinationName_ID",
			cols: map[string]string{
				"vaccination_id": "vax.Vaccination_ID",
				"date":           "CAST(vax.VaccinationDate AS DATE)",
				"product_name":   "vax.VaccinationName",
				"target_disease": "ref.VaccinationContent",
			}}}
	}},
	"appointments": {func(_ *TPP, d enginesql.Dialect) []branch {
		var status strings.Builder
		status.WriteString("CASE Status")
		for code, s := range appointmentStatuses {
			if s != "" {
				fmt.Fprintf(&status, " WHEN %d THEN %s", code, str(d, s))
			}
		}
		status.WriteString(" END")
		return []branch{{patient: "Patient_ID", from: "Appointment", cols: map[string]string{
			"booked_date": "CAST(BookedDate AS DATE)",
			"start_date":  "CAST(StartDate AS DATE)",
			"seen_date":   dateOf(d, "SeenDate"),
			"status":      status.String(),
		}}}
	}},
	"sgss_covid_all_tests": {func(_ *TPP, d enginesql.Dialect) []branch {
		symptomatic := func(yes, no string) string {
			return boolOf(d, "CASE Symptomatic WHEN "+str(d, yes)+" THEN 1 WHEN "+str(d, no)+" THEN 0 END")
		}
		return []branch{
			{patient: "Patient_ID", from: "SGSS_AllTests_Positive", cols: map[string]string{
				"specimen_taken_date":      "Specimen_Date",
				"is_positive":              boolOf(d, "1"),
				"lab_report_date":          "Lab_Report_Date",
				"was_symptomatic":          symptomatic("Y", "N"),
				"sgtf_status":              "CAST(NULLIF(SGTF, " + str(d, "") + ") AS BIGINT)",
				"variant":                  "NULLIF(Variant, " + str(d, "") + ")",
				"variant_detection_method": "NULLIF(VariantDetectionMethod, " + str(d, "") + ")",
			}},
			{patient: "Patient_ID", from: "SGSS_AllTests_Negative", cols: map[string]string{
				"specimen_taken_date":      "Specimen_Date",
				"is_positive":              boolOf(d, "0"),
				"lab_report_date":          "Lab_Report_Date",
				"was_symptomatic":          symptomatic("true", "false"),
				"sgtf_status":              "CAST(NULL AS BIGINT)",
				"variant":                  nullStr(),
				"variant_detection_method": nullStr(),
			}},
		}
	}},
}

// wlTypes are the waiting-list types ehrQL knows.
func wlTypes(open bool) []string {
	if open {
		return []string{"ORTT", "IRTT", "ONON", "INON", "PTLO", "PTLI", "RTTO", "RTTI"}
	}
	return []string{"ORTT", "IRTT", "PTLO", "PTLI", "RTTO", "RTTI"}
}

// UKRRDatasets maps the UKRR dataset codes to ehrQL's categories.
var UKRRDatasets = [][2]string{
	{"2019prev", "2019_prevalence"}, {"2020prev", "2020_prevalence"}, {"2021prev", "2021_prevalence"},
	{"2020inc", "2020_incidence"}, {"2020ckd", "2020_ckd"},
}

func init() {
	tppQueries["household_memberships_2020"] = tableDef{func(_ *TPP, d enginesql.Dialect) []branch {
		return []branch{{patient: "mb.Patient_ID",
			from: "HouseholdMember AS mb LEFT JOIN Household AS hh ON mb.Household_ID = hh.Household_ID",
			cols: map[string]string{
				"household_pseudo_id": "NULLIF(hh.Household_ID, 0)",
				"household_size":      "NULLIF(hh.HouseholdSize, 0)",
			}}}
	}}
	tppQueries["occupation_on_covid_vaccine_record"] = tableDef{func(_ *TPP, d enginesql.Dialect) []branch {
		return []branch{{patient: "Patient_ID", from: "HealthCareWorker",
			cols: map[string]string{"is_healthcare_worker": boolOf(d, "1")}}}
	}}
	tppQueries["ukrr"] = tableDef{func(_ *TPP, d enginesql.Dialect) []branch {
		var ds strings.Builder
		ds.WriteString("CASE dataset")
		for _, m := range UKRRDatasets {
			ds.WriteString(" WHEN " + str(d, m[0]) + " THEN " + str(d, m[1]))
		}
		ds.WriteString(" END")
		return []branch{{patient: "Patient_ID", from: "UKRR", cols: map[string]string{
			"dataset":                       ds.String(),
			"renal_centre":                  "renal_centre",
			"latest_creatinine":             "creat",
			"latest_egfr":                   "eGFR_ckdepi",
			"rrt_start_date":                "rrt_start",
			"treatment_modality_start":      "mod_start",
			"treatment_modality_prevalence": "mod_prev",
		}}}
	}}
	tppQueries["open_prompt"] = tableDef{func(_ *TPP, d enginesql.Dialect) []branch {
		return []branch{{patient: "Patient_ID", from: "OpenPROMPT", cols: map[string]string{
			"snomedct_code":     "CASE WHEN CodeSystemId = 0 THEN ConceptId END",
			"ctv3_code":         "CTV3Code",
			"creation_date":     "CAST(CreationDate AS DATE)",
			"consultation_date": "CAST(ConsultationDate AS DATE)",
			"consultation_id":   "Consultation_ID",
			"numeric_value":     "CASE WHEN NumericCode = 1 THEN NumericValue END",
		}}}
	}}
	// The cost, diagnosis and procedure feeds of HES, each joined to its
	// parent record for the dates.
	child := func(name, table, alias, parent, ident string, cols map[string]string) {
		tppQueries[name] = tableDef{func(_ *TPP, d enginesql.Dialect) []branch {
			return hesUnion(d, alias+".Der_Activity_Month", func(s string) branch {
				m := map[string]string{}
				for k, v := range cols {
					m[k] = v
				}
				return branch{patient: alias + ".Patient_ID",
					from: table + s + " AS " + alias + " LEFT JOIN " + parent + s + " AS p ON " + alias + "." + ident + " = p." + ident,
					cols: m}
			})
		}}
	}
	child("apcs_cost", "APCS_Cost", "cost", "APCS", "APCS_Ident", map[string]string{
		"apcs_ident":              "cost.APCS_Ident",
		"grand_total_payment_mff": "cost.Grand_Total_Payment_MFF",
		"tariff_initial_amount":   "cost.Tariff_Initial_Amount",
		"tariff_total_payment":    "cost.Tariff_Total_Payment",
		"admission_date":          "p.Admission_Date",
		"discharge_date":          "p.Discharge_Date",
	})
	child("ec_cost", "EC_Cost", "cost", "EC", "EC_Ident", map[string]string{
		"ec_ident":                  "cost.EC_Ident",
		"grand_total_payment_mff":   "cost.Grand_Total_Payment_MFF",
		"tariff_total_payment":      "cost.Tariff_Total_Payment",
		"arrival_date":              "p.Arrival_Date",
		"ec_decision_to_admit_date": "p.EC_Decision_To_Admit_Date",
		"ec_injury_date":            "p.EC_Injury_Date",
	})
	opaDates := func(m map[string]string) map[string]string {
		m["appointment_date"] = "p.Appointment_Date"
		m["referral_request_received_date"] = "p.Referral_Request_Received_Date"
		return m
	}
	child("opa_cost", "OPA_Cost", "cost", "OPA", "OPA_Ident", opaDates(map[string]string{
		"opa_ident":               "cost.OPA_Ident",
		"tariff_opp":              "cost.Tariff_OPP",
		"grand_total_payment_mff": "cost.Grand_Total_Payment_MFF",
		"tariff_total_payment":    "cost.Tariff_Total_Payment",
	}))
	child("opa_diag", "OPA_Diag", "diag", "OPA", "OPA_Ident", opaDates(map[string]string{
		"opa_ident":                       "diag.OPA_Ident",
		"primary_diagnosis_code":          "diag.Primary_Diagnosis_Code",
		"primary_diagnosis_code_read":     "diag.Primary_Diagnosis_Code_Read",
		"secondary_diagnosis_code_1":      "diag.Secondary_Diagnosis_Code_1",
		"secondary_diagnosis_code_1_read": "diag.Secondary_Diagnosis_Code_1_Read",
	}))
	child("opa_proc", "OPA_Proc", "prc", "OPA", "OPA_Ident", opaDates(map[string]string{
		"opa_ident":                   "prc.OPA_Ident",
		"primary_procedure_code":      "prc.Primary_Procedure_Code",
		"primary_procedure_code_read": "prc.Primary_Procedure_Code_Read",
		"procedure_code_2":            "prc.Procedure_Code_2",
		"procedure_code_2_read":       "prc.Procedure_Code_2_Read",
	}))
	tppQueries["opa"] = tableDef{func(_ *TPP, d enginesql.Dialect) []branch {
		return hesUnion(d, "Der_Activity_Month", func(s string) branch {
			return branch{patient: "Patient_ID", from: "OPA" + s, cols: map[string]string{
				"opa_ident":                      "OPA_Ident",
				"appointment_date":               "Appointment_Date",
				"attendance_status":              "Attendance_Status",
				"consultation_medium_used":       "Consultation_Medium_Used",
				"first_attendance":               "First_Attendance",
				"hrg_code":                       "HRG_Code",
				"outcome_of_attendance":          "Outcome_of_Attendance",
				"referral_request_received_date": "Referral_Request_Received_Date",
				"treatment_function_code":        "Treatment_Function_Code",
			}}
		})
	}}
	for _, open := range []bool{false, true} {
		name, table := "wl_clockstops", "WL_ClockStops"
		if open {
			name, table = "wl_openpathways", "WL_OpenPathways"
		}
		tppQueries[name] = tableDef{func(_ *TPP, d enginesql.Dialect) []branch {
			cols := map[string]string{}
			for _, c := range WLColumns(open) {
				cols[c[0]] = c[1]
			}
			for _, c := range []string{"pseudo_organisation_code_patient_pathway_identifier_issuer", "pseudo_patient_pathway_identifier", "pseudo_referral_identifier"} {
				if d.Name() == "mssql" {
					// TPP holds these hashes as binary: show them as hex.
					cols[c] = "CONVERT(varchar(max), " + cols[c] + ", 2)"
				}
			}
			for _, c := range []string{"referral_request_received_date", "referral_to_treatment_period_end_date",
				"referral_to_treatment_period_start_date", "week_ending_date", "current_pathway_period_start_date"} {
				if phys, ok := cols[c]; ok {
					cols[c] = "CAST(NULLIF(" + phys + ", " + str(d, "9999-12-31") + ") AS DATE)"
				}
			}
			var prio strings.Builder
			prio.WriteString("CASE PRIORITY_TYPE_CODE")
			for _, p := range WLPriorities {
				prio.WriteString(" WHEN " + str(d, p[0]) + " THEN " + str(d, p[1]))
			}
			prio.WriteString(" END")
			cols["priority_type_code"] = prio.String()
			var types []string
			for _, t := range wlTypes(open) {
				types = append(types, str(d, t))
			}
			cols["waiting_list_type"] = "CASE WHEN Waiting_List_Type IN (" + strings.Join(types, ", ") + ") THEN Waiting_List_Type END"
			return []branch{{patient: "Patient_ID", from: table, cols: cols}}
		}}
	}
	tppQueries["decision_support_values"] = tableDef{func(_ *TPP, d enginesql.Dialect) []branch {
		return []branch{{patient: "decval.Patient_ID",
			from: "DecisionSupportValue AS decval LEFT JOIN DecisionSupportValueReference AS decvalref ON decval.AlgorithmType = decvalref.AlgorithmType",
			cols: map[string]string{
				"calculation_date":      dateOf(d, "decval.CalculationDateTime"),
				"numeric_value":         "decval.NumericValue",
				"algorithm_description": "decvalref.AlgorithmDescription",
				"algorithm_version":     "decvalref.AlgorithmVersion",
			}}}
	}}
	tppQueries["covid_therapeutics"] = tableDef{func(_ *TPP, d enginesql.Dialect) []branch {
		// risk_cohort joins the non-empty risk groups of three forms with
		// commas, without their "Patients with (a)" prefixes and with " and "
		// as a separator.
		var parts []string
		for _, col := range []string{"CASIM05_risk_cohort", "MOL1_high_risk_cohort", "SOT02_risk_cohorts"} {
			cleaned := "REPLACE(REPLACE(REPLACE(" + col + ", " + str(d, "Patients with a ") + ", " + str(d, "") + "), " +
				str(d, "Patients with ") + ", " + str(d, "") + "), " + str(d, " and ") + ", " + str(d, ",") + ")"
			parts = append(parts, "COALESCE("+concat(d, str(d, ","), "NULLIF("+cleaned+", "+str(d, "")+")")+", "+str(d, "")+")")
		}
		joined := concat(d, parts...)
		return []branch{{patient: "Patient_ID", from: "Therapeutics", cols: map[string]string{
			"covid_indication":     "COVID_indication",
			"current_status":       "CurrentStatus",
			"intervention":         "Intervention",
			"received":             "CAST(Received AS DATE)",
			"region":               "Region",
			"risk_cohort":          "NULLIF(SUBSTRING(" + joined + ", 2, 8000), " + str(d, "") + ")",
			"treatment_start_date": "CAST(TreatmentStartDate AS DATE)",
		}}}
	}}
	// Every registered death, as recorded.
	tppQueries["ons_deaths_raw"] = tableDef{func(_ *TPP, d enginesql.Dialect) []branch {
		return []branch{{patient: "Patient_ID", from: "ONS_Deaths", cols: withNumbered(map[string]string{
			"date":                      "dod",
			"place":                     "Place_of_occurrence",
			"underlying_cause_of_death": "icd10u",
		}, "cause_of_death_", "ICD100", 1, 15)}}
	}}
	// hospital_admissions (ehrQL v0) reads the APCS source.
	tppQueries["hospital_admissions"] = tppQueries["apcs"]
}

// TPPTables lists the ehrQL table names the tpp backend provides, sorted.
func TPPTables() []string {
	var names []string
	for n := range tppQueries {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}
