from ehrql import codelist_from_csv, create_dataset, years, months, days, case, when
from ehrql.tables.tpp import clinical_events, medications, patients, practice_registrations, addresses, apcs, ons_deaths

asthma = codelist_from_csv("codelists/asthma.csv", column="code")
statins = codelist_from_csv("codelists/statins.csv", column="code")
index_date = "2022-03-01"
dataset = create_dataset()
dataset.configure_dummy_data(population_size=2000)
registered = practice_registrations.spanning(index_date - years(1), index_date).exists_for_patient()
first_asthma = clinical_events.where(clinical_events.snomedct_code.is_in(asthma)).sort_by(clinical_events.date).first_for_patient().date
imd = addresses.for_patient_on(index_date).imd_rounded
dataset.define_population(
    registered
    & patients.sex.is_in(["male", "female"])
    & patients.age_on(index_date).is_on_or_between(18, 110)
    & first_asthma.is_on_or_after("2015-01-01")
    & imd.is_not_null()
    & (medications.where(medications.dmd_code.is_in(statins)).where(medications.date.is_on_or_between(index_date - months(6), index_date)).count_for_patient() > 1)
    & ~ons_deaths.exists_for_patient()
)
dataset.imd = imd
dataset.first_asthma = first_asthma
