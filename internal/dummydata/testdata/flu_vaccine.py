from ehrql import create_dataset
from ehrql.tables.tpp import patients, practice_registrations, vaccinations

season_start, season_end = "2023-09-01", "2024-03-31"
dataset = create_dataset()
dataset.configure_dummy_data(population_size=400)
flu = vaccinations.where(vaccinations.target_disease == "INFLUENZA")
age = patients.age_on(season_start)
dataset.define_population(
    practice_registrations.for_patient_on(season_start).exists_for_patient() & (age >= 65) & patients.is_alive_on(season_start)
)
this_season = flu.where(vaccinations.date.is_on_or_between(season_start, season_end))
dataset.vaccinated = this_season.exists_for_patient()
dataset.vaccination_date = this_season.sort_by(vaccinations.date).first_for_patient().date
dataset.product = this_season.sort_by(vaccinations.date).first_for_patient().product_name
dataset.last_season = flu.where(vaccinations.date.is_on_or_between("2022-09-01", "2023-03-31")).exists_for_patient()
dataset.age = age
