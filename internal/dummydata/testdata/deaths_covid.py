from ehrql import codelist_from_csv, create_dataset
from ehrql.tables.tpp import ons_deaths, patients, practice_registrations

covid = codelist_from_csv("codelists/covid_icd10.csv", column="code")
dataset = create_dataset()
dataset.configure_dummy_data(population_size=100)
died = ons_deaths.date.is_on_or_between("2020-03-01", "2021-12-31")
dataset.define_population(died & ons_deaths.cause_of_death_is_in(covid) & practice_registrations.exists_for_patient_on(ons_deaths.date))
dataset.date = ons_deaths.date
dataset.place = ons_deaths.place
dataset.underlying = ons_deaths.underlying_cause_of_death
dataset.underlying_covid = ons_deaths.underlying_cause_of_death.is_in(covid)
dataset.age = patients.age_on(ons_deaths.date)
dataset.sex = patients.sex
dataset.practice = practice_registrations.for_patient_on(ons_deaths.date).practice_pseudo_id
