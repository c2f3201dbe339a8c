import json
from datetime import date, datetime
from pathlib import Path
from ehrql import create_dataset, days, years, minimum_of
from ehrql.tables.tpp import patients, practice_registrations, sgss_covid_all_tests
from ehrql import claim_permissions

claim_permissions("sgss_covid_all_tests")

with open("output/study_dates.json") as f:
    study_dates = json.load(f)
config = json.loads(Path("analysis/config.json").read_text())

index_date = date.fromisoformat(study_dates["index_date"])
end_date = datetime.strptime(study_dates["end_date"], "%Y-%m-%d").date()
pandemic_start = study_dates["pandemic_start"]

dataset = create_dataset()
dataset.configure_dummy_data(
    population_size=config["n_intervals"] * 100,
    timeout=120,
    additional_population_constraint=patients.date_of_birth.is_before(index_date - years(18)),
)
dataset.define_population(practice_registrations.for_patient_on(index_date).exists_for_patient())
positive = sgss_covid_all_tests.where(sgss_covid_all_tests.is_positive).where(
    sgss_covid_all_tests.specimen_taken_date.is_on_or_between(pandemic_start, end_date)
)
dataset.first_positive = positive.specimen_taken_date.minimum_for_patient()
dataset.reinfection = positive.specimen_taken_date.count_episodes_for_patient(days(90)) > 1
dataset.sgtf = positive.sort_by(positive.specimen_taken_date).first_for_patient().sgtf_status
dataset.follow_up_end = minimum_of(patients.date_of_death, end_date + days(1))
