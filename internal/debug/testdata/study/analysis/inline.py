# show() of tables defined in the definition itself.
from datetime import date
from ehrql import show
from ehrql.query_language import PatientFrame, Series, table_from_file, table_from_rows
from ehrql.tables.core import clinical_events


@table_from_file("output/cohort.csv")
class cohort(PatientFrame):
    index_date = Series(date)
    exposed = Series(bool)


@table_from_rows([(1, 10.5), (3, None)])
class weights(PatientFrame):
    kg = Series(float)


show(cohort)
show(weights.kg, label="Weights")
show(clinical_events.where(clinical_events.date.is_after(cohort.index_date)).date)
