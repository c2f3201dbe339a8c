package loadtables

import (
	"errors"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/opensafely-go/opensafely/internal/backends"
	"github.com/opensafely-go/opensafely/internal/fileformats"
	"github.com/opensafely-go/opensafely/internal/querymodel"
	"github.com/opensafely-go/opensafely/internal/tables"
)

// tppOut collects the rows of TPP's physical tables converted from the
// logical files.
type tppOut struct {
	rows     map[string][][]any
	patients map[int64]bool
	orgs     map[int64][]any // Organisation_ID -> STPCode, Region, GoLiveDate
	dmd      map[string]string
	vaxNames map[[2]any]int64
	ids      map[string]int64 // per-table row identifiers
	// parents locates the HES records (family "APCS", "EC", "OPA") by
	// identifier, for the cost, diagnosis and procedure rows that join them.
	parents map[string]map[any]parentLoc
}

type parentLoc struct {
	table string // physical table, with its _ARCHIVED suffix if any
	row   int
	month string
}

func (o *tppOut) addParent(family, suffix string, id any, month string, vals map[string]any) {
	o.add(family+suffix, vals)
	if o.parents[family] == nil {
		o.parents[family] = map[any]parentLoc{}
	}
	o.parents[family][id] = parentLoc{table: family + suffix, row: len(o.rows[family+suffix]) - 1, month: month}
}

func (o *tppOut) add(table string, vals map[string]any) {
	pt := backends.TPPTable(table)
	row := make([]any, len(pt.Columns))
	for k, v := range vals {
		i := pt.Column(k)
		if i < 0 {
			panic("loadtables: no column " + k + " in " + table)
		}
		row[i] = v
	}
	o.rows[table] = append(o.rows[table], row)
}

func (o *tppOut) nextID(table string) int64 {
	o.ids[table]++
	return o.ids[table]
}

// farFuture is TPP's "no date" sentinel.
var farFuture = time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC)

// logicalRows gives access to one logical file's rows by column name.
//
// Columns absent from the file (present false) are free: no query of that
// data reads them, so converters may store whatever TPP's shape needs.
type logicalRows struct {
	file    string
	t       *fileformats.Table
	present map[string]bool
}

func (r logicalRows) n() int          { return r.t.Len() }
func (r logicalRows) pid(i int) int64 { return r.t.PatientIDs[i] }
func (r logicalRows) v(col string, i int) any {
	c := r.t.Column(col)
	if c == nil {
		return nil
	}
	return dbValue(c, i)
}

// orSentinel maps a NULL date to TPP's 9999-12-31 datetime.
func orSentinel(v any) any {
	if v == nil {
		return farFuture
	}
	return v
}

func (r logicalRows) has(col string) bool { return r.present[col] }

// presentColumns returns which of specs' columns the file has. Reading
// without AllowMissingColumns stops at the header with the list of
// missing columns, before any row is read.
func presentColumns(path string, specs []fileformats.ColumnSpec) (map[string]bool, error) {
	present := map[string]bool{}
	for _, s := range specs {
		present[s.Name] = true
	}
	_, err := fileformats.ReadTable(path, specs, fileformats.ReadOptions{})
	var fv *fileformats.FileValidationError
	if err == nil {
		return present, nil
	}
	if !errors.As(err, &fv) || !strings.HasPrefix(fv.Msg, "Missing columns: ") {
		return nil, err
	}
	for _, name := range strings.Split(strings.TrimPrefix(fv.Msg, "Missing columns: "), ", ") {
		delete(present, name)
	}
	return present, nil
}

func (r logicalRows) errorf(i int, format string, args ...any) error {
	return &fileformats.FileValidationError{Path: r.file, Row: i + 1,
		Msg: fmt.Sprintf("row %d: ", i+1) + fmt.Sprintf(format, args...) + " (TPP's physical tables cannot represent this row; fix the data or load it with --backend core)"}
}

func month(v any) string {
	if t, ok := v.(time.Time); ok {
		return fmt.Sprintf("%04d%02d", t.Year(), t.Month())
	}
	return ""
}

// hesSuffix chooses the current or archived HES table for an activity month.
func hesSuffix(m string) string {
	if m >= backends.HESCutoffMonth {
		return ""
	}
	return "_ARCHIVED"
}

type tppConverter func(o *tppOut, r logicalRows) error

