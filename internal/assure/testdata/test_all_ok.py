from datetime import date

from dataset_definition import dataset

test_data = {
    # An adult with two asthma events: the later one is picked.
    1: {
        "patients": {"date_of_birth": date(1980, 6, 1), "sex": "female"},
        "clinical_events": [
            {"date": date(2020, 1, 1), "snomedct_code": "195967001", "numeric_value": 300},
            {"date": date(2022, 3, 4), "snomedct_code": "195967001", "numeric_value": 385.5},
            {"date": date(2023, 1, 1), "snomedct_code": "22298006"},
        ],
        "expected_in_population": True,
        "expected_columns": {
            "age": 43,
            "sex": "female",
            "has_asthma": True,
            "last_asthma_date": date(2022, 3, 4),
            "last_peak_flow": 385.5,
        },
    },
    # An adult with no events; expected_in_population defaults to True.
    2: {
        "patients": [{"date_of_birth": date(1950, 1, 1), "sex": "male"}],
        "clinical_events": [],
        "expected_columns": {"age": 74, "has_asthma": False, "last_asthma_date": None},
    },
    # A child is not in the population.
    3: {
        "patients": {"date_of_birth": date(2010, 1, 1), "sex": "unknown"},
        "clinical_events": [],
        "expected_in_population": False,
    },
}
