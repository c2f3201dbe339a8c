from datetime import date

from dataset_definition import dataset

test_data = {
    1: {
        "patients": {"date_of_birth": "1950-01-01", "sex": "female"},
        "clinical_events": [{"date": date(2020, 1, 1), "snomedct_code": 195967001, "numeric_value": "high"}],
        "expected_columns": {"age": 74},
    },
}
