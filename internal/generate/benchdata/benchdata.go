// Package benchdata holds the workload of the generate-dataset benchmark:
// synthetic dummy tables of any size (made by package exampledata, with
// about 40 clinical events and 20 medications per patient) and a
// 20-variable dataset definition over them, typical of the studies run on
// the platform. scripts/bench-generate-dataset.sh writes them through
// TestWriteBenchData and times `ehrql generate-dataset`;
// internal/generate's BenchmarkDataset profiles the same work in process.
package benchdata

import (
	"os"
	"path/filepath"

	"github.com/opensafely-go/opensafely/internal/exampledata"
	"github.com/opensafely-go/opensafely/internal/fileformats"
)

// Options returns the data options for n patients.
func Options(n int) exampledata.Options {
	return exampledata.Options{Patients: n, EventsPerPatient: 40, MedicationsPerPatient: 20, Seed: 1}
}

// WriteTables writes dummy tables for n patients into dir in format f.
func WriteTables(dir string, n int, f fileformats.Format) error {
	_, err := exampledata.Write(dir, f, exampledata.Generate(Options(n)))
	return err
}

// WriteDefinition writes Definition to dir/dataset_definition.py and
// returns its path.
func WriteDefinition(dir string) (string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	path := filepath.Join(dir, "dataset_definition.py")
	return path, os.WriteFile(path, []byte(Definition), 0o644)
}

// Definition is the benchmark's dataset definition: 20 variables over
// every core table (registration, demographics, counts, exists, first
// and last events over codelists, numeric values, medications, deaths).
const Definition = `from ehrql import case, create_dataset, days, when
from ehrql.tables.core import clinical_events, medications, ons_deaths, patients, practice_registrations

index_date = "2024-01-01"
hypertension = ["38341003"]
asthma = ["195967001"]
diabetes = ["44054006", "46635009"]
cardiovascular = ["22298006", "230690007", "49436004", "84114007"]
smoking = ["77176002", "8517006", "266919005"]
statins = ["320000009", "320029005"]
inhalers = ["39113611000001102", "3483411000001104"]
antihypertensives = ["319283006", "318901007"]

dataset = create_dataset()
registration = practice_registrations.for_patient_on(index_date)
dataset.define_population(registration.exists_for_patient() & patients.is_alive_on(index_date))

events = clinical_events.where(clinical_events.date.is_on_or_before(index_date))
meds = medications.where(medications.date.is_on_or_before(index_date))
last_year = index_date - days(365)

dataset.practice = registration.practice_pseudo_id
dataset.registered_since = registration.start_date
dataset.sex = patients.sex
dataset.age = patients.age_on(index_date)
dataset.age_band = case(
    when(dataset.age < 18).then("0-17"),
    when(dataset.age < 65).then("18-64"),
    otherwise="65+",
)
dataset.has_hypertension = events.where(events.snomedct_code.is_in(hypertension)).exists_for_patient()
dataset.first_hypertension = events.where(events.snomedct_code.is_in(hypertension)).sort_by(events.date).first_for_patient().date
dataset.asthma_events = events.where(events.snomedct_code.is_in(asthma)).count_for_patient()
dataset.last_asthma = events.where(events.snomedct_code.is_in(asthma)).sort_by(events.date).last_for_patient().date
dataset.has_diabetes = events.where(events.snomedct_code.is_in(diabetes)).exists_for_patient()
dataset.cvd_events = events.where(events.snomedct_code.is_in(cardiovascular)).count_for_patient()
dataset.smoking_status = events.where(events.snomedct_code.is_in(smoking)).sort_by(events.date).last_for_patient().snomedct_code
dataset.last_systolic = events.where(events.snomedct_code == "271649006").sort_by(events.date).last_for_patient().numeric_value
dataset.max_bmi = events.where(events.snomedct_code == "60621009").numeric_value.maximum_for_patient()
dataset.events_last_year = events.where(events.date.is_on_or_after(last_year)).count_for_patient()
dataset.statin_issues = meds.where(meds.dmd_code.is_in(statins)).count_for_patient()
dataset.first_statin = meds.where(meds.dmd_code.is_in(statins)).sort_by(meds.date).first_for_patient().date
dataset.inhalers_last_year = meds.where(meds.dmd_code.is_in(inhalers)).where(meds.date.is_on_or_after(last_year)).count_for_patient()
dataset.on_antihypertensives = meds.where(meds.dmd_code.is_in(antihypertensives)).exists_for_patient()
dataset.died = ons_deaths.date
`
