from ehrql import create_dataset
from ehrql.tables.tpp import addresses, patients, practice_registrations

index_date = "2023-01-01"
dataset = create_dataset()
dataset.configure_dummy_data(population_size=20)
reg = practice_registrations.for_patient_on(index_date)
dataset.define_population(reg.exists_for_patient() & (patients.sex == "male"))
address = addresses.for_patient_on(index_date)
dataset.imd_quintile = address.imd_quintile
dataset.imd = address.imd_rounded
dataset.rural_urban = address.rural_urban_classification
dataset.msoa = address.msoa_code
dataset.care_home = address.care_home_is_potential_match
dataset.stp = reg.practice_stp
dataset.region = reg.practice_nuts1_region_name
