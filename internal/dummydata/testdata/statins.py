from ehrql import codelist_from_csv, create_dataset, days
from ehrql.tables.core import medications, patients, practice_registrations

index_date = "2023-01-01"
statins = codelist_from_csv("codelists/statins.csv", column="code")
dataset = create_dataset()
issues = medications.where(medications.dmd_code.is_in(statins)).where(
    medications.date.is_on_or_between(index_date - days(365), index_date)
)
dataset.define_population((issues.count_for_patient() >= 3) & patients.exists_for_patient())
dataset.issues = issues.count_for_patient()
dataset.first_issue = issues.sort_by(medications.date).first_for_patient().date
dataset.last_code = issues.sort_by(medications.date).last_for_patient().dmd_code
dataset.registered = practice_registrations.exists_for_patient_on(index_date)
