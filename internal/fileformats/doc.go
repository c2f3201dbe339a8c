// Package fileformats reads and writes the data files of ehrQL exactly as
// the reference system does: dataset and measures outputs (.csv, .csv.gz,
// .arrow, CSV on standard output, and directory outputs such as
// "out/:arrow" with one file per table), dummy-tables directories and
// user-supplied dummy data files (.csv, .csv.gz, .arrow and, for reading
// only, .parquet).
//
// # Column specs
//
// A [ColumnSpec] describes one column: its name, its ehrQL type (bool, int,
// float, str, date or a code type, which is stored as a string), whether it
// may hold NULL, its categories (which make a str column an Arrow
// dictionary and are checked on reading) and a known integer range (which
// narrows the Arrow integer type). [SpecsFromSchema] builds the specs the
// reference uses for a table schema; output specs are built by the caller
// from the dataset's series.
//
// A list of specs whose first entry is named "patient_id" describes a
// patient table: that column is held in [Table.PatientIDs] and never NULL.
//
// # Writing
//
// A [Writer] receives rows (WriteRow) or columnar batches (WriteTable). File
// writers create nothing until the first row arrives (or Close is called
// for an empty output), write to a temporary file in the destination
// directory and rename it into place on Close, so an error at any point
// leaves no file, partial or otherwise. [ParseOutputPath] checks an
// --output argument with the reference's messages and [Output.Tables]
// opens one writer per table of a (possibly multi-table) output.
//
// CSV follows Python's csv module (QUOTE_MINIMAL, "\r\n" line endings):
// NULL is an empty field, booleans are T and F, dates are ISO and floats
// are formatted like Python's repr. Arrow files use the IPC file format
// with zstd-compressed buffers, record batches of 64,000 rows, dictionary
// encoding for categorical strings (ordered, smallest signed index type)
// and narrowed integer types for known ranges.
//
// # Reading
//
// [ReadTable] reads one file against column specs into a columnar [Table];
// [ReadTables] reads a dummy-tables directory (exactly one supported format
// per directory, one file per table) or a single-table file. Problems with
// the user's data are reported as a [*FileValidationError] (the CLI exits
// with code 11), carrying the reference's message and the file and row.
// [CopyDataset] validates a --dummy-data-file against the output specs and
// writes it to the output.
package fileformats
