"""JSON API of the `inquiries` app: receive letters and read their processing result.

Authentication: a logged-in session (with CSRF, for the web pages' own scripts) or a staff token
(`Authorization: Bearer …`, created with ``sufragio inbox token USERNAME``) for scanners and mail
gateways that cannot hold a session. Only the token's SHA-256 is stored. Responses carry the
redacted text and the AI outputs, never the letter's original text.
"""

from __future__ import annotations

import json
from datetime import datetime
from hashlib import sha256

from django.http import HttpRequest
from ninja import Router, Schema
from ninja import Status as Reply
from ninja.security import HttpBearer, django_auth

from sufragio.inquiries.jobs import receive_from_person
from sufragio.inquiries.models import ApiToken, Channel, Letter

router = Router(tags=["inquiries"])


class StaffToken(HttpBearer):
    """Bearer token of an active staff account."""

    def authenticate(self, request: HttpRequest, token: str):
        row = (
            ApiToken.objects.select_related("user")
            .filter(token_hash=sha256(token.encode()).hexdigest())
            .first()
        )
        if row is None or not (row.user.is_active and row.user.is_staff):
            return None
        request.user = row.user
        return row.user


AUTH = [StaffToken(), django_auth]


class CitationOut(Schema):
    law: str
    article: str
    heading: str = ""


class LetterOut(Schema):
    id: int
    folio: str
    status: str
    reason: str | None
    duplicate: bool = False
    received: datetime
    channel: str
    language: str
    category: str | None = None
    confidence: float | None = None
    unit: str | None = None
    needs_manual_triage: bool | None = None
    redacted_text: str | None = None
    citations: list[CitationOut] = []
    draft: str | None = None


class TextIn(Schema):
    text: str
    filename: str = "carta.txt"


class ErrorOut(Schema):
    detail: str


def letter_out(letter: Letter, duplicate: bool = False) -> dict:
    """The API view of a letter and its latest AI outputs."""
    triage, draft = letter.latest_triage(), letter.latest_draft()
    return {
        "id": letter.pk,
        "folio": letter.folio,
        "status": letter.status,
        "reason": letter.reason or None,
        "duplicate": duplicate,
        "received": letter.received,
        "channel": letter.channel,
        "language": letter.language,
        "category": triage.category if triage else None,
        "confidence": triage.confidence if triage else None,
        "unit": triage.unit if triage else None,
        "needs_manual_triage": triage.needs_manual_triage if triage else None,
        "redacted_text": letter.redacted_text or None,
        "citations": draft.citations if draft else [],
        "draft": draft.text if draft else None,
    }


@router.post(
    "/letters",
    auth=AUTH,
    response={200: LetterOut, 201: LetterOut, 400: ErrorOut},
    summary="Receive a letter (multipart `file`, or JSON {text, filename})",
)
def create_letter(request: HttpRequest):
    """Store the letter, process it (in the background when SUFRAGIO_TASKS=celery) and return
    its folio and status; 200 with ``duplicate: true`` when the same bytes were received before."""
    if request.content_type.startswith("multipart/"):
        upload = request.FILES.get("file")
        if upload is None:
            return Reply(400, {"detail": "Falta el archivo (campo «file»)."})
        data, filename = upload.read(), upload.name or "carta"
    else:
        try:
            payload = TextIn.model_validate(json.loads(request.body or b"{}"))
        except (ValueError, TypeError):
            return Reply(400, {"detail": "Envíe un archivo o un JSON con el campo «text»."})
        data, filename = payload.text.encode("utf-8"), payload.filename
    intake = receive_from_person(data, filename=filename, channel=Channel.API, user=request.user)
    intake.letter.refresh_from_db()
    return Reply(200 if intake.duplicate else 201, letter_out(intake.letter, intake.duplicate))


@router.get(
    "/letters/{letter_id}",
    auth=AUTH,
    response={200: LetterOut, 404: ErrorOut},
    summary="A letter's status and AI outputs",
)
def get_letter(request: HttpRequest, letter_id: int):
    letter = Letter.objects.filter(pk=letter_id).first()
    if letter is None:
        return Reply(404, {"detail": "No existe la carta."})
    return Reply(200, letter_out(letter))
