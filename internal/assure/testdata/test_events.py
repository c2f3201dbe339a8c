from datetime import date

from events_definition import dataset

test_data = {
    1: {
        "patients": {"date_of_birth": date(1980, 1, 1), "sex": "female"},
        "clinical_events": [
            {"date": date(2020, 1, 1), "snomedct_code": "195967001"},
            {"date": date(2021, 1, 1), "snomedct_code": "22298006"},
        ],
        "expected_columns": {"sex": "female"},
        "expected_events": {
            "asthma_events": [{"date": date(2020, 1, 1), "code": "195967001"}],
        },
    },
    2: {
        "patients": {"date_of_birth": date(1980, 1, 1), "sex": "male"},
        "clinical_events": [{"date": date(2020, 1, 1), "snomedct_code": "195967001"}],
        "expected_columns": {"sex": "male"},
        "expected_events": {"asthma_events": []},
    },
}
