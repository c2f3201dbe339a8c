// Package assure runs the assurance tests of a dataset definition (`ehrql
// assure`, ehrQL spec §12): a test file imports a dataset and defines
// test_data, a dict of hand-written test patients. Each patient gives rows
// for every table the dataset reads, whether it should be in the
// population (expected_in_population, default True) and, if so, the values
// it should get (expected_columns).
//
// Checking has two stages, reported in this order:
//
//  1. Validate test data: every supplied value is checked against its
//     column's type and real constraints (querymodel.Constraint Validate and
//     Description); column names must exist in the table; a patient table
//     takes at most one row per patient; a table the dataset reads must have
//     an entry (an empty list for no rows).
//  2. Validate results: the dataset is evaluated by the in-memory engine
//     over exactly the test data (no backend rewrites), and each patient's
//     population membership and expected columns are compared with the
//     result; expected_events, when given, lists a patient's expected rows
//     of each event table, in order. A patient whose test data cannot be
//     loaded is left out of the evaluation and reported as one whose
//     results cannot be validated.
//
// Parse decodes the serialised test_data that package ehrql extracts
// (querymodel.ModuleDetails.TestData, §7.5 encoding). Check runs both
// stages and returns a Report, whose String method is the exact text the
// reference prints. Run loads a test file and does all of it, returning an
// *Error (exit code 13, the reference's AssuranceTestError) when any check
// failed.
//
// Values are compared with Python's == semantics (numbers across int,
// float and bool, dates, strings), except that a code equals a string with
// the same value. Values are printed as Python's str() prints them.
package assure
