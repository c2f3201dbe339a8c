# args: --cohort index
from datetime import date
from ehrql import create_dataset, get_parameter, days
from ehrql.query_language import table_from_file, PatientFrame, Series
from ehrql.tables.tpp import clinical_events, patients

cohort = get_parameter("cohort", default="index")


@table_from_file(f"output/cohort_{cohort}.csv")
class cohort_table(PatientFrame):
    index_date = Series(date)
    cohort_size = Series(int)
    exposed = Series(bool)


dataset = create_dataset()
dataset.define_population(cohort_table.exists_for_patient())
dataset.index_date = cohort_table.index_date
dataset.exposed = cohort_table.exposed
dataset.size = cohort_table.cohort_size
dataset.events_after = clinical_events.where(
    clinical_events.date.is_on_or_between(cohort_table.index_date, cohort_table.index_date + days(90))
).count_for_patient()
dataset.age = patients.age_on(cohort_table.index_date)
