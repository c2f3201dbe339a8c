package ehrql

import (
	"errors"
	"strings"

	"github.com/opensafely-go/opensafely/internal/codes"
	"github.com/opensafely-go/opensafely/internal/python"
	"github.com/opensafely-go/opensafely/internal/querymodel"
)

// Exception classes of the ehrQL API, as users see them.
var (
	// ErrorClass is ehrql.Error, the ehrQL-level error.
	ErrorClass = python.NewClass("Error", "ehrql", []*python.Class{python.Exception_}, python.NewNamespace())
	// CodelistErrorClass is ehrql.codes.CodelistError, a ValueError.
	CodelistErrorClass = python.NewClass("CodelistError", "ehrql.codes", []*python.Class{python.ValueError}, python.NewNamespace())
	// ParameterErrorClass is raised by get_parameter.
	ParameterErrorClass = python.NewClass("ParameterError", "ehrql", []*python.Class{python.Exception_}, python.NewNamespace())
	// FileValidationErrorClass is raised for a bad table_from_file data file.
	FileValidationErrorClass = python.NewClass("FileValidationError", "ehrql", []*python.Class{python.Exception_}, python.NewNamespace())
)

const truthMessage = "The keywords 'and', 'or', and 'not' cannot be used with ehrQL, please use the operators '&', '|' and '~' instead. (You will also see this error if you try use a chained comparison, such as 'a < b < c'.)"

// precedenceNote is appended to TypeErrors raised by &, | and ~: in Python
// these bind more tightly than comparisons, which surprises users.
const precedenceNote = "\n\nWARNING: The `&`, `|` and `~` operators bind more tightly than comparison operators," +
	" so you may need to add parentheses to get the behaviour you want.\n\n" +
	"For example, instead of writing:\n\n    a == b | x == y\n\nYou should write:\n\n    (a == b) | (x == y)"

// pyErr converts an error from the query model or the codes package into
// the Python exception the reference raises for it. Python exceptions pass
// through unchanged.
func pyErr(err error) error {
	if err == nil {
		return nil
	}
	var exc *python.Exception
	if errors.As(err, &exc) {
		return exc
	}
	var (
		typeErr   *querymodel.TypeError
		domErr    *querymodel.DomainMismatchError
		sortErr   *querymodel.InvalidSortError
		patErr    *querymodel.PatientDomainError
		caseErr   *querymodel.CaseError
		litErr    *querymodel.LiteralError
		dateErr   *querymodel.DateCastError
		dsErr     *querymodel.DatasetError
		codeErr   *codes.InvalidCodeError
		clErr     *codes.CodelistError
		frameErr  *querymodel.FrameError
		argErr    *querymodel.ArgumentError
		eventsErr *querymodel.EventTableError
	)
	switch {
	case errors.As(err, &eventsErr):
		return python.Errorf(python.ValueError, "%s", eventsErr.Error())
	case errors.As(err, &domErr), errors.As(err, &sortErr):
		return python.Errorf(ErrorClass, "%s", err.Error())
	case errors.As(err, &typeErr), errors.As(err, &patErr), errors.As(err, &caseErr),
		errors.As(err, &litErr), errors.As(err, &frameErr), errors.As(err, &argErr):
		return python.Errorf(python.TypeError, "%s", err.Error())
	case errors.As(err, &dateErr), errors.As(err, &codeErr):
		return python.Errorf(python.ValueError, "%s", err.Error())
	case errors.As(err, &clErr):
		return python.Errorf(CodelistErrorClass, "%s", err.Error())
	case errors.As(err, &dsErr):
		if dsErr.Population || dsErr.Variable != "" {
			return python.Errorf(python.TypeError, "%s", err.Error())
		}
		return python.Errorf(python.AttributeError, "%s", err.Error())
	}
	return err
}

// withPrecedenceNote adds the operator-precedence note to a TypeError.
func withPrecedenceNote(err error) error {
	err = pyErr(err)
	var exc *python.Exception
	if errors.As(err, &exc) && exc.Class.IsSubclass(python.TypeError) {
		msg := exc.Message()
		if !strings.Contains(msg, "WARNING: The `&`") {
			return python.Errorf(exc.Class, "%s", msg+precedenceNote)
		}
	}
	return err
}

func typeErrorf(format string, args ...any) error {
	return python.Errorf(python.TypeError, format, args...)
}
