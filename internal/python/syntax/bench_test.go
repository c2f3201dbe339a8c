package syntax

import (
	"fmt"
	"strings"
	"testing"
)

// definitionLike returns about n lines of Python resembling an ehrQL
// dataset definition: imports, functions with defaults, loops, dicts,
// f-strings and long method-call chains.
func definitionLike(n int) []byte {
	var b strings.Builder
	b.WriteString(`from ehrql import create_dataset, codelist_from_csv, days, years
from ehrql.tables.tpp import patients, practice_registrations, clinical_events, apcs
import argparse, sys
from analysis.codelists import *

parser = argparse.ArgumentParser()
parser.add_argument("--start", type=str, default="2020-01-01")
args = parser.parse_args(sys.argv[1:])
dataset = create_dataset()
index_date = args.start

`)
	lines := 11
	for i := 0; lines < n; i++ {
		fmt.Fprintf(&b, `# Section %[1]d: derived variables
def has_event_%[1]d(codelist, where=True, *, since="2020-01-01", until=None) -> bool:
    """Return whether the patient has a matching event (%[1]d)."""
    events = clinical_events.where(clinical_events.snomedct_code.is_in(codelist))
    if until is not None:
        events = events.where(events.date.is_on_or_between(since, until))
    elif where:
        events = events.where(events.date.is_on_or_before(index_date) & ~events.numeric_value.is_null())
    return events.sort_by(events.date).first_for_patient().exists_for_patient()

codes_%[1]d = {
    "asthma": codelist_from_csv("codelists/asthma-%[1]d.csv", column="code"),
    "copd": codelist_from_csv("codelists/copd-%[1]d.csv", column="code"),
    "diabetes": [f"{x:02d}" for x in range(%[1]d, %[1]d + 10) if x %% 2 == 0],
}
for name, codes in codes_%[1]d.items():
    setattr(dataset, f"has_{name}_%[1]d", has_event_%[1]d(codes, since=index_date - years(1)))
    for j in range(1, 4):
        col = getattr(apcs, f"diagnosis_{j:02d}")
        setattr(dataset, f"{name}_diag_{j}_%[1]d", col.is_in(codes) | (col == "X%[1]d") & (col != None))
dataset.age_%[1]d = (index_date - patients.date_of_birth).years if True else -1 * 2 ** 3
dataset.band_%[1]d = case(when(dataset.age_%[1]d < 18).then("0-17"), when(dataset.age_%[1]d >= 65).then("65+"), otherwise="18-64")
assert len(codes_%[1]d) == 3, f"unexpected {len(codes_%[1]d)!r} codelists"

`, i)
		lines += 25
	}
	return []byte(b.String())
}

func TestDefinitionLikeParses(t *testing.T) {
	src := definitionLike(2500)
	if _, err := Parse("def.py", src); err != nil {
		t.Fatal(err)
	}
}

func BenchmarkParse(b *testing.B) {
	src := definitionLike(2500)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse("def.py", src); err != nil {
			b.Fatal(err)
		}
	}
}
