"""Generate the pyarrow-written fixtures and the golden CSV used by the Go tests.

Run from this directory with pyarrow installed:

    python3 make_fixtures.py

The rows mirror allRows in helpers_test.go. The CSV is written the way the
reference ehrQL writes it (Python's csv module, booleans as T/F, NULL as an
empty field); the Arrow file the way the reference writes it (IPC file
format, zstd, dictionary for categoricals); the Parquet file by pyarrow's
defaults.
"""

import csv
import datetime
import math

import pyarrow as pa
import pyarrow.parquet as pq

D = datetime.date
ROWS = [
    (3, True, -5, 0.1, "plain", D(2020, 1, 31), "a", 0, "123456"),
    (1, False, 1 << 40, 2.0, 'comma, "quote"', D(1900, 2, 28), "b,c", 65535, None),
    (2, None, None, None, None, None, None, None, None),
    (1, True, 0, 1e-05, "line\nbreak\r\nx", D(9999, 12, 31), "it's", 7, "999999"),
    (7, False, -(2**63), 1e16, " lead space", D(1, 1, 1), "a", 1, "100000"),
    (5, True, 2**63 - 1, -math.inf, "ünïcödé ✓", D(2024, 2, 29), None, None, ""),
    (4, None, 42, -0.0, "", D(1970, 1, 1), "b,c", 2, "123"),
]
NAMES = ["patient_id", "b", "i", "f", "s", "d", "cat", "n", "code"]
CATEGORIES = ["a", "b,c", "it's"]


def fmt(v):
    if v is None:
        return ""
    if v is True:
        return "T"
    if v is False:
        return "F"
    return v


with open("golden_all.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(NAMES)
    w.writerows([[fmt(v) for v in row] for row in ROWS])

columns = list(zip(*ROWS))
schema = pa.schema(
    [
        pa.field("patient_id", pa.int64(), nullable=False),
        pa.field("b", pa.bool_()),
        pa.field("i", pa.int64()),
        pa.field("f", pa.float64()),
        pa.field("s", pa.string()),
        pa.field("d", pa.date32()),
        pa.field("cat", pa.dictionary(pa.int8(), pa.string(), ordered=True)),
        pa.field("n", pa.uint16()),
        pa.field("code", pa.string()),
    ]
)
arrays = []
for name, col in zip(NAMES, columns):
    typ = schema.field(name).type
    if name == "cat":
        idx = pa.array([None if v is None else CATEGORIES.index(v) for v in col], pa.int8())
        arrays.append(pa.DictionaryArray.from_arrays(idx, pa.array(CATEGORIES)))
    else:
        arrays.append(pa.array(col, type=typ))
batch = pa.record_batch(arrays, schema=schema)
options = pa.ipc.IpcWriteOptions(compression="zstd")
with pa.OSFile("pyarrow_all.arrow", "wb") as sink:
    with pa.ipc.new_file(sink, schema, options=options) as writer:
        # Two batches, so that readers cross a batch boundary.
        writer.write(batch.slice(0, 4))
        writer.write(batch.slice(4))

table = pa.Table.from_batches([batch])
pq.write_table(table, "pyarrow_all.parquet")

# Other integer, float and date widths, which readers must widen.
widths = pa.table(
    {
        "patient_id": pa.array([2, 1, 3], pa.int32()),
        "i8": pa.array([-128, None, 127], pa.int8()),
        "u64": pa.array([0, 2**63 - 1, None], pa.uint64()),
        "f32": pa.array([0.1, None, -2.5], pa.float32()),
        "f16": pa.array([1.5, None, -0.25], pa.float16()),
        "d64": pa.array([D(2020, 1, 1), None, D(1969, 12, 31)], pa.date64()),
        "dict16": pa.array(["x", None, "y"]).dictionary_encode().cast(
            pa.dictionary(pa.int16(), pa.string())
        ),
        "extra": pa.array(["ignored", "ignored", "ignored"]),
    }
)
with pa.OSFile("pyarrow_widths.arrow", "wb") as sink:
    with pa.ipc.new_file(sink, widths.schema) as writer:
        writer.write_table(widths)
pq.write_table(widths.drop_columns(["f16"]), "pyarrow_widths.parquet")

# Types that do not match ehrQL column types.
mismatch = pa.table(
    {
        "patient_id": pa.array([1], pa.int64()),
        "ls": pa.array(["x"], pa.large_string()),
        "ts": pa.array([datetime.datetime(2020, 1, 1)], pa.timestamp("us")),
        "f": pa.array([1.0], pa.float64()),
        "dict": pa.array(["x"]).dictionary_encode(),
    }
)
with pa.OSFile("pyarrow_mismatch.arrow", "wb") as sink:
    with pa.ipc.new_file(sink, mismatch.schema) as writer:
        writer.write_table(mismatch)
pq.write_table(mismatch, "pyarrow_mismatch.parquet")
