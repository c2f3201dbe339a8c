package codelists

import (
	"errors"
	"strings"
	"testing"
)

// FuzzParseList checks that any codelists.txt either parses into
// codelists whose file names stay inside the codelists directory or fails
// with an *Error, and never panics.
func FuzzParseList(f *testing.F) {
	for _, s := range []string{
		"opensafely/asthma/v1\n", "# c\n\nuser/a/b/c/\r\n", "a/b/v1\na/b/v2\n", "a/b\n", "../../x/v\n", "\ufeffa/b/c", "a//c\n", "a/b/c\u2028a/b/c",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		list, err := ParseList("codelists.txt", data)
		if err != nil {
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("error of type %T: %v", err, err)
			}
			return
		}
		seen := map[string]bool{}
		for _, c := range list {
			if strings.Contains(c.Filename, "/") {
				t.Fatalf("file name %q leaves the directory", c.Filename)
			}
			if c.Filename == ".csv" || c.Filename == "..csv" || seen[c.Filename] {
				t.Fatalf("bad or repeated file name %q", c.Filename)
			}
			seen[c.Filename] = true
			if c.ID != c.Codelist+"/"+c.Version {
				t.Fatalf("id %q is not codelist %q + version %q", c.ID, c.Codelist, c.Version)
			}
		}
	})
}

// FuzzParseManifest checks that any manifest either parses (and then
// survives a write and read unchanged) or fails with the reference's
// message, and never panics.
func FuzzParseManifest(f *testing.F) {
	f.Add([]byte(`{"files": {"a.csv": {"id": "o/a/1", "url": "u", "downloaded_at": "d", "sha": "s"}}}`))
	f.Add([]byte(`{"files": {}}`))
	f.Add([]byte(`{"files": {"é\u2028.csv": {"id": "\u0000", "sha": ""}, "b": {"id": "x", "sha": "y", "extra": [1]}}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := ParseManifest(data)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "'codelists/codelists.json' is invalid.") {
				t.Fatalf("unexpected error %v", err)
			}
			return
		}
		again, err := ParseManifest(m.Marshal())
		if err != nil {
			t.Fatalf("reading our own output: %v\n%s", err, m.Marshal())
		}
		if len(again.Files) != len(m.Files) {
			t.Fatalf("round trip lost entries")
		}
		for i := range m.Files {
			if again.Files[i] != m.Files[i] && utf8Valid(m.Files[i]) {
				t.Fatalf("round trip changed %+v to %+v", m.Files[i], again.Files[i])
			}
		}
	})
}

// utf8Valid reports whether every field is valid UTF-8 (invalid bytes
// decoded by encoding/json become U+FFFD, which is stable afterwards).
func utf8Valid(e Entry) bool {
	for _, s := range []string{e.Filename, e.ID, e.URL, e.DownloadedAt, e.SHA} {
		if strings.ContainsRune(s, '\uFFFD') {
			return false
		}
	}
	return true
}
