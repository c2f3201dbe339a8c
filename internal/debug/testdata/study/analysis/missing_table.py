from ehrql import show
from ehrql.tables.core import medications

show(medications.dmd_code)
