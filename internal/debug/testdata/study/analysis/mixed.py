from ehrql import show
from ehrql.tables.core import clinical_events, patients

print("shown before the error")
show(patients.sex, clinical_events.date)
