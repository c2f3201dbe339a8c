from ehrql import codelist_from_csv, create_dataset, months
from ehrql.tables.tpp import clinical_events, patients, practice_registrations

index_date = "2024-01-01"
pregnancy = codelist_from_csv("codelists/pregnancy.csv", column="code")
dataset = create_dataset()
age = patients.age_on(index_date)
recent = clinical_events.where(clinical_events.snomedct_code.is_in(pregnancy)).where(
    clinical_events.date.is_on_or_between(index_date - months(9), index_date)
)
dataset.define_population(
    (patients.sex == "female") & (age >= 15) & (age <= 49) & recent.exists_for_patient()
    & practice_registrations.exists_for_patient_on(index_date)
)
dataset.first_code = recent.sort_by(clinical_events.date).first_for_patient().snomedct_code
dataset.first_date = recent.sort_by(clinical_events.date).first_for_patient().date
dataset.codes = recent.count_for_patient()
dataset.age = age
