import dataset_definition

test_data = {}
