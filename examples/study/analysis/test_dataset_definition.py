# Assurance tests for the dataset: run with
#   ehrql assure analysis/test_dataset_definition.py
from datetime import date

from dataset_definition import dataset

test_data = {
    # Registered, with an asthma review and two inhaler issues in the year.
    1: {
        "patients": {"date_of_birth": date(1980, 5, 1), "sex": "female"},
        "practice_registrations": [{"start_date": date(2015, 1, 1), "practice_pseudo_id": 101}],
        "clinical_events": [
            {"date": date(2023, 3, 10), "snomedct_code": "195967001", "numeric_value": 385.5},
        ],
        "medications": [
            {"date": date(2023, 5, 1), "dmd_code": "39113611000001102"},
            {"date": date(2023, 11, 20), "dmd_code": "39113611000001102"},
        ],
        "expected_in_population": True,
        "expected_columns": {
            "practice": 101,
            "sex": "female",
            "age": 43,
            "age_band": "18-64",
            "has_asthma": True,
            "last_asthma_date": date(2023, 3, 10),
            "last_peak_flow": 385.5,
            "inhalers_last_year": 2,
        },
    },
    # Registered only after the index date: not in the population.
    2: {
        "patients": {"date_of_birth": date(1995, 7, 1), "sex": "male"},
        "practice_registrations": [{"start_date": date(2024, 6, 1), "practice_pseudo_id": 105}],
        "clinical_events": [],
        "medications": [],
        "expected_in_population": False,
    },
}
