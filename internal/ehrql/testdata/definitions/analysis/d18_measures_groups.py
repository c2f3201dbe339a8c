from ehrql import INTERVAL, Measures, case, when, years, weeks
from ehrql.tables.tpp import addresses, medications, patients, practice_registrations
from codelists import statin_codes

measures = Measures()
measures.configure_disclosure_control(enabled=False)

age = patients.age_on(INTERVAL.start_date)
age_group = case(
    when(age < 40).then("<40"),
    when(age < 65).then("40-64"),
    otherwise="65+",
)
denominator = practice_registrations.exists_for_patient_on(INTERVAL.start_date) & (age >= 18)
statins = medications.where(medications.dmd_code.is_in(statin_codes)).where(medications.date.is_during(INTERVAL))
intervals = weeks(4).starting_on("2023-01-02") + years(1).ending_on("2022-12-31")

for group_name, group in {
    "sex": patients.sex,
    "age_group": age_group,
    "imd": addresses.for_patient_on(INTERVAL.start_date).imd_quintile,
}.items():
    measures.define_measure(
        f"statins_by_{group_name}",
        numerator=statins.exists_for_patient(),
        denominator=denominator,
        group_by={group_name: group},
        intervals=intervals,
    )
measures.define_measure(
    "statins_total",
    numerator=statins.count_for_patient(),
    denominator=denominator,
    intervals=intervals,
)
