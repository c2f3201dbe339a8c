from ehrql import codelist_from_csv, create_dataset
from ehrql.tables.tpp import addresses, clinical_events, patients, practice_registrations

index_date = "2024-01-01"
ethnicity = codelist_from_csv("codelists/ethnicity_ctv3.csv", column="code", category_column="group")
dataset = create_dataset()
dataset.configure_dummy_data(population_size=300)
age = patients.age_on(index_date)
dataset.define_population(practice_registrations.for_patient_on(index_date).exists_for_patient() & (age >= 18) & (age < 100))
latest_ethnicity = clinical_events.where(clinical_events.ctv3_code.is_in(ethnicity)).sort_by(clinical_events.date).last_for_patient()
address = addresses.for_patient_on(index_date)
dataset.ethnicity = latest_ethnicity.ctv3_code.to_category(ethnicity)
dataset.imd = address.imd_rounded
dataset.rural_urban = address.rural_urban_classification
dataset.msoa = address.msoa_code
dataset.care_home = address.care_home_is_potential_match
dataset.age = age
dataset.sex = patients.sex
