from ehrql import codelist_from_csv, create_dataset
from ehrql.tables.tpp import apcs, patients

diabetes = codelist_from_csv("codelists/diabetes_icd10.csv", column="code")
dataset = create_dataset()
admissions = apcs.where(apcs.primary_diagnosis.is_in(diabetes)).where(apcs.admission_date.is_after("2020-01-01"))
dataset.define_population(admissions.exists_for_patient())
first = admissions.sort_by(apcs.admission_date).first_for_patient()
dataset.admitted = first.admission_date
dataset.discharged = first.discharge_date
dataset.diagnosis = first.primary_diagnosis
dataset.any_e11 = apcs.where(apcs.all_diagnoses.contains("E11")).exists_for_patient()
dataset.critical_days = first.days_in_critical_care
dataset.method = first.admission_method
dataset.sex = patients.sex
