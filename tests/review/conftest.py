"""Review-desk test setup: one real account per role, trained through the governance workflow."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from sufragio.governance.training import record_training
from sufragio.review.models import AutomatedAccount, UnitMembership

#: username -> desk role (None: no role at all)
ROLE_OF = {
    "revisora": "reviewer",
    "revisor2": "reviewer",
    "supervisora": "supervisor",
    "unidad_derfe": "unit_staff",
    "unidad_utce": "unit_staff",
    "sin_rol": None,
    "escaner": "reviewer",
    "sin_capacitacion": "reviewer",
}
UNIT_OF = {"unidad_derfe": "DERFE", "unidad_utce": "UTCE"}


def _group(name: str) -> Group:
    return Group.objects.get_or_create(name=name)[0]


@pytest.fixture
def people(db) -> dict[str, Any]:
    """username -> user. Everyone but ``sin_capacitacion`` has current AI-literacy training;
    ``escaner`` is a reviewer account flagged as automated (a scanner's service account)."""
    user_model = get_user_model()
    trainer = user_model.objects.create_user(username="capacitacion")
    trainer.groups.add(_group("admin"))
    users = {}
    for username, role in ROLE_OF.items():
        user = user_model.objects.create_user(username=username, first_name=username.title())
        if role:
            user.groups.add(_group(role))
        if username in UNIT_OF:
            UnitMembership.objects.create(user=user, unit_code=UNIT_OF[username])
        if username != "sin_capacitacion":
            record_training(user, "Alfabetización en IA", timezone.localdate(), trainer)
        users[username] = user
    AutomatedAccount.objects.create(user=users["escaner"], description="escáner de oficialía")
    users["capacitacion"] = trainer
    return users


@pytest.fixture
def expired_training(people) -> Any:
    """A reviewer whose only training record has expired."""
    user = get_user_model().objects.create_user(username="vencida")
    user.groups.add(_group("reviewer"))
    past = timezone.localdate() - timedelta(days=400)
    record_training(user, "Alfabetización en IA", past, people["capacitacion"])
    return user
