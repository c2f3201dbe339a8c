// Package syntax turns Python source text into a syntax tree: a scanner
// producing tokens (with INDENT and DEDENT), and a recursive-descent parser
// following Python 3.11's grammar for the subset of the language that
// dataset definitions use. Every node carries its position (1-based line,
// and 1-based column in code points, as CPython's col_offset+1); errors are
// *Error values whose Kind names the Python exception (SyntaxError,
// IndentationError, TabError, or RecursionError for expressions nested too
// deeply) and whose Msg and line match CPython 3.11 for the errors that
// definitions can plausibly contain.
//
// Parse is the entry point; Walk visits a tree and Dump renders one
// compactly for tests. As in CPython, a file is checked in three stages,
// and the first error found wins: the scanner and parser (stopping at the
// first syntax error, but letting a later tokenizer error such as an
// unterminated string take precedence, as CPython does); then the checks of
// CPython's symbol table (global and nonlocal declarations, duplicate
// parameters); then those of its compiler ('return' outside function,
// 'break' outside loop, repeated keyword arguments).
//
// Integer literals of any size are accepted (decimal ones up to CPython's
// default limit of 4300 digits); Constant.Value holds those that do not fit
// in 64 bits as a *big.Int.
//
// Differences from CPython, all reported as SyntaxError: bytes literals,
// imaginary literals, \N{...} escapes, assignment expressions (:=), positional-only parameters (/),
// async, await, yield and except* are rejected. f"{x=}" is supported.
//
// The tree's depth is bounded (see maxDepth, and CPython's limits of 200
// nested brackets and 100 indentation levels), so code walking it
// recursively cannot exhaust the stack.
package syntax
