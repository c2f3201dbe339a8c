from ehrql import create_dataset, case, when
from ehrql.tables.core import ons_deaths, patients
from codelists import cvd_icd10

dataset = create_dataset()
dataset.define_population(ons_deaths.exists_for_patient() & ons_deaths.date.is_on_or_after("2020-01-01"))
dataset.date_of_death = ons_deaths.date
dataset.cvd_death = ons_deaths.cause_of_death_is_in(cvd_icd10)
dataset.underlying = ons_deaths.underlying_cause_of_death
dataset.cause_group = case(
    when(ons_deaths.underlying_cause_of_death.is_in(["I21", "I22"])).then("MI"),
    when(ons_deaths.underlying_cause_of_death.is_in(["I63", "I64"])).then("Stroke"),
    when(ons_deaths.underlying_cause_of_death.is_not_null()).then("Other"),
)
dataset.age_at_death = patients.age_on(ons_deaths.date)
dataset.month_of_death = ons_deaths.date.to_first_of_month()
dataset.year_of_death = ons_deaths.date.year
