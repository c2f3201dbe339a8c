package generate

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/opensafely-go/opensafely/internal/querymodel"
	"github.com/opensafely-go/opensafely/internal/tables"
)

// ExitPermission is the exit code of a PermissionError (EHRQLPermissionError).
const ExitPermission = 12

// PermissionError reports restricted tables or features that a dummy-data
// run uses without claiming them.
type PermissionError struct{ Msg string }

func (e *PermissionError) Error() string { return e.Msg }

// ExitCode implements the CLI's exit-code interface.
func (e *PermissionError) ExitCode() int { return ExitPermission }

// permission is one permission a dataset needs and why.
type permission struct{ name, reason string }

// requiredPermissions lists the permissions a dataset needs: one per
// restricted table permission (in order of first use), then
// event_level_data for event tables.
func requiredPermissions(ds *querymodel.Dataset) []permission {
	var names []string
	byName := map[string][]string{}
	for _, t := range UsedTables(ds) {
		if p := t.RequiredPermission; p != "" {
			if _, seen := byName[p]; !seen {
				names = append(names, p)
			}
			byName[p] = append(byName[p], "`"+tables.DisplayName(t)+"`")
		}
	}
	var perms []permission
	for _, p := range names {
		perms = append(perms, permission{p, "required for access to the " + tableList(byName[p])})
	}
	if len(ds.Events) > 0 {
		perms = append(perms, permission{"event_level_data", "required in order to use the `dataset.add_event_table()` method"})
	}
	return perms
}

// tableList joins quoted table names: "`a` table", "`a` and `b` tables",
// "`a`, `b` and `c` tables".
func tableList(names []string) string {
	if len(names) == 1 {
		return names[0] + " table"
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1] + " tables"
}

// CheckClaimed returns a *PermissionError when a dummy-data run uses
// restricted tables or features that the definition has not claimed with
// claim_permissions(); the message shows the call to add.
func CheckClaimed(ds *querymodel.Dataset, claimed []string) error {
	var missing []permission
	for _, p := range requiredPermissions(ds) {
		if !slices.Contains(claimed, p.name) {
			missing = append(missing, p)
		}
	}
	if len(missing) == 0 {
		return nil
	}
	var list, claims []string
	for _, c := range claimed {
		claims = append(claims, fmt.Sprintf("%q", c))
	}
	for _, p := range missing {
		list = append(list, fmt.Sprintf("    * %s: %s", p.name, p.reason))
		claims = append(claims, fmt.Sprintf("%q", p.name))
	}
	var b strings.Builder
	b.WriteString("Some of the tables or features you are using require special permission to use with real\n")
	b.WriteString("patient data. The permissions needed are:\n\n")
	b.WriteString(strings.Join(list, "\n"))
	b.WriteString("\n\nYou can continue to work on your code using dummy data by “claiming” the required permisions:\n\n")
	b.WriteString("    from ehrql import claim_permissions\n")
	fmt.Fprintf(&b, "    claim_permissions(%s)\n\n", strings.Join(claims, ", "))
	b.WriteString("Note that you will only be able to run your code against real data if you actually have these\n")
	b.WriteString("permissions assigned by the OpenSAFELY team. For more information see:\n")
	b.WriteString("https://docs.opensafely.org/ehrql/reference/language/#permissions")
	return &PermissionError{Msg: b.String()}
}

// ParsePermissions parses $EHRQL_PERMISSIONS: a JSON list of permission
// names; empty means none.
func ParsePermissions(env string) ([]string, error) {
	if strings.TrimSpace(env) == "" {
		return nil, nil
	}
	var perms []string
	if err := json.Unmarshal([]byte(env), &perms); err != nil {
		return nil, fmt.Errorf("EHRQL_PERMISSIONS must be a JSON list of permission names, such as [\"appointments\"]: %v", err)
	}
	return perms, nil
}

// CheckGranted returns a *PermissionError when a real-data run uses
// restricted tables or features without the permissions granted to it
// ($EHRQL_PERMISSIONS).
func CheckGranted(ds *querymodel.Dataset, granted []string) error {
	var list []string
	for _, p := range requiredPermissions(ds) {
		if !slices.Contains(granted, p.name) {
			list = append(list, fmt.Sprintf("    * %s: %s", p.name, p.reason))
		}
	}
	if len(list) == 0 {
		return nil
	}
	return &PermissionError{Msg: "You do not currently have all the permissions needed for this action.\n\n" +
		"Missing permissions are:\n\n" + strings.Join(list, "\n") + "\n\n" +
		"If you think this is a mistake and that you should have these permissions please contact OpenSAFELY support."}
}
