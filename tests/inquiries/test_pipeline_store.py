"""Saving a batch of pipeline outputs: one statement per table for the whole batch."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from sufragio.audit.models import AuditEntry
from sufragio.inquiries import pipeline
from sufragio.inquiries.intake.bulk import Incoming, ingest_many
from sufragio.inquiries.models import DraftRecord, Letter, Status, TriageRecord
from sufragio.review.models import ReviewCase, Revision, Transition
from tests.inquiries.test_pipeline import CLEAR, VAGUE

pytestmark = pytest.mark.django_db

OTHER = (
    "Estimados señores: quiero saber dónde está la casilla en la que me toca votar en la "
    "próxima elección y qué horario tiene. Gracias."
)


def _statements(queries: CaptureQueriesContext, prefix: str) -> int:
    return sum(1 for q in queries.captured_queries if q["sql"].startswith(prefix))


def test_a_batch_writes_each_output_table_once(home, approved):
    texts = [CLEAR, VAGUE, OTHER, CLEAR + " Gracias."]
    intakes = ingest_many([Incoming(t.encode(), f"c{i}.txt", "file") for i, t in enumerate(texts)])
    ids = [i.letter.pk for i in intakes]
    with CaptureQueriesContext(connection) as queries:
        counts = pipeline.process_letters(ids)

    assert sum(counts.values()) == len(texts)
    assert _statements(queries, 'INSERT INTO "inquiries_triagerecord"') == 1
    assert _statements(queries, 'INSERT INTO "inquiries_draftrecord"') == 1
    redactions = 'UPDATE "inquiries_letter" SET "redacted_text"'
    assert _statements(queries, redactions) == 1
    # The review desk's side of the move is batched too: one statement per table.
    for table in ("review_reviewcase", "review_transition", "review_revision"):
        assert _statements(queries, f'INSERT INTO "{table}"') == 1
    assert _statements(queries, 'UPDATE "inquiries_letter" SET "status" = CASE') == 1

    letters = Letter.objects.in_bulk(ids)
    assert TriageRecord.objects.filter(letter_id__in=ids).count() == len(texts)
    for pk in ids:
        letter = letters[pk]
        assert letter.redacted_text and letter.redaction_provenance
        assert ReviewCase.objects.get(letter=letter).state == letter.status
        assert Transition.objects.get(letter=letter).from_state == Status.RECEIVED
        assert [a.action for a in AuditEntry.objects.filter(object_ref=letter.ref)][-2:] == [
            "inquiries.process",
            "review.process",
        ]
        drafts = DraftRecord.objects.filter(letter=letter)
        if letter.status == Status.DRAFTED:
            draft = drafts.get()
            assert draft.created is not None and draft.provenance
            assert Revision.objects.get(letter=letter, note="borrador IA").text == draft.text
        else:
            assert not drafts.exists()
    assert letters[ids[0]].status == Status.DRAFTED
    assert letters[ids[1]].status == Status.NEEDS_MANUAL_TRIAGE
    assert "Marisela" not in letters[ids[0]].redacted_text
    redactor = approved["redactor"].obj  # the batch is redacted exactly as one letter at a time
    for pk, text in zip(ids, texts, strict=True):
        alone = redactor.redact(text)
        assert letters[pk].redacted_text == alone.text
        assert [(e["type"], e["start"], e["end"]) for e in letters[pk].entities] == [
            (e.type, e.start, e.end) for e in alone.entities
        ]


def test_a_letter_already_processed_is_skipped(home, approved):
    intakes = ingest_many(
        [Incoming(t.encode(), f"c{i}.txt", "file") for i, t in enumerate([CLEAR, OTHER])]
    )
    first, second = (i.letter.pk for i in intakes)
    pipeline.process_letters([first])
    counts = pipeline.process_letters([first, second])  # a retry overlapping the first run

    assert sum(counts.values()) == 1
    for pk in (first, second):
        assert Transition.objects.filter(letter_id=pk).count() == 1
        assert TriageRecord.objects.filter(letter_id=pk).count() == 1
