"""Background jobs of the letter pipeline, run in-process or by Celery (``SUFRAGIO_TASKS``).

``inprocess`` (the embedded default) runs the job synchronously right after the transaction that
stored the letters commits: nothing extra to run or monitor, and a web upload returns once its
letter is processed (a second or so). ``celery`` sends the job to the broker in
``SUFRAGIO_CELERY_BROKER_URL`` after commit, for workers started with
``celery -A sufragio.inquiries.celery_app worker``. Either way the job only carries letter ids;
the letters themselves are already safe in the database and on disk. See docs/jobs.md.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.db import transaction

from sufragio import conf
from sufragio.inquiries.intake.ingest import Intake, ingest_bytes
from sufragio.inquiries.models import Status
from sufragio.inquiries.pipeline import process_letters

MODES = ("inprocess", "celery")


def mode() -> str:
    """The configured job runner; an unknown value is a configuration error, not a fallback."""
    value = conf.get("SUFRAGIO_TASKS").strip().lower()
    if value not in MODES:
        raise ValueError(f"SUFRAGIO_TASKS must be one of {', '.join(MODES)}, got {value!r}")
    return value


def enqueue_processing(letter_ids: Sequence[int]) -> None:
    """Process these letters in the background once the current transaction commits."""
    ids = [int(pk) for pk in letter_ids]
    if not ids:
        return
    if mode() == "celery":
        from sufragio.inquiries.celery_app import process_letters_task

        transaction.on_commit(lambda: process_letters_task.delay(ids))
    else:
        transaction.on_commit(lambda: process_letters(ids))


def receive_from_person(data: bytes, *, filename: str, channel: str, user: Any) -> Intake:
    """Store one letter a person handed in (web upload or API) and queue its processing.

    Both entry points must behave the same: a duplicate is only reported, and a letter already
    parked at intake (unreadable file) is not processed.
    """
    intake = ingest_bytes(
        data, filename=filename, channel=channel, actor=user.get_username(), user=user
    )
    if not intake.duplicate and intake.letter.status == Status.RECEIVED:
        enqueue_processing([intake.letter.pk])
    return intake
