// Package debug carries out `ehrql debug`: it loads a definition with
// show() active and, at each show() call, evaluates the element shown over
// a directory of dummy tables with the in-memory engine and prints it to
// the log stream (standard error), interleaved with the definition's own
// print() output.
//
// Each call prints a header, "Show line N:" followed by the label if one
// was given, then a rendering of the elements:
//
//   - a patient-level series: a table of patient_id and value;
//   - an event-level series: patient_id, row_id and value;
//   - several series of one domain: patient_id (and row_id for event
//     series) then series_1, series_2, ...;
//   - a date difference: its length in days, as a series;
//   - a patient frame: patient_id and every column of the frame;
//   - an event frame: patient_id, row_id and every column;
//   - a dataset: patient_id and its variables, for the patients in its
//     population (every patient in the tables it uses when no population
//     is defined yet);
//   - anything else (a literal, a duration, a codelist): its Python repr.
//
// Which patients appear follows the reference's in-memory engine: an
// event-level element lists the rows it keeps; a patient frame lists the
// patients with a row (so a row picked with first_for_patient() leaves out
// patients without one); an aggregation lists every patient of the table it
// aggregates; a computed series lists the union of its inputs' patients.
// row_id numbers the rows of an event table from 1 in the order of its
// dummy-table file, and a patient's rows are listed in the order the
// frame's sort_by() calls give them (NULL first), else in file order.
//
// The elements are evaluated by building a small dataset around them
// (variables for patient-level elements, an event table for event-level
// ones) in which every event table is replaced by a copy carrying the
// row_id column.
//
// Tables are rendered in ASCII like the reference (cells padded to 17
// characters and joined by " | ", a header separator of dashes joined by
// "-+-", every line trimmed, and a blank line after the table) or as a
// one-line HTML table (with its text escaped). The head and tail options
// keep the first and last rows, marking the cut with a row of "..."; as in
// the reference, a cut ASCII table is not followed by a blank line. Unlike
// the reference, a table without rows still shows its header.
package debug
