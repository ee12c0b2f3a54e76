"""The desk's pages and API through Django's test client: access, actions, exports."""

from __future__ import annotations

import io
import re
from datetime import timedelta
from hashlib import sha256

import docx
import pytest
from django.urls import reverse
from django.utils import timezone

from sufragio.audit.models import AuditEntry
from sufragio.inquiries.intake.storage import store_original
from sufragio.inquiries.models import ApiToken
from sufragio.review import workflow
from sufragio.review.models import ReviewCase, State
from tests.review.builders import make_letter

pytestmark = pytest.mark.django_db


def login(client, user):
    client.force_login(user)
    return client


def letter_url(letter, name="review:letter", *args):
    return reverse(name, args=[letter.pk, *args])


def test_inbox_lists_overdue_first_and_filters(client, people):
    now = timezone.now()
    late = make_letter("credencial", received=now - timedelta(days=40))
    fresh = make_letter("transparencia", received=now)
    login(client, people["revisora"])
    page = client.get(reverse("review:inbox")).content.decode()
    assert page.index(late.folio) < page.index(fresh.folio)
    assert "vencida" in page
    only = client.get(reverse("review:inbox"), {"categoria": "transparencia"}).content.decode()
    assert fresh.folio in only and late.folio not in only
    by_unit = client.get(reverse("review:inbox"), {"unidad": "DERFE"}).content.decode()
    assert late.folio in by_unit and fresh.folio not in by_unit
    overdue = client.get(reverse("review:inbox"), {"vence": "vencidas"}).content.decode()
    assert late.folio in overdue and fresh.folio not in overdue


def test_inbox_search_by_folio_and_text(client, people):
    one = make_letter(redacted="Solicito copia de mi acta de sesión del consejo distrital.")
    two = make_letter()
    login(client, people["revisora"])
    by_folio = client.get(reverse("review:inbox"), {"q": one.folio.lower()}).content.decode()
    assert one.folio in by_folio and two.folio not in by_folio
    by_text = client.get(reverse("review:inbox"), {"q": "consejo distrital"}).content.decode()
    assert one.folio in by_text and two.folio not in by_text


def test_inbox_query_count_does_not_grow_with_rows(client, people, django_assert_max_num_queries):
    for _ in range(12):
        letter = make_letter()
        workflow.assign([letter], people["revisor2"], people["supervisora"])
    login(client, people["supervisora"])
    with django_assert_max_num_queries(14):
        response = client.get(reverse("review:inbox"))
    assert response.status_code == 200
    assert response.content.decode().count('name="cartas"') == 12


def test_unit_staff_see_only_their_unit(client, people):
    mine = make_letter("credencial")  # DERFE
    other = make_letter("queja_denuncia")  # UTCE
    login(client, people["unidad_derfe"])
    inbox = client.get(reverse("review:inbox")).content.decode()
    assert mine.folio in inbox and other.folio not in inbox
    assert client.get(letter_url(mine)).status_code == 200
    assert client.get(letter_url(other)).status_code == 404
    assert client.get(letter_url(other, "review:changes")).status_code == 404
    # Unit staff read the redacted text only: no original, no extracted text, no editor.
    page = client.get(letter_url(mine)).content.decode()
    assert "Rocío" not in page and 'id="texto"' not in page
    assert client.get(letter_url(mine, "review:original")).status_code == 403
    response = client.post(letter_url(mine, "review:act", "aprobar"))
    assert ReviewCase.objects.get(letter=mine).state == State.DRAFTED
    assert response.status_code == 302


def test_people_without_role_or_training_are_refused(client, people):
    letter = make_letter()
    login(client, people["sin_rol"])
    assert client.get(reverse("review:inbox")).status_code == 403
    assert client.get(letter_url(letter)).status_code == 403
    client.logout()
    login(client, people["sin_capacitacion"])
    assert client.get(reverse("review:inbox")).status_code == 403
    assert client.get(reverse("review:dashboard")).status_code == 403
    client.logout()
    assert client.get(reverse("review:inbox")).status_code == 302  # to the login page


def test_letter_page_edit_approve_and_export(client, people):
    letter = make_letter()
    login(client, people["revisora"])
    page = client.get(letter_url(letter)).content.decode()
    assert '<label for="texto">' in page and 'id="aprobar"' not in page
    assert reverse("laws:article", args=["LGIPE", "136"]) in page
    assert client.get(letter_url(letter, "review:export", "docx")).status_code == 403
    edited = letter.latest_draft().text.replace("cualquier módulo", "el módulo más cercano")
    client.post(
        letter_url(letter, "review:act", "guardar"),
        {"texto": edited, "destinatario": "Rocío Barrientos Olguín"},
    )
    page = client.get(letter_url(letter)).content.decode()
    assert "<ins>el módulo más cercano</ins>" in page or "<ins>el</ins>" in page
    client.post(letter_url(letter, "review:act", "aprobar"), {"texto": edited})
    case = ReviewCase.objects.get(letter=letter)
    assert case.state == State.APPROVED and case.approved_by == people["revisora"]
    # The stored reply keeps the placeholder; the name appears only in the export.
    assert "Rocío" not in case.final_text
    response = client.get(letter_url(letter, "review:export", "docx"))
    assert response.status_code == 200
    body = "\n".join(p.text for p in docx.Document(io.BytesIO(response.content)).paragraphs)
    assert "el módulo más cercano" in body
    assert "C. Rocío Barrientos Olguín" in body
    assert "{{destinatario}}" not in body
    pdf = client.get(letter_url(letter, "review:export", "pdf"))
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    exports = AuditEntry.objects.filter(object_ref=letter.ref, action="review.export")
    assert exports.count() == 2


