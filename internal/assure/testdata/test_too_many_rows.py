from datetime import date

from dataset_definition import dataset

test_data = {
    1: {
        "patients": [
            {"date_of_birth": date(1950, 1, 1), "sex": "female"},
            {"date_of_birth": date(1951, 1, 1), "sex": "female"},
        ],
        "clinical_events": [],
        "expected_columns": {"age": 74},
    },
    2: {
        "patients": {"date_of_birth": date(1950, 1, 1), "sex": "female"},
        "clinical_events": [],
        "expected_columns": {"age": 74},
    },
}
