from datetime import date


def last_matching_event(events, codelist, on_or_before):
    """The latest event with a code in codelist on or before a date."""
    return (
        events.where(events.snomedct_code.is_in(codelist))
        .where(events.date.is_on_or_before(on_or_before))
        .sort_by(events.date)
        .last_for_patient()
    )


def interval_starts(start, count):
    starts = []
    year, month = start.year, start.month
    for _ in range(count):
        starts.append(date(year, month, 1))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return starts


def age_bands(width, *, lowest=18, highest=90):
    return [(lo, lo + width - 1) for lo in range(lowest, highest, width)]
