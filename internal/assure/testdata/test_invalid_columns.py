from datetime import date

from dataset_definition import dataset

test_data = {
    1: {
        "patients": {"date_of_birth": date(1950, 1, 1), "sex": "female", "dob": date(1950, 1, 1)},
        "clinical_events": [
            {"date": date(2020, 1, 1), "code": "195967001"},
            {"date": date(2021, 1, 1), "code": "195967001", "value": 3},
        ],
        "expected_columns": {"age": 74, "has_asthma": False},
    },
}
