from ehrql import case, create_dataset, when
from ehrql.tables.core import patients, practice_registrations

index_date = "2023-04-01"
dataset = create_dataset()
age = patients.age_on(index_date)
dataset.define_population(
    practice_registrations.exists_for_patient_on(index_date)
    & (age >= 18)
    & (age < 65)
    & patients.date_of_death.is_null()
)
dataset.age = age
dataset.age_band = case(
    when(age < 30).then("18-29"),
    when(age < 50).then("30-49"),
    otherwise="50-64",
)
dataset.sex = patients.sex
dataset.dob = patients.date_of_birth
