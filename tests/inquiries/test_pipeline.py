"""The pipeline end to end on real engines: gate, redaction, triage, retrieval, draft, storage."""

from __future__ import annotations

import pytest

from sufragio.audit.models import AuditEntry
from sufragio.inquiries import pipeline
from sufragio.inquiries.intake.ingest import ingest_bytes
from sufragio.inquiries.models import DraftRecord, Letter, Status, TriageRecord
from sufragio.laws.search import SearchHit
from tests.inquiries.approvals import suspend

pytestmark = pytest.mark.django_db

CLEAR = (
    "Buenos días. El sábado me robaron la cartera con mi credencial para votar en el mercado. "
    "Solicito saber qué documentos necesito para la reposición de mi credencial y si puedo "
    "sacar cita en el módulo. Atentamente, Marisela Ortega Pineda."
)
VAGUE = "Hola. Tengo una duda. Gracias."


def _process(text: str) -> Letter:
    letter = ingest_bytes(text.encode(), filename="c.txt", channel="file").letter
    pipeline.process_letters([letter.pk])
    letter.refresh_from_db()
    return letter


def test_without_approval_the_gate_parks_the_letter(home, engines):
    letter = _process(CLEAR)
    assert letter.status == Status.NEEDS_MANUAL_HANDLING
    assert letter.reason.startswith("sistema no aprobado: pii-redaction@")
    assert letter.text == CLEAR  # nothing lost
    assert not TriageRecord.objects.exists()
    assert AuditEntry.objects.filter(action="inquiries.process", object_ref=letter.ref).exists()


def test_a_clear_letter_is_drafted_with_provenance(home, approved):
    letter = _process(CLEAR)
    assert letter.status == Status.DRAFTED, letter.reason
    assert letter.reason == ""
    assert "Marisela" not in letter.redacted_text
    assert any(e["type"] == "PERSON" for e in letter.entities)
    person = next(e for e in letter.entities if e["type"] == "PERSON")
    assert "Marisela" in CLEAR[person["start"] : person["end"]]

    triage = TriageRecord.objects.get(letter=letter)
    assert triage.category == "credencial" and triage.unit_code == "DERFE"
    assert triage.confidence >= 0.5 and not triage.needs_manual_triage
    assert [p["system"] for p in triage.provenance] == ["pii-redaction", "triage-classifier"]
    assert triage.provenance[1]["version"] == approved["classifier"].component.version

    draft = DraftRecord.objects.get(letter=letter)
    assert letter.folio in draft.text
    assert [p["system"] for p in draft.provenance] == [
        "pii-redaction",
        "triage-classifier",
        "article-search",
        "letter-drafter",
    ]
    assert 1 <= len(draft.citations) <= pipeline.CITATIONS_K
    assert all(c["score"] >= pipeline.CITATION_FLOOR for c in draft.citations)
    assert "Marisela" not in draft.text


def test_low_confidence_goes_to_manual_triage(home, approved):
    letter = _process(VAGUE)
    assert letter.status == Status.NEEDS_MANUAL_TRIAGE
    assert "una persona debe asignar el tema" in letter.reason
    assert TriageRecord.objects.get(letter=letter).needs_manual_triage
    assert not DraftRecord.objects.filter(letter=letter).exists()


def test_a_suspended_classifier_stops_at_redaction(home, approved):
    suspend(approved["classifier"].component)
    letter = _process(CLEAR)
    assert letter.status == Status.NEEDS_MANUAL_HANDLING
    assert letter.reason.startswith("sistema no aprobado: triage-classifier@")
    assert "suspendido" in letter.reason
    assert letter.redacted_text and "Marisela" not in letter.redacted_text
    assert not TriageRecord.objects.filter(letter=letter).exists()


def test_processing_is_idempotent(home, approved):
    letter = _process(CLEAR)
    assert pipeline.process_letters([letter.pk]) == {}
    assert TriageRecord.objects.filter(letter=letter).count() == 1


def test_request_query_keeps_the_asking_sentences():
    query = pipeline.request_query(
        "Buenas tardes.\nVivo en [LUGAR] desde hace años. Solicito la reposición de mi credencial.",
        "credencial",
    )
    assert query.startswith("Credencial para votar. ")
    assert "Solicito la reposición" in query and "Vivo en" not in query


def test_citations_prefer_the_categorys_legal_basis():
    def hit(article: str, score: float) -> SearchHit:
        return SearchHit("LGIPE", article, "", score, "", 0, "")

    hits = [hit("279", 1.9), hit("131", 1.2), hit("1", 0.4)]
    chosen = pipeline.choose_citations(hits, "credencial")
    assert [h.article for h in chosen] == ["131", "279"]  # art. 131 is credencial's basis
