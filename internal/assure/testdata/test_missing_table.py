from datetime import date

from dataset_definition import dataset

test_data = {
    1: {
        "patients": {"date_of_birth": date(1950, 1, 1), "sex": "female"},
        "expected_columns": {"age": 74},
    },
    # expected_columns is required for a patient expected in the population.
    2: {
        "patients": {"date_of_birth": date(1950, 1, 1), "sex": "female"},
        "clinical_events": [],
    },
}
