"""Upload page, letter list and detail, and `POST /api/inbox/letters` (session or staff token)."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse

from sufragio.audit.models import AuditEntry
from sufragio.inquiries.models import Letter, Status
from tests.inquiries import makers

pytestmark = pytest.mark.django_db
API = "/api/inbox/letters"


@pytest.fixture
def staff(db):
    users = get_user_model().objects
    return users.create_user("abogada", password="clave-de-prueba-1", is_staff=True)


@pytest.fixture
def client_in(client, staff):
    client.force_login(staff)
    return client


def test_pages_need_login(client):
    for name in ("inquiries:list", "inquiries:upload"):
        response = client.get(reverse(name))
        assert response.status_code == 302 and "/cuentas/login/" in response.url


def test_upload_a_file_then_see_it(home, client_in):
    upload = SimpleUploadedFile("carta.pdf", makers.pdf_bytes(), "application/pdf")
    response = client_in.post(reverse("inquiries:upload"), {"file": upload})
    letter = Letter.objects.get()
    assert response.status_code == 302
    assert response.url == reverse("inquiries:detail", args=[letter.pk])
    assert letter.channel == "upload" and letter.created_by.username == "abogada"
    page = client_in.get(response.url).content.decode()
    assert letter.folio in page
    assert letter.get_status_display() in page
    listing = client_in.get(reverse("inquiries:list")).content.decode()
    assert letter.folio in listing
    ingest = AuditEntry.objects.get(action="inquiries.ingest")
    assert ingest.actor == "abogada"


def test_upload_pasted_text_and_a_duplicate(home, client_in):
    form = {"text": "Solicito copia de mi expediente. Gracias."}
    client_in.post(reverse("inquiries:upload"), form)
    response = client_in.post(reverse("inquiries:upload"), form, follow=True)
    assert Letter.objects.count() == 1
    assert "ya se había recibido" in response.content.decode()


def test_upload_form_requires_something(client_in):
    response = client_in.post(reverse("inquiries:upload"), {"text": "  "})
    assert response.status_code == 200
    assert "Elija un archivo o pegue el texto" in response.content.decode()


def test_list_filters_by_status(home, client_in):
    client_in.post(reverse("inquiries:upload"), {"text": "Solicito información del padrón."})
    parked = SimpleUploadedFile("roto.pdf", b"%PDF-1.4 basura", "application/pdf")
    client_in.post(reverse("inquiries:upload"), {"file": parked})
    broken = Letter.objects.get(original_name="roto.pdf")
    other = Letter.objects.exclude(pk=broken.pk).get()
    assert other.status == Status.RECEIVED  # its job runs on commit, never inside this test

    def rows(status: str) -> str:
        page = client_in.get(reverse("inquiries:list"), {"estado": status}).content.decode()
        return page.split("<tbody>")[1].split("</tbody>")[0]

    assert broken.folio in rows("needs_manual_handling") and "PDF dañado" in rows(
        "needs_manual_handling"
    )
    assert other.folio not in rows("needs_manual_handling")
    assert other.folio in rows("received") and broken.folio not in rows("received")


def test_api_requires_authentication(client):
    assert client.post(API, {"text": "hola"}, content_type="application/json").status_code == 401


def test_api_json_text_with_session(home, client_in):
    response = client_in.post(
        API, {"text": "Solicito información sobre mi credencial."}, content_type="application/json"
    )
    assert response.status_code == 201
    body = response.json()
    letter = Letter.objects.get(pk=body["id"])
    assert body["folio"] == letter.folio and letter.channel == "api"
    assert body["status"] == letter.status
    again = client_in.post(
        API, {"text": "Solicito información sobre mi credencial."}, content_type="application/json"
    )
    assert again.status_code == 200 and again.json()["duplicate"] is True
    detail = client_in.get(f"{API}/{letter.pk}")
    assert detail.json()["folio"] == letter.folio


def test_api_multipart_with_staff_token(home, client, staff, capsys):
    call_command("inbox", "token", "abogada")
    token = capsys.readouterr().out.strip()
    upload = SimpleUploadedFile("c.eml", makers.email_bytes(), "message/rfc822")
    response = client.post(API, {"file": upload}, HTTP_AUTHORIZATION=f"Bearer {token}")
    assert response.status_code == 201, response.content
    letter = Letter.objects.get()
    assert letter.media_type == "message/rfc822" and "reposición" in letter.text
    assert letter.created_by == staff
    bad = client.post(API, {"file": upload}, HTTP_AUTHORIZATION="Bearer no-es-un-token")
    assert bad.status_code == 401


def test_api_rejects_empty_requests(client_in):
    assert client_in.post(API, {}, format="multipart").status_code == 400
    assert client_in.post(API, "[]", content_type="application/json").status_code == 400


def test_tokens_only_for_staff(db):
    get_user_model().objects.create_user("visitante", password="x-unused-x")
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="is_staff"):
        call_command("inbox", "token", "visitante")


def test_detail_of_a_drafted_letter(home, approved, client_in):
    from sufragio.inquiries.intake.ingest import ingest_bytes
    from sufragio.inquiries.pipeline import process_letters

    letter = ingest_bytes(makers.LETTER.encode(), filename="c.txt", channel="file").letter
    process_letters([letter.pk])
    letter.refresh_from_db()
    draft = letter.latest_draft()
    page = client_in.get(reverse("inquiries:detail", args=[letter.pk])).content.decode()
    assert "credencial" in page and "DERFE" in page
    assert letter.redacted_text.split("\n")[0] in page
    for citation in draft.citations:
        assert reverse("laws:article", args=[citation["law"], citation["article"]]) in page
    assert "Rocío" not in page  # only the redacted text and the draft are shown
