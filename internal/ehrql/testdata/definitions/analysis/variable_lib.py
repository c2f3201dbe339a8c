from ehrql import case, when, days
from ehrql.tables.tpp import (
    addresses,
    clinical_events,
    medications,
    patients,
    practice_registrations,
)


def has_prior_event(codelist, index_date, where=True):
    return (
        clinical_events.where(where)
        .where(clinical_events.snomedct_code.is_in(codelist))
        .where(clinical_events.date.is_before(index_date))
        .exists_for_patient()
    )


def last_prior_event(codelist, index_date, where=True):
    return (
        clinical_events.where(where)
        .where(clinical_events.snomedct_code.is_in(codelist))
        .where(clinical_events.date.is_on_or_before(index_date))
        .sort_by(clinical_events.date)
        .last_for_patient()
    )


def first_event_between(frame, codes, start, end, column="snomedct_code"):
    return (
        frame.where(getattr(frame, column).is_in(codes))
        .where(frame.date.is_on_or_between(start, end))
        .sort_by(frame.date)
        .first_for_patient()
    )


def age_band(age):
    return case(
        when(age < 18).then("0-17"),
        when(age < 40).then("18-39"),
        when(age < 50).then("40-49"),
        when(age < 60).then("50-59"),
        when(age < 70).then("60-69"),
        when(age < 80).then("70-79"),
        when(age >= 80).then("80+"),
        otherwise="missing",
    )


def registered_for(index_date, lookback=days(365)):
    return practice_registrations.spanning(index_date - lookback, index_date).exists_for_patient()


def issued_in_window(codelist, start, end):
    return medications.where(medications.dmd_code.is_in(codelist)).where(
        medications.date.is_on_or_between(start, end)
    )


def imd_quintile(index_date):
    return addresses.for_patient_on(index_date).imd_quintile
