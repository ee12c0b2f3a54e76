"""Regenerating a draft runs the real retriever and drafter behind the governance gate."""

from __future__ import annotations

import pytest

from sufragio.inquiries import pipeline
from sufragio.inquiries.models import DraftRecord
from sufragio.laws.bootstrap import load_bundled_corpus
from sufragio.review import workflow
from sufragio.review.models import ReviewCase, Revision, State
from tests.inquiries.approvals import approve
from tests.review.builders import make_letter

pytestmark = pytest.mark.django_db


def test_regenerate_is_refused_while_the_engines_are_not_approved(people):
    letter = make_letter()
    with pytest.raises(workflow.ReviewError, match="no aprobado"):
        workflow.regenerate(letter, people["revisora"])
    assert DraftRecord.objects.filter(letter=letter).count() == 1


def test_regenerate_after_a_correction_drafts_for_the_new_category(people):
    load_bundled_corpus()
    approve(pipeline.searcher().component)
    approve(pipeline.drafter().component)
    letter = make_letter("credencial")
    workflow.start_review(letter, people["revisora"])
    workflow.return_letter(letter, people["supervisora"], "es una solicitud de acceso")
    workflow.correct_category(letter, people["revisora"], "transparencia")
    new = workflow.regenerate(letter, people["revisora"])
    assert DraftRecord.objects.filter(letter=letter).count() == 2
    assert letter.latest_draft() == new
    assert letter.folio in new.text and "{{destinatario}}" in new.text
    assert {p["system"] for p in new.provenance} >= {"article-search", "letter-drafter"}
    case = ReviewCase.objects.get(letter=letter)
    assert case.state == State.IN_REVIEW
    assert case.final_text == new.text
    assert Revision.objects.filter(letter=letter).last().note == "borrador IA regenerado"
