from datetime import date

from dataset_definition import dataset

test_data = {
    1: {
        "patients": {"date_of_birth": date(1950, 1, 1), "sex": "female"},
        "clinical_events": [
            {"date": date(2021, 5, 1), "snomedct_code": "195967001", "numeric_value": 1.5},
        ],
        "expected_in_population": True,
        "expected_columns": {
            "age": 73,
            "sex": "female",
            "has_asthma": False,
            "last_asthma_date": date(2021, 5, 1),
            "last_peak_flow": 1.5,
        },
    },
    # Python equality: 74 == 74.0 and True == 1.
    2: {
        "patients": {"date_of_birth": date(1950, 1, 1), "sex": "male"},
        "clinical_events": [{"date": date(2021, 5, 1), "snomedct_code": "195967001"}],
        "expected_columns": {"age": 74.0, "has_asthma": 1, "last_peak_flow": 0.1},
    },
}
