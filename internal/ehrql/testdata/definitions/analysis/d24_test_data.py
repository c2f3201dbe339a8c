from datetime import date
from d01_research_template import dataset

test_data = {
    1: {
        "patients": {"date_of_birth": date(1980, 1, 1), "sex": "female"},
        "practice_registrations": [{"start_date": date(2010, 1, 1), "end_date": None, "practice_pseudo_id": 1}],
        "expected_in_population": True,
        "expected_columns": {"sex": "female", "age": 40},
    },
    2: {
        "patients": {"date_of_birth": date(1990, 6, 1), "sex": "male"},
        "practice_registrations": [],
        "expected_in_population": False,
    },
}
