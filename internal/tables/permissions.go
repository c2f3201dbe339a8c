package tables

import (
	"github.com/opensafely-go/opensafely/internal/querymodel"
)

// Permissions (spec §5.7) and the table-level facts of the backend mapping
// (spec §5.8). The checks themselves (EHRQL_PERMISSIONS, claim_permissions,
// exit code 12) and the SQL live elsewhere.

// PermissionKind says what a permission unlocks.
type PermissionKind uint8

const (
	// TableAccess permissions grant access to the tables that declare them
	// as their RequiredPermission.
	TableAccess PermissionKind = iota + 1
	// Feature permissions switch off a default restriction or allow a
	// feature.
	Feature
)

// Permission is one permission name users can hold or claim.
type Permission struct {
	Name   string
	Kind   PermissionKind
	Grants string
	// Tables are the table objects that require the permission (empty for
	// Feature permissions and for icnarc, which has no table here).
	Tables []*querymodel.Table
}

type permissionSpec struct {
	name   string
	kind   PermissionKind
	grants string
}

var permissionSpecs = []permissionSpec{
	{"appointments", TableAccess, "access to the tables that declare it"},
	{"covid_therapeutics", TableAccess, "access to the tables that declare it"},
	{"isaric", TableAccess, "access to the tables that declare it"},
	{"icnarc", TableAccess, "access to the tables that declare it (no table declares it in this spec)"},
	{"open_prompt", TableAccess, "access to the tables that declare it"},
	{"ukrr", TableAccess, "access to the tables that declare it"},
	{"waiting_list", TableAccess, "access to the tables that declare it"},
	{"sgss_covid_all_tests", TableAccess, "access to the tables that declare it"},
	{"occupation_on_covid_vaccine_record", TableAccess, "access to the tables that declare it"},
	{"include_t1oo", Feature, "do not exclude patients with a type-1 opt-out"},
	{"include_ndoo", Feature, "do not require the patient to be absent from the national data opt-out"},
	{"include_gp_unactivated", Feature, "do not restrict to GP-activated practices and rows"},
	{"event_level_data", Feature, "allows Dataset.add_event_table"},
}

// Permissions returns every known permission in the spec's order, with
// the tables requiring each.
func Permissions() []Permission {
	out := make([]Permission, len(permissionSpecs))
	for i, p := range permissionSpecs {
		out[i] = Permission{Name: p.name, Kind: p.kind, Grants: p.grants, Tables: TablesRequiring(p.name)}
	}
	return out
}

// PermissionByName returns the permission called name.
func PermissionByName(name string) (Permission, bool) {
	for _, p := range Permissions() {
		if p.Name == name {
			return p, true
		}
	}
	return Permission{}, false
}

// TablesRequiring returns the table objects whose RequiredPermission is
// name, in definition order.
func TablesRequiring(name string) []*querymodel.Table {
	var out []*querymodel.Table
	for _, t := range allTables {
		if name != "" && t.RequiredPermission == name {
			out = append(out, t)
		}
	}
	return out
}

// Backend holds the table-level facts of one backend.
type Backend struct {
	// Name is the backend's name as used in configuration: "tpp", "emis".
	Name string
	// QueryEngine names the engine: "mssql", "trino".
	QueryEngine string
	// PatientJoinColumn is the physical patient identifier column.
	PatientJoinColumn string
	// Modules are the table namespaces the backend implements: every
	// table exported by one of them must be implemented.
	Modules []string
	// SourceNotes summarise, per table attribute, where the backend reads
	// the table from (informative; the backend package owns the SQL).
	SourceNotes map[string]string
}

// The implemented namespaces are not listed verbatim by the spec: core
// and raw.core are "all backends", tpp / raw.tpp are TPP, emis / raw.emis
// are EMIS, smoketest exists for connectivity tests on every backend, and
// the legacy hospital_admissions table is mapped by TPP onto the APCS
// source.
var backends = []Backend{
	{Name: "tpp", QueryEngine: "mssql", PatientJoinColumn: "Patient_ID",
		Modules: []string{modCore, modTPP, modRawCore, modRawTPP, modSmoketest, modBetaTPP},
		SourceNotes: map[string]string{
			"patients":               "Patient; sex M/F/I → male/female/intersex, else unknown; DateOfDeath 9999-12-31 → NULL",
			"clinical_events":        "UNION ALL of CodedEvent (CTV3 rows, snomedct_code NULL) and CodedEvent_SNOMED (SNOMED rows, ctv3_code NULL); 9999-12-31 dates → NULL",
			"medications":            "MedicationIssue LEFT JOIN the medication dictionary (MedicationDictionary without '' and 'MULTIPLE_DMD_MAPPING', UNION {TEMP_DATABASE_NAME}..CustomMedicationDictionary)",
			"practice_registrations": "RegistrationHistory joined to Organisation; by default only organisations in DirectionsAcknowledged",
			"ons_deaths":             "ONS_Deaths, first row per patient by date of death then underlying cause",
			"apcs":                   "UNION ALL of the current and _ARCHIVED tables split at Der_Activity_Month >= '202304'",
			"ec":                     "UNION ALL of the current and _ARCHIVED tables split at Der_Activity_Month >= '202304'",
			"opa":                    "UNION ALL of the current and _ARCHIVED tables split at Der_Activity_Month >= '202304'",
			"opa_cost":               "UNION ALL of the current and _ARCHIVED tables split at Der_Activity_Month >= '202304'",
			"opa_diag":               "UNION ALL of the current and _ARCHIVED tables split at Der_Activity_Month >= '202304'",
			"opa_proc":               "UNION ALL of the current and _ARCHIVED tables split at Der_Activity_Month >= '202304'",
			"ethnicity_from_sus":     "UNION ALL of the current and _ARCHIVED tables split at Der_Activity_Month >= '202304'",
			"hospital_admissions":    "the APCS source, as apcs",
		}},
	{Name: "emis", QueryEngine: "trino", PatientJoinColumn: "registration_id",
		Modules: []string{modCore, modEMIS, modRawCore, modRawEMIS, modSmoketest},
		SourceNotes: map[string]string{
			"*": "every table is a query over EMIS tables; tables ehrQL creates carry hashed_organisation from EMIS_ORGANISATION_HASH",
		}},
}

// Backends returns the backends' table-level facts.
func Backends() []Backend { return append([]Backend(nil), backends...) }

// BackendTables returns every distinct table object a backend must
// implement, in definition order.
func BackendTables(b Backend) []*querymodel.Table {
	need := map[*querymodel.Table]bool{}
	for _, name := range b.Modules {
		m := byModule[name]
		for _, attr := range m.Tables {
			need[m.tables[attr]] = true
		}
	}
	var out []*querymodel.Table
	for _, t := range allTables {
		if need[t] {
			out = append(out, t)
		}
	}
	return out
}

// BackendsFor returns the names of the backends that implement t.
func BackendsFor(t *querymodel.Table) []string {
	var out []string
	for _, b := range backends {
		for _, bt := range BackendTables(b) {
			if bt == t {
				out = append(out, b.Name)
				break
			}
		}
	}
	return out
}
