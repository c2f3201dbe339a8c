from datetime import date

from dataset_definition import dataset

test_data = {
    # A child, wrongly expected in the population.
    1: {
        "patients": {"date_of_birth": date(2015, 1, 1), "sex": "female"},
        "clinical_events": [],
        "expected_in_population": True,
        "expected_columns": {"age": 9},
    },
    # An adult, wrongly expected outside it.
    2: {
        "patients": {"date_of_birth": date(1960, 1, 1), "sex": "male"},
        "clinical_events": [],
        "expected_in_population": False,
    },
    # No patients row at all: not in the population, as expected.
    3: {
        "patients": [],
        "clinical_events": [{"date": date(2020, 1, 1), "snomedct_code": "195967001"}],
        "expected_in_population": False,
    },
}
