"""Folios: one gap-free sequence per year, formatted with ``SUFRAGIO_FOLIO_PATTERN``.

Allocation increments the year's counter with a single UPDATE inside the caller's transaction.
The UPDATE takes the write lock on every backend (a row lock on PostgreSQL, the database lock on
SQLite), so concurrent intakes queue up instead of reading the same number; if the caller's
transaction rolls back, so does the number, which keeps the sequence free of gaps.
"""

from __future__ import annotations

from datetime import datetime

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from sufragio import conf
from sufragio.inquiries.models import FolioCounter


def format_folio(year: int, seq: int, pattern: str | None = None) -> str:
    return (pattern or conf.get("SUFRAGIO_FOLIO_PATTERN")).format(year=year, seq=seq)


def allocate_folio(moment: datetime | None = None) -> str:
    """Next folio of the year of ``moment`` (local time). Call inside ``transaction.atomic``."""
    return allocate_folios(1, moment)[0]


def allocate_folios(count: int, moment: datetime | None = None) -> list[str]:
    """The next ``count`` folios of the year of ``moment``, in order, with one UPDATE.

    A batch of letters takes a block of consecutive numbers at once instead of one round trip
    per letter; the block is returned if the caller's transaction rolls back, as for one folio.
    """
    if count < 1:
        return []
    year = timezone.localtime(moment or timezone.now()).year
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("allocate_folio must run inside the transaction that stores the letter")
    if not FolioCounter.objects.filter(year=year).update(last=F("last") + count):
        try:
            with transaction.atomic():  # savepoint: a concurrent creator may win the insert
                FolioCounter.objects.create(year=year, last=count)
        except IntegrityError:
            FolioCounter.objects.filter(year=year).update(last=F("last") + count)
    last = FolioCounter.objects.values_list("last", flat=True).get(year=year)
    pattern = conf.get("SUFRAGIO_FOLIO_PATTERN")
    return [format_folio(year, seq, pattern) for seq in range(last - count + 1, last + 1)]


def preview_folio(moment: datetime | None = None) -> str:
    """What the next folio would look like, without taking it (for dry runs)."""
    year = timezone.localtime(moment or timezone.now()).year
    counter = FolioCounter.objects.filter(year=year).values_list("last", flat=True).first()
    return format_folio(year, (counter or 0) + 1)
