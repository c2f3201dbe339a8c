from ehrql import create_dataset, days, codelist_from_csv
from ehrql.tables.core import patients, practice_registrations, clinical_events, medications, ons_deaths

index_date = "2023-10-01"
asthma_codes = codelist_from_csv("codelists/opensafely-asthma-diagnosis.csv", column="code")

dataset = create_dataset()
dataset.configure_dummy_data(population_size=1000)

registered = practice_registrations.for_patient_on(index_date)
dataset.define_population(
    registered.exists_for_patient()
    & patients.is_alive_on(index_date)
    & (patients.age_on(index_date) >= 18)
)

dataset.practice = registered.practice_pseudo_id
dataset.age = patients.age_on(index_date)
dataset.sex = patients.sex

last_asthma = (
    clinical_events.sort_by(clinical_events.date)
    .where(clinical_events.snomedct_code.is_in(asthma_codes))
    .where(clinical_events.date.is_on_or_before(index_date))
    .last_for_patient()
)
dataset.last_asthma_date = last_asthma.date
dataset.last_asthma_code = last_asthma.snomedct_code
dataset.asthma_value = last_asthma.numeric_value
dataset.days_since_asthma = (index_date - dataset.last_asthma_date).days
dataset.recent_asthma = dataset.last_asthma_date.is_after(index_date - days(365))
dataset.n_meds = medications.where(medications.date.is_during((index_date - days(90), index_date))).count_for_patient()
dataset.died = ons_deaths.date.is_not_null()
