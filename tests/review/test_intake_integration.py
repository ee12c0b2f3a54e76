"""Letters that intake cannot read reach the desk directly, with their case and history."""

from __future__ import annotations

from pathlib import Path

import pytest

from sufragio.inquiries.intake.ingest import ingest_bytes
from sufragio.inquiries.models import Channel
from sufragio.review.models import ReviewCase, State, Transition

pytestmark = pytest.mark.django_db


def test_unreadable_letter_opens_a_manual_case(tmp_path: Path, monkeypatch, people):
    monkeypatch.setenv("SUFRAGIO_HOME", str(tmp_path))
    intake = ingest_bytes(b"\x00\x01\x02 binario", filename="carta.bin", channel=Channel.UPLOAD)
    letter = intake.letter
    assert letter.status == State.NEEDS_MANUAL_HANDLING
    case = ReviewCase.objects.get(letter=letter)
    assert case.state == State.NEEDS_MANUAL_HANDLING and case.due_date is not None
    row = Transition.objects.get(letter=letter)
    assert (row.from_state, row.to_state, row.actor_name) == ("", letter.status, "system")
    assert row.reason == letter.reason != ""
