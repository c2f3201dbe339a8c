from collections import namedtuple
from enum import Enum
from ehrql import create_dataset, codelist_from_csv
from ehrql.tables.tpp import clinical_events, practice_registrations

Condition = namedtuple("Condition", ["name", "path", "column"])

CONDITIONS = [
    Condition("asthma", "codelists/opensafely-asthma-diagnosis.csv", "code"),
    Condition("frailty", "local_codelists/frailty.csv", "id"),
]


class Stage(Enum):
    EARLY = ("early", ["1", "2"])
    LATE = ("late", ["4", "5"])

    def __init__(self, label, stages):
        self.label = label
        self.stages = stages


ckd = codelist_from_csv("local_codelists/ckd-stages.csv", column="code", category_column="category")

dataset = create_dataset()
dataset.define_population(practice_registrations.exists_for_patient_on("2021-04-01"))
for condition in CONDITIONS:
    codes = codelist_from_csv(condition.path, column=condition.column)
    dataset.add_column(
        f"{condition.name}_count",
        clinical_events.where(clinical_events.snomedct_code.is_in(codes)).count_for_patient(),
    )
latest_ckd = clinical_events.where(clinical_events.snomedct_code.is_in(ckd)).sort_by(clinical_events.date).last_for_patient()
dataset.ckd_stage = latest_ckd.snomedct_code.to_category(ckd)
for stage in Stage:
    codes = [code for code, category in ckd.items() if category in stage.stages]
    setattr(dataset, f"ckd_{stage.label}", clinical_events.where(clinical_events.snomedct_code.is_in(codes)).exists_for_patient())
