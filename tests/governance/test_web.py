"""Registry pages, workflow forms, the DPIA form, the public register and its JSON export."""

from __future__ import annotations

import pytest
from django.test import Client

from sufragio.audit.models import AuditEntry
from sufragio.governance.models import DPIA, State, SystemVersion
from tests.governance.builders import (
    DPIA_ANSWERS,
    PRINCIPLE_KEYS,
    approve,
    make_version,
    to_committee,
)

#: Fields of the Dutch Algorithm Register publication standard that every entry carries.
REGISTER_FIELDS = {
    "name",
    "organization",
    "department",
    "description_short",
    "type",
    "category",
    "status",
    "goal",
    "impact",
    "proportionality",
    "decision_making_process",
    "documentation",
    "competent_authority",
    "lawful_basis",
    "iama",
    "source_data",
    "methods_and_models",
    "human_intervention",
    "risks",
    "performance_standard",
    "provider",
    "contact",
    "publication_category",
    "begin_date",
    "end_date",
    "lang",
}


def _as(client: Client, user) -> Client:
    client.force_login(user)
    return client


def test_public_register_needs_no_login_and_lists_only_approved(client, version, people) -> None:
    approve(version, people)
    make_version("letter-drafter")
    response = client.get("/gobernanza/registro/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Resumen público de triage-classifier" in html
    assert "letter-drafter" not in html


def test_register_json_shape(client, version, people) -> None:
    approve(version, people)
    response = client.get("/api/governance/register.json")
    assert response.status_code == 200
    data = response.json()
    assert data["organization"].startswith("Instituto Nacional Electoral")
    [entry] = data["algorithms"]
    assert set(entry) == REGISTER_FIELDS
    assert entry["name"] == "triage-classifier"
    assert entry["description_short"] == "Resumen público de triage-classifier"
    assert entry["performance_standard"] == {"macro_f1": 0.81}
    assert entry["lang"] == "es"
    assert entry["end_date"] == version.__class__.objects.get(pk=version.pk).expires_on.isoformat()


def test_suspended_systems_leave_the_register(client, version, people) -> None:
    from sufragio.governance import workflow

    version = approve(version, people)
    workflow.suspend(version, people["admin"], "Incidente")
    assert client.get("/api/governance/register.json").json()["algorithms"] == []


def test_staff_pages_need_login_and_a_role(client, version, people) -> None:
    response = client.get("/gobernanza/")
    assert response.status_code == 302 and "/cuentas/login/" in response["Location"]
    assert _as(client, people["outsider"]).get("/gobernanza/").status_code == 403
    assert client.get("/api/governance/systems/triage-classifier").status_code == 403


def test_list_and_detail_for_staff(client, version, people) -> None:
    to_committee(version, people)
    _as(client, people["member1"])
    assert "triage-classifier" in client.get("/gobernanza/").content.decode()
    html = client.get("/gobernanza/sistemas/triage-classifier/").content.decode()
    assert "macro_f1" in html and "Historial" in html
    assert "<dt>Equidad y no discriminación</dt><dd>Evidencia de equity</dd>" in html
    assert f"/{version.pk}/vote/" in html and f"/{version.pk}/close/" not in html


def test_forms_are_shown_only_to_allowed_roles(client, version, people) -> None:
    html = _as(client, people["requester"]).get("/gobernanza/sistemas/triage-classifier/")
    assert f"/{version.pk}/submit/" in html.content.decode()
    html = _as(client, people["ggtic"]).get("/gobernanza/sistemas/triage-classifier/")
    assert "/submit/" not in html.content.decode()


def test_submit_through_the_web(client, version, people) -> None:
    prefix = f"v{version.pk}-submit"
    data = {f"{prefix}-{k}": "texto" for k in ("function", "risks", "data_needs", "reasons")}
    data |= {f"{prefix}-principle_{k}": "evidencia" for k in PRINCIPLE_KEYS}
    url = f"/gobernanza/sistemas/triage-classifier/{version.pk}/submit/"
    assert _as(client, people["ggtic"]).post(url, data).status_code == 403
    response = _as(client, people["requester"]).post(url, data, follow=True)
    assert response.status_code == 200
    assert SystemVersion.objects.get(pk=version.pk).state == State.SUBMITTED


def test_incomplete_submission_changes_nothing(client, version, people) -> None:
    url = f"/gobernanza/sistemas/triage-classifier/{version.pk}/submit/"
    response = _as(client, people["requester"]).post(url, {}, follow=True)
    assert "Revise el formulario" in response.content.decode()
    assert SystemVersion.objects.get(pk=version.pk).state == State.DRAFT


def test_dpia_form_is_generated_from_the_yaml(client, db, people) -> None:
    version = make_version("pii-test", personal_data=True)
    url = f"/gobernanza/sistemas/pii-test/{version.pk}/eipd/"
    html = _as(client, people["requester"]).get(url).content.decode()
    assert "¿Procesa datos sensibles" in html
    assert 'name="volume"' in html and 'value="third_party"' in html
    assert client.post(url, {"volume": "few"}).status_code == 400
    response = client.post(url, DPIA_ANSWERS)
    assert response.status_code == 302
    assert DPIA.objects.get(version=version).level == "low"


def test_staff_api_export_is_audited(client, version, people) -> None:
    response = _as(client, people["chair"]).get("/api/governance/systems/triage-classifier")
    assert response.status_code == 200
    assert response.json()["name"] == "triage-classifier"
    assert AuditEntry.objects.filter(action="governance.export", actor="chair").exists()


@pytest.mark.parametrize(
    ("path", "english"),
    [
        ("/gobernanza/registro/", "Public register of artificial-intelligence systems"),
        ("/gobernanza/", "Each version (artefact hash) is approved separately."),
        ("/gobernanza/sistemas/triage-classifier/", "Evaluation results"),
    ],
)
def test_pages_switch_to_english(client, version, people, path, english) -> None:
    _as(client, people["chair"])
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    assert english in client.get(path).content.decode()


def test_dpia_questions_follow_the_language(client, db, people) -> None:
    version = make_version("pii-test", personal_data=True)
    _as(client, people["requester"])
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    html = client.get(f"/gobernanza/sistemas/pii-test/{version.pk}/eipd/").content.decode()
    assert "Does it process sensitive data" in html