// tppConverters convert each logical table the tpp backend provides.
var tppConverters = map[string]tppConverter{
	"patients": func(o *tppOut, r logicalRows) error {
		sexes := map[any]string{"male": "M", "female": "F", "intersex": "I", "unknown": "U"}
		for i := 0; i < r.n(); i++ {
			sex, ok := sexes[r.v("sex", i)]
			if !r.has("sex") {
				sex, ok = "U", true
			}
			if !ok {
				return r.errorf(i, "sex must be one of female, male, intersex, unknown")
			}
			dod := r.v("date_of_death", i)
			if dod == nil {
				dod = farFuture
			}
			o.add("Patient", map[string]any{"Patient_ID": r.pid(i), "DateOfBirth": r.v("date_of_birth", i), "Sex": sex, "DateOfDeath": dod})
		}
		return nil
	},
	"clinical_events":        convertEvents,
	"clinical_events_ranges": convertEvents,
	"medications": func(o *tppOut, r logicalRows) error {
		for i := 0; i < r.n(); i++ {
			code := ""
			if v := r.v("dmd_code", i); v != nil {
				code = v.(string)
			}
			drug, ok := o.dmd[code]
			if !ok {
				drug = "MLX" + strconv.Itoa(len(o.dmd)+1)
				o.dmd[code] = drug
			}
			o.add("MedicationIssue", map[string]any{"Patient_ID": r.pid(i), "MedicationIssue_ID": o.nextID("MedicationIssue"),
				"ConsultationDate": r.v("date", i), "MultilexDrug_ID": drug, "Consultation_ID": r.v("consultation_id", i)})
		}
		return nil
	},
	"practice_registrations": func(o *tppOut, r logicalRows) error {
		for i := 0; i < r.n(); i++ {
			org, ok := r.v("practice_pseudo_id", i).(int64)
			if !r.has("practice_pseudo_id") {
				// A practice of its own per registration, so that no
				// practice attributes can clash.
				org, ok = -int64(o.nextID("Organisation")), true
			}
			if !ok {
				return r.errorf(i, "practice_pseudo_id must not be empty")
			}
			attrs := []any{nonNullStr(r.v("practice_stp", i)), nonNullStr(r.v("practice_nuts1_region_name", i)), r.v("practice_systmone_go_live_date", i)}
			if prev, seen := o.orgs[org]; seen && fmt.Sprint(prev) != fmt.Sprint(attrs) {
				return r.errorf(i, "practice %d has different practice_stp, practice_nuts1_region_name or practice_systmone_go_live_date values in different rows", org)
			}
			o.orgs[org] = attrs
			o.add("RegistrationHistory", map[string]any{"Patient_ID": r.pid(i), "Registration_ID": o.nextID("RegistrationHistory"),
				"StartDate": r.v("start_date", i), "EndDate": orSentinel(r.v("end_date", i)), "Organisation_ID": org})
		}
		return nil
	},
	"ons_deaths": func(o *tppOut, r logicalRows) error {
		for i := 0; i < r.n(); i++ {
			vals := map[string]any{"Patient_ID": r.pid(i), "dod": r.v("date", i), "Place_of_occurrence": r.v("place", i),
				"icd10u": r.v("underlying_cause_of_death", i)}
			for k := 1; k <= 15; k++ {
				vals[fmt.Sprintf("ICD100%02d", k)] = r.v(fmt.Sprintf("cause_of_death_%02d", k), i)
			}
			o.add("ONS_Deaths", vals)
		}
		return nil
	},
	"addresses": convertAddresses,
	"apcs": func(o *tppOut, r logicalRows) error {
		seen := map[any]bool{}
		for i := 0; i < r.n(); i++ {
			id := r.v("apcs_ident", i)
			if !r.has("apcs_ident") {
				id = o.nextID("APCS")
			}
			if id == nil || seen[id] {
				return r.errorf(i, "apcs_ident must be present and unique (it joins APCS to APCS_Der)")
			}
			seen[id] = true
			m := month(r.v("admission_date", i))
			if m == "" {
				m = month(r.v("discharge_date", i))
			}
			if m == "" {
				m = backends.HESCutoffMonth
			}
			s := hesSuffix(m)
			var ccDays any
			if v, ok := r.v("days_in_critical_care", i).(int64); ok {
				ccDays = strconv.FormatInt(v, 10)
			}
			o.addParent("APCS", s, id, m, map[string]any{"Patient_ID": r.pid(i), "APCS_Ident": id,
				"Admission_Date": r.v("admission_date", i), "Discharge_Date": r.v("discharge_date", i),
				"Discharge_Destination": r.v("discharge_destination", i), "Discharge_Method": r.v("discharge_method", i),
				"Spell_Core_HRG_SUS": r.v("spell_core_hrg_sus", i), "Admission_Method": r.v("admission_method", i),
				"Der_Diagnosis_All": r.v("all_diagnoses", i), "Der_Procedure_All": r.v("all_procedures", i),
				"Patient_Classification": r.v("patient_classification", i), "Der_Activity_Month": m})
			o.add("APCS_Der"+s, map[string]any{"APCS_Ident": id, "Spell_PbR_CC_Day": ccDays,
				"Spell_Primary_Diagnosis": r.v("primary_diagnosis", i), "Spell_Secondary_Diagnosis": r.v("secondary_diagnosis", i)})
		}
		return nil
	},
	"ec": func(o *tppOut, r logicalRows) error {
		for i := 0; i < r.n(); i++ {
			m := month(r.v("arrival_date", i))
			if m == "" {
				m = backends.HESCutoffMonth
			}
			o.addParent("EC", hesSuffix(m), r.v("ec_ident", i), m, map[string]any{"Patient_ID": r.pid(i), "EC_Ident": r.v("ec_ident", i),
				"Arrival_Date": r.v("arrival_date", i), "SUS_HRG_Code": r.v("sus_hrg_code", i), "Der_Activity_Month": m})
		}
		return nil
	},
	"emergency_care_attendances": func(o *tppOut, r logicalRows) error {
		seen := map[any]bool{}
		for i := 0; i < r.n(); i++ {
			id := r.v("id", i)
			if !r.has("id") {
				id = o.nextID("EC")
			}
			if id == nil || seen[id] {
				return r.errorf(i, "id must be present and unique (it joins EC to EC_Diagnosis)")
			}
			seen[id] = true
			m := month(r.v("arrival_date", i))
			if m == "" {
				m = backends.HESCutoffMonth
			}
			s := hesSuffix(m)
			o.addParent("EC", s, id, m, map[string]any{"Patient_ID": r.pid(i), "EC_Ident": id, "Arrival_Date": r.v("arrival_date", i),
				"Discharge_Destination_SNOMED_CT": r.v("discharge_destination", i), "Der_Activity_Month": m})
			diag := map[string]any{"EC_Ident": id}
			for k := 1; k <= 24; k++ {
				diag[fmt.Sprintf("EC_Diagnosis_%02d", k)] = r.v(fmt.Sprintf("diagnosis_%02d", k), i)
			}
			o.add("EC_Diagnosis"+s, diag)
		}
		return nil
	},
	"ethnicity_from_sus": func(o *tppOut, r logicalRows) error {
		for i := 0; i < r.n(); i++ {
			if code := r.v("code", i); code != nil {
				o.add("OPA", map[string]any{"Patient_ID": r.pid(i), "OPA_Ident": o.nextID("OPA"), "Ethnic_Category": code,
					"Der_Activity_Month": backends.HESCutoffMonth})
			}
		}
		return nil
	},
	"vaccinations": func(o *tppOut, r logicalRows) error {
		for i := 0; i < r.n(); i++ {
			key := [2]any{r.v("product_name", i), r.v("target_disease", i)}
			name, ok := o.vaxNames[key]
			if !ok {
				name = int64(len(o.vaxNames) + 1)
				o.vaxNames[key] = name
				o.add("VaccinationReference", map[string]any{"VaccinationName_ID": name, "VaccinationContent": key[1]})
			}
			o.add("Vaccination", map[string]any{"Patient_ID": r.pid(i), "Vaccination_ID": r.v("vaccination_id", i),
				"VaccinationDate": r.v("date", i), "VaccinationName": key[0], "VaccinationName_ID": name})
		}
		return nil
	},
	"appointments": func(o *tppOut, r logicalRows) error {
		for i := 0; i < r.n(); i++ {
			var status any
			if s, ok := r.v("status", i).(string); ok {
				code, ok := backends.AppointmentStatusCode(s)
				if !ok {
					return r.errorf(i, "unknown appointment status %q", s)
				}
				status = int64(code)
			}
			o.add("Appointment", map[string]any{"Patient_ID": r.pid(i), "Appointment_ID": o.nextID("Appointment"),
				"BookedDate": r.v("booked_date", i), "StartDate": r.v("start_date", i),
				"SeenDate": orSentinel(r.v("seen_date", i)), "Status": status})
		}
		return nil
	},
	"sgss_covid_all_tests": func(o *tppOut, r logicalRows) error {
		for i := 0; i < r.n(); i++ {
			pos, ok := r.v("is_positive", i).(bool)
			if !r.has("is_positive") {
				pos, ok = true, true
			}
			if !ok {
				return r.errorf(i, "is_positive must not be empty")
			}
			sym := r.v("was_symptomatic", i)
			vals := map[string]any{"Patient_ID": r.pid(i), "Specimen_Date": r.v("specimen_taken_date", i),
				"Lab_Report_Date": r.v("lab_report_date", i)}
			if pos {
				vals["Symptomatic"] = yesNo(sym, "Y", "N")
				if v, ok := r.v("sgtf_status", i).(int64); ok {
					vals["SGTF"] = strconv.FormatInt(v, 10)
				}
				vals["Variant"], vals["VariantDetectionMethod"] = r.v("variant", i), r.v("variant_detection_method", i)
				o.add("SGSS_AllTests_Positive", vals)
				continue
			}
			if r.v("sgtf_status", i) != nil || r.v("variant", i) != nil || r.v("variant_detection_method", i) != nil {
				return r.errorf(i, "negative tests have no sgtf_status, variant or variant_detection_method")
			}
			vals["Symptomatic"] = yesNo(sym, "true", "false")
			o.add("SGSS_AllTests_Negative", vals)
		}
		return nil
	},
}

