from ehrql import case, codelist_from_csv, create_dataset, days, when, years
from ehrql.tables.core import clinical_events, medications, ons_deaths, patients, practice_registrations

index_date = "2024-01-01"
asthma = codelist_from_csv("codelists/asthma.csv", column="code")
copd = codelist_from_csv("codelists/copd.csv", column="code")
bmi = codelist_from_csv("codelists/bmi.csv", column="code")
inhalers = codelist_from_csv("codelists/inhalers.csv", column="code")
statins = codelist_from_csv("codelists/statins.csv", column="code")
cvd = codelist_from_csv("codelists/cvd_icd10.csv", column="code")

dataset = create_dataset()
dataset.configure_dummy_data(population_size=10000)
reg = practice_registrations.for_patient_on(index_date)
age = patients.age_on(index_date)
dataset.define_population(reg.exists_for_patient() & (age >= 18) & patients.is_alive_on(index_date))

def last_event(codes, before=index_date):
    return clinical_events.where(clinical_events.snomedct_code.is_in(codes)).where(
        clinical_events.date.is_on_or_before(before)
    ).sort_by(clinical_events.date).last_for_patient()

dataset.age = age
dataset.sex = patients.sex
dataset.age_band = case(when(age < 40).then("18-39"), when(age < 65).then("40-64"), otherwise="65+")
dataset.practice = reg.practice_pseudo_id
dataset.registered_since = reg.start_date
dataset.has_asthma = last_event(asthma).exists_for_patient()
dataset.last_asthma = last_event(asthma).date
dataset.has_copd = last_event(copd).exists_for_patient()
dataset.last_copd = last_event(copd).date
dataset.bmi = last_event(bmi).numeric_value
dataset.bmi_date = last_event(bmi).date
dataset.events_last_year = clinical_events.where(
    clinical_events.date.is_on_or_between(index_date - years(1), index_date)
).count_for_patient()
dataset.inhalers = medications.where(medications.dmd_code.is_in(inhalers)).where(
    medications.date.is_on_or_between(index_date - days(365), index_date)
).count_for_patient()
dataset.statin_last = medications.where(medications.dmd_code.is_in(statins)).sort_by(medications.date).last_for_patient().date
dataset.statin_count = medications.where(medications.dmd_code.is_in(statins)).count_for_patient()
dataset.max_value = clinical_events.numeric_value.maximum_for_patient()
dataset.distinct_codes = clinical_events.snomedct_code.count_distinct_for_patient()
dataset.died = patients.date_of_death
dataset.ons_died = ons_deaths.date
dataset.cvd_death = ons_deaths.cause_of_death_is_in(cvd)
