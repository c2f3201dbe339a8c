from ehrql import create_dataset, months
from ehrql.tables.core import medications, patients, practice_registrations
from codelists import statin_codes

start = "2021-01-01"

dataset = create_dataset()
dataset.define_population(practice_registrations.exists_for_patient_on(start) & patients.exists_for_patient())

statins = medications.where(medications.dmd_code.is_in(statin_codes))
for i in range(12):
    month_start = start + months(i)
    month_end = start + months(i + 1)
    in_month = statins.where(statins.date.is_on_or_after(month_start) & statins.date.is_before(month_end))
    dataset.add_column(f"statin_issues_m{i + 1:02d}", in_month.count_for_patient())
    dataset.add_column(f"statin_any_m{i + 1:02d}", in_month.exists_for_patient())