func init() {
	tppConverters["household_memberships_2020"] = func(o *tppOut, r logicalRows) error {
		sizes := map[int64]any{}
		for i := 0; i < r.n(); i++ {
			hh, size := r.v("household_pseudo_id", i), r.v("household_size", i)
			if !r.has("household_pseudo_id") {
				hh = o.nextID("Household") // a household of one's own
			}
			if size == int64(0) || hh == int64(0) {
				return r.errorf(i, "TPP stores a missing household or size as 0, so 0 cannot be a value")
			}
			if hh == nil {
				if size != nil {
					return r.errorf(i, "a patient without a household has no household_size")
				}
				hh = int64(0)
			}
			id := hh.(int64)
			if size == nil {
				size = int64(0)
			}
			if prev, seen := sizes[id]; seen && prev != size {
				return r.errorf(i, "household %d has different sizes in different rows", id)
			}
			if _, seen := sizes[id]; !seen {
				sizes[id] = size
				o.add("Household", map[string]any{"Household_ID": id, "HouseholdSize": size})
			}
			o.add("HouseholdMember", map[string]any{"Patient_ID": r.pid(i), "Household_ID": id})
		}
		return nil
	}
	tppConverters["occupation_on_covid_vaccine_record"] = func(o *tppOut, r logicalRows) error {
		for i := 0; i < r.n(); i++ {
			if r.has("is_healthcare_worker") && r.v("is_healthcare_worker", i) != true {
				return r.errorf(i, "TPP records only healthcare workers: is_healthcare_worker must be T")
			}
			o.add("HealthCareWorker", map[string]any{"Patient_ID": r.pid(i)})
		}
		return nil
	}
	for _, open := range []bool{false, true} {
		name, table := "wl_clockstops", "WL_ClockStops"
		if open {
			name, table = "wl_openpathways", "WL_OpenPathways"
		}
		tppConverters[name] = func(o *tppOut, r logicalRows) error {
			prio := map[any]any{nil: nil}
			for _, p := range backends.WLPriorities {
				prio[p[1]] = p[0]
			}
			for i := 0; i < r.n(); i++ {
				vals := map[string]any{"Patient_ID": r.pid(i)}
				for _, c := range backends.WLColumns(open) {
					v := r.v(c[0], i)
					if t, ok := v.(time.Time); ok {
						v = t.Format("2006-01-02")
					}
					vals[c[1]] = v
				}
				p, ok := prio[r.v("priority_type_code", i)]
				if !ok {
					return r.errorf(i, "unknown priority_type_code %v", r.v("priority_type_code", i))
				}
				vals["PRIORITY_TYPE_CODE"] = p
				o.add(table, vals)
			}
			return nil
		}
	}
	// Every registered death: ONS_Deaths holds them all.
	tppConverters["ons_deaths_raw"] = tppConverters["ons_deaths"]
	tppConverters["decision_support_values"] = func(o *tppOut, r logicalRows) error {
		types := map[[2]any]int64{}
		for i := 0; i < r.n(); i++ {
			key := [2]any{r.v("algorithm_description", i), r.v("algorithm_version", i)}
			typ, ok := types[key]
			if !ok {
				typ = int64(len(types) + 1)
				types[key] = typ
				o.add("DecisionSupportValueReference", map[string]any{"AlgorithmType": typ,
					"AlgorithmDescription": key[0], "AlgorithmVersion": key[1]})
			}
			o.add("DecisionSupportValue", map[string]any{"Patient_ID": r.pid(i), "AlgorithmType": typ,
				"CalculationDateTime": orSentinel(r.v("calculation_date", i)), "NumericValue": r.v("numeric_value", i)})
		}
		return nil
	}
	tppConverters["covid_therapeutics"] = func(o *tppOut, r logicalRows) error {
		for i := 0; i < r.n(); i++ {
			cohort := r.v("risk_cohort", i)
			if c, ok := cohort.(string); ok && (strings.Contains(c, " and ") || strings.Contains(c, "Patients with ") || strings.HasPrefix(c, ",")) {
				return r.errorf(i, "TPP rewrites risk_cohort text containing \" and \", \"Patients with \" or a leading comma")
			}
			o.add("Therapeutics", map[string]any{"Patient_ID": r.pid(i), "COVID_indication": r.v("covid_indication", i),
				"CurrentStatus": r.v("current_status", i), "Intervention": r.v("intervention", i),
				"CASIM05_risk_cohort": cohort, "Received": r.v("received", i),
				"TreatmentStartDate": r.v("treatment_start_date", i), "Region": r.v("region", i)})
		}
		return nil
	}
	tppConverters["ukrr"] = func(o *tppOut, r logicalRows) error {
		codes := map[any]any{nil: nil}
		for _, m := range backends.UKRRDatasets {
			codes[m[1]] = m[0]
		}
		for i := 0; i < r.n(); i++ {
			ds, ok := codes[r.v("dataset", i)]
			if !ok {
				return r.errorf(i, "unknown UKRR dataset %v", r.v("dataset", i))
			}
			o.add("UKRR", map[string]any{"Patient_ID": r.pid(i), "dataset": ds, "renal_centre": r.v("renal_centre", i),
				"creat": r.v("latest_creatinine", i), "eGFR_ckdepi": r.v("latest_egfr", i), "rrt_start": r.v("rrt_start_date", i),
				"mod_start": r.v("treatment_modality_start", i), "mod_prev": r.v("treatment_modality_prevalence", i)})
		}
		return nil
	}
	tppConverters["open_prompt"] = func(o *tppOut, r logicalRows) error {
		for i := 0; i < r.n(); i++ {
			snomed, num := r.v("snomedct_code", i), r.v("numeric_value", i)
			system, numCode := int64(0), int64(1)
			if snomed == nil {
				system = 1 // a code system other than SNOMED CT
			}
			if num == nil {
				numCode = 0
			}
			o.add("OpenPROMPT", map[string]any{"Patient_ID": r.pid(i), "CodeSystemId": system, "ConceptId": snomed,
				"CTV3Code": r.v("ctv3_code", i), "CreationDate": r.v("creation_date", i),
				"ConsultationDate": r.v("consultation_date", i), "Consultation_ID": r.v("consultation_id", i),
				"NumericCode": numCode, "NumericValue": num})
		}
		return nil
	}
}

