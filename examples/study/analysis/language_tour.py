# A tour of the Python language features real definitions use (argparse,
# json config, helper modules, f-strings, functools), run by our interpreter:
#   ehrql run-python analysis/language_tour.py -- --intervals 3 --verbose
import argparse
import json
from datetime import date, datetime
from functools import reduce
import operator

from variables import age_bands, interval_starts
import config

parser = argparse.ArgumentParser()
parser.add_argument("--start-date", type=date.fromisoformat, default=date(2024, 1, 1))
parser.add_argument("--intervals", type=int, default=3)
parser.add_argument("--verbose", action="store_true")
args = parser.parse_args()

with open("analysis/study_config.json") as f:
    study = json.load(f)

codes = {}
with open("codelists/asthma.csv") as f:
    header = next(f)
    for line in f:
        code, term = line.strip().split(",", 1)
        codes[code] = term

print(f"Study {study['name']!r}: {len(codes)} asthma codes, index date {config.INDEX_DATE}")
for i, start in enumerate(interval_starts(args.start_date, args.intervals), start=1):
    print(f"  interval {i:02d} starts {start:%Y-%m-%d}")
print("age bands:", ", ".join(f"{lo}-{hi}" for lo, hi in age_bands(study["band_width"])))
print("all flags:", reduce(operator.or_, [1, 2, 4]))
if args.verbose:
    print("parsed at", datetime.strptime("2024-03-01", "%Y-%m-%d").date())
