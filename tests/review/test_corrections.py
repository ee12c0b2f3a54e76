"""`sufragio review export-corrections FILE`: JSONL that `triage train --from` reads."""

from __future__ import annotations

import json

import pytest
from django.core.management import call_command

from sufragio.audit.models import AuditEntry
from sufragio.inquiries.triage import read_letters
from sufragio.review import workflow
from tests.review.builders import ORIGINAL, REDACTED, make_letter

pytestmark = pytest.mark.django_db


def test_export_corrections_writes_redacted_training_rows(people, tmp_path):
    corrected = make_letter("credencial")
    workflow.correct_category(corrected, people["revisora"], "voto_extranjero")
    workflow.correct_category(
        corrected, people["revisora"], "padron_lista_nominal", ["credencial"], "lista nominal"
    )
    make_letter("credencial")  # never corrected: not exported
    target = tmp_path / "out" / "correcciones.jsonl"
    call_command("review", "export-corrections", str(target))
    rows = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert rows == [
        {
            "id": corrected.folio,
            "category": "padron_lista_nominal",
            "secondary": ["credencial"],
            "channel": "upload",
            "text": REDACTED,
        }
    ]
    assert "Rocío" not in target.read_text(encoding="utf-8") and ORIGINAL not in rows[0]["text"]
    assert AuditEntry.objects.filter(action="review.export-corrections").exists()
    # The classifier's own reader accepts the file as labelled training letters.
    letters = read_letters([target])
    assert [(lt["category"], lt["text"]) for lt in letters] == [("padron_lista_nominal", REDACTED)]
