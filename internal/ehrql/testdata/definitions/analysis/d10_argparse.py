# args: --codelist asthma_codes --include-age --start-date 2021-06-01
import argparse
from ehrql import create_dataset, years
from ehrql.tables.tpp import clinical_events, patients, practice_registrations
import codelists

parser = argparse.ArgumentParser()
parser.add_argument("--start-date", type=str, default="2020-01-01")
parser.add_argument("--codelist", type=str)
parser.add_argument("--lookback", type=int, default=1)
parser.add_argument("--include-age", action="store_true")
args = parser.parse_args()

codes = getattr(codelists, args.codelist)

dataset = create_dataset()
dataset.define_population(practice_registrations.for_patient_on(args.start_date).exists_for_patient())
events = clinical_events.where(clinical_events.snomedct_code.is_in(codes)).where(
    clinical_events.date.is_between_but_not_on(args.start_date - years(args.lookback), args.start_date)
)
dataset.has_event = events.exists_for_patient()
dataset.latest = events.date.maximum_for_patient()
if args.include_age:
    dataset.age = patients.age_on(args.start_date)
