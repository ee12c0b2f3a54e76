"""End to end on the review desk, in a real browser against a live server.

A reviewer uploads a letter, the real pipeline (redaction, triage, retrieval, drafting — each
engine approved through the governance workflow) drafts a reply, the reviewer edits and approves
it and downloads the DOCX, which must open and contain the edit. A member of one unit's staff
cannot open a letter routed to another unit.
"""

from __future__ import annotations

import re

import docx
import pytest
from django.contrib.auth.models import Group
from django.utils import timezone
from playwright.sync_api import expect

from sufragio.governance.training import record_training
from sufragio.inquiries import pipeline
from sufragio.review.models import UnitMembership
from tests.browser.conftest import login
from tests.inquiries.approvals import approve
from tests.review.builders import make_letter

LETTER = (
    "Ciudad de México, 3 de marzo de 2026.\n"
    "Instituto Nacional Electoral\n"
    "Perdí mi credencial para votar en el metro y solicito saber qué documentos necesito "
    "para la reposición y si puedo sacar cita en línea en un módulo de atención ciudadana.\n"
    "Atentamente, Rocío Barrientos Olguín"
)
EDIT = "Le recordamos que el trámite de reposición es gratuito."


@pytest.fixture
def desk_people(make_user, transactional_db):
    """A trained reviewer and two trained members of unit staff, with passwords."""
    admin = make_user("capacitadora", "clave-capacitadora-1")
    admin.groups.add(Group.objects.get_or_create(name="admin")[0])
    people = {}
    for username, group, unit in (
        ("revisora", "reviewer", None),
        ("unidad_derfe", "unit_staff", "DERFE"),
    ):
        user = make_user(username, f"clave-{username}-1")
        user.groups.add(Group.objects.get_or_create(name=group)[0])
        if unit:
            UnitMembership.objects.create(user=user, unit_code=unit)
        record_training(user, "Alfabetización en IA", timezone.localdate(), admin)
        people[username] = (username, f"clave-{username}-1")
    return people


@pytest.fixture
def approved_engines(laws):
    """Every pipeline engine loaded and approved, as a committee would have done."""
    for engine in (pipeline.redactor, pipeline.classifier, pipeline.searcher, pipeline.drafter):
        approve(engine().component)


def test_reviewer_uploads_edits_approves_and_downloads(
    page, live_url, desk_people, approved_engines, tmp_path
):
    login(page, live_url, *desk_people["revisora"])
    page.goto("/cartas/subir/")
    page.get_by_label("O pegue el texto de la carta").fill(LETTER)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/cartas/\d+/$"))
    pk = re.search(r"/cartas/(\d+)/", page.url).group(1)

    page.get_by_role("link", name="Abrir en la mesa de revisión").click()
    page.wait_for_url(re.compile(rf"/revision/{pk}/$"))
    editor = page.get_by_label("Texto de la respuesta")
    expect(editor).to_be_visible()
    draft = editor.input_value()
    assert "Folio:" in draft and "{{destinatario}}" in draft
    editor.fill(draft.replace("Atentamente", f"{EDIT}\n\nAtentamente"))
    page.get_by_label("Nombre del destinatario").fill("Rocío Barrientos Olguín")
    page.get_by_role("button", name="Guardar cambios").click()
    expect(page.locator("#estado")).to_have_text("en revisión")

    page.get_by_role("button", name="Guardar y aprobar").click()
    expect(page.locator("#estado")).to_have_text("aprobada")

    with page.expect_download() as info:
        page.locator("#descargar-docx").click()
    target = tmp_path / "respuesta.docx"
    info.value.save_as(target)
    text = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
    assert EDIT in text
    assert "C. Rocío Barrientos Olguín" in text


def test_unit_staff_cannot_open_another_units_letter(page, live_url, desk_people):
    mine = make_letter("credencial")  # routed to DERFE
    other = make_letter("queja_denuncia")  # routed to UTCE
    login(page, live_url, *desk_people["unidad_derfe"])
    assert page.goto(f"/revision/{mine.pk}/").status == 200
    assert page.goto(f"/revision/{other.pk}/").status == 404
    page.goto("/revision/")
    expect(page.get_by_role("link", name=mine.folio)).to_be_visible()
    expect(page.get_by_role("link", name=other.folio)).to_have_count(0)
