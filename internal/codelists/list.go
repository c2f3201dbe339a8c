package codelists

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// The layout of a project's codelists.
const (
	// Dir is the codelists directory, relative to the project directory.
	Dir = "codelists"
	// ListFile lists the codelist versions, one a line.
	ListFile = "codelists.txt"
	// ManifestFile records what update downloaded.
	ManifestFile = "codelists.json"
)

// Codelist is one line of codelists.txt.
type Codelist struct {
	// ID is the line without surrounding space and trailing slashes:
	// "opensafely/asthma-diagnosis/2020-04-15" or
	// "user/alice/my-list/66f08cca".
	ID string
	// Codelist is the ID without its version; Version the last part, a
	// tag or a hash.
	Codelist, Version string
	// Filename is the CSV's name in the codelists directory: the parts
	// before the version joined with "-" plus ".csv".
	Filename string
	// Line is the 1-based line number in codelists.txt (0 when the
	// codelist did not come from the file).
	Line int
}

// URL is the codelist version's page on the service whose base URL is
// given ("https://www.opencodelists.org/codelist/<id>/").
func (c Codelist) URL(base string) string {
	return strings.TrimRight(base, "/") + "/codelist/" + c.ID + "/"
}

// DownloadURL is where the service serves the version's CSV. Each part of
// the ID is escaped for use in a URL path.
func (c Codelist) DownloadURL(base string) string {
	parts := strings.Split(c.ID, "/")
	for i, p := range parts {
		parts[i] = url.PathEscape(p)
	}
	return strings.TrimRight(base, "/") + "/codelist/" + strings.Join(parts, "/") + "/download.csv"
}

// ParseLine parses one line of codelists.txt. ok is false for lines that
// hold no codelist (blank lines and comments starting with '#'). Leading
// and trailing white space and trailing slashes are ignored.
//
// Beyond the reference, a line with an empty part ("opensafely//v1") or
// four parts not starting with "user" is rejected here rather than failing
// later with a download error.
func ParseLine(line string) (c Codelist, ok bool, err error) {
	line = strings.TrimRight(strings.TrimSpace(line), "/")
	if line == "" || strings.HasPrefix(line, "#") {
		return Codelist{}, false, nil
	}
	tokens := strings.Split(line, "/")
	valid := len(tokens) == 3 || (len(tokens) == 4 && tokens[0] == "user")
	for _, t := range tokens {
		if strings.TrimSpace(t) == "" || t == "." || t == ".." {
			valid = false
		}
	}
	if !valid {
		return Codelist{}, false, errNoMatch(line)
	}
	head := tokens[:len(tokens)-1]
	return Codelist{
		ID:       line,
		Codelist: strings.Join(head, "/"),
		Version:  tokens[len(tokens)-1],
		Filename: strings.Join(head, "-") + ".csv",
	}, true, nil
}

func errNoMatch(line string) *Error {
	return errorf("%s does not match [project]/[codelist]/[version] or user/[username]/[codelist]/[version]", line)
}

// ParseList parses the text of codelists.txt. filename is used in error
// positions only. A codelist may appear once: the same line twice is a
// duplicate, another version of the same codelist a conflict. Two lines
// whose CSVs would get the same file name are rejected too (the reference
// silently keeps only the last).
func ParseList(filename string, data []byte) ([]Codelist, error) {
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	if !utf8.Valid(data) {
		return nil, &Error{Msg: fmt.Sprintf("'%s' is not valid UTF-8 text", filename)}
	}
	var list []Codelist
	versions := map[string]string{}
	files := map[string]string{}
	for i, line := range splitLines(string(data)) {
		c, ok, err := ParseLine(line)
		if err != nil {
			e := err.(*Error)
			e.File, e.Line = filename, i+1
			return nil, e
		}
		if !ok {
			continue
		}
		c.Line = i + 1
		if v, seen := versions[c.Codelist]; seen {
			msg := fmt.Sprintf("%s is a duplicate of a previous line", c.ID)
			if v != c.Version {
				msg = fmt.Sprintf("%s conflicts with a different version of the same codelist: %s", c.ID, v)
			}
			return nil, &Error{Msg: msg, File: filename, Line: c.Line}
		}
		if other, seen := files[c.Filename]; seen {
			return nil, &Error{Msg: fmt.Sprintf("%s would be downloaded to %s, the same file as %s", c.ID, c.Filename, other), File: filename, Line: c.Line}
		}
		versions[c.Codelist] = c.Version
		files[c.Filename] = c.ID
		list = append(list, c)
	}
	return list, nil
}

// splitLines splits text at line boundaries as Python's str.splitlines
// does (\n, \r\n, \r, \v, \f, \x1c-\x1e, \x85, U+2028, U+2029); a final
// line break does not start another line.
func splitLines(s string) []string {
	var lines []string
	start := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch r {
		case '\n', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
			lines = append(lines, s[start:i])
			i += size
			start = i
		case '\r':
			lines = append(lines, s[start:i])
			i++
			if i < len(s) && s[i] == '\n' {
				i++
			}
			start = i
		default:
			i += size
		}
	}
	if start < len(s) {
		lines = append(lines, s[start:])
	}
	return lines
}

// listPath is codelists.txt's path as shown in messages.
var listPath = Dir + "/" + ListFile

// readList reads and parses codelists.txt in dir (the codelists
// directory), with the reference's messages for a missing directory or
// file. It also returns the file's bytes.
func readList(dir string) ([]Codelist, []byte, error) {
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		return nil, nil, errorf("No '%s' folder found", Dir)
	}
	data, err := os.ReadFile(filepath.Join(dir, ListFile))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil, errorf("No file found at '%s'", listPath)
	}
	if err != nil {
		return nil, nil, errorf("Could not read '%s': %v", listPath, unwrapPathError(err))
	}
	list, err := ParseList(listPath, data)
	return list, data, err
}

// unwrapPathError drops the path from an *fs.PathError, which messages
// already name.
func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
