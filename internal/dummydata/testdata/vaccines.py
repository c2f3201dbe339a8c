from ehrql import create_dataset
from ehrql.tables.tpp import patients, vaccinations

dataset = create_dataset()
covid = vaccinations.where(vaccinations.target_disease == "SARS-2 CORONAVIRUS")
dataset.define_population((covid.count_for_patient() >= 2) & (patients.age_on("2021-01-01") >= 50))
dataset.first_dose = covid.sort_by(vaccinations.date).first_for_patient().date
dataset.doses = covid.count_for_patient()
dataset.product = covid.sort_by(vaccinations.date).first_for_patient().product_name
