# show() of every kind of element, over the dummy tables.
import sys

from ehrql import codelist_from_csv, create_dataset, days, show
from ehrql.tables.core import clinical_events, patients

index_date = "2024-01-01"
print("before the first show")
show(patients.date_of_birth)
show(patients.sex, patients.is_alive_on(index_date), label="Sex and alive")
show(clinical_events.numeric_value, label="Peak flow")
show(clinical_events.date, clinical_events.snomedct_code)
show(patients)
show(clinical_events.where(clinical_events.numeric_value > 350))
last = clinical_events.sort_by(clinical_events.date).last_for_patient()
show(last, label="Last event")
show(clinical_events.count_for_patient(), head=2)
show(clinical_events, head=1, tail=1)
show(clinical_events.sort_by(clinical_events.numeric_value), label="Sorted, NULL first")
by_code_then_date = clinical_events.sort_by(clinical_events.snomedct_code, clinical_events.date)
show(by_code_then_date.where(by_code_then_date.date.is_after("2020-01-01")).date)
show(patients.date_of_birth, tail=2)
show("2024-01-01" - patients.date_of_birth, label="Age in days")
show(days(365))
show(42, label="A number")
show([1, 2, 3])
asthma = codelist_from_csv("codelists/asthma.csv", column="code")
show(asthma, label="Codelist")
show(clinical_events.snomedct_code.is_in(asthma), label="Asthma events")
show(sys.argv[1:], label="User arguments")
measured = clinical_events.where(clinical_events.numeric_value.is_not_null())
first_measured = measured.sort_by(measured.date).first_for_patient()
show(first_measured, label="Only patients with a measured event")
show(patients.sex, first_measured.numeric_value)
show(measured.count_for_patient(), label="Every patient with events")

dataset = create_dataset()
show(dataset, label="Empty dataset")
dataset.define_population(patients.exists_for_patient())
dataset.sex = patients.sex
dataset.age = patients.age_on(index_date)
dataset.last_date = last.date
show(dataset)
print("after the last show")
