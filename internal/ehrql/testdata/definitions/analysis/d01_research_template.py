from ehrql import create_dataset
from ehrql.tables.core import patients, practice_registrations

index_date = "2020-03-31"

dataset = create_dataset()

has_registration = practice_registrations.for_patient_on(index_date).exists_for_patient()
dataset.define_population(has_registration)

dataset.sex = patients.sex
dataset.age = patients.age_on(index_date)
