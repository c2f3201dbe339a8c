from dataset_definition import dataset

test_data = [1, 2]
