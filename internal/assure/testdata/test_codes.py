from datetime import date

from ehrql.codes import SNOMEDCTCode

from dataset_definition import dataset

# Codes may be given as strings or code objects; an int fits a float column.
test_data = {
    1: {
        "patients": {"date_of_birth": date(1980, 6, 1), "sex": "intersex"},
        "clinical_events": [
            {"date": date(2021, 1, 1), "snomedct_code": SNOMEDCTCode("195967001"), "numeric_value": 250},
        ],
        "expected_columns": {"has_asthma": True, "last_peak_flow": 250, "last_asthma_date": date(2021, 1, 1)},
    },
}
