"""AI-literacy training records and the check the review desk makes."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from sufragio.audit.models import AuditEntry
from sufragio.governance import workflow
from sufragio.governance.training import record_training, user_may_use_ai


def test_only_trained_users_may_use_ai(people) -> None:
    today = timezone.localdate()
    user = people["outsider"]
    assert not user_may_use_ai(user)
    row = record_training(user, "Alfabetización en IA", today, people["admin"])
    assert row.expires_on == today + timedelta(days=365)
    assert user_may_use_ai(user)
    entry = AuditEntry.objects.get(action="governance.training")
    assert (entry.actor, entry.object_ref) == ("admin", f"user:{user.pk}")


def test_expired_training_does_not_count(people) -> None:
    long_ago = timezone.localdate() - timedelta(days=400)
    record_training(people["outsider"], "Curso 2024", long_ago, people["admin"])
    assert not user_may_use_ai(people["outsider"])


def test_inactive_or_anonymous_users_may_not(people) -> None:
    from django.contrib.auth.models import AnonymousUser

    user = people["outsider"]
    record_training(user, "Curso", timezone.localdate(), people["admin"])
    user.is_active = False
    user.save()
    assert not user_may_use_ai(user)
    assert not user_may_use_ai(AnonymousUser())


def test_only_admins_record_training(people) -> None:
    with pytest.raises(workflow.Forbidden):
        record_training(people["outsider"], "Curso", timezone.localdate(), people["chair"])
    with pytest.raises(workflow.WorkflowError, match="posterior"):
        today = timezone.localdate()
        record_training(people["outsider"], "Curso", today, people["admin"], expires_on=today)
