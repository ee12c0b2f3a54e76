"""Which letters a person may see on the desk.

The legal department (reviewer, supervisor, admin) sees every letter; unit staff see only the
letters routed to their own units (:class:`~sufragio.review.models.UnitMembership`). A letter
outside someone's scope answers 404, so its folio does not even confirm that it exists. The
unredacted text and the original file are for the legal department only.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import Http404

from sufragio.governance.training import user_may_use_ai
from sufragio.review import roles
from sufragio.review.models import ReviewCase, UnitMembership


def require_desk(user: Any) -> None:
    """403 unless ``user`` holds a desk role and a current AI-literacy training record."""
    if not roles.may_use_desk(user):
        raise PermissionDenied("sin rol en la mesa de revisión")
    if not user_may_use_ai(user):
        raise PermissionDenied("requiere capacitación vigente en IA")


def units_of(user: Any) -> list[str]:
    return list(UnitMembership.objects.filter(user=user).values_list("unit_code", flat=True))


def visible_cases(user: Any) -> QuerySet[ReviewCase]:
    """Cases ``user`` may see (empty for anyone without a desk role)."""
    cases = ReviewCase.objects.all()
    if roles.is_legal(user):
        return cases
    if roles.UNIT_STAFF in roles.roles_of(user):
        return cases.filter(unit_code__in=units_of(user))
    return cases.none()


def case_for(user: Any, letter_pk: int) -> ReviewCase:
    """The case of letter ``letter_pk`` if ``user`` may see it; 404 otherwise."""
    require_desk(user)
    case = visible_cases(user).select_related("letter", "assignee", "approved_by")
    found = case.filter(letter_id=letter_pk).first()
    if found is None:
        raise Http404("carta no encontrada")
    return found


def sees_personal_data(user: Any) -> bool:
    """Only the legal department reads the original letter and its unredacted text."""
    return roles.is_legal(user)
