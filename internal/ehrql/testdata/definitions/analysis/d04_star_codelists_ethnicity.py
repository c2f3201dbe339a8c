from ehrql import create_dataset
from ehrql.tables.tpp import clinical_events, patients, practice_registrations
from codelists import *

index_date = "2021-01-01"

dataset = create_dataset()
dataset.define_population(practice_registrations.for_patient_on(index_date).exists_for_patient())

latest_ethnicity = (
    clinical_events.where(clinical_events.snomedct_code.is_in(ethnicity_codes))
    .where(clinical_events.date.is_on_or_before(index_date))
    .sort_by(clinical_events.date)
    .last_for_patient()
)
dataset.ethnicity_code = latest_ethnicity.snomedct_code
dataset.ethnicity = latest_ethnicity.snomedct_code.to_category(ethnicity_codes)
dataset.ethnicity_label = dataset.ethnicity.map_values(
    {"1": "White", "2": "Mixed", "3": "Asian", "4": "Black", "5": "Other"},
    default="Unknown",
)
dataset.has_asthma = clinical_events.where(clinical_events.snomedct_code.is_in(asthma_codes)).exists_for_patient()
dataset.has_diabetes = clinical_events.where(clinical_events.snomedct_code.is_in(diabetes_codes)).exists_for_patient()
dataset.has_hypertension = clinical_events.where(clinical_events.ctv3_code.is_in(hypertension_codes)).exists_for_patient()
dataset.sex = patients.sex
