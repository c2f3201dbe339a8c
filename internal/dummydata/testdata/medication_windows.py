from ehrql import codelist_from_csv, create_dataset, days, months
from ehrql.tables.tpp import clinical_events, medications, patients

index_date = "2024-01-01"
asthma = codelist_from_csv("codelists/asthma.csv", column="code")
inhalers = codelist_from_csv("codelists/inhalers.csv", column="code")
dataset = create_dataset()
issues = medications.where(medications.dmd_code.is_in(inhalers))

def issued_between(start, end):
    return issues.where(medications.date.is_on_or_between(start, end))

recent = issued_between(index_date - months(3), index_date)
dataset.define_population(
    recent.exists_for_patient()
    & clinical_events.where(clinical_events.snomedct_code.is_in(asthma)).exists_for_patient()
    & patients.is_alive_on(index_date)
)
dataset.last_3m = recent.count_for_patient()
dataset.months_3_6 = issued_between(index_date - months(6), index_date - months(3) - days(1)).count_for_patient()
dataset.months_6_12 = issued_between(index_date - months(12), index_date - months(6) - days(1)).count_for_patient()
dataset.latest = recent.sort_by(medications.date).last_for_patient().date
dataset.latest_code = recent.sort_by(medications.date).last_for_patient().dmd_code
dataset.ever_before = issues.where(medications.date.is_before(index_date - months(12))).exists_for_patient()
