from ehrql import codelist_from_csv, create_dataset, years
from ehrql.tables.core import clinical_events, medications, patients, practice_registrations

asthma = codelist_from_csv("codelists/asthma.csv", column="code")
copd = codelist_from_csv("codelists/copd.csv", column="code")
index_date = "2024-01-01"
dataset = create_dataset()
dataset.configure_dummy_data(population_size=1000)
has_asthma = clinical_events.where(clinical_events.snomedct_code.is_in(asthma)).exists_for_patient()
adult = patients.age_on(index_date) >= 18
copd_after_18 = clinical_events.where(clinical_events.snomedct_code.is_in(copd)).where(
    clinical_events.date > patients.date_of_birth + years(18)).exists_for_patient()
reg1y = practice_registrations.where(practice_registrations.start_date <= "2023-01-01").exists_for_patient()
dataset.define_population(reg1y & ~has_asthma & adult & copd_after_18 & patients.age_on(index_date).is_in([40, 41, 42, 43]))
dataset.has_asthma = has_asthma
dataset.age = patients.age_on(index_date)
dataset.first_copd = clinical_events.where(clinical_events.snomedct_code.is_in(copd)).sort_by(clinical_events.date).first_for_patient().date
dataset.events = clinical_events.count_for_patient()
dataset.sex = patients.sex
