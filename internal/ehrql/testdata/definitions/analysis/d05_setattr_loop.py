from ehrql import create_dataset
from ehrql.tables.tpp import clinical_events, patients, practice_registrations
import codelists

index_date = "2022-01-01"
conditions = ["asthma", "diabetes", "frailty"]

dataset = create_dataset()
dataset.define_population(
    practice_registrations.for_patient_on(index_date).exists_for_patient() & patients.is_alive_on(index_date)
)

variables = {}
for condition in conditions:
    codes = getattr(codelists, f"{condition}_codes")
    events = clinical_events.where(clinical_events.snomedct_code.is_in(codes)).where(
        clinical_events.date.is_before(index_date)
    )
    variables[f"has_{condition}"] = events.exists_for_patient()
    variables[f"first_{condition}_date"] = events.sort_by(events.date).first_for_patient().date
    variables[f"count_{condition}"] = events.count_for_patient()

for name, series in variables.items():
    setattr(dataset, name, series)

if hasattr(codelists, "nonexistent_codes"):
    dataset.never = patients.sex
dataset.n_conditions = sum(getattr(dataset, f"has_{c}").as_int() for c in conditions)
