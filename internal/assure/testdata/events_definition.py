# A dataset with an event table of each patient's asthma events.
from ehrql import create_dataset
from ehrql.tables.core import clinical_events, patients

dataset = create_dataset()
dataset.define_population(patients.exists_for_patient())
dataset.sex = patients.sex
asthma = clinical_events.where(clinical_events.snomedct_code == "195967001")
dataset.add_event_table("asthma_events", date=asthma.date, code=asthma.snomedct_code)
