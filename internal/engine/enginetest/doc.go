// Package enginetest is the engine-agnostic semantic test suite for ehrQL
// query engines. Every engine (the in-memory reference engine and each SQL
// engine) runs the same cases through Run and must produce the same
// results.
//
// A Case is written as text: input tables in a compact table format (see
// ParseTables), one series expression in a small s-expression language
// (see ParseExpr) over those tables, and the expected value for each
// patient (see Case.Want); optionally also an event table and its expected
// rows. Run builds a dataset whose population is, by default, the patients
// with a row in any of the case's tables, with the expression as its only
// variable "v", hands it to the engine together with the table rows, and
// checks the output: exactly the expected patients, no repeated patient
// id, every non-NULL value of the series' type, values equal (floats
// within a relative 1e-5), and event-table rows equal as a multiset.
//
// The tables are the specification's conformance-test tables P and E (and
// P2, E2 for cases that combine tables) plus ehrql.tables.core. An SQL
// engine creates one SQL table per querymodel.Table it receives, named by
// Table.TableName(), with patient_id and the schema's columns.
//
// Cases are grouped by the section of the ehrQL specification they check
// (Groups). Engines implement the one-method Engine interface.
package enginetest
