// Package syntax turns Python source text into a syntax tree: a scanner
// producing tokens (with INDENT and DEDENT), and a recursive-descent parser
// following Python 3's grammar for the subset of the language that dataset
// definitions use. Every node carries its position; errors are *Error values
// whose Kind names the Python exception (SyntaxError or IndentationError).
package syntax
