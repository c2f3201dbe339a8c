from ehrql import INTERVAL, create_measures, months
from ehrql.tables.tpp import clinical_events, patients, practice_registrations
from codelists import asthma_codes, diabetes_codes

measures = create_measures()
measures.configure_dummy_data(population_size=500)

registered = practice_registrations.for_patient_on(INTERVAL.start_date)
denominator = registered.exists_for_patient() & patients.is_alive_on(INTERVAL.start_date)

measures.define_defaults(
    denominator=denominator,
    intervals=months(12).starting_on("2022-04-01"),
    group_by={"practice": registered.practice_pseudo_id},
)

numerators = {
    "asthma": asthma_codes,
    "diabetes": diabetes_codes,
}
for name, codes in numerators.items():
    events = clinical_events.where(clinical_events.snomedct_code.is_in(codes)).where(
        clinical_events.date.is_during(INTERVAL)
    )
    measures.define_measure(f"{name}_rate", numerator=events.exists_for_patient())
    measures.define_measure(f"{name}_count", numerator=events.count_for_patient())
