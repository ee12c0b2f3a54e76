"""The letter taxonomy as the desk uses it: category names, units and deadlines.

One cached load per process; the desk reads it for filters and to re-route a corrected letter.
"""

from __future__ import annotations

from functools import cache

from sufragio.inquiries.triage.taxonomy import Category, Taxonomy, load_taxonomy

#: Business days allowed when a letter has no category yet (the taxonomy's usual service level).
DEFAULT_DEADLINE_DAYS = 10


@cache
def taxonomy() -> Taxonomy:
    return load_taxonomy()


def category(category_id: str) -> Category | None:
    try:
        return taxonomy()[category_id]
    except KeyError:
        return None


def category_choices() -> list[tuple[str, str]]:
    return [(c.id, c.name) for c in taxonomy().categories]


def unit_choices() -> list[tuple[str, str]]:
    """(unit_code, unit name), once per unit, in taxonomy order."""
    seen: dict[str, str] = {}
    for c in taxonomy().categories:
        seen.setdefault(c.unit_code, c.unit)
    return list(seen.items())


def category_name(category_id: str) -> str:
    found = category(category_id)
    return found.name if found else category_id
