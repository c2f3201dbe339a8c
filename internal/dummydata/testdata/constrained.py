from ehrql import codelist_from_csv, create_dataset
from ehrql.tables.core import clinical_events, patients

asthma = codelist_from_csv("codelists/asthma.csv", column="code")
copd = codelist_from_csv("codelists/copd.csv", column="code")
dataset = create_dataset()
dataset.define_population(patients.exists_for_patient())
dataset.first_asthma = clinical_events.where(clinical_events.snomedct_code.is_in(asthma)).sort_by(clinical_events.date).first_for_patient().date
dataset.first_copd = clinical_events.where(clinical_events.snomedct_code.is_in(copd)).sort_by(clinical_events.date).first_for_patient().date
dataset.configure_dummy_data(
    population_size=30,
    additional_population_constraint=dataset.first_asthma < dataset.first_copd,
)
