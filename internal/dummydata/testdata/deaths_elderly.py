from ehrql import case, create_dataset, when
from ehrql.tables.tpp import ons_deaths, patients

dataset = create_dataset()
age = patients.age_on(patients.date_of_death)
dataset.define_population(patients.date_of_death.is_on_or_between("2019-01-01", "2024-12-31") & (age >= 65))
dataset.date_of_death = patients.date_of_death
dataset.ons_date = ons_deaths.date
dataset.place = ons_deaths.place
dataset.cause_1 = ons_deaths.cause_of_death_01
dataset.age = age
dataset.age_band = case(when(age < 75).then("65-74"), when(age < 85).then("75-84"), otherwise="85+")
dataset.sex = patients.sex
