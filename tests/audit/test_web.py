"""The audit-log browser: access rules, newest-first listing, verification status."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group, User
from django.db import connection
from django.urls import reverse

from sufragio.audit.models import AuditEntry, VerificationRun

pytestmark = pytest.mark.django_db


@pytest.fixture
def auditor(client):
    user = User.objects.create_user("auditora")
    user.groups.add(Group.objects.create(name="auditor"))
    client.force_login(user)  # itself recorded as entry auth.login
    return user


def test_anonymous_is_sent_to_sign_in(client):
    response = client.get(reverse("audit:index"))
    assert response.status_code == 302
    assert reverse("login") in response["Location"]


def test_signed_in_user_without_rights_is_refused(client):
    client.force_login(User.objects.create_user("capturista"))
    assert client.get(reverse("audit:index")).status_code == 403


@pytest.mark.parametrize("kind", ["staff", "admin-group"])
def test_staff_and_admin_group_may_read(client, kind):
    user = User.objects.create_user("jefa", is_staff=kind == "staff")
    if kind == "admin-group":
        user.groups.add(Group.objects.create(name="admin"))
    client.force_login(user)
    assert client.get(reverse("audit:index")).status_code == 200


def test_entries_are_listed_newest_first_and_paginated(client, sample_log, auditor):
    response = client.get(reverse("audit:index"))
    page = response.context["page"]
    assert [e.seq for e in page.object_list][:2] == [601, 600]  # 601 is the auditor's sign-in
    assert page.paginator.num_pages == 13
    content = response.content.decode()
    assert "auth.login" in content and "todavía no se ha verificado" in content
    older = client.get(reverse("audit:index"), {"page": 13})
    assert [e.seq for e in older.context["page"].object_list][-1] == 1


def test_verify_button_stores_and_shows_the_outcome(client, sample_log, auditor):
    assert client.get(reverse("audit:verify")).status_code == 405
    response = client.post(reverse("audit:verify"), follow=True)
    run = VerificationRun.objects.get()
    assert run.ok and run.tree_size == 601
    assert "Íntegra" in response.content.decode()

    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {AuditEntry._meta.db_table} WHERE seq = 42")
    response = client.post(reverse("audit:verify"), follow=True)
    latest = VerificationRun.objects.order_by("-id").first()
    assert not latest.ok and "entry 42: missing" in latest.first_problem
    content = response.content.decode()
    assert "Alterada" in content and "entry 42: missing" in content
