package fileformats

import (
	"strconv"
	"strings"
)

// FileValidationError reports a data file that cannot be used: missing
// file, directory or columns, unsupported format, a value of the wrong
// type, a category outside the column's list, NULL in a non-nullable
// column. The CLI exits with code 11 for it.
type FileValidationError struct {
	// Path is the file (or directory) concerned, "" when none.
	Path string
	// Row is the 1-based data row (not counting a CSV header) the problem
	// was found in, 0 when the problem is not in one row.
	Row int
	// Msg is the reference's message, including its "row N: " prefix.
	Msg string
}

// Error returns Msg, preceded by the file name when Msg does not already
// name it: "data/patients.csv: row 3: column 'sex': ...".
func (e *FileValidationError) Error() string {
	if e.Path == "" || strings.Contains(e.Msg, e.Path) {
		return e.Msg
	}
	return e.Path + ": " + e.Msg
}

func validationError(path, msg string) *FileValidationError {
	return &FileValidationError{Path: path, Msg: msg}
}

func rowError(path string, row int, msg string) *FileValidationError {
	return &FileValidationError{Path: path, Row: row, Msg: "row " + strconv.Itoa(row) + ": " + msg}
}
