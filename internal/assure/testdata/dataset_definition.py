# Adults on the index date, with their asthma history.
from ehrql import create_dataset
from ehrql.tables.core import clinical_events, patients

index_date = "2024-01-01"

dataset = create_dataset()
dataset.define_population(patients.exists_for_patient() & (patients.age_on(index_date) >= 18))
dataset.age = patients.age_on(index_date)
dataset.sex = patients.sex

asthma = clinical_events.where(clinical_events.snomedct_code == "195967001")
last_asthma = asthma.sort_by(asthma.date).last_for_patient()
dataset.has_asthma = asthma.exists_for_patient()
dataset.last_asthma_date = last_asthma.date
dataset.last_peak_flow = last_asthma.numeric_value
