from ehrql import create_dataset, maximum_of, minimum_of, days, weeks
from ehrql.tables.tpp import clinical_events, medications, patients, practice_registrations, ons_deaths
from codelists import statin_codes, diabetes_codes

start = "2019-01-01"
end = "2023-12-31"

dataset = create_dataset()
dataset.define_population(practice_registrations.spanning(start, end).exists_for_patient())

statins = medications.where(medications.dmd_code.is_in(statin_codes))
dataset.first_statin = statins.date.minimum_for_patient()
dataset.last_statin = statins.date.maximum_for_patient()
dataset.statin_episodes = statins.date.count_episodes_for_patient(days(90))
dataset.statin_courses = statins.date.count_episodes_for_patient(weeks(12))
diabetes_date = clinical_events.where(clinical_events.snomedct_code.is_in(diabetes_codes)).date.minimum_for_patient()
dataset.follow_up_start = maximum_of(dataset.first_statin, diabetes_date, start)
dataset.follow_up_end = minimum_of(ons_deaths.date, patients.date_of_death, end, dataset.last_statin + days(30))
dataset.follow_up_days = (dataset.follow_up_end - dataset.follow_up_start).days
dataset.follow_up_years = dataset.follow_up_days.as_float() / 365.25
dataset.hba1c_mean = clinical_events.where(clinical_events.snomedct_code.is_in(diabetes_codes)).numeric_value.mean_for_patient()
dataset.hba1c_max = clinical_events.where(clinical_events.snomedct_code.is_in(diabetes_codes)).numeric_value.maximum_for_patient()
dataset.hba1c_rounded = (dataset.hba1c_max * 10).as_int()
dataset.age_months = (end - patients.date_of_birth).months
dataset.birth_year_weeks = (patients.date_of_birth - "1900-01-01").weeks
