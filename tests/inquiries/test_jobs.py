"""Background jobs: in-process after commit, and Celery through a real Redis broker."""

from __future__ import annotations

import threading

import pytest
import redis
from django.db import transaction

from sufragio.inquiries.intake.ingest import ingest_bytes
from sufragio.inquiries.jobs import enqueue_processing, mode
from sufragio.inquiries.models import Letter, Status

REDIS_URL = "redis://127.0.0.1:6379/15"
LETTER = "Solicito saber dónde me toca votar el próximo domingo. Atentamente, Ana"


def _letter() -> Letter:
    return ingest_bytes(LETTER.encode(), filename="c.txt", channel="file").letter


def _redis_available() -> bool:
    try:
        return bool(redis.Redis.from_url(REDIS_URL, socket_timeout=1).ping())
    except redis.RedisError:
        return False


def test_unknown_task_mode_is_an_error(monkeypatch):
    monkeypatch.setenv("SUFRAGIO_TASKS", "threads")
    with pytest.raises(ValueError, match="SUFRAGIO_TASKS"):
        mode()


@pytest.mark.django_db(transaction=True)
def test_inprocess_job_runs_after_commit(home, monkeypatch):
    monkeypatch.setenv("SUFRAGIO_TASKS", "inprocess")
    letter = _letter()
    with transaction.atomic():
        enqueue_processing([letter.pk])
        letter.refresh_from_db()
        assert letter.status == Status.RECEIVED  # not before the commit
    letter.refresh_from_db()
    assert letter.status != Status.RECEIVED
    # No component is approved in this database: the gate parks the letter, with the reason.
    assert letter.status == Status.NEEDS_MANUAL_HANDLING
    assert letter.reason.startswith("sistema no aprobado: pii-redaction@")


@pytest.fixture
def celery_app():
    if not _redis_available():
        pytest.skip("no Redis at 127.0.0.1:6379")
    from sufragio.inquiries.celery_app import app

    app.conf.update(broker_url=REDIS_URL, task_always_eager=False)
    redis.Redis.from_url(REDIS_URL).flushdb()
    yield app
    app.conf.task_always_eager = False


@pytest.mark.django_db
def test_celery_eager_dispatch(home, monkeypatch, celery_app, django_capture_on_commit_callbacks):
    monkeypatch.setenv("SUFRAGIO_TASKS", "celery")
    celery_app.conf.task_always_eager = True
    letter = _letter()
    with django_capture_on_commit_callbacks(execute=True):
        enqueue_processing([letter.pk])
    letter.refresh_from_db()
    assert letter.status == Status.NEEDS_MANUAL_HANDLING
    assert "sistema no aprobado" in letter.reason


@pytest.mark.django_db(transaction=True)
def test_celery_worker_processes_a_letter_through_redis(home, monkeypatch, celery_app):
    """A real round trip: the message goes to Redis, a worker thread takes it and runs the job."""
    from celery.contrib.testing.worker import start_worker
    from celery.signals import task_postrun

    monkeypatch.setenv("SUFRAGIO_TASKS", "celery")
    letter = _letter()
    finished = threading.Event()

    def on_done(**kwargs) -> None:
        finished.set()

    # Wait for the worker's signal rather than polling the database: on in-memory SQLite a read
    # from this thread while the worker writes fails with "table is locked" instead of waiting.
    task_postrun.connect(on_done, weak=False)
    try:
        with start_worker(celery_app, pool="solo", perform_ping_check=False, shutdown_timeout=30):
            enqueue_processing([letter.pk])  # outside a transaction: sent at once
            assert finished.wait(120), "the worker did not run the task"
    finally:
        task_postrun.disconnect(on_done)
    letter.refresh_from_db()
    assert letter.status == Status.NEEDS_MANUAL_HANDLING
    assert letter.reason.startswith("sistema no aprobado: pii-redaction@")
