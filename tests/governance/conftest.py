"""Shared governance-test setup: one real account per role and a system in draft."""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from sufragio.governance.models import SystemVersion
from tests.governance.builders import make_version

ROLE_OF = {
    "requester": "unit_requester",
    "ggtic": "ggtic",
    "member1": "committee",
    "member2": "committee",
    "member3": "committee",
    "chair": "committee_chair",
    "admin": "admin",
    "outsider": None,
}


@pytest.fixture
def people(db) -> dict[str, Any]:
    """username -> user, each in the group of its role (``outsider`` has none).

    No passwords: hashing eight of them would dominate the suite's runtime; web tests log in
    with ``client.force_login``.
    """
    users = {}
    for username, role in ROLE_OF.items():
        user = get_user_model().objects.create_user(username=username)
        if role:
            user.groups.add(Group.objects.get_or_create(name=role)[0])
        users[username] = user
    return users


@pytest.fixture
def version(db) -> SystemVersion:
    return make_version()
