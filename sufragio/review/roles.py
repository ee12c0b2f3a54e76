"""Who may do what on the review desk: the desk's roles (Django auth groups) and capabilities.

Roles are groups so that an institution manages them in the admin like any other permission.
The governance ``admin`` group doubles as the desk's administrator, and a Django superuser counts
as ``admin``. Every view, API endpoint and workflow step asks the functions here, so a rule lives
in one place.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import Group

REVIEWER = "reviewer"
SUPERVISOR = "supervisor"
UNIT_STAFF = "unit_staff"
ADMIN = "admin"

ALL_ROLES: tuple[str, ...] = (REVIEWER, SUPERVISOR, UNIT_STAFF, ADMIN)
#: Roles that edit, return and approve replies (the legal department and its supervisors).
LEGAL = frozenset({REVIEWER, SUPERVISOR, ADMIN})
#: Roles that reassign work and approve replies in sensitive categories.
SENIOR = frozenset({SUPERVISOR, ADMIN})

#: Categories whose replies only a supervisor may approve: political gender violence, complaints,
#: data-protection (ARCO) requests and legal opinions carry legal risk for the person writing and
#: for the Institute, so a second, senior pair of eyes signs them off.
SENSITIVE_CATEGORIES: frozenset[str] = frozenset(
    {"violencia_politica_genero", "queja_denuncia", "datos_personales_arco", "consulta_juridica"}
)


def roles_of(user: Any) -> frozenset[str]:
    """Desk roles held by an active, authenticated ``user`` (a superuser counts as admin)."""
    if user is None or not getattr(user, "is_authenticated", False) or not user.is_active:
        return frozenset()
    cached = getattr(user, "_review_roles", None)
    if cached is None:
        names = set(user.groups.filter(name__in=ALL_ROLES).values_list("name", flat=True))
        if user.is_superuser:
            names.add(ADMIN)
        cached = frozenset(names)
        user._review_roles = cached
    return cached


def is_legal(user: Any) -> bool:
    """Edits drafts, corrects categories, returns and approves (non-sensitive) replies."""
    return bool(roles_of(user) & LEGAL)


def is_senior(user: Any) -> bool:
    """Reassigns work and approves sensitive categories."""
    return bool(roles_of(user) & SENIOR)


def may_use_desk(user: Any) -> bool:
    """Any desk role at all (unit staff read their unit's letters)."""
    return bool(roles_of(user))


def is_sensitive(category: str) -> bool:
    return category in SENSITIVE_CATEGORIES


def ensure_groups() -> list[str]:
    """Create the desk's groups (idempotent); returns the names that were missing."""
    return [name for name in ALL_ROLES if Group.objects.get_or_create(name=name)[1]]
