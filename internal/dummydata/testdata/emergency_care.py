from ehrql import create_dataset
from ehrql.tables.tpp import ec, opa, patients

start, end = "2023-01-01", "2023-12-31"
dataset = create_dataset()
attendances = ec.where(ec.arrival_date.is_on_or_between(start, end))
dataset.define_population(attendances.exists_for_patient() & (patients.age_on(start) >= 16))
dataset.attendances = attendances.count_for_patient()
dataset.first_arrival = attendances.sort_by(ec.arrival_date).first_for_patient().arrival_date
dataset.hrg = attendances.sort_by(ec.arrival_date).first_for_patient().sus_hrg_code
attended = opa.where(opa.appointment_date.is_on_or_between(start, end)).where(opa.attendance_status.is_in(["5", "6"]))
dataset.outpatient_visits = attended.count_for_patient()
dataset.first_outpatient = attended.sort_by(opa.appointment_date).first_for_patient().appointment_date
dataset.sex = patients.sex
