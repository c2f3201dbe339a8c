from datetime import date


def interval_starts(start, count):
    starts = []
    year, month = start.year, start.month
    for _ in range(count):
        starts.append(date(year, month, 1))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return starts


def age_bands(width, *, lowest=18, highest=90):
    return [(lo, lo + width - 1) for lo in range(lowest, highest, width)]