// hesChild converts the rows of a HES feed that joins its parent record
// (family) on identCol, taking dates from it: the parent must exist with
// the same dates. fill sets the child's own columns. Dates listed in
// settable are stored on the parent when it has none.
func hesChild(family, table, identCol, physIdent string, dates, settable [][2]string, fill func(r logicalRows, i int, vals map[string]any)) tppConverter {
	return func(o *tppOut, r logicalRows) error {
		for i := 0; i < r.n(); i++ {
			id := r.v(identCol, i)
			p, ok := o.parents[family][id]
			if !ok || id == nil {
				return r.errorf(i, "%s %v has no %s record to join (load the %s table with it)", identCol, id, family, strings.ToLower(family))
			}
			prow := o.rows[p.table][p.row]
			pt := backends.TPPTable(p.table)
			for _, dc := range dates {
				if !r.has(dc[0]) {
					continue
				}
				if got, want := fmt.Sprint(prow[pt.Column(dc[1])]), fmt.Sprint(r.v(dc[0], i)); got != want {
					return r.errorf(i, "%s differs from that of its %s record (%s)", dc[0], family, identCol)
				}
			}
			for _, dc := range settable {
				col := pt.Column(dc[1])
				v := r.v(dc[0], i)
				if prow[col] == nil {
					prow[col] = v
				} else if fmt.Sprint(prow[col]) != fmt.Sprint(v) {
					return r.errorf(i, "%s differs from that of another row of the same %s record", dc[0], family)
				}
			}
			vals := map[string]any{"Patient_ID": r.pid(i), physIdent: id, "Der_Activity_Month": p.month}
			fill(r, i, vals)
			o.add(table+strings.TrimPrefix(p.table, family), vals)
		}
		return nil
	}
}

