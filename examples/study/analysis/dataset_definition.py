# An asthma study's dataset: one row per patient registered on the index
# date, with demographics and their asthma history.
from ehrql import case, codelist_from_csv, create_dataset, days, when
from ehrql.tables.core import clinical_events, medications, patients, practice_registrations

from variables import last_matching_event

index_date = "2024-01-01"
asthma_codes = codelist_from_csv("codelists/asthma.csv", column="code")
inhaler_codes = codelist_from_csv("codelists/inhalers.csv", column="code")

dataset = create_dataset()
registration = practice_registrations.for_patient_on(index_date)
dataset.define_population(registration.exists_for_patient() & patients.is_alive_on(index_date))

dataset.practice = registration.practice_pseudo_id
dataset.sex = patients.sex
dataset.age = patients.age_on(index_date)
dataset.age_band = case(
    when(dataset.age < 18).then("0-17"),
    when(dataset.age < 65).then("18-64"),
    otherwise="65+",
)

last_asthma = last_matching_event(clinical_events, asthma_codes, index_date)
dataset.has_asthma = last_asthma.exists_for_patient()
dataset.last_asthma_date = last_asthma.date
dataset.last_peak_flow = last_asthma.numeric_value

recent = days(365)
dataset.inhalers_last_year = (
    medications.where(medications.dmd_code.is_in(inhaler_codes))
    .where(medications.date.is_on_or_between(index_date - recent, index_date))
    .count_for_patient()
)
