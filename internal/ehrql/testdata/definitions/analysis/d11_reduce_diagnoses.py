from functools import reduce
import operator
from ehrql import create_dataset, days
from ehrql.tables.tpp import emergency_care_attendances as ec, patients, practice_registrations, ons_deaths

index_date = "2021-11-01"
respiratory = ["195967001", "233678006"]

dataset = create_dataset()
dataset.define_population(practice_registrations.for_patient_on(index_date).exists_for_patient())

attendances = ec.where(ec.arrival_date.is_on_or_after(index_date))
conditions = [getattr(attendances, f"diagnosis_{i:02d}").is_in(respiratory) for i in range(1, 25)]
respiratory_attendances = attendances.where(reduce(operator.or_, conditions))
dataset.resp_ec_date = respiratory_attendances.sort_by(respiratory_attendances.arrival_date).first_for_patient().arrival_date
dataset.any_ec = attendances.exists_for_patient()

death_causes = [getattr(ons_deaths, f"cause_of_death_{i:02d}") for i in range(1, 16)]
dataset.resp_death = reduce(lambda a, b: a | b, [c.is_in(["J45", "J46"]) for c in death_causes])
dataset.death_within_28d = ons_deaths.date.is_on_or_before(dataset.resp_ec_date + days(28))
