from ehrql import codelist_from_csv, create_dataset, days
from ehrql.tables.tpp import apcs, ons_deaths, patients

cvd = codelist_from_csv("codelists/cvd_icd10.csv", column="code")
dataset = create_dataset()
dataset.configure_dummy_data(population_size=200)
index = apcs.where(apcs.primary_diagnosis.is_in(cvd)).where(apcs.discharge_date.is_on_or_between("2022-01-01", "2022-12-31"))
first = index.sort_by(apcs.discharge_date).first_for_patient()
dataset.define_population(first.exists_for_patient() & patients.is_alive_on(first.discharge_date))
later = apcs.where(apcs.admission_date.is_on_or_between(first.discharge_date + days(1), first.discharge_date + days(30)))
dataset.index_admission = first.admission_date
dataset.index_discharge = first.discharge_date
dataset.index_diagnosis = first.primary_diagnosis
dataset.readmitted = later.exists_for_patient()
dataset.readmission_date = later.sort_by(apcs.admission_date).first_for_patient().admission_date
dataset.any_cvd_secondary = apcs.where(apcs.secondary_diagnosis.is_in(cvd)).exists_for_patient()
dataset.died = ons_deaths.date
dataset.age = patients.age_on(first.admission_date)
dataset.sex = patients.sex
