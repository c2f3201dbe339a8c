// Package tables holds every ehrQL table schema as data: the tables of
// ehrql.tables.core, .tpp, .emis, .raw.* and .smoketest, the legacy v0
// aliases (ehrql.tables.beta.*, databuilder.tables.beta.*), and the
// metadata attached to them (required permissions, GP-activation filter
// fields, dummy-data constraints, helper methods, backends).
//
// Tables are declared in a compact declarative form (see tableSpec in
// spec.go and the per-module files core.go, tpp.go, emis.go, raw.go,
// legacy.go) and turned into *querymodel.Table values once, at package
// initialisation. Adding a table is a few lines of data.
//
// # Identity of re-exported tables
//
// A Python table object can be reachable from several modules. This package
// follows the reference system's object identity:
//
//   - A table that a module merely re-exports (tpp.patients is core.patients;
//     emis.clinical_events, emis.medications and emis.ons_deaths are the core
//     objects; raw.emis.ons_deaths is raw.core.ons_deaths) is the *same*
//     *querymodel.Table pointer in every module. Its Module and Attr name the
//     module that defines it (for example "ehrql.tables.core", "patients"),
//     and that pair is what querymodel.Marshal writes as its external_ref.
//   - A table that a module redefines, even with the same columns
//     (emis.practice_registrations subclasses core.practice_registrations;
//     tpp.practice_registrations, tpp.medications and tpp.ons_deaths extend
//     the core tables) is a distinct *querymodel.Table owned by that module.
//   - Legacy alias modules (ehrql.tables.beta.tpp, databuilder.tables.beta.tpp,
//     ...) hold exactly the pointers of the module they alias, so mixing old
//     and new import paths in one definition works. The only table that
//     exists solely under a legacy path, hospital_admissions, is owned by
//     ehrql.tables.beta.tpp.
//
// Lookup (and the Registry value, a querymodel.TableRegistry) accepts an
// external_ref naming any module through which a table is reachable, so a
// reference written by a front-end as ("ehrql.tables.tpp", "patients"),
// ("ehrql.tables.core", "patients") or ("ehrql.tables.beta.tpp", "patients")
// resolves to the same pointer.
//
// Helper methods and properties of tables (age_on, for_patient_on,
// imd_quintile, ...) are not implemented here; helpers.go records their
// names, kinds, parameters and definitions so that the ehrQL API layer can
// check that it implements all of them.
package tables