func init() {
	tppConverters["opa"] = func(o *tppOut, r logicalRows) error {
		seen := map[any]bool{}
		for i := 0; i < r.n(); i++ {
			id := r.v("opa_ident", i)
			if !r.has("opa_ident") {
				id = o.nextID("OPA")
			}
			if id == nil || seen[id] {
				return r.errorf(i, "opa_ident must be present and unique (it joins OPA to its cost, diagnosis and procedure tables)")
			}
			seen[id] = true
			m := month(r.v("appointment_date", i))
			if m == "" {
				m = month(r.v("referral_request_received_date", i))
			}
			if m == "" {
				m = backends.HESCutoffMonth
			}
			o.addParent("OPA", hesSuffix(m), id, m, map[string]any{"Patient_ID": r.pid(i), "OPA_Ident": id,
				"Appointment_Date": r.v("appointment_date", i), "Attendance_Status": r.v("attendance_status", i),
				"Consultation_Medium_Used": r.v("consultation_medium_used", i), "First_Attendance": r.v("first_attendance", i),
				"HRG_Code": r.v("hrg_code", i), "Outcome_of_Attendance": r.v("outcome_of_attendance", i),
				"Referral_Request_Received_Date": r.v("referral_request_received_date", i),
				"Treatment_Function_Code":        r.v("treatment_function_code", i), "Der_Activity_Month": m})
		}
		return nil
	}
	opaDates := [][2]string{{"appointment_date", "Appointment_Date"}, {"referral_request_received_date", "Referral_Request_Received_Date"}}
	tppConverters["apcs_cost"] = hesChild("APCS", "APCS_Cost", "apcs_ident", "APCS_Ident",
		[][2]string{{"admission_date", "Admission_Date"}, {"discharge_date", "Discharge_Date"}}, nil,
		func(r logicalRows, i int, v map[string]any) {
			v["Grand_Total_Payment_MFF"], v["Tariff_Initial_Amount"], v["Tariff_Total_Payment"] =
				r.v("grand_total_payment_mff", i), r.v("tariff_initial_amount", i), r.v("tariff_total_payment", i)
		})
	tppConverters["ec_cost"] = hesChild("EC", "EC_Cost", "ec_ident", "EC_Ident",
		[][2]string{{"arrival_date", "Arrival_Date"}},
		[][2]string{{"ec_decision_to_admit_date", "EC_Decision_To_Admit_Date"}, {"ec_injury_date", "EC_Injury_Date"}},
		func(r logicalRows, i int, v map[string]any) {
			v["Grand_Total_Payment_MFF"], v["Tariff_Total_Payment"] = r.v("grand_total_payment_mff", i), r.v("tariff_total_payment", i)
		})
	tppConverters["opa_cost"] = hesChild("OPA", "OPA_Cost", "opa_ident", "OPA_Ident", opaDates, nil,
		func(r logicalRows, i int, v map[string]any) {
			v["Tariff_OPP"], v["Grand_Total_Payment_MFF"], v["Tariff_Total_Payment"] =
				r.v("tariff_opp", i), r.v("grand_total_payment_mff", i), r.v("tariff_total_payment", i)
		})
	tppConverters["opa_diag"] = hesChild("OPA", "OPA_Diag", "opa_ident", "OPA_Ident", opaDates, nil,
		func(r logicalRows, i int, v map[string]any) {
			v["Primary_Diagnosis_Code"], v["Primary_Diagnosis_Code_Read"] = r.v("primary_diagnosis_code", i), r.v("primary_diagnosis_code_read", i)
			v["Secondary_Diagnosis_Code_1"], v["Secondary_Diagnosis_Code_1_Read"] = r.v("secondary_diagnosis_code_1", i), r.v("secondary_diagnosis_code_1_read", i)
		})
	tppConverters["opa_proc"] = hesChild("OPA", "OPA_Proc", "opa_ident", "OPA_Ident", opaDates, nil,
		func(r logicalRows, i int, v map[string]any) {
			v["Primary_Procedure_Code"], v["Primary_Procedure_Code_Read"] = r.v("primary_procedure_code", i), r.v("primary_procedure_code_read", i)
			v["Procedure_Code_2"], v["Procedure_Code_2_Read"] = r.v("procedure_code_2", i), r.v("procedure_code_2_read", i)
		})
}

