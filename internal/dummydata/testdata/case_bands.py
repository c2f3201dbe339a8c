from ehrql import codelist_from_csv, create_dataset, years, case, when
from ehrql.tables.tpp import clinical_events, patients, practice_registrations, apcs, emergency_care_attendances, ethnicity_from_sus, household_memberships_2020

ctv3 = codelist_from_csv("codelists/ctv3.csv", column="code")
diab = codelist_from_csv("codelists/diabetes_icd10.csv", column="code")
index_date = "2021-01-01"
dataset = create_dataset()
dataset.configure_dummy_data(population_size=1000)
age = patients.age_on(index_date)
band = case(when(age < 40).then("young"), when(age < 70).then("mid"), otherwise="old")
dataset.define_population(
    clinical_events.where(clinical_events.ctv3_code.is_in(ctv3)).where(clinical_events.date > patients.date_of_birth + years(10)).exists_for_patient()
    & band.is_in(["mid", "old"])
    & apcs.where(apcs.all_diagnoses.contains_any_of(diab)).exists_for_patient()
    & (emergency_care_attendances.count_for_patient() >= 2)
    & ethnicity_from_sus.code.is_not_null()
)
dataset.band = band
dataset.hh = household_memberships_2020.household_size
dataset.add_event_table("ec", date=emergency_care_attendances.arrival_date, d1=emergency_care_attendances.diagnosis_01)
