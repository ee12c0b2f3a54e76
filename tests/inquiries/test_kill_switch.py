"""The registry's kill switch end to end: suspending the triage classifier in the web UI sends the
next letter to manual handling; re-approving it through the workflow restores triage."""

from __future__ import annotations

import pytest
from django.test import Client

from sufragio.governance.models import State, SystemVersion
from sufragio.inquiries import pipeline
from sufragio.inquiries.intake.ingest import ingest_bytes
from sufragio.inquiries.models import Letter, Status
from tests.inquiries.approvals import approve, people

pytestmark = pytest.mark.django_db

LETTER = (
    "Buen día, perdí mi credencial para votar en el transporte público. Solicito saber cómo "
    "tramitar la reposición y si debo sacar cita en el módulo de atención. Gracias. {n}"
)


def _process(n: int) -> Letter:
    letter = ingest_bytes(LETTER.format(n=n).encode(), filename=f"{n}.txt", channel="file").letter
    pipeline.process_letters([letter.pk])
    letter.refresh_from_db()
    return letter


def test_suspend_in_the_ui_then_reapprove(home, approved) -> None:
    assert _process(1).status == Status.DRAFTED

    component = approved["classifier"].component
    version = SystemVersion.objects.get(
        system__name=component.system, artefact_hash=component.version
    )
    client = Client()
    client.force_login(people()["gobernanza"])
    response = client.post(
        f"/gobernanza/sistemas/{component.system}/{version.pk}/suspend/",
        {f"v{version.pk}-suspend-reasons": "Sesgo detectado en la clasificación"},
    )
    assert response.status_code == 302
    version.refresh_from_db()
    assert version.state == State.SUSPENDED

    parked = _process(2)
    assert parked.status == Status.NEEDS_MANUAL_HANDLING
    assert parked.reason.startswith("sistema no aprobado: triage-classifier@")
    assert parked.text  # nothing lost

    approve(component)  # lifting a suspension goes through the whole workflow again
    assert _process(3).status == Status.DRAFTED
