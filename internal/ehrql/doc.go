// Package ehrql is the Python-facing ehrQL API: the host objects that a
// dataset or measures definition, run by our Python-subset interpreter
// (package python), calls to build query-model nodes (package querymodel).
// No data is touched: every operator and method call builds, type-checks
// and domain-checks a node, raising the reference system's exceptions and
// messages (spec ehrql.md §2, §4, Appendix A) when it cannot.
//
// Use: create an API per load, pass API.Modules to loader.Options.Modules,
// then call API.Extract on the loaded module to get a
// querymodel.ModuleDetails (dataset, measures, test_data, dummy-data and
// disclosure-control configuration, claimed permissions). Load does all
// three.
//
// Implemented:
//
//   - Modules: ehrql, ehrql.codes, ehrql.measures, ehrql.query_language,
//     every table module and package of internal/tables (ehrql.tables,
//     .core, .tpp, .emis, .raw.*, .smoketest) and the legacy aliases
//     ehrql.tables.beta.* and databuilder.* (databuilder.ehrql,
//     databuilder.codes, databuilder.query_language). Alias modules hold
//     the same frame objects as the modules they alias; packages import
//     their submodules on attribute access.
//   - Frames (Frame): columns as attributes, where, except_where, sort_by,
//     first_for_patient/last_for_patient (on sorted frames only),
//     exists_for_patient, count_for_patient, user attributes, and every
//     table helper listed by tables.Helpers (age_on, is_alive_on,
//     is_dead_on, spanning, spanning_with_systmone, for_patient_on for
//     registrations and addresses, exists_for_patient_on,
//     cause_of_death_is_in, imd_quintile, imd_decile,
//     electronic_frailty_index, has_practice_registration_spanning),
//     which stay available on frames derived from the table.
//   - Series (Series), with a class per element type and dimension
//     (IntPatientSeries, DateEventSeries, ...): comparisons, the operators
//     & | ~ and + - * / // ** and unary minus, reflected forms (1 - s is
//     1 + (-s)), is_null, is_not_null, when_null_then (and if_null_then),
//     is_in/is_not_in (lists, tuples, sets, dicts and other iterables,
//     event series), map_values, to_category, as_int, as_float, absolute, the
//     date parts and date comparisons, is_between_but_not_on,
//     is_on_or_between, is_during (pairs and INTERVAL), contains,
//     contains_any_of (multi-code-string needles are checked as code
//     prefixes and kept as plain strings), and the aggregations of event
//     series. Literals are cast by the receiving series (§4.3). Truthiness, hashing and abs()
//     raise the reference errors; frames, uncalled methods and incomplete
//     when() chains passed as values get the reference hints; TypeErrors
//     from & | ~ carry the operator-precedence note.
//   - Durations days/weeks/months/years: arithmetic with each other, with
//     Python dates and ISO strings (computed eagerly to datetime.date with
//     the reference's month roll-forward rule), with date series (nodes),
//     and the starting_on/ending_on interval generators. Date subtraction
//     gives a DateDifference with days, weeks, months and years.
//   - case/when (then, otherwise, default=), maximum_of, minimum_of,
//     codelist_from_csv (str or pathlib paths, sandboxed reads, §6.3
//     errors), get_parameter, claim_permissions, show (recorded; prints the
//     "ignored" notice), code classes with _to_primitive_type.
//   - Dataset: attribute assignment and add_column with the Appendix A
//     checks, read-back, define_population with the empty-tables check
//     (§3.9), configure_dummy_data / configure_dummy_dataset,
//     add_event_table. Measures: define_measure, define_defaults,
//     configure_dummy_data, configure_disclosure_control with the §11.1
//     checks.
//   - table_from_file (function and class-decorator forms; CSV and
//     gzipped CSV are checked on load, header and first ten rows; Arrow
//     files are accepted unchecked), table_from_rows, the @table
//     decorator and inert Constraint values.
//
// show() calls are recorded; outside `ehrql debug` (package debug, which
// evaluates and renders them) they print a notice. Categorical metadata of
// output columns (§2.10) is computed downstream, in package generate.
//
// Not implemented: validation of Arrow and Parquet files;
// Series(..., constraints=[...]) constraints are accepted but not kept.
// Where the spec gives a message only in part, the missing wording is our
// own (noted next to the code).
package ehrql
