from ehrql import case, codelist_from_csv, create_dataset, when
from ehrql.tables.tpp import clinical_events, patients, practice_registrations

# A measure's denominator and numerator over one interval, dataset-shaped.
hypertension = codelist_from_csv("codelists/hypertension.csv", column="code")
bp = codelist_from_csv("codelists/bp.csv", column="code")
start, end = "2023-04-01", "2024-03-31"
dataset = create_dataset()
dataset.configure_dummy_data(population_size=300)
registered = practice_registrations.spanning(start, end).exists_for_patient()
has_ht = clinical_events.where(clinical_events.snomedct_code.is_in(hypertension)).where(
    clinical_events.date.is_on_or_before(start)
).exists_for_patient()
age = patients.age_on(start)
dataset.define_population(registered & has_ht & (age >= 18) & patients.is_alive_on(end))
readings = clinical_events.where(clinical_events.snomedct_code.is_in(bp)).where(clinical_events.date.is_on_or_between(start, end))
last = readings.sort_by(clinical_events.date).last_for_patient()
dataset.numerator = readings.exists_for_patient()
dataset.controlled = last.numeric_value < 140
dataset.last_systolic = last.numeric_value
dataset.practice = practice_registrations.for_patient_on(start).practice_pseudo_id
dataset.region = practice_registrations.for_patient_on(start).practice_nuts1_region_name
dataset.sex = patients.sex
dataset.age_band = case(when(age < 40).then("18-39"), when(age < 60).then("40-59"), when(age < 80).then("60-79"), otherwise="80+")
