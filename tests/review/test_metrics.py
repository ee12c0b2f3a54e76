"""Edit ratio, word diff and business-day arithmetic."""

from __future__ import annotations

from datetime import date

import pytest

from sufragio.review.calendar import add_business_days, holidays, is_business_day
from sufragio.review.metrics import edit_ratio, word_diff


def test_edit_ratio_bounds():
    assert edit_ratio("igual", "igual") == 0.0
    assert edit_ratio("abc", "xyz") == 1.0
    small = edit_ratio("Se acusa recibo de su escrito.", "Se acusa recibo de su carta.")
    assert 0 < small < 0.3


def test_word_diff_marks_and_escapes():
    diff = word_diff("Hola <b>mundo</b> cruel", "Hola <b>mundo</b> amable y justo")
    assert "<del>cruel</del>" in diff.html
    assert "<ins>amable y justo</ins>" in diff.html
    assert "&lt;b&gt;mundo&lt;/b&gt;" in diff.html
    assert "<b>" not in diff.html
    assert (diff.inserted, diff.deleted) == (3, 1)


@pytest.mark.parametrize(
    ("start", "days", "expected"),
    [
        (date(2026, 3, 6), 1, date(2026, 3, 9)),  # Friday → Monday
        (date(2026, 3, 13), 1, date(2026, 3, 17)),  # skips Monday 16 March (third Monday)
        (date(2026, 12, 24), 1, date(2026, 12, 28)),  # skips Christmas and the weekend
        (date(2026, 3, 2), 0, date(2026, 3, 2)),
    ],
)
def test_add_business_days(start, days, expected):
    assert add_business_days(start, days) == expected


def test_holiday_rules():
    assert date(2026, 2, 2) in holidays(2026)  # first Monday of February
    assert date(2026, 11, 16) in holidays(2026)  # third Monday of November
    assert date(2030, 10, 1) in holidays(2030)  # change of federal executive
    assert date(2026, 10, 1) not in holidays(2026)
    assert not is_business_day(date(2026, 9, 16))
    assert is_business_day(date(2026, 9, 17))
