from ehrql import create_dataset, days
from ehrql.tables.tpp import patients, practice_registrations, vaccinations

start = "2020-12-08"

dataset = create_dataset()
dataset.define_population(
    practice_registrations.for_patient_on(start).exists_for_patient() & (patients.age_on(start) >= 16)
)

covid_vaccinations = vaccinations.where(vaccinations.target_disease == "SARS-2 CORONAVIRUS")
previous_date = start - days(1)
for dose in range(1, 6):
    next_vaccine = (
        covid_vaccinations.where(covid_vaccinations.date.is_after(previous_date + days(19)))
        .sort_by(covid_vaccinations.date)
        .first_for_patient()
    )
    setattr(dataset, f"covid_vax_{dose}_date", next_vaccine.date)
    setattr(dataset, f"covid_vax_{dose}_product", next_vaccine.product_name)
    previous_date = next_vaccine.date
dataset.n_covid_vaccines = covid_vaccinations.date.count_distinct_for_patient()
