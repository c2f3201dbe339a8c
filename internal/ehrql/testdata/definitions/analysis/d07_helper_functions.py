from ehrql import create_dataset, days, years
from ehrql.tables.tpp import clinical_events, patients, practice_registrations
from variable_lib import has_prior_event, last_prior_event, registered_for, imd_quintile, issued_in_window
from codelists import asthma_codes, diabetes_codes, frailty_codes, statin_codes

index_date = "2020-06-01"


def has_condition(codes, lookback=None, where=True):
    events = clinical_events.where(where).where(clinical_events.snomedct_code.is_in(codes))
    if lookback is not None:
        events = events.where(clinical_events.date.is_after(index_date - lookback))
    return events.where(clinical_events.date.is_on_or_before(index_date)).exists_for_patient()


dataset = create_dataset()
dataset.define_population(registered_for(index_date) & patients.is_alive_on(index_date))
dataset.asthma_ever = has_prior_event(asthma_codes, index_date)
dataset.asthma_recent = has_condition(asthma_codes, lookback=years(2))
dataset.diabetes_with_value = has_condition(diabetes_codes, where=clinical_events.numeric_value.is_not_null())
dataset.frailty_last_date = last_prior_event(frailty_codes, index_date).date
dataset.frailty_last_value = last_prior_event(frailty_codes, index_date, where=clinical_events.numeric_value > 0).numeric_value
dataset.imd = imd_quintile(index_date)
dataset.statins_last_year = issued_in_window(statin_codes, index_date - days(365), index_date).count_for_patient()
