"""AI-literacy training records, and the check the review desk makes before showing AI output.

INE staff may use AI tools only once trained; a record expires so that training is renewed as the
tools change.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from django.db import transaction
from django.utils import timezone

from sufragio.audit.log import record
from sufragio.governance import roles
from sufragio.governance.models import TrainingRecord
from sufragio.governance.workflow import Forbidden, WorkflowError

#: Validity of a training record when the admin does not give an expiry date.
DEFAULT_VALIDITY = timedelta(days=365)


@transaction.atomic
def record_training(
    user: Any,
    course: str,
    completed_on: date,
    recorded_by: Any,
    expires_on: date | None = None,
) -> TrainingRecord:
    """Store (and audit) that ``user`` completed ``course``; only governance admins record it."""
    if roles.ADMIN not in roles.roles_of(recorded_by):
        raise Forbidden("solo el rol «admin» registra capacitaciones en IA")
    if not course.strip():
        raise WorkflowError("el nombre del curso es obligatorio")
    expires_on = expires_on or completed_on + DEFAULT_VALIDITY
    if expires_on <= completed_on:
        raise WorkflowError("el vencimiento debe ser posterior a la fecha de conclusión")
    row = TrainingRecord.objects.create(
        user=user,
        course=course.strip(),
        completed_on=completed_on,
        expires_on=expires_on,
        recorded_by=recorded_by,
    )
    audit_training(row)
    return row


def audit_training(row: TrainingRecord) -> None:
    """Audit-log entry for a stored training record (also used by the Django admin)."""
    record(
        row.recorded_by.username,
        "governance.training",
        f"user:{row.user_id}",
        None,
        {
            "course": row.course,
            "completed_on": row.completed_on.isoformat(),
            "expires_on": row.expires_on.isoformat(),
        },
    )


def user_may_use_ai(user: Any) -> bool:
    """True when ``user`` is an active account with an unexpired AI-literacy training record."""
    if user is None or not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    return TrainingRecord.objects.filter(user=user, expires_on__gte=timezone.localdate()).exists()
