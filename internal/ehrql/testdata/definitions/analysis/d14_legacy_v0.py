from ehrql import Dataset, case, when
from ehrql.tables.beta.core import patients
from ehrql.tables.beta.tpp import hospital_admissions, practice_registrations

dataset = Dataset()
dataset.configure_dummy_dataset(population_size=200)
registration = practice_registrations.for_patient_on("2020-02-01")
dataset.define_population(registration.exists_for_patient())

admissions = hospital_admissions.where(hospital_admissions.admission_date.is_after("2020-02-01"))
dataset.admitted = admissions.exists_for_patient()
dataset.first_admission = admissions.sort_by(admissions.admission_date).first_for_patient().admission_date
dataset.vte_admission = admissions.where(admissions.all_diagnoses.contains("I26")).exists_for_patient()
dataset.death_date = patients.date_of_death.if_null_then("9999-12-31")
dataset.sex_code = case(
    when(patients.sex == "male").then(1),
    when(patients.sex == "female").then(2),
    default=0,
)
