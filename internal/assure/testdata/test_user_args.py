import argparse
from datetime import date

from dataset_definition import dataset

parser = argparse.ArgumentParser()
parser.add_argument("--born", type=int)
born = parser.parse_args().born

test_data = {
    1: {
        "patients": {"date_of_birth": date(born, 1, 1), "sex": "female"},
        "clinical_events": [],
        "expected_columns": {"age": 2024 - born},
    },
}
