from ehrql import show
from ehrql.tables.core import patients

show(patients.sex)
show(patients.no_such_column)
