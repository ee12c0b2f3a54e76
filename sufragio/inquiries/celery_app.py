"""Celery application for production deployments (``SUFRAGIO_TASKS=celery``).

Start workers with ``celery -A sufragio.inquiries.celery_app worker --concurrency 2``. The broker
is ``SUFRAGIO_CELERY_BROKER_URL`` (Redis by default). Results are not stored: letters record their
own status, so nothing needs a result backend. Tasks are acknowledged late, so a worker that dies
mid-batch leaves the message for another worker; processing is idempotent (see
:func:`sufragio.inquiries.pipeline.process_letters`).
"""

from __future__ import annotations

import os

import django
from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sufragio.settings")
django.setup()

from sufragio import conf  # noqa: E402  (Django must be set up before app modules load)

app = Celery("sufragio")
app.conf.update(
    broker_url=conf.get("SUFRAGIO_CELERY_BROKER_URL"),
    task_ignore_result=True,
    task_acks_late=True,
    worker_prefetch_multiplier=1,
    task_serializer="json",
    accept_content=["json"],
    broker_connection_retry_on_startup=True,
)


@app.task(name="sufragio.inquiries.process_letters")
def process_letters_task(letter_ids: list[int]) -> dict[str, int]:
    """Run the pipeline on these letters (ids only travel through the broker, never text)."""
    from sufragio.inquiries.pipeline import process_letters

    return process_letters(letter_ids)
