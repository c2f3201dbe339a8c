from ehrql import create_dataset
from ehrql.tables.tpp import apcs, patients, practice_registrations

start, end = "2023-04-01", "2024-03-31"
dataset = create_dataset()
emergency = apcs.where(apcs.admission_method.is_in(["21", "22", "23", "24", "25", "2A", "2B", "2C", "2D", "28"])).where(
    apcs.admission_date.is_on_or_between(start, end)
)
dataset.define_population(
    emergency.exists_for_patient() & practice_registrations.for_patient_on(start).exists_for_patient() & (patients.age_on(start) >= 18)
)
first = emergency.sort_by(apcs.admission_date).first_for_patient()
dataset.admissions = emergency.count_for_patient()
dataset.first_admission = first.admission_date
dataset.first_discharge = first.discharge_date
dataset.length_of_stay = (first.discharge_date - first.admission_date).days
dataset.method = first.admission_method
dataset.destination = first.discharge_destination
dataset.critical_care = first.days_in_critical_care > 0
