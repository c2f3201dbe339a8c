# Monthly inhaler prescribing among registered patients with asthma, by sex:
# run with the pipeline's generate_measures action.
from ehrql import INTERVAL, Measures, months
from ehrql.tables.core import clinical_events, medications, patients, practice_registrations

from variables import last_matching_event
from ehrql import codelist_from_csv

asthma_codes = codelist_from_csv("codelists/asthma.csv", column="code")
inhaler_codes = codelist_from_csv("codelists/inhalers.csv", column="code")

registered = practice_registrations.exists_for_patient_on(INTERVAL.start_date)
has_asthma = last_matching_event(clinical_events, asthma_codes, INTERVAL.start_date).exists_for_patient()
inhalers = medications.where(medications.dmd_code.is_in(inhaler_codes)).where(
    medications.date.is_during(INTERVAL)
)

measures = Measures()
measures.define_measure(
    "inhalers_by_sex",
    numerator=inhalers.exists_for_patient(),
    denominator=registered & has_asthma,
    group_by={"sex": patients.sex},
    intervals=months(12).starting_on("2023-01-01"),
)
