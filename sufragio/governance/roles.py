"""The governance roles, as Django auth groups, and the one question every check asks: which roles
does this person hold?"""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import Group

UNIT_REQUESTER = "unit_requester"
GGTIC = "ggtic"
COMMITTEE = "committee"
COMMITTEE_CHAIR = "committee_chair"
ADMIN = "admin"

ALL_ROLES: tuple[str, ...] = (UNIT_REQUESTER, GGTIC, COMMITTEE, COMMITTEE_CHAIR, ADMIN)


def roles_of(user: Any) -> frozenset[str]:
    """Governance roles held by ``user``; a Django superuser counts as ``admin`` and nothing more,
    so that operating the platform never lets someone vote or give a technical opinion."""
    if user is None or not getattr(user, "is_authenticated", False) or not user.is_active:
        return frozenset()
    names = set(user.groups.filter(name__in=ALL_ROLES).values_list("name", flat=True))
    if user.is_superuser:
        names.add(ADMIN)
    return frozenset(names)


def is_governance_staff(user: Any) -> bool:
    """Who may read the internal registry pages: any governance role, or Django staff."""
    return bool(roles_of(user)) or bool(getattr(user, "is_staff", False) and user.is_active)


def ensure_groups() -> list[str]:
    """Create the role groups (idempotent); returns the names that were missing."""
    return [name for name in ALL_ROLES if Group.objects.get_or_create(name=name)[1]]
