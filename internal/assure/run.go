package assure

import (
	"context"
	"fmt"
	"io"

	"github.com/opensafely-go/opensafely/internal/ehrql"
	"github.com/opensafely-go/opensafely/internal/loader"
)

// ExitCode is the exit code of failed assurance tests (the reference's
// AssuranceTestError).
const ExitCode = 13

// Error says that assurance tests failed; the report says which.
type Error struct {
	Report *Report
}

func (e *Error) Error() string {
	return fmt.Sprintf("assurance tests failed: errors with %d patient(s) in the test data and %d patient(s) in the results",
		len(e.Report.Data), len(e.Report.Results))
}

// ExitCode returns 13.
func (e *Error) ExitCode() int { return ExitCode }

// Options says which test file to run and where the output goes.
type Options struct {
	File     string   // the test file, relative to the working directory
	UserArgs []string // arguments after "--", the file's sys.argv[1:]
	Report   io.Writer
	Log      io.Writer // print() output of the test file
}

// Run loads a test file with the ehrQL API (its directory and the project
// root on the module search path, so it can import the dataset definition
// it tests), checks its test_data against its dataset and writes the
// report to opts.Report. It returns an *Error when a check failed, the
// loader's error when the file fails to run, and a
// *querymodel.DefinitionError (exit code 10) when the file defines no
// dataset or no test_data.
func Run(ctx context.Context, opts Options) error {
	details, err := ehrql.Load(loader.Options{Path: opts.File, Args: opts.UserArgs, Log: opts.Log})
	if err != nil {
		return err
	}
	if e := details.Errors["dataset"]; e != nil {
		return e
	}
	if e := details.Errors["test_data"]; e != nil {
		return e
	}
	patients, err := Parse(details.TestData)
	if err != nil {
		return err
	}
	report, err := Check(ctx, details.Dataset, patients)
	if err != nil {
		return err
	}
	if _, err := io.WriteString(opts.Report, report.String()); err != nil {
		return err
	}
	if !report.OK() {
		return &Error{Report: report}
	}
	return nil
}
