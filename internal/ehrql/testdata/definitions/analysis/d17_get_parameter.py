from ehrql import create_dataset, get_parameter, months
from ehrql.tables.core import medications, patients, practice_registrations

start = get_parameter("start", default="2022-01-01")
n_months = get_parameter("months", type=int, default=3)
threshold = get_parameter("threshold", type=float, default=0.5)

dataset = create_dataset()
dataset.define_population(practice_registrations.for_patient_on(start).exists_for_patient())
end = start + months(n_months)
dataset.meds = medications.where(medications.date.is_on_or_between(start, end)).count_for_patient()
dataset.over = (dataset.meds.as_float() / n_months) > threshold
dataset.dob = patients.date_of_birth
