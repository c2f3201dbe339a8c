from ehrql import create_dataset, case, when
from ehrql.tables.tpp import addresses, patients, practice_registrations
from variable_lib import age_band

index_date = "2022-04-01"

dataset = create_dataset()
age = patients.age_on(index_date)
dataset.define_population(
    practice_registrations.for_patient_on(index_date).exists_for_patient() & (age >= 0) & (age < 110)
)
dataset.age_band = age_band(age)
dataset.age_band_5y = case(
    *[when((age >= lo) & (age < lo + 5)).then(f"{lo}-{lo + 4}") for lo in range(0, 100, 5)],
    otherwise="100+",
)
address = addresses.for_patient_on(index_date)
dataset.imd_quintile = address.imd_quintile
dataset.imd_decile = address.imd_decile
dataset.rural_urban = address.rural_urban_classification
dataset.care_home = address.care_home_is_potential_match.when_null_then(False)
dataset.region = practice_registrations.for_patient_on(index_date).practice_nuts1_region_name
dataset.stp = practice_registrations.for_patient_on(index_date).practice_stp
