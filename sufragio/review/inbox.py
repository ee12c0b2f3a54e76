"""The inbox query: filters, search and ordering, written to stay fast at 50,000 letters.

Every filter is a column of ``review_reviewcase`` with a composite index ending in ``due_date``,
so PostgreSQL reads the first page straight off an index in due-date order (overdue first)
instead of sorting the table. Only the columns the table shows are loaded (``only``), the folio
and assignee come in the same query (``select_related``), and the counts per state are one
GROUP BY. Text search uses PostgreSQL's full-text index on the redacted text (created by this
app's migration) and a plain ``icontains`` on SQLite.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from django.db import connection
from django.db.models import BooleanField, Count, F, Func, QuerySet, Value
from django.http import QueryDict
from django.utils import timezone

from sufragio.review.access import visible_cases
from sufragio.review.models import CLOSED_STATES, OPEN_STATES, ReviewCase, State

_FOLIO = re.compile(r"^[A-Za-z]+(/[A-Za-z0-9-]+)+$")
PAGE_SIZE = 50


class SpanishTextMatch(Func):
    """``to_tsvector('spanish', text) @@ plainto_tsquery('spanish', query)`` — the same
    expression as the GIN index of migration 0002, so PostgreSQL answers from the index. The
    Spanish configuration stems words, so "solicito" also finds "solicitud"."""

    template = "to_tsvector('spanish'::regconfig, %(expressions)s)"
    arg_joiner = ") @@ plainto_tsquery('spanish'::regconfig, "
    output_field = BooleanField()


@dataclass
class Filters:
    """The inbox's filters as read from the query string (unknown values are ignored)."""

    estado: str = "abiertas"
    categoria: str = ""
    unidad: str = ""
    asignada: str = ""
    vence: str = ""
    q: str = ""

    @classmethod
    def from_query(cls, query: QueryDict) -> Filters:
        return cls(
            estado=query.get("estado", "abiertas") or "abiertas",
            categoria=query.get("categoria", "").strip(),
            unidad=query.get("unidad", "").strip(),
            asignada=query.get("asignada", "").strip(),
            vence=query.get("vence", "").strip(),
            q=query.get("q", "").strip()[:200],
        )

    @property
    def is_default_view(self) -> bool:
        """Open letters, no other filter: the view most requests ask for."""
        return self.estado == "abiertas" and not (
            self.categoria or self.unidad or self.asignada or self.vence or self.q
        )

    def querystring(self) -> str:
        """The filters as a query string, for pagination links."""
        from urllib.parse import urlencode

        items = {
            "estado": self.estado,
            "categoria": self.categoria,
            "unidad": self.unidad,
            "asignada": self.asignada,
            "vence": self.vence,
            "q": self.q,
        }
        return urlencode({k: v for k, v in items.items() if v})


def _state_filter(cases: QuerySet, estado: str) -> QuerySet:
    if estado == "abiertas":
        return cases.filter(state__in=OPEN_STATES)
    if estado == "cerradas":
        return cases.filter(state__in=CLOSED_STATES)
    if estado in State.values:
        return cases.filter(state=estado)
    return cases


def _search(cases: QuerySet, q: str) -> QuerySet:
    if _FOLIO.match(q):
        return cases.filter(letter__folio=q.upper())
    if connection.vendor == "postgresql":
        return cases.filter(SpanishTextMatch(F("letter__redacted_text"), Value(q)))
    return cases.filter(letter__redacted_text__icontains=q)


def filtered(user: Any, filters: Filters) -> QuerySet[ReviewCase]:
    """The cases ``user`` may see that match ``filters``, overdue first."""
    cases = _state_filter(visible_cases(user), filters.estado)
    if filters.categoria:
        cases = cases.filter(category=filters.categoria)
    if filters.unidad:
        cases = cases.filter(unit_code=filters.unidad)
    if filters.asignada == "yo":
        cases = cases.filter(assignee=user)
    elif filters.asignada == "nadie":
        cases = cases.filter(assignee__isnull=True)
    elif filters.asignada.isdigit():
        cases = cases.filter(assignee_id=int(filters.asignada))
    today = timezone.localdate()
    if filters.vence == "vencidas":
        cases = cases.filter(due_date__lt=today)
    elif filters.vence == "hoy":
        cases = cases.filter(due_date=today)
    elif filters.vence == "semana":
        cases = cases.filter(due_date__gte=today, due_date__lte=today + timedelta(days=7))
    if filters.q:
        cases = _search(cases, filters.q)
    return (
        cases.select_related("letter", "assignee")
        .only(
            "id",
            "state",
            "category",
            "unit_code",
            "due_date",
            "letter__id",
            "letter__folio",
            "letter__received",
            "assignee__id",
            "assignee__username",
        )
        .order_by(F("due_date").asc(nulls_last=True), "id")
    )


def state_counts(user: Any) -> dict[str, int]:
    """How many visible letters are in each state (one GROUP BY)."""
    rows = visible_cases(user).order_by().values("state").annotate(n=Count("id"))
    return {row["state"]: row["n"] for row in rows}
