from ehrql import codelist_from_csv, create_dataset, years
from ehrql.tables.core import clinical_events, patients, practice_registrations

index_date = "2022-06-01"
pregnancy = codelist_from_csv("codelists/pregnancy.csv", column="code")
dataset = create_dataset()
age = patients.age_on(index_date)
dataset.define_population(
    (patients.sex == "female")
    & (age >= 15) & (age <= 49)
    & practice_registrations.for_patient_on(index_date).exists_for_patient()
)
preg = clinical_events.where(clinical_events.snomedct_code.is_in(pregnancy))
dataset.last_pregnancy = preg.where(clinical_events.date.is_before(index_date)).sort_by(clinical_events.date).last_for_patient().date
dataset.pregnancies = preg.count_for_patient()
dataset.age = age
