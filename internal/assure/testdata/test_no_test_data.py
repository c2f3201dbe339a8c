from dataset_definition import dataset

tests = {}
