from ehrql import create_dataset, claim_permissions
from ehrql.tables.tpp import clinical_events, practice_registrations
from codelists import asthma_codes

claim_permissions("event_level_data")

dataset = create_dataset()
dataset.define_population(practice_registrations.exists_for_patient_on("2022-01-01"))
asthma = clinical_events.where(clinical_events.snomedct_code.is_in(asthma_codes))
dataset.n_asthma = asthma.count_for_patient()
dataset.add_event_table(
    "asthma_events",
    date=asthma.date,
    code=asthma.snomedct_code,
    value=asthma.numeric_value,
)
