from ehrql import claim_permissions, create_dataset
from ehrql.tables.tpp import patients, sgss_covid_all_tests

claim_permissions("sgss_covid_all_tests")
dataset = create_dataset()
positive = sgss_covid_all_tests.where(sgss_covid_all_tests.is_positive).where(
    sgss_covid_all_tests.specimen_taken_date.is_on_or_after("2021-06-01")
)
dataset.define_population(positive.exists_for_patient() & patients.is_alive_on("2022-01-01"))
first = positive.sort_by(sgss_covid_all_tests.specimen_taken_date).first_for_patient()
dataset.first_positive = first.specimen_taken_date
dataset.sgtf = first.sgtf_status
dataset.variant_method = first.variant_detection_method
dataset.symptomatic = first.was_symptomatic