// convertEvents converts clinical_events and clinical_events_ranges: each
// row goes to CodedEvent (CTV3) or CodedEvent_SNOMED, with a
// CodedEventRange row when it has a range.
func convertEvents(o *tppOut, r logicalRows) error {
	for i := 0; i < r.n(); i++ {
		snomed, ctv3 := r.v("snomedct_code", i), r.v("ctv3_code", i)
		vals := map[string]any{"Patient_ID": r.pid(i), "ConsultationDate": orSentinel(r.v("date", i)),
			"NumericValue": r.v("numeric_value", i), "Consultation_ID": r.v("consultation_id", i)}
		switch {
		case snomed != nil && ctv3 != nil:
			return r.errorf(i, "an event has either a SNOMED CT or a CTV3 code, not both")
		case ctv3 != nil:
			vals["CodedEvent_ID"], vals["CTV3Code"] = o.nextID("CodedEvent"), ctv3
			o.add("CodedEvent", vals)
		default:
			vals["CodedEvent_ID"], vals["ConceptId"] = o.nextID("CodedEvent"), snomed
			o.add("CodedEvent_SNOMED", vals)
		}
		lower, upper, cmp := r.v("lower_bound", i), r.v("upper_bound", i), r.v("comparator", i)
		if lower == nil && upper == nil && cmp == nil {
			continue
		}
		var code any
		if c, ok := cmp.(string); ok {
			n, ok := backends.ComparatorCode(c)
			if !ok {
				return r.errorf(i, "unknown comparator %q", c)
			}
			code = int64(n)
		}
		o.add("CodedEventRange", map[string]any{"CodedEvent_ID": vals["CodedEvent_ID"], "LowerBound": lower,
			"UpperBound": upper, "Comparator": code})
	}
	return nil
}

