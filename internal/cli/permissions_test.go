package cli

import (
	"os"
	"strings"
	"testing"
)

// A dummy-data run must claim the permissions that restricted tables need
// on real data; otherwise it stops with exit code 12 and says what to add.
func TestGenerateDatasetRequiresClaimedPermissions(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	def := `from ehrql import create_dataset%s
from ehrql.tables.tpp import appointments, patients
%s
dataset = create_dataset()
dataset.define_population(patients.exists_for_patient())
dataset.n = appointments.count_for_patient()
`
	write := func(name, content string) {
		if err := os.WriteFile(name, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.MkdirAll("tables", 0o755); err != nil {
		t.Fatal(err)
	}
	write("tables/patients.csv", "patient_id,date_of_birth,sex\n1,1990-01-01,female\n")
	write("tables/appointments.csv", "patient_id,booked_date,start_date,seen_date,status\n1,2020-01-01,2020-01-02,,Finished\n")
	write("unclaimed.py", strings.Replace(strings.Replace(def, "%s", "", 1), "%s", "", 1))
	write("claimed.py", strings.Replace(strings.Replace(def, "%s", ", claim_permissions", 1), "%s", `claim_permissions("appointments")`, 1))

	code, _, errOut := run(t, Ehrql(), "generate-dataset", "unclaimed.py", "--dummy-tables", "tables", "--output", "out.csv")
	want := "    * appointments: required for access to the `tpp.appointments` table\n"
	if code != 12 || !strings.Contains(errOut, want) || !strings.Contains(errOut, `    claim_permissions("appointments")`) {
		t.Errorf("unclaimed: code %d, stderr:\n%s", code, errOut)
	}
	if _, err := os.Stat("out.csv"); err == nil {
		t.Error("a refused run wrote its output")
	}

	code, out, errOut := run(t, Ehrql(), "generate-dataset", "claimed.py", "--dummy-tables", "tables")
	if code != 0 || out != "patient_id,n\r\n1,1\r\n" {
		t.Errorf("claimed: code %d, stdout %q, stderr %s", code, out, errOut)
	}
}
