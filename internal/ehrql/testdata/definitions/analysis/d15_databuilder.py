from databuilder.ehrql import Dataset, days
from databuilder.codes import SNOMEDCTCode
from databuilder.tables.beta.tpp import clinical_events, patients, practice_registrations

dataset = Dataset()
dataset.define_population(practice_registrations.for_patient_on("2023-01-01").exists_for_patient())
asthma = SNOMEDCTCode("195967001")
dataset.asthma = clinical_events.where(clinical_events.snomedct_code == asthma).exists_for_patient()
primitive = asthma._to_primitive_type()
dataset.asthma_by_str = clinical_events.where(clinical_events.snomedct_code == primitive).count_for_patient()
dataset.dob_plus = patients.date_of_birth + days(7)
