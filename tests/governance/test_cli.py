"""`sufragio registry list|show|suspend`."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from sufragio.audit.models import AuditEntry
from sufragio.governance import gate
from sufragio.governance.models import State, SystemVersion
from tests.governance.builders import approve, make_version


def _run(*args: str) -> str:
    out = StringIO()
    call_command("registry", *args, stdout=out)
    return out.getvalue()


def test_list_text_and_json(version, people) -> None:
    approve(version, people)
    make_version("letter-drafter")
    assert "triage-classifier" in _run("list")
    rows = json.loads(_run("list", "--json"))
    by_name = {r["name"]: r for r in rows}
    assert by_name["triage-classifier"]["status"] == "approved"
    assert by_name["letter-drafter"]["status"] == "draft"
    assert set(by_name["letter-drafter"]) == {
        "name",
        "version",
        "artefact_hash",
        "status",
        "expired",
    }
    assert AuditEntry.objects.filter(action="governance.export", actor="cli").exists()


def test_show_json_includes_history(version, people) -> None:
    approve(version, people)
    data = json.loads(_run("show", "triage-classifier", "--json"))
    assert data["evaluation_results"] == {"macro_f1": 0.81}
    history = data["versions"][0]["history"]
    assert [h["to"] for h in history] == ["submitted", "technical_opinion", "committee", "approved"]


def test_suspend_is_immediate_and_audited(version, people) -> None:
    version = approve(version, people)
    component = gate.Component("triage-classifier", version.artefact_hash, "classifier")
    gate.authorize(component)
    out = _run("suspend", "triage-classifier", "--reason", "Sesgo detectado", "--by", "chair")
    assert "suspendido" in out
    assert SystemVersion.objects.get(pk=version.pk).state == State.SUSPENDED
    with pytest.raises(gate.NotApproved):
        gate.authorize(component)
    entry = AuditEntry.objects.get(action="governance.suspend")
    assert (entry.actor, entry.object_ref) == ("chair", version.ref)


@pytest.mark.parametrize(
    ("by", "message"),
    [("member1", "rol autorizado"), ("requester", "rol autorizado"), ("ghost", "no existe")],
)
def test_suspend_refuses_other_roles(version, people, by, message) -> None:
    version = approve(version, people)
    with pytest.raises(CommandError, match=message):
        _run("suspend", "triage-classifier", "--reason", "x", "--by", by)
    assert SystemVersion.objects.get(pk=version.pk).state == State.APPROVED


def test_suspend_needs_an_approved_version(version, people) -> None:
    with pytest.raises(CommandError, match="no tiene versiones aprobadas"):
        _run("suspend", "triage-classifier", "--reason", "x", "--by", "admin")
    with pytest.raises(CommandError, match="no hay un sistema"):
        _run("suspend", "nada", "--reason", "x", "--by", "admin")
