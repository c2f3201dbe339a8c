from ehrql import create_dataset
from ehrql.tables.core import patients, practice_registrations

index_date = "2024-01-01"
dataset = create_dataset()
registration = practice_registrations.for_patient_on(index_date)
dataset.define_population(registration.exists_for_patient() & patients.is_alive_on(index_date))
dataset.sex = patients.sex
dataset.age = patients.age_on(index_date)
dataset.practice = registration.practice_pseudo_id
dataset.registered_since = registration.start_date
