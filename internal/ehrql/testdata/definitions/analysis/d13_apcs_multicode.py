from ehrql import create_dataset, codelist_from_csv
from ehrql.tables.tpp import apcs, patients, practice_registrations

cvd = codelist_from_csv("codelists/icd10-cardiovascular.csv", column="icd10_code")
cvd_padded = [c + "X" if len(c) == 3 else c for c in cvd]

dataset = create_dataset()
dataset.define_population(practice_registrations.exists_for_patient_on("2022-01-01"))

admissions = apcs.where(apcs.admission_date.is_on_or_between("2022-01-01", "2022-12-31"))
cvd_admissions = admissions.where(admissions.all_diagnoses.contains_any_of(cvd_padded))
dataset.cvd_admission = cvd_admissions.exists_for_patient()
dataset.first_cvd_admission = cvd_admissions.admission_date.minimum_for_patient()
dataset.mi_primary = admissions.where(admissions.primary_diagnosis.is_in(["I21", "I22"])).exists_for_patient()
dataset.any_stroke = admissions.where(admissions.all_diagnoses.contains("I6")).count_for_patient()
dataset.critical_care_days = admissions.days_in_critical_care.sum_for_patient()
dataset.emergency = admissions.where(admissions.admission_method.contains("2")).exists_for_patient()
dataset.length_of_stay = (admissions.sort_by(admissions.admission_date).last_for_patient().discharge_date
    - admissions.sort_by(admissions.admission_date).last_for_patient().admission_date).days