func yesNo(v any, yes, no string) any {
	switch v {
	case true:
		return yes
	case false:
		return no
	}
	return nil
}

func nonNullStr(v any) any {
	if v == nil {
		return ""
	}
	return v
}

func convertAddresses(o *tppOut, r logicalRows) error {
	idCount := map[any]int{}
	for i := 0; i < r.n(); i++ {
		idCount[r.v("address_id", i)]++
	}
	for i := 0; i < r.n(); i++ {
		id := r.v("address_id", i)
		hasPostcode, ok := r.v("has_postcode", i).(bool)
		msoa := r.v("msoa_code", i)
		switch {
		case !r.has("has_postcode"):
			hasPostcode, ok = msoa != nil || !r.has("msoa_code"), true
		case !r.has("msoa_code") && hasPostcode:
			msoa = "E02000000" // any MSOA: the data does not say which
		}
		if !ok {
			return r.errorf(i, "has_postcode must not be empty")
		}
		switch {
		case hasPostcode && (msoa == nil || msoa == "NPC"):
			return r.errorf(i, "an address with a postcode has an msoa_code")
		case !hasPostcode && msoa != nil:
			return r.errorf(i, "an address without a postcode has no msoa_code")
		case !hasPostcode:
			msoa = "NPC"
		}
		orMinus1 := func(v any) any {
			if v == nil {
				return int64(-1)
			}
			return v
		}
		o.add("PatientAddress", map[string]any{"Patient_ID": r.pid(i), "PatientAddress_ID": id,
			"StartDate": orSentinel(r.v("start_date", i)), "EndDate": orSentinel(r.v("end_date", i)),
			"AddressType": r.v("address_type", i), "RuralUrbanClassificationCode": orMinus1(r.v("rural_urban_classification", i)),
			"ImdRankRounded": orMinus1(r.v("imd_rounded", i)), "MSOACode": msoa})
		match, ok := r.v("care_home_is_potential_match", i).(bool)
		if !r.has("care_home_is_potential_match") {
			match, ok = r.v("care_home_requires_nursing", i) != nil || r.v("care_home_does_not_require_nursing", i) != nil, true
		}
		if !ok {
			return r.errorf(i, "care_home_is_potential_match must not be empty")
		}
		nursing, notNursing := r.v("care_home_requires_nursing", i), r.v("care_home_does_not_require_nursing", i)
		if !match {
			if nursing != nil || notNursing != nil {
				return r.errorf(i, "only care homes (care_home_is_potential_match T) have nursing values")
			}
			continue
		}
		if id == nil || idCount[id] > 1 {
			return r.errorf(i, "a care-home address needs an address_id no other address has (it joins PatientAddress to PotentialCareHomeAddress)")
		}
		o.add("PotentialCareHomeAddress", map[string]any{"PatientAddress_ID": id,
			"LocationRequiresNursing": yesNo(nursing, "Y", "N"), "LocationDoesNotRequireNursing": yesNo(notNursing, "Y", "N")})
	}
	return nil
}

// logicalTable returns the ehrQL table a file of the tpp backend holds:
// the table of that name of the tpp module, else core, raw.tpp, or the
// legacy module.
func logicalTable(name string) *querymodel.Table {
	for _, mod := range []string{"ehrql.tables.tpp", "ehrql.tables.core", "ehrql.tables.raw.tpp", "ehrql.tables.beta.tpp"} {
		m, ok := tables.ModuleByName(mod)
		if !ok {
			continue
		}
		for _, attr := range m.Tables {
			if t, _ := m.Table(attr); t.TableName() == name {
				return t
			}
		}
	}
	return nil
}

