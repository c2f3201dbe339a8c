from datetime import date

from dataset_definition import dataset

test_data = {
    # A dict stands for one row, even for an event table; any value Python
    # reads as true or false will do for expected_in_population.
    1: {
        "patients": {"date_of_birth": date(2010, 1, 1), "sex": "female"},
        "clinical_events": {"date": date(2020, 1, 1)},
        "expected_in_population": 0,
    },
    2: {
        "patients": "female",
        "clinical_events": [date(2020, 1, 1)],
        "expected_columns": ["age"],
    },
    3: {
        "patients": {"date_of_birth": date(1950, 1, 1), 1: "female"},
        "clinical_events": [],
        "expected_columns": {"age": 74, 2: 3},
    },
}
