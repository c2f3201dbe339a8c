package codes

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

func TestFromCSV(t *testing.T) {
	tests := []struct {
		name     string
		csv      string
		system   System
		column   string
		category string
		codes    []string
		cats     map[string]string // nil: no category column
		err      string
	}{
		{name: "simple", csv: "code,term\n123456,a\n234567,b\n",
			column: "code", codes: []string{"123456", "234567"}},
		{name: "strip and drop empty", csv: "code,term\n 123456 ,a\n  ,b\n,c\n\t234567\t,d\n",
			column: "code", codes: []string{"123456", "234567"}},
		{name: "duplicates keep first position", csv: "code\nB\nA\nB\nC\nA\n",
			column: "code", codes: []string{"B", "A", "C"}},
		{name: "last category wins", csv: "code,cat\n415270003,a\n,b\n415270003,c\n",
			column: "code", category: "cat", codes: []string{"415270003"},
			cats: map[string]string{"415270003": "c"}},
		{name: "categories stripped", csv: "code,cat\n1, x \n2,y\n",
			column: "code", category: "cat", codes: []string{"1", "2"},
			cats: map[string]string{"1": "x", "2": "y"}},
		{name: "short rows padded", csv: "term,code,cat\nonly-term\nt,5,\nt,6\n",
			column: "code", category: "cat", codes: []string{"5", "6"},
			cats: map[string]string{"5": "", "6": ""}},
		{name: "CRLF", csv: "code,term\r\n123456,a\r\n234567,b\r\n",
			column: "code", codes: []string{"123456", "234567"}},
		{name: "header whitespace kept", csv: "code, term\n1,x\n",
			column: " term", codes: []string{"x"}},
		{name: "header whitespace not stripped for lookup", csv: "code, term\n1,x\n",
			column: "term", err: "No column 'term' in CSV"},
		{name: "missing column", csv: "id,name\n1,a\n",
			column: "code", err: "No column 'code' in CSV"},
		{name: "missing category column", csv: "code,term\n1,a\n",
			column: "code", category: "Grouping_6", err: "No column 'Grouping_6' in CSV"},
		{name: "empty file", csv: "", column: "code", err: "No column 'code' in CSV"},
		{name: "header only", csv: "code\n", column: "code", codes: nil},
		{name: "quoted fields", csv: "code,term\n\"123456\",\"a, b\"\n", column: "code",
			codes: []string{"123456"}},
		{name: "validated system", csv: "code\n123456\n", system: SNOMEDCT, column: "code",
			codes: []string{"123456"}},
		{name: "validation failure", csv: "code\n123456\nxyz\n", system: SNOMEDCT, column: "code",
			err: "Invalid SNOMEDCTCode: xyz"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cl, err := FromCSV(strings.NewReader(tt.csv), "codelists/x.csv", tt.system, tt.column, tt.category)
			if tt.err != "" {
				if err == nil || err.Error() != tt.err {
					t.Fatalf("error = %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatalf("unexpected error: %v", err)
			}
			if !reflect.DeepEqual(cl.Codes(), tt.codes) {
				t.Errorf("codes = %q, want %q", cl.Codes(), tt.codes)
			}
			if cl.HasCategories() != (tt.cats != nil) {
				t.Errorf("HasCategories = %v", cl.HasCategories())
			}
			for code, want := range tt.cats {
				if got, ok := cl.Category(code); !ok || got != want {
					t.Errorf("Category(%q) = %q, %v; want %q", code, got, ok, want)
				}
			}
		})
	}
}

func TestCodelistErrors(t *testing.T) {
	err := NewMissingFileError("codelists/x.csv")
	if got := err.Error(); got != "No CSV file at codelists/x.csv" {
		t.Errorf("got %q", got)
	}
	err = NewMissingFileError(`codelists\x.csv`)
	want := "No CSV file at codelists\\x.csv\n\nHINT: Use forward slash (/) instead of backslash (\\) in file paths"
	if got := err.Error(); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	_, e := FromCSV(strings.NewReader("id\n1\n"), "f.csv", 0, "code", "")
	var ce *CodelistError
	if !errors.As(e, &ce) || ce.Kind != MissingColumn || ce.Column != "code" {
		t.Errorf("got %#v", e)
	}
}

func TestTyped(t *testing.T) {
	cl, err := FromCSV(strings.NewReader("code\n123456\n234567\n"), "f.csv", 0, "code", "")
	if err != nil {
		t.Fatal(err)
	}
	got, err := cl.Typed(SNOMEDCT)
	if err != nil || len(got) != 2 || got[1] != (Code{SNOMEDCT, "234567"}) {
		t.Errorf("Typed = %v, %v", got, err)
	}
	if _, err := cl.Typed(CTV3); err == nil || err.Error() != "Invalid CTV3Code: 123456" {
		t.Errorf("Typed(CTV3) error = %v", err)
	}
}

func TestCategoriesInOrder(t *testing.T) {
	cl, err := FromCSV(strings.NewReader("code,cat\nb,1\na,2\nb,3\n"), "f.csv", 0, "code", "cat")
	if err != nil {
		t.Fatal(err)
	}
	if got := cl.Categories(); !reflect.DeepEqual(got, []string{"3", "2"}) {
		t.Errorf("Categories = %q", got)
	}
	nocat, _ := FromCSV(strings.NewReader("code\nb\n"), "f.csv", 0, "code", "")
	if nocat.Categories() != nil {
		t.Error("no category column should give nil")
	}
}

func TestBOMIsPartOfHeader(t *testing.T) {
	// Like the reference reader, a UTF-8 byte-order mark stays in the first
	// header name.
	_, err := FromCSV(strings.NewReader("\ufeffcode\n123456\n"), "f.csv", 0, "code", "")
	if err == nil || err.Error() != "No column 'code' in CSV" {
		t.Errorf("error = %v", err)
	}
}
