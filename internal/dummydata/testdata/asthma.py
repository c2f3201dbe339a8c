from ehrql import codelist_from_csv, create_dataset, years
from ehrql.tables.core import clinical_events, medications, patients, practice_registrations

index_date = "2024-01-01"
asthma = codelist_from_csv("codelists/asthma.csv", column="code")
inhalers = codelist_from_csv("codelists/inhalers.csv", column="code")

dataset = create_dataset()
asthma_events = clinical_events.where(clinical_events.snomedct_code.is_in(asthma)).where(
    clinical_events.date.is_on_or_between(index_date - years(2), index_date)
)
dataset.define_population(
    asthma_events.exists_for_patient() & practice_registrations.exists_for_patient_on(index_date)
)
last = asthma_events.sort_by(clinical_events.date).last_for_patient()
dataset.last_asthma_date = last.date
dataset.last_asthma_value = last.numeric_value
dataset.asthma_count = asthma_events.count_for_patient()
dataset.first_ever = clinical_events.where(clinical_events.snomedct_code.is_in(asthma)).sort_by(clinical_events.date).first_for_patient().date
dataset.inhaler_count = medications.where(medications.dmd_code.is_in(inhalers)).where(
    medications.date.is_on_or_between(index_date - years(1), index_date)
).count_for_patient()
dataset.sex = patients.sex
