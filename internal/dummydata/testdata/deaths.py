from ehrql import codelist_from_csv, create_dataset
from ehrql.tables.core import ons_deaths, patients

cvd = codelist_from_csv("codelists/cvd_icd10.csv", column="code")
dataset = create_dataset()
dataset.configure_dummy_data(population_size=50)
dataset.define_population(patients.date_of_death.is_on_or_between("2020-03-01", "2023-12-31"))
dataset.date_of_death = patients.date_of_death
dataset.ons_date = ons_deaths.date
dataset.underlying = ons_deaths.underlying_cause_of_death
dataset.cvd_death = ons_deaths.cause_of_death_is_in(cvd)
dataset.age_at_death = patients.age_on(patients.date_of_death)
