"""The pipeline's batch move writes exactly what transition() + record_ai_outputs() write, letter by
letter, with a constant number of queries per batch, and refuses what transition() refuses."""

from __future__ import annotations

import hashlib
import itertools
from datetime import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from sufragio.audit.log import Event, record_many
from sufragio.audit.models import AuditEntry
from sufragio.inquiries.models import Channel, DraftRecord, Letter, TriageRecord
from sufragio.review import workflow
from sufragio.review.categories import category
from sufragio.review.models import ReviewCase, Revision, State, Transition
from tests.review.builders import ORIGINAL, draft_text

pytestmark = pytest.mark.django_db

_serial = itertools.count(1)
#: A Friday before a holiday Monday, so the due dates exercise the business-day calendar.
RECEIVED = timezone.make_aware(datetime(2026, 3, 13, 10))
#: (target state, category of the AI triage or None, drafted?, reason)
PLAN = [
    (State.DRAFTED, "credencial", True, ""),
    (State.DRAFTED, "transparencia", True, ""),
    (State.TRIAGED, "credencial", False, ""),
    (State.NEEDS_MANUAL_TRIAGE, "transparencia", False, "clasificación dudosa"),
    (State.NEEDS_MANUAL_HANDLING, None, False, "error interno en la etapa «testado»"),
]


def received_letter() -> Letter:
    n = next(_serial)
    folio = f"INE/DJ/2026/{n:06d}"
    return Letter.objects.create(
        folio=folio,
        received=RECEIVED,
        channel=Channel.UPLOAD,
        original_name="carta.txt",
        media_type="text/plain",
        sha256=hashlib.sha256(f"{folio}{ORIGINAL}".encode()).hexdigest(),
        size=len(ORIGINAL.encode()),
        text=ORIGINAL,
        language="es",
    )


def move_for(letter: Letter, plan: tuple) -> workflow.Move:
    """The move the pipeline would make, with unsaved AI output rows as it builds them."""
    to_state, category_id, drafted, reason = plan
    triage = draft = None
    if category_id is not None:
        chosen = category(category_id)
        triage = TriageRecord(
            letter=letter,
            category=chosen.id,
            confidence=0.9,
            unit=chosen.unit,
            unit_code=chosen.unit_code,
            deadline_business_days=chosen.deadline_business_days,
            needs_manual_triage=to_state == State.NEEDS_MANUAL_TRIAGE,
        )
    if drafted:
        draft = DraftRecord(letter=letter, text=draft_text(letter.folio), generator="template")
    return workflow.Move(letter, to_state, reason, triage, draft)


def corrected_letter(people) -> Letter:
    """A received letter whose case a supervisor opened and re-categorised before the pipeline."""
    letter = received_letter()
    workflow.correct_category(letter, people["supervisora"], "voto_extranjero", reason="a mano")
    return letter


def per_letter(moves: list[workflow.Move]) -> None:
    """The old store path: one transition and one record_ai_outputs per letter."""
    events: list[Event] = []
    for move in moves:
        row = workflow.transition(
            move.letter,
            move.to_state,
            "system",
            move.reason,
            expected_from=State.RECEIVED,
            events=events,
            action="process",
        )
        assert row is not None
        workflow.record_ai_outputs(move.letter, move.triage, move.draft)
    record_many(events)


def snapshot(letters: list[Letter]) -> list[dict]:
    """Everything the move wrote for each letter, without ids, times and the folio."""
    out = []
    for letter in letters:
        letter.refresh_from_db()
        case = ReviewCase.objects.filter(letter=letter).values().get()
        for key in ("id", "letter_id", "updated"):
            case.pop(key)
        out.append(
            {
                "letter": (letter.status, letter.reason),
                "case": case,
                "transitions": list(
                    Transition.objects.filter(letter=letter).values_list(
                        "from_state", "to_state", "actor_id", "actor_name", "reason"
                    )
                ),
                "revisions": list(
                    Revision.objects.filter(letter=letter).values_list("text", "author_id", "note")
                ),
                "audit": list(
                    AuditEntry.objects.filter(object_ref=letter.ref)
                    .order_by("seq")
                    .values_list("actor", "action", "before_hash", "after_hash")
                ),
            }
        )
    for row in out:  # the draft names the letter's own folio: compare it without
        row["case"]["final_text"] = row["case"]["final_text"].split("\nAsunto:")[-1]
        row["revisions"] = [(t.split("\nAsunto:")[-1], a, n) for t, a, n in row["revisions"]]
    return out


