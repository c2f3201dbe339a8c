package tables

import (
	"sort"

	"github.com/opensafely-go/opensafely/internal/querymodel"
)

// Helper methods and properties of tables. They are implemented by the
// ehrQL API layer (which owns frames and series); this file only records
// what must exist so that layer can check it implements every one.
//
// Helpers follow Python inheritance: a table that extends another (see
// TableInfo.Extends) has the base table's helpers too, and a re-exported
// table object has the helpers of its owner. Per spec §2.4 the patient
// frame returned by first_for_patient()/last_for_patient() on a sorted event
// frame has the same helpers as its source table (imd_quintile on
// addresses.for_patient_on(...) relies on this).

// HelperKind says how a helper is called.
type HelperKind uint8

const (
	// Method: called with arguments, table.name(args).
	Method HelperKind = iota + 1
	// Property: read as an attribute, table.name.
	Property
)

func (k HelperKind) String() string {
	switch k {
	case Method:
		return "method"
	case Property:
		return "property"
	}
	return "invalid"
}

// Helper describes one table helper.
type Helper struct {
	Name string
	Kind HelperKind
	// Params are the Python parameter names, in order (all positional or
	// keyword). Empty for properties and no-argument methods.
	Params []string
	// Returns describes the result: "bool patient series", "event frame",
	// "patient frame", ...
	Returns string
	// Definition is the result in ehrQL terms (from the spec).
	Definition string
}

// helperSpecs maps the owning "module.attr" of a table to its own helpers
// (not inherited ones).
var helperSpecs = map[string][]Helper{
	modCore + ".patients": {
		{Name: "age_on", Kind: Method, Params: []string{"date"}, Returns: "int patient series",
			Definition: "(date - date_of_birth).years: whole years; negative when date is before birth; no check that the patient is alive"},
		{Name: "is_alive_on", Kind: Method, Params: []string{"date"}, Returns: "bool patient series",
			Definition: "date_of_death.is_after(date) | date_of_death.is_null()"},
		{Name: "is_dead_on", Kind: Method, Params: []string{"date"}, Returns: "bool patient series",
			Definition: "date_of_death.is_not_null() & date_of_death.is_before(date)"},
	},
	modCore + ".practice_registrations": {
		{Name: "spanning", Kind: Method, Params: []string{"start_date", "end_date"}, Returns: "event frame",
			Definition: "rows with start_date <= start_date argument and (end_date >= end_date argument or end_date is NULL)"},
		{Name: "for_patient_on", Kind: Method, Params: []string{"date"}, Returns: "patient frame",
			Definition: "spanning(date, date).sort_by(start_date, end_date, practice_pseudo_id).last_for_patient(): " +
				"the latest start; on equal starts a NULL end sorts first so an explicit end date wins; then the highest practice id"},
		{Name: "exists_for_patient_on", Kind: Method, Params: []string{"date"}, Returns: "bool patient series",
			Definition: "spanning(date, date).exists_for_patient()"},
	},
	modCore + ".ons_deaths": {
		{Name: "cause_of_death_is_in", Kind: Method, Params: []string{"codelist"}, Returns: "bool patient series",
			Definition: "OR of column.is_in(codelist) over underlying_cause_of_death and cause_of_death_01 .. cause_of_death_15"},
	},
	modTPP + ".practice_registrations": {
		{Name: "spanning_with_systmone", Kind: Method, Params: []string{"start_date", "end_date"}, Returns: "event frame",
			Definition: "spanning(start_date, end_date) restricted to rows with practice_systmone_go_live_date <= start_date"},
	},
	modTPP + ".addresses": {
		{Name: "imd_quintile", Kind: Property, Returns: "str series (same dimension as the frame)",
			Definition: "case over imd_rounded (lower bound 0, inclusive upper bounds 6568, 13137, 19706, 26275, 32844) → " +
				`"1 (most deprived)", "2", "3", "4", "5 (least deprived)"; otherwise (including NULL) "unknown"`},
		{Name: "imd_decile", Kind: Property, Returns: "str series (same dimension as the frame)",
			Definition: "case over imd_rounded (lower bound 0, inclusive upper bounds 3284, 6568, 9853, 13137, 16422, 19706, " +
				`22990, 26275, 29559, 32844) → "1 (most deprived)", "2" … "9", "10 (least deprived)"; otherwise (including NULL) "unknown"`},
		{Name: "for_patient_on", Kind: Method, Params: []string{"date"}, Returns: "patient frame",
			Definition: "where(start_date <= date).except_where(end_date < date) (NULL ends kept), sorted by " +
				"(has_postcode as 1/0, start_date, end_date, address_id) with that priority, last_for_patient()"},
	},
	modTPP + ".decision_support_values": {
		{Name: "electronic_frailty_index", Kind: Method, Returns: "event frame",
			Definition: `rows with algorithm_description == "UK Electronic Frailty Index (eFI)" and algorithm_version == "1.0"`},
	},
	modEMIS + ".patients": {
		{Name: "age_on", Kind: Method, Params: []string{"date"}, Returns: "int patient series",
			Definition: "(date - date_of_birth).years, as core patients.age_on"},
		{Name: "has_practice_registration_spanning", Kind: Method, Params: []string{"start_date", "end_date"},
			Returns: "bool patient series",
			// The spec names this method without defining it; this is the
			// patient-table form of practice_registrations.spanning.
			Definition: "registration_start_date <= start_date and (registration_end_date > end_date or registration_end_date is NULL)"},
	},
}

// Helpers returns the helpers of t: inherited ones first (from the table t
// extends, recursively), then t's own, each group in declaration order. A
// helper redefined by a subclass replaces the inherited one in place.
func Helpers(t *querymodel.Table) []Helper {
	info, ok := infos[t]
	if !ok {
		return nil
	}
	var out []Helper
	if info.Extends != nil {
		out = Helpers(info.Extends)
	}
	for _, h := range helperSpecs[QualifiedName(t)] {
		replaced := false
		for i := range out {
			if out[i].Name == h.Name {
				out[i], replaced = h, true
			}
		}
		if !replaced {
			out = append(out, h)
		}
	}
	return out
}

// HelperNames returns the sorted names of t's helpers.
func HelperNames(t *querymodel.Table) []string {
	hs := Helpers(t)
	names := make([]string, len(hs))
	for i, h := range hs {
		names[i] = h.Name
	}
	sort.Strings(names)
	return names
}
