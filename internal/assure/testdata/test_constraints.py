from datetime import date

from dataset_definition import dataset

test_data = {
    1: {
        # Dates of birth are always the first of a month; sex is categorical.
        "patients": {"date_of_birth": date(1980, 1, 5), "sex": "woman"},
        "clinical_events": [],
        "expected_columns": {"age": 43, "sex": "woman"},
    },
    2: {
        "patients": {"date_of_birth": None, "sex": "male"},
        "clinical_events": [],
        "expected_in_population": False,
    },
}
