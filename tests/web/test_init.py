"""`sufragio init --demo` prepares a home and can run again without changing anything."""

from __future__ import annotations

import io
import json

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from sufragio.laws.models import Article
from sufragio.web.demo import DEMO_ACCOUNTS, credentials_path


def run_init(*args: str) -> str:
    out = io.StringIO()
    call_command("init", *args, stdout=out)
    return out.getvalue()


@pytest.mark.django_db(transaction=True)
def test_init_demo_is_idempotent_and_prints_working_credentials() -> None:
    first = run_init("--demo")
    articles = Article.objects.count()
    second = run_init("--demo")
    assert Article.objects.count() == articles > 2000
    stored = json.loads(credentials_path().read_text())
    user_model = get_user_model()
    for username in DEMO_ACCOUNTS:
        assert f"{username} / {stored[username]}" in first
        assert f"{username} / {stored[username]}" in second
        assert user_model.objects.get(username=username).check_password(stored[username])
    assert oct(credentials_path().stat().st_mode & 0o777) == "0o600"
    # The demo's workflow steps are all in the audit log, which verifies against its checkpoint.
    report = io.StringIO()
    call_command("audit", "verify", "--json", stdout=report)
    assert json.loads(report.getvalue())["ok"] is True
