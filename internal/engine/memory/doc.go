// Package memory is the in-memory ehrQL query engine: the reference
// semantics that every SQL engine must agree with, and the engine that runs
// dataset definitions over local files and dummy data.
//
// # Input
//
// Table data is columnar. A TableData holds one table's patient ids, sorted
// ascending (event tables may repeat an id; a patient table may not), and
// one Column per schema column: a typed Go slice (Bools, Ints, Floats, Strs
// or Dates, chosen by the column's kind; code and multi-code columns use
// Strs, or the dictionary encoding Dict+Codes) plus an optional validity
// slice (nil means no NULLs). A column the data does not provide reads as
// all NULL. Dates are days since 1970-01-01 (Date), as in Arrow date32. Data reaches the engine through a
// Source, asked once per table the query references; MapSource is the
// simple in-memory Source. FromRows builds a TableData from literal rows
// (patient_id first), which is how InlinePatientTable literal rows and
// test tables are loaded; FileRows inline tables are read through
// Options.InlineReader.
//
// # Evaluation
//
// EvaluateDataset applies the sort-rewriting transform (querymodel.RewriteSorts),
// fixes the universe of patients (every patient id in any table the dataset
// references, plus inline-table ids), evaluates the population and each
// variable and returns a Result: the dataset table (patient_id, then the
// variables in definition order, one row per population patient in
// patient_id order) followed by one table per event table.
//
// Every node is evaluated at most once per evaluation (memoised by node
// pointer; nodes are interned, so pointer equality is structural equality).
// Series are vectors: patient-level series are aligned to the universe of
// patients (or are a single broadcast constant); event-level series are
// aligned to the rows of their domain, the rows of a table left after its
// chain of filters, in table order. Sorting never moves rows: an event frame
// is its domain's rows plus the list of sort keys applied to it, and a pick
// selects, per patient, the row that comes first (or last) in the stable
// order those keys define, NULL ranking lowest.
//
// PopulationTrueWithoutRows evaluates a population over empty tables and
// one phantom patient, the reference check for populations that would
// include patients with no data (§3.9).
//
// Evaluation errors (a date outside the years 1..9999, an unsubstituted
// parameter) are *EvalError; a panic inside the evaluator is returned as an
// internal error, never propagated.
//
// Semantics follow the ehrQL specification §3: NULL propagation, Kleene
// logic, floor division, division by zero giving NULL, month and year
// arithmetic rolling forward to the 1st of the next month, aggregations
// ignoring NULLs, and so on. An Engine is safe for concurrent use; each
// evaluation has its own state.
package memory
