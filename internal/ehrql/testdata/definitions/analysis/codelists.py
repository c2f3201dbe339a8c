from ehrql import codelist_from_csv

asthma_codes = codelist_from_csv("codelists/opensafely-asthma-diagnosis.csv", column="code")
diabetes_codes = codelist_from_csv("codelists/opensafely-diabetes.csv", column="code")
hypertension_codes = codelist_from_csv("codelists/opensafely-hypertension.csv", column="CTV3ID")
statin_codes = codelist_from_csv("codelists/opensafely-statins.csv", column="dmd_id")
ethnicity_codes = codelist_from_csv(
    "codelists/opensafely-ethnicity-snomed.csv",
    column="snomedcode",
    category_column="Grouping_6",
)
cvd_icd10 = codelist_from_csv("codelists/icd10-cardiovascular.csv", column="icd10_code")
covid_vaccine_codes = codelist_from_csv("codelists/opensafely-covid-vaccine.csv", column="code")
frailty_codes = codelist_from_csv("local_codelists/frailty.csv", column="id")
ckd_stage_codes = codelist_from_csv("local_codelists/ckd-stages.csv", column="code", category_column="category")
