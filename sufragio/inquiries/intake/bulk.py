"""Receive a chunk of letters at once, with the guarantees of :func:`ingest_bytes` per letter.

Receiving one letter costs a duplicate check, a synced file, a folio UPDATE, an INSERT, an audit
append and a commit; for a folder of mail that is most of the intake time. Here a chunk pays
each of those once: one query finds the duplicates, the originals are synced concurrently (every
file still gets its own fsync and atomic rename), and one transaction takes a block of folios,
inserts the letters and appends their audit entries together.

The order of operations is the single path's: every original is durable before any text is read
or any row written, so a crash or a failing chunk never loses a file. If the chunk's transaction
fails on a unique constraint (another process stored the same bytes meanwhile) nothing of it was
kept, and the letters are received again one by one, which reports those files as duplicates.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.utils import timezone

from sufragio.audit.log import Event, record_many
from sufragio.inquiries.intake.folios import allocate_folios
from sufragio.inquiries.intake.ingest import Intake, audit_state, ingest_bytes, new_letter
from sufragio.inquiries.intake.limits import Limits
from sufragio.inquiries.intake.storage import sha256_of, store_originals
from sufragio.inquiries.models import Letter
from sufragio.review import workflow


@dataclass(frozen=True)
class Incoming:
    """One file to receive: its bytes as they arrived, its name and how it came."""

    data: bytes
    filename: str
    channel: str


def ingest_many(
    items: Sequence[Incoming],
    *,
    actor: str = "system",
    user=None,
    limits: Limits | None = None,
) -> list[Intake]:
    """Store and register ``items``; one :class:`Intake` per item, in order.

    The same bytes twice in one chunk make one letter; the later item is its duplicate.
    """
    digests = [sha256_of(item.data) for item in items]
    known = {lt.sha256: lt for lt in Letter.objects.filter(sha256__in=set(digests))}
    first: dict[str, int] = {}
    for n, digest in enumerate(digests):
        if digest not in known:
            first.setdefault(digest, n)
    fresh = [items[n] for n in first.values()]
    stored = store_originals([item.data for item in fresh])
    received = timezone.now()
    letters = [
        new_letter(
            item.data,
            original,
            filename=item.filename,
            channel=item.channel,
            received=received,
            user=user,
            limits=limits,
        )
        for item, original in zip(fresh, stored, strict=True)
    ]
    try:
        _register(letters, actor)
    except IntegrityError:
        return [
            ingest_bytes(
                item.data,
                filename=item.filename,
                channel=item.channel,
                actor=actor,
                user=user,
                limits=limits,
            )
            for item in items
        ]
    new = dict(zip(first, letters, strict=True))
    return [
        Intake(known[digest], duplicate=True)
        if digest in known
        else Intake(new[digest], duplicate=first[digest] != n)
        for n, digest in enumerate(digests)
    ]


@transaction.atomic
def _register(letters: list[Letter], actor: str) -> None:
    """Folios, rows and audit entries of a chunk, all or nothing."""
    if not letters:
        return
    folios = allocate_folios(len(letters), letters[0].received)
    for letter, folio in zip(letters, folios, strict=True):
        letter.folio = folio
    Letter.objects.bulk_create(letters)  # sets the primary keys (RETURNING) on both backends
    record_many(Event(actor, "inquiries.ingest", lt.ref, after=audit_state(lt)) for lt in letters)
    for letter in letters:
        workflow.record_intake(letter, actor)
