"""Business days for reply deadlines: weekends and Mexico's statutory rest days do not count.

Deadlines in the taxonomy are días hábiles (e.g. LGPDPPSO art. 45, LGTAIP art. 134). The rest days
are those of Ley Federal del Trabajo art. 74 that fall on a fixed rule; the Institute's own
calendar (holiday periods agreed each year by its General Council) is not modelled here.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache


def _nth_monday(year: int, month: int, n: int) -> date:
    first = date(year, month, 1)
    offset = (7 - first.weekday()) % 7  # days to the first Monday
    return first + timedelta(days=offset + 7 * (n - 1))


@cache
def holidays(year: int) -> frozenset[date]:
    """LFT art. 74 rest days of ``year`` (1 Oct every six years, from 2024, is included)."""
    days = {
        date(year, 1, 1),
        _nth_monday(year, 2, 1),  # Constitution day
        _nth_monday(year, 3, 3),  # Benito Juárez
        date(year, 5, 1),
        date(year, 9, 16),
        _nth_monday(year, 11, 3),  # Revolution
        date(year, 12, 25),
    }
    if (year - 2024) % 6 == 0:
        days.add(date(year, 10, 1))  # transmission of the federal executive power
    return frozenset(days)


def is_business_day(day: date) -> bool:
    return day.weekday() < 5 and day not in holidays(day.year)


def add_business_days(start: date, days: int) -> date:
    """The date ``days`` business days after ``start`` (the day of receipt does not count)."""
    current = start
    remaining = max(days, 0)
    while remaining:
        current += timedelta(days=1)
        if is_business_day(current):
            remaining -= 1
    return current
