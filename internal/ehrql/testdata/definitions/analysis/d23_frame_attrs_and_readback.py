from ehrql import create_dataset, when, days
from ehrql.tables.tpp import clinical_events, patients, practice_registrations, appointments
from ehrql import claim_permissions

claim_permissions("appointments")

index_date = "2023-04-01"
dataset = create_dataset()
registration = practice_registrations.for_patient_on(index_date)
dataset.define_population(registration.exists_for_patient())

recent = clinical_events.where(clinical_events.date.is_on_or_between(index_date - days(30), index_date))
recent.latest = recent.sort_by(recent.date).last_for_patient()
dataset.latest_event_date = recent.latest.date
dataset.latest_event_value = recent.latest.numeric_value
dataset.registered_days = (index_date - registration.start_date).days
dataset.long_registered = when(dataset.registered_days > 365).then(True).otherwise(False)
seen = appointments.where(appointments.status.is_in(["Arrived", "In Progress", "Finished"]))
dataset.appointments_in_year = seen.where(seen.start_date.is_during((index_date - days(365), index_date))).count_for_patient()
dataset.lead_time = (seen.sort_by(seen.start_date).last_for_patient().start_date - seen.sort_by(seen.start_date).last_for_patient().booked_date).days