// TPPConvertible lists the logical tables load-tables --backend tpp can
// convert, sorted.
func TPPConvertible() []string {
	var names []string
	for n := range tppConverters {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// loadTPP converts the logical files into TPP's physical tables and loads
// every one of them (empty where no file feeds it).
func (l *loader) loadTPP(files []tableFile) error {
	o := &tppOut{rows: map[string][][]any{}, patients: map[int64]bool{}, orgs: map[int64][]any{},
		dmd: map[string]string{}, vaxNames: map[[2]any]int64{}, ids: map[string]int64{},
		parents: map[string]map[any]parentLoc{}}
	present := map[string]bool{}
	for _, f := range files {
		present[f.name] = true
	}
	if present["ec"] && present["emergency_care_attendances"] {
		return fmt.Errorf("ec and emergency_care_attendances both come from TPP's EC table: load one of them at a time with --backend tpp")
	}
	if present["ons_deaths"] && present["ons_deaths_raw"] {
		return fmt.Errorf("ons_deaths and ons_deaths_raw both come from TPP's ONS_Deaths table: load one of them at a time with --backend tpp")
	}
	if present["clinical_events"] && present["clinical_events_ranges"] {
		return fmt.Errorf("clinical_events and clinical_events_ranges both come from TPP's CodedEvent tables: load one of them at a time with --backend tpp")
	}
	if present["opa"] && present["ethnicity_from_sus"] {
		return fmt.Errorf("load-tables --backend tpp stores ethnicity_from_sus in TPP's OPA table, which opa also comes from: load one of them at a time")
	}
	// Cost, diagnosis and procedure rows join records converted before them.
	files = slices.Clone(files)
	isChild := func(f tableFile) bool {
		return strings.HasSuffix(f.name, "_cost") || strings.HasSuffix(f.name, "_diag") || strings.HasSuffix(f.name, "_proc")
	}
	sort.SliceStable(files, func(i, j int) bool { return !isChild(files[i]) && isChild(files[j]) })
	for _, f := range files {
		conv, ok := tppConverters[f.name]
		t := logicalTable(f.name)
		if !ok || t == nil {
			return &fileformats.FileValidationError{Path: f.path, Msg: fmt.Sprintf("load-tables --backend tpp cannot convert table %q (file %s); it converts: %v", f.name, f.path, TPPConvertible())}
		}
		specs := fileformats.SpecsFromSchema(t.Schema)
		present, err := presentColumns(f.path, specs)
		if err != nil {
			return err
		}
		data, err := fileformats.ReadTable(f.path, specs, fileformats.ReadOptions{AllowMissingColumns: true})
		if err != nil {
			return err
		}
		for _, id := range data.PatientIDs {
			o.patients[id] = true
		}
		if err := conv(o, logicalRows{file: f.path, t: data, present: present}); err != nil {
			return err
		}
		l.logf("Converted %d rows of %s to TPP's tables", data.Len(), f.name)
	}
	// Nobody has opted out and every practice is activated: the TPP
	// restrictions then keep every patient, as the core backend does.
	ids := make([]int64, 0, len(o.patients))
	for id := range o.patients {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	for _, id := range ids {
		o.add("PatientsWithoutNDOO", map[string]any{"Patient_ID": id})
	}
	orgIDs := make([]int64, 0, len(o.orgs))
	for id := range o.orgs {
		orgIDs = append(orgIDs, id)
	}
	sort.Slice(orgIDs, func(i, j int) bool { return orgIDs[i] < orgIDs[j] })
	for _, id := range orgIDs {
		a := o.orgs[id]
		o.add("Organisation", map[string]any{"Organisation_ID": id, "STPCode": a[0], "Region": a[1], "GoLiveDate": a[2]})
		o.add("DirectionsAcknowledged", map[string]any{"Organisation_ID": id})
	}
	codes := make([]string, 0, len(o.dmd))
	for c := range o.dmd {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	for _, c := range codes {
		o.add("MedicationDictionary", map[string]any{"MultilexDrug_ID": o.dmd[c], "DMD_ID": c})
	}
	for _, pt := range backends.TPPSchema() {
		cols := make([]physicalColumn, len(pt.Columns))
		names := make([]string, len(pt.Columns))
		for i, c := range pt.Columns {
			cols[i] = physicalColumn{c.Name, c.Type.SQLType(l.dialect)}
			names[i] = c.Name
		}
		if err := l.createTable(pt.Name, cols); err != nil {
			return err
		}
		rows := o.rows[pt.Name]
		i := 0
		t0 := time.Now()
		n, err := l.fill(pt.Name, names, func(row []any) (bool, error) {
			if i == len(rows) {
				return false, nil
			}
			copy(row, rows[i])
			i++
			return true, nil
		})
		if err != nil {
			return err
		}
		if err := l.finishTable(pt.Name, pt.Index); err != nil {
			return err
		}
		l.tables++
		l.rows += n
		if n > 0 {
			l.logf("Loaded %d rows into %s (%s)", n, pt.Name, rate(n, time.Since(t0)))
		}
	}
	return nil
}
