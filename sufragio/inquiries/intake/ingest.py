"""Receive one letter: store its original bytes first, read its text, give it a folio.

Order matters for "nothing is lost": the original is on disk before anything can fail, a letter
whose text cannot be read still gets a folio (status ``needs_manual_handling`` and a reason), and
a file already received (same SHA-256) is reported as a duplicate with its existing folio instead
of being filed twice.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from django.db import IntegrityError, transaction
from django.utils import timezone

from sufragio.audit.log import record
from sufragio.inquiries.intake.folios import allocate_folio
from sufragio.inquiries.intake.language import detect_language
from sufragio.inquiries.intake.limits import Limits, Unreadable
from sufragio.inquiries.intake.parsers import Extraction, extract, sniff
from sufragio.inquiries.intake.storage import StoredOriginal, sha256_of, store_original
from sufragio.inquiries.models import Letter, Status
from sufragio.review import workflow

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Intake:
    """Result of receiving one file: the letter, and whether it had been received before."""

    letter: Letter
    duplicate: bool


@dataclass(frozen=True)
class Reading:
    """What could be read from a file: its extraction, or why it needs a person."""

    extraction: Extraction | None
    media_type: str
    reason: str = ""


def read_letter(data: bytes, filename: str, limits: Limits | None = None) -> Reading:
    """Extract the text of ``data`` without raising: a failure becomes a Spanish reason."""
    try:
        extraction = extract(data, filename, limits)
    except Unreadable as exc:
        return Reading(None, sniff(data, filename), exc.reason)
    except Exception:  # a parser bug must park the letter, not lose it or stop the batch
        logger.exception("unexpected error reading a letter (%s bytes)", len(data))
        return Reading(None, sniff(data, filename), "error inesperado al leer el archivo")
    return Reading(extraction, extraction.media_type)


def ingest_bytes(
    data: bytes,
    *,
    filename: str,
    channel: str,
    actor: str = "system",
    user=None,
    received: datetime | None = None,
    limits: Limits | None = None,
) -> Intake:
    """Store and register one letter; never raises for bad content."""
    digest = sha256_of(data)
    existing = Letter.objects.filter(sha256=digest).first()
    if existing is not None:
        return Intake(existing, duplicate=True)
    stored = store_original(data)
    letter = new_letter(
        data,
        stored,
        filename=filename,
        channel=channel,
        received=received or timezone.now(),
        user=user,
        limits=limits,
    )
    try:
        with transaction.atomic():
            letter.folio = allocate_folio(letter.received)
            letter.save()
            record(actor, "inquiries.ingest", letter.ref, after=audit_state(letter))
            workflow.record_intake(letter, actor)
    except IntegrityError:
        # Another process stored the same bytes between our check and our insert.
        existing = Letter.objects.filter(sha256=digest).first()
        if existing is None:
            raise
        return Intake(existing, duplicate=True)
    return Intake(letter, duplicate=False)


def new_letter(
    data: bytes,
    stored: StoredOriginal,
    *,
    filename: str,
    channel: str,
    received: datetime,
    user=None,
    limits: Limits | None = None,
) -> Letter:
    """The unsaved letter for an original already on disk: its text read, or why it cannot be."""
    reading = read_letter(data, filename, limits)
    extraction = reading.extraction
    return Letter(
        received=received,
        channel=channel,
        original_name=filename[-255:],
        media_type=reading.media_type,
        sha256=stored.sha256,
        size=stored.size,
        text=extraction.text if extraction else "",
        language=detect_language(extraction.text) if extraction else "",
        pages=extraction.pages if extraction else 0,
        ocr_pages=extraction.ocr_pages if extraction else 0,
        status=Status.RECEIVED if extraction else Status.NEEDS_MANUAL_HANDLING,
        reason=reading.reason,
        created_by=user,
    )


def audit_state(letter: Letter) -> dict:
    """What the audit log hashes for an ingest: identifiers and status, no letter content."""
    return {
        "folio": letter.folio,
        "sha256": letter.sha256,
        "channel": letter.channel,
        "media_type": letter.media_type,
        "status": letter.status,
        "reason": letter.reason,
    }