def test_batch_writes_the_same_rows_as_one_transition_per_letter(people):
    one_by_one = [received_letter() for _ in PLAN] + [corrected_letter(people)]
    batched = [received_letter() for _ in PLAN] + [corrected_letter(people)]
    plans = [*PLAN, (State.DRAFTED, "credencial", True, "")]

    per_letter([move_for(lt, p) for lt, p in zip(one_by_one, plans, strict=True)])
    events: list[Event] = []
    moves = [move_for(lt, p) for lt, p in zip(batched, plans, strict=True)]
    moved = workflow.advance_received(moves, "system", events, action="process")
    record_many(events)

    assert moved == {lt.pk for lt in batched}
    assert [lt.status for lt in batched] == [p[0] for p in plans]
    expected, got = snapshot(one_by_one), snapshot(batched)
    assert got == expected
    # The comparison covers the cases that matter: a due date past a holiday, a correction kept.
    assert got[0]["case"]["due_date"].isoformat() == "2026-03-30"
    assert got[-1]["case"]["category"] == "voto_extranjero"
    assert got[-1]["case"]["ai_category"] == "credencial"
    assert got[-1]["audit"][-1][1] == "review.process"


def test_letters_no_longer_received_are_left_alone(people):
    done, fresh = received_letter(), received_letter()
    workflow.advance_received([move_for(done, PLAN[2])], "system")
    moves = [move_for(done, PLAN[0]), move_for(fresh, PLAN[0])]

    assert workflow.advance_received(moves, "system") == {fresh.pk}
    assert Transition.objects.filter(letter=done).count() == 1
    assert ReviewCase.objects.get(letter=done).state == State.TRIAGED
    assert not Revision.objects.filter(letter=done).exists()
    assert AuditEntry.objects.filter(object_ref=done.ref, action="review.transition").count() == 1


def test_a_move_outside_the_table_refuses_the_whole_batch(people):
    good, bad = received_letter(), received_letter()
    moves = [move_for(good, PLAN[0]), workflow.Move(bad, State.APPROVED, "atajo")]

    with pytest.raises(workflow.ReviewError, match="no se puede pasar de"):
        workflow.advance_received(moves, "system")
    assert set(
        Letter.objects.filter(pk__in=[good.pk, bad.pk]).values_list("status", flat=True)
    ) == {State.RECEIVED}
    assert not ReviewCase.objects.filter(letter__in=[good, bad]).exists()


def test_a_concurrent_change_between_lock_and_update_is_refused(people):
    """Where the lock is a no-op (SQLite), another writer may move a letter after it was read:
    the guarded UPDATE then moves fewer letters than expected, and nothing of the batch stays."""
    letters = [received_letter() for _ in range(3)]
    raced: list[int] = []

    def other_writer(execute, sql, params, many, context):
        if not raced and sql.startswith('UPDATE "inquiries_letter" SET "status" = CASE'):
            raced.append(letters[1].pk)
            Letter.objects.filter(pk=letters[1].pk).update(status=State.NEEDS_MANUAL_HANDLING)
        return execute(sql, params, many, context)

    with (
        connection.execute_wrapper(other_writer),
        pytest.raises(workflow.ReviewError, match="cambió de estado"),
    ):
        workflow.advance_received([move_for(lt, PLAN[0]) for lt in letters], "system")
    assert raced == [letters[1].pk]
    assert not Transition.objects.filter(letter__in=letters).exists()
    assert not ReviewCase.objects.filter(letter__in=letters).exists()
    assert list(
        Letter.objects.filter(pk__in=[letters[0].pk, letters[2].pk]).values_list(
            "status", flat=True
        )
    ) == [State.RECEIVED, State.RECEIVED]


def test_queries_do_not_grow_with_the_batch(people):
    counts = []
    for size in (2, 12):
        moves = [move_for(received_letter(), PLAN[i % len(PLAN)]) for i in range(size)]
        with CaptureQueriesContext(connection) as queries:
            assert len(workflow.advance_received(moves, "system")) == size
        counts.append(
            [
                q["sql"]
                for q in queries.captured_queries
                if not q["sql"].startswith(("SAVEPOINT", "RELEASE")) and "audit_" not in q["sql"]
            ]
        )
    assert len(counts[0]) == len(counts[1])
    # lock (+ SQLite's write lock), move, read cases and corrections, three inserts
    assert len(counts[1]) <= 8