def test_actions_refused_by_the_workflow_come_back_as_messages(client, people):
    letter = make_letter("violencia_politica_genero")
    login(client, people["revisora"])
    client.post(letter_url(letter, "review:act", "tomar"))
    response = client.post(letter_url(letter, "review:act", "aprobar"), follow=True)
    assert "supervisora" in response.content.decode()
    assert ReviewCase.objects.get(letter=letter).state == State.IN_REVIEW
    assert client.post(letter_url(letter, "review:act", "borrar")).status_code == 404


def test_return_and_retriage_through_the_page(client, people):
    letter = make_letter()
    login(client, people["supervisora"])
    client.post(letter_url(letter, "review:act", "tomar"))
    client.post(letter_url(letter, "review:act", "devolver"), {"motivo": "Citar art. 143"})
    assert ReviewCase.objects.get(letter=letter).state == State.RETURNED
    client.post(
        letter_url(letter, "review:act", "reclasificar"), {"categoria": "padron_lista_nominal"}
    )
    case = ReviewCase.objects.get(letter=letter)
    assert (case.category, case.ai_category) == ("padron_lista_nominal", "credencial")
    history = client.get(letter_url(letter)).content.decode()
    assert "Citar art. 143" in history and "padron_lista_nominal" in history


def test_changes_page_lists_each_revision(client, people):
    letter = make_letter()
    base = letter.latest_draft().text
    workflow.save_revision(letter, people["revisora"], base + "\nPrimera.")
    workflow.save_revision(letter, people["revisora"], base + "\nSegunda.")
    login(client, people["revisora"])
    page = client.get(letter_url(letter, "review:changes")).content.decode()
    assert re.search(r"<ins>\s*Primera\.</ins>", page)
    assert re.search(r"<del>Primera\.</del>\s*<ins>Segunda\.</ins>", page)


def test_original_is_served_to_the_legal_department(client, people, tmp_path, monkeypatch):
    monkeypatch.setenv("SUFRAGIO_HOME", str(tmp_path))
    data = b"%PDF-1.4\n% carta de prueba\n"
    letter = make_letter()
    letter.sha256 = store_original(data).sha256
    letter.media_type = "application/pdf"
    letter.save()
    login(client, people["revisora"])
    response = client.get(letter_url(letter, "review:original"))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == data
    assert response["Content-Type"] == "application/pdf"
    assert "<iframe" in client.get(letter_url(letter)).content.decode()
    letter.media_type = "text/html"
    letter.save()
    assert client.get(letter_url(letter, "review:original"))["Content-Disposition"] == "attachment"


def test_bulk_assignment_is_for_supervisors(client, people):
    letters = [make_letter() for _ in range(2)]
    payload = {"cartas": [lt.pk for lt in letters], "asignar_a": people["revisor2"].pk}
    login(client, people["revisora"])
    client.post(reverse("review:assign"), payload)
    assert not ReviewCase.objects.filter(assignee__isnull=False).exists()
    client.logout()
    login(client, people["supervisora"])
    assert 'name="asignar_a"' in client.get(reverse("review:inbox")).content.decode()
    client.post(reverse("review:assign"), payload)
    assert ReviewCase.objects.filter(assignee=people["revisor2"]).count() == 2
    mine = client.get(reverse("review:inbox"), {"asignada": str(people["revisor2"].pk)})
    assert all(lt.folio in mine.content.decode() for lt in letters)


def test_dashboard_charts_and_figures(client, people):
    approved = make_letter("credencial")
    workflow.correct_category(approved, people["revisora"], "padron_lista_nominal")
    workflow.start_review(approved, people["revisora"])
    workflow.approve(approved, people["revisora"], interactive=True)
    kept = make_letter("credencial")
    workflow.start_review(kept, people["revisora"])
    workflow.approve(kept, people["revisora"], interactive=True)
    make_letter("transparencia")
    login(client, people["supervisora"])
    page = client.get(reverse("review:dashboard")).content.decode()
    assert page.count('<svg role="img"') == 4
    assert "<title" in page and "<table" in page
    assert "100 %" in page  # both approved within their deadline
    assert "0.50" in page  # one of two kept the AI's category


def test_api_lists_and_refuses_token_approval(client, people):
    letter = make_letter()
    workflow.start_review(letter, people["revisora"])
    reviewer = people["revisora"]
    reviewer.is_staff = True
    reviewer.save()
    token = "token-de-prueba-123"
    ApiToken.objects.create(user=reviewer, token_hash=sha256(token.encode()).hexdigest())
    headers = {"Authorization": f"Bearer {token}"}
    listed = client.get("/api/review/letters", headers=headers)
    assert listed.status_code == 200 and listed.json()[0]["folio"] == letter.folio
    refused = client.post(f"/api/review/letters/{letter.pk}/approve", headers=headers)
    assert refused.status_code == 403
    assert ReviewCase.objects.get(letter=letter).state == State.IN_REVIEW
    login(client, reviewer)
    approved = client.post(f"/api/review/letters/{letter.pk}/approve")
    assert approved.status_code == 200 and approved.json()["state"] == State.APPROVED


def test_api_hides_other_units(client, people):
    other = make_letter("queja_denuncia")
    login(client, people["unidad_derfe"])
    assert client.get("/api/review/letters").json() == []
    assert client.post(f"/api/review/letters/{other.pk}/approve").status_code == 404


def test_pages_are_translated_to_english(client, people):
    letter = make_letter()
    login(client, people["revisora"])
    inbox = client.get(reverse("review:inbox"), headers={"accept-language": "en"}).content.decode()
    assert "Review desk" in inbox and "overdue first" in inbox
    page = client.get(letter_url(letter), headers={"accept-language": "en"}).content.decode()
    assert "Reply text" in page and "Cited articles" in page
