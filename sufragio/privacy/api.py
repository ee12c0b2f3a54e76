"""JSON API of the `privacy` app: redact a text.

Only types, offsets and scores are returned next to the redacted text; the raw values never
leave the server through this endpoint.
"""

from __future__ import annotations

import json

from django.http import HttpRequest
from ninja import Router, Schema
from ninja.responses import Status

from sufragio.privacy.operators import OPERATORS
from sufragio.privacy.text import UnreadableInputError

router = Router(tags=["privacy"])


class EntityOut(Schema):
    type: str
    start: int
    end: int
    score: float


class RedactOut(Schema):
    redacted_text: str
    entities: list[EntityOut]


class ErrorOut(Schema):
    detail: str


def _parse(body: bytes) -> tuple[str, str]:
    """Validate the request body by hand so every mistake gets a specific message."""
    try:
        payload = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError('body must be a JSON object such as {"text": "..."}') from exc
    if not isinstance(payload, dict):
        raise ValueError('body must be a JSON object such as {"text": "..."}')
    text = payload.get("text")
    if not isinstance(text, str):
        raise ValueError('"text" is required and must be a string')
    operator = payload.get("operator", "placeholder")
    if operator not in OPERATORS:
        raise ValueError(f'"operator" must be one of: {", ".join(OPERATORS)}')
    return text, operator


@router.post("/redact", response={200: RedactOut, 400: ErrorOut}, summary="Redact personal data")
def redact(request: HttpRequest):
    """Body {"text", "operator"?}; operator is placeholder (default), mask, pseudonym or encrypt."""
    try:
        text, operator = _parse(request.body)
        from sufragio.privacy.engine import get_engine  # lazy: Presidio and spaCy load in seconds

        redaction = get_engine().redact(text, operator)
    except (ValueError, UnreadableInputError) as exc:
        return Status(400, {"detail": str(exc)})
    entities = [
        {"type": e.type, "start": e.start, "end": e.end, "score": e.score}
        for e in redaction.entities
    ]
    return Status(200, {"redacted_text": redaction.text, "entities": entities})
