"""Summarise the dataset: counts by age band and sex, and a chart.

Runs in the python:v2 environment (pandas, matplotlib) with the
generate_dataset action's output as its only input.
"""
import os

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402

dataset = pd.read_csv("output/dataset.csv.gz")
os.makedirs("output/report", exist_ok=True)

counts = (
    dataset.groupby(["age_band", "sex"], dropna=False)
    .agg(patients=("patient_id", "count"), with_asthma=("has_asthma", "sum"))
    .reset_index()
)
counts.to_csv("output/report/counts_by_age_band.csv", index=False)

fig, ax = plt.subplots(figsize=(6, 4))
counts.pivot_table(index="age_band", columns="sex", values="patients", fill_value=0).plot.bar(ax=ax)
ax.set_xlabel("Age band")
ax.set_ylabel("Patients")
ax.set_title("Registered patients by age band and sex")
fig.tight_layout()
fig.savefig("output/report/patients_by_age_band.png")
print(f"{len(dataset)} patients summarised into {len(counts)} rows")
