from ehrql import create_dataset, days
from ehrql.tables.tpp import patients, vaccinations

dataset = create_dataset()
covid = vaccinations.where(vaccinations.target_disease == "SARS-2 CORONAVIRUS")
dose1 = covid.where(vaccinations.date.is_on_or_after("2020-12-08")).sort_by(vaccinations.date).first_for_patient()
dose2 = covid.where(vaccinations.date.is_on_or_after(dose1.date + days(19))).sort_by(vaccinations.date).first_for_patient()
dose3 = covid.where(vaccinations.date.is_on_or_after(dose2.date + days(56))).sort_by(vaccinations.date).first_for_patient()
dataset.define_population(dose1.exists_for_patient() & (patients.age_on("2020-12-08") >= 16))
dataset.dose1 = dose1.date
dataset.dose1_product = dose1.product_name
dataset.dose2 = dose2.date
dataset.dose3 = dose3.date
dataset.doses = covid.count_for_patient()
dataset.sex = patients.sex
