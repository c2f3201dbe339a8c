// Package codes knows the clinical coding systems that ehrQL understands
// (SNOMED CT, CTV3, ICD-10, OPCS-4, dm+d, pseudo-BNF and the two
// multi-code-string column types) and reads codelists from CSV files.
//
// A System is a small comparable value naming one coding system; its Name is
// the Python class name users see ("SNOMEDCTCode"). Codes are validated
// against the system's full-match pattern only: existence is never checked.
// Codelists (see FromCSV) follow the reference codelist_from_csv rules:
// values are stripped, empty codes dropped, duplicates collapsed keeping the
// first position and the last category.
package codes

import (
	"fmt"
	"regexp"
)

// System identifies a coding system. The zero value is not a system; it is
// used where "no coding system" is meant.
type System uint8

// The coding systems. ICD10Multi and OPCS4Multi are the multi-code-string
// column types: their values are concatenations of codes, and Parse for them
// validates a search prefix rather than a whole code.
const (
	_ System = iota
	SNOMEDCT
	CTV3
	ICD10
	OPCS4
	DMD
	BNF
	ICD10Multi
	OPCS4Multi
)

type systemInfo struct {
	name    string
	pattern string
	element System // for multi-code strings: the system of the codes inside
	re      *regexp.Regexp
}

var systems = [...]systemInfo{
	SNOMEDCT: {name: "SNOMEDCTCode", pattern: `[1-9][0-9]{5,17}`},
	CTV3:     {name: "CTV3Code", pattern: `[0-9A-Za-z]{5}|[0-9A-Za-z]{4}\.|[0-9A-Za-z]{3}\.{2}|[0-9A-Za-z]{2}\.{3}`},
	ICD10:    {name: "ICD10Code", pattern: `[A-Z]\d{2}(?:X\d?|\d{0,2})?`},
	OPCS4:    {name: "OPCS4Code", pattern: `[A-HJ-Z][0-9]{2,3}`},
	DMD:      {name: "DMDCode", pattern: `[1-9][0-9]{5,17}`},
	BNF:      {name: "BNFCode", pattern: `[01][0-9]{6}[0-9A-Z]{2}([A-Z][0-9A-Z]){3}|2[0-3][0-9]{9}`},
	ICD10Multi: {name: "ICD10MultiCodeString", element: ICD10,
		pattern: `[A-Z](\d{0,2}|\d{3}|\d{4}|\d{2}X|\d{2}X\d)`},
	OPCS4Multi: {name: "OPCS4MultiCodeString", element: OPCS4,
		pattern: `[A-HJ-Z][0-9]{0,3}`},
}

func init() {
	for i := range systems {
		if systems[i].pattern != "" {
			systems[i].re = regexp.MustCompile(`^(?:` + systems[i].pattern + `)$`)
		}
	}
}

// Systems returns every coding system, in a fixed order.
func Systems() []System {
	return []System{SNOMEDCT, CTV3, ICD10, OPCS4, DMD, BNF, ICD10Multi, OPCS4Multi}
}

// Lookup returns the system whose Python class name is name.
func Lookup(name string) (System, bool) {
	for _, s := range Systems() {
		if systems[s].name == name {
			return s, true
		}
	}
	return 0, false
}

// IsValid reports whether s names a coding system.
func (s System) IsValid() bool { return s > 0 && int(s) < len(systems) }

// Name returns the Python class name of the system ("SNOMEDCTCode"), or
// "System(n)" for an invalid value.
func (s System) Name() string {
	if !s.IsValid() {
		return fmt.Sprintf("System(%d)", uint8(s))
	}
	return systems[s].name
}

// String returns the same as Name.
func (s System) String() string { return s.Name() }

// Pattern returns the full-match regular expression (without anchors) that
// values of the system must match. For multi-code-string systems it is the
// pattern of an accepted search prefix.
func (s System) Pattern() string {
	if !s.IsValid() {
		return ""
	}
	return systems[s].pattern
}

// IsMulti reports whether s is a multi-code-string system.
func (s System) IsMulti() bool { return s.IsValid() && systems[s].element != 0 }

// Element returns the system of the codes held in a multi-code string, or 0
// for an ordinary system.
func (s System) Element() System {
	if !s.IsValid() {
		return 0
	}
	return systems[s].element
}

// Valid reports whether value is well formed for the system (a whole code,
// or for a multi-code-string system a search prefix).
func (s System) Valid(value string) bool {
	return s.IsValid() && systems[s].re.MatchString(value)
}

// Code is one code of a coding system. Codes compare as plain strings within
// their system.
type Code struct {
	System System
	Value  string
}

// String returns the code's value.
func (c Code) String() string { return c.Value }

// InvalidCodeError reports a value that does not match a system's pattern.
// For a multi-code-string system the message explains that a code or a
// prefix of one is expected.
type InvalidCodeError struct {
	System System
	Value  string
}

func (e *InvalidCodeError) Error() string {
	if e.System.IsMulti() {
		el := e.System.Element().Name()
		return fmt.Sprintf("Expecting a %s, or a string prefix of a %s", el, el)
	}
	return fmt.Sprintf("Invalid %s: %s", e.System.Name(), e.Value)
}

// Parse validates s as a code of system and returns it. Parsing for a
// multi-code-string system accepts a search prefix and returns a Code of the
// multi-code-string system.
func Parse(system System, s string) (Code, error) {
	if !system.Valid(s) {
		return Code{}, &InvalidCodeError{System: system, Value: s}
	}
	return Code{System: system, Value: s}, nil
}
