// Package querymodel is the ehrQL query model: an immutable, type-checked
// and domain-checked graph of frames and series that the Python-facing ehrQL
// API builds and that the query engines execute.
//
// Nodes are created only through the New* constructors, which check types
// (see Type) and domains and return typed errors (*TypeError,
// *DomainMismatchError, *InvalidSortError, ...) carrying the reference
// system's messages. Every node is interned in a process-wide table keyed by
// a canonical encoding of its kind, payload and children, so two
// structurally equal nodes are the same pointer: pointer equality is
// structural equality and nodes can be used directly as map keys. Nodes must
// never be modified after construction. Constructors are safe for
// concurrent use.
//
// Frames: SelectTable, SelectPatientTable, InlinePatientTable, Filter, Sort,
// PickOneRowPerPatient, SeriesCollectionFrame and the engine-only
// PickOneRowPerPatientWithColumns. Series: Value, Parameter, SelectColumn,
// Aggregate (AggregateByPatient.*), Function (Function.*), Case and the
// engine-only FixedValueMap and Coalesce. Roots: Dataset and GroupedSum.
//
// Walk visits a graph; RewriteSorts, SpecialiseCases and
// SubstituteParameters are the pre-execution transforms; Marshal and
// Unmarshal read and write the serialize-definition JSON, resolving tables
// through a TableRegistry.
package querymodel
