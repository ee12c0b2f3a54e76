"""Build real letters as the pipeline leaves them: a Letter, its AI outputs, and its case.

The AI outputs are written to their real tables and the state change goes through the desk's real
workflow with the pipeline's actor name, exactly as ``pipeline._save`` does; only the engines'
work (redacting, classifying, drafting) is replaced by fixed text, so these tests stay fast.
The full pipeline runs in test_pipeline_integration.py.
"""

from __future__ import annotations

import hashlib
import itertools
from datetime import datetime, timedelta

from django.utils import timezone

from sufragio.inquiries.models import Channel, DraftRecord, Letter, TriageRecord
from sufragio.review import workflow
from sufragio.review.categories import category
from sufragio.review.models import State

_serial = itertools.count(1)

ORIGINAL = (
    "Ciudad de México, 3 de marzo de 2026.\nSoy Rocío Barrientos Olguín y perdí mi credencial "
    "para votar; solicito saber cómo reponerla.\nAtentamente, Rocío Barrientos Olguín"
)
REDACTED = (
    "Ciudad de México, 3 de marzo de 2026.\nSoy <NOMBRE> y perdí mi credencial para votar; "
    "solicito saber cómo reponerla.\nAtentamente, <NOMBRE>"
)


def draft_text(folio: str) -> str:
    return (
        "INSTITUTO NACIONAL ELECTORAL\n\nDERFE\nFolio: "
        f"{folio}\nAsunto: Credencial para votar\n\nCiudad de México, a 5 de marzo de 2026\n\n"
        "{{destinatario}}\nP r e s e n t e\n\nSe acusa recibo de su escrito.\n\n"
        "Puede reponer su credencial en cualquier módulo de atención ciudadana.\n\n"
        "Fundamento legal\n\nArtículo 136 de la LGIPE.\n\nAtentamente\n\n"
        "[Nombre y cargo de la persona servidora pública que firma]\n"
    )


def make_letter(
    category_id: str = "credencial",
    state: str = State.DRAFTED,
    received: datetime | None = None,
    text: str = ORIGINAL,
    redacted: str = REDACTED,
    confidence: float = 0.91,
) -> Letter:
    """A letter processed by the pipeline into ``state`` (drafted, triaged or manual)."""
    n = next(_serial)
    folio = f"INE/DJ/2026/{n:06d}"
    letter = Letter.objects.create(
        folio=folio,
        received=received or timezone.now() - timedelta(days=1),
        channel=Channel.UPLOAD,
        original_name="carta.txt",
        media_type="text/plain",
        sha256=hashlib.sha256(f"{folio}{text}".encode()).hexdigest(),
        size=len(text.encode()),
        text=text,
        redacted_text=redacted,
        language="es",
    )
    chosen = category(category_id)
    triage = draft = None
    if state in {State.TRIAGED, State.DRAFTED, State.NEEDS_MANUAL_TRIAGE}:
        triage = TriageRecord.objects.create(
            letter=letter,
            category=chosen.id,
            confidence=confidence,
            unit=chosen.unit,
            unit_code=chosen.unit_code,
            deadline_business_days=chosen.deadline_business_days,
            needs_manual_triage=state == State.NEEDS_MANUAL_TRIAGE,
            explanation={"terms": ["credencial"]},
            provenance=[{"system": "triage-classifier", "version": "test"}],
        )
    if state == State.DRAFTED:
        draft = DraftRecord.objects.create(
            letter=letter,
            text=draft_text(folio),
            citations=[{"law": "LGIPE", "article": "136", "heading": "", "snippet": "…"}],
            generator="template",
            provenance=[{"system": "letter-drafter", "version": "test"}],
        )
    reason = "revisar a mano" if state.startswith("needs_manual") else ""
    workflow.transition(letter, state, "system", reason, expected_from=State.RECEIVED)
    workflow.record_ai_outputs(letter, triage, draft)
    letter.refresh_from_db()
    return letter
