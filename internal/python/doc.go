// Package python evaluates the subset of Python 3 that dataset definitions
// are written in, with no CPython: a tree-walking evaluator over the syntax
// trees of package syntax, Python's built-in types and functions, and the
// interfaces through which host packages (the ehrQL API, the standard-library
// modules in package stdlib) add their own objects.
//
// User code is sandboxed by construction: the only way out of the
// interpreter is through the functions the host provides; open() and the
// import system read only below the project root; there is no network,
// process or environment access; a recursion limit and a step budget stop
// runaway programs.
package python
