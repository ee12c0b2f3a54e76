"""Figures for the desk's dashboard, each one or two aggregate queries, and their bar charts.

Charts are drawn on the server as inline SVG from :class:`BarChart` (no JavaScript, no network),
and every chart comes with the same numbers as a table, so screen-reader users and anyone who
prints the page get the data too.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from django.db.models import Count, F, Q
from django.db.models.functions import TruncDate
from django.utils import timezone

from sufragio.review.access import visible_cases
from sufragio.review.categories import category_name
from sufragio.review.models import CLOSED_STATES, OPEN_STATES

DAYS = 30
BAR_HEIGHT = 22
LABEL_WIDTH = 230
PLOT_WIDTH = 360


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    shown: str
    y: int
    width: float


@dataclass(frozen=True)
class BarChart:
    """A horizontal bar chart, laid out for the SVG template."""

    slug: str
    title: str
    description: str
    bars: list[Bar]
    height: int
    label_width: int = LABEL_WIDTH
    plot_width: int = PLOT_WIDTH

    @property
    def value_x(self) -> int:
        return self.label_width + 6


def bar_chart(
    slug: str, title: str, description: str, rows: list[tuple[str, float]], fmt: str = "{:g}"
) -> BarChart:
    top = max((v for _, v in rows), default=0) or 1
    bars = [
        Bar(
            label=label,
            value=value,
            shown=fmt.format(value),
            y=i * BAR_HEIGHT,
            width=round(value / top * (PLOT_WIDTH - 60), 1),
        )
        for i, (label, value) in enumerate(rows)
    ]
    return BarChart(slug, title, description, bars, max(len(bars), 1) * BAR_HEIGHT)


def letters_per_day(user: Any) -> list[tuple[str, float]]:
    since = timezone.now() - timedelta(days=DAYS)
    rows = (
        visible_cases(user)
        .filter(letter__received__gte=since)
        .annotate(day=TruncDate("letter__received"))
        .values("day")
        .annotate(n=Count("id"))
        .order_by("day")
    )
    return [(row["day"].strftime("%d/%m"), row["n"]) for row in rows]


def letters_per_category(user: Any) -> list[tuple[str, float]]:
    rows = visible_cases(user).values("category").annotate(n=Count("id")).order_by("-n")
    return [(category_name(r["category"]) or "—", r["n"]) for r in rows]


def backlog_by_unit(user: Any) -> list[dict]:
    today = timezone.localdate()
    rows = (
        visible_cases(user)
        .filter(state__in=OPEN_STATES)
        .values("unit_code")
        .annotate(n=Count("id"), overdue=Count("id", filter=Q(due_date__lt=today)))
        .order_by("-n")
    )
    return [{"unit": r["unit_code"] or "—", "n": r["n"], "overdue": r["overdue"]} for r in rows]


def sla(user: Any) -> dict:
    """Replies approved on or before their due date, out of all approved replies."""
    totals = (
        visible_cases(user)
        .filter(state__in=CLOSED_STATES, approved_at__isnull=False)
        .aggregate(
            closed=Count("id"),
            on_time=Count("id", filter=Q(approved_at__date__lte=F("due_date"))),
        )
    )
    closed = totals["closed"] or 0
    percent = round(100 * totals["on_time"] / closed) if closed else None
    return {"closed": closed, "on_time": totals["on_time"], "percent": percent}


def category_accuracy(user: Any) -> list[dict]:
    """Per AI category: reviewed letters and how many kept the category the AI proposed."""
    rows = (
        visible_cases(user)
        .filter(state__in=CLOSED_STATES)
        .exclude(ai_category="")
        .values("ai_category")
        .annotate(n=Count("id"), kept=Count("id", filter=Q(category=F("ai_category"))))
        .order_by("ai_category")
    )
    return [
        {
            "category": category_name(r["ai_category"]),
            "n": r["n"],
            "kept": r["kept"],
            "accuracy": r["kept"] / r["n"],
        }
        for r in rows
    ]


def median_edit_ratio(user: Any) -> list[tuple[str, float]]:
    values: dict[str, list[float]] = defaultdict(list)
    rows = (
        visible_cases(user)
        .filter(edit_ratio__isnull=False)
        .values_list("category", "edit_ratio")
        .iterator(chunk_size=2000)
    )
    for cat, ratio in rows:
        values[cat].append(ratio)
    return sorted(
        ((category_name(c), round(statistics.median(v), 3)) for c, v in values.items()),
        key=lambda row: -row[1],
    )


def overall_accuracy(rows: list[dict]) -> float | None:
    n = sum(r["n"] for r in rows)
    return sum(r["kept"] for r in rows) / n if n else None
