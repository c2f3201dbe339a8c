from ehrql import codelist_from_csv, create_dataset
from ehrql.tables.core import clinical_events, patients, practice_registrations

asthma = codelist_from_csv("codelists/asthma.csv", column="code")
copd = codelist_from_csv("codelists/copd.csv", column="code")
index_date = "2024-01-01"
dataset = create_dataset()
has_asthma = clinical_events.where(clinical_events.snomedct_code.is_in(asthma)).exists_for_patient()
has_copd = clinical_events.where(clinical_events.snomedct_code.is_in(copd)).exists_for_patient()
dataset.define_population(
    practice_registrations.exists_for_patient_on(index_date)
    & (has_asthma | has_copd)
    & ~patients.date_of_death.is_not_null()
)
dataset.has_asthma = has_asthma
dataset.has_copd = has_copd
dataset.events = clinical_events.count_for_patient()
