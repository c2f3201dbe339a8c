from ehrql import create_dataset
from ehrql.tables.tpp import patients, practice_registrations

index_date = "2023-06-01"
dataset = create_dataset()
dataset.configure_dummy_data(population_size=500)
reg = practice_registrations.for_patient_on(index_date)
dataset.define_population(reg.exists_for_patient() & (reg.practice_nuts1_region_name == "London") & patients.is_alive_on(index_date))
dataset.practice = reg.practice_pseudo_id
dataset.stp = reg.practice_stp
dataset.region = reg.practice_nuts1_region_name
dataset.go_live = reg.practice_systmone_go_live_date
dataset.start = reg.start_date
dataset.registrations = practice_registrations.count_for_patient()
dataset.age = patients.age_on(index_date)
