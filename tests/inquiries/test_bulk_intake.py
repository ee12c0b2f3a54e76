"""Receiving a chunk of letters at once: same guarantees as one by one, far fewer round trips."""

from __future__ import annotations

import hashlib
import stat
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from sufragio.audit.models import AuditEntry
from sufragio.inquiries.intake.batch import CHUNK, ingest_paths
from sufragio.inquiries.intake.bulk import Incoming, ingest_many
from sufragio.inquiries.intake.folios import allocate_folios, preview_folio
from sufragio.inquiries.intake.storage import path_for, read_original, store_originals
from sufragio.inquiries.models import Letter, Status
from sufragio.review.models import Transition
from tests.inquiries import makers
from tests.inquiries.conftest import stored_files

pytestmark = pytest.mark.django_db
MX = ZoneInfo("America/Mexico_City")


def _letter(i: int) -> bytes:
    return f"{makers.LETTER}\nReferencia del remitente: R-{i:05d}".encode()


def _items(count: int, offset: int = 0) -> list[Incoming]:
    return [Incoming(_letter(offset + i), f"c{offset + i}.txt", "file") for i in range(count)]


def test_a_chunk_keeps_order_duplicates_and_bad_files(home):
    earlier = ingest_many(_items(1))[0].letter
    pdf = makers.pdf_bytes()
    items = [
        Incoming(_letter(1), "nueva.txt", "file"),
        Incoming(_letter(0), "reenviada.txt", "file"),  # stored by an earlier chunk
        Incoming(pdf, "a.pdf", "file"),
        Incoming(b"%PDF-1.7\n1 0 obj <<\ngarbage", "rota.pdf", "file"),
        Incoming(pdf, "otra-vez.pdf", "email"),  # the same bytes twice in this chunk
    ]
    intakes = ingest_many(items)

    assert [i.duplicate for i in intakes] == [False, True, False, False, True]
    assert intakes[1].letter.pk == earlier.pk
    assert intakes[4].letter.pk == intakes[2].letter.pk
    new = [intakes[0].letter, intakes[2].letter, intakes[3].letter]
    assert [lt.folio[-6:] for lt in new] == ["000002", "000003", "000004"]
    assert all(lt.pk for lt in new) and Letter.objects.count() == 4
    assert intakes[2].letter.text.startswith("Ciudad de México")
    parked = Letter.objects.get(pk=intakes[3].letter.pk)
    assert parked.status == Status.NEEDS_MANUAL_HANDLING and "PDF dañado" in parked.reason
    assert Transition.objects.filter(letter=parked, to_state=parked.status).exists()
    for item in (items[0], items[2], items[3]):
        assert read_original(hashlib.sha256(item.data).hexdigest()) == item.data
    assert len(stored_files(home)) == 4
    refs = set(AuditEntry.objects.filter(action="inquiries.ingest").values_list("object_ref"))
    assert refs == {(lt.ref,) for lt in [earlier, *new]}


def test_queries_per_chunk_do_not_grow_with_its_size(home):
    ingest_many(_items(1, offset=99))  # the first letter ever also creates the counters
    with CaptureQueriesContext(connection) as small:
        ingest_many(_items(4))
    with CaptureQueriesContext(connection) as large:
        ingest_many(_items(32, offset=100))
    assert Letter.objects.count() == 37
    assert len(large) == len(small) <= 14


def test_a_conflicting_insert_hands_its_folios_back_and_goes_one_by_one(home):
    """Another writer stores the same bytes just before the chunk's INSERT: the database rejects
    the chunk, nothing of it stays, and the single path receives every letter, gap-free."""
    items = _items(3)
    raced: list[str] = []

    def another_writer_first(execute, sql, params, many, context):
        if not raced and sql.startswith('INSERT INTO "inquiries_letter"'):  # the chunk's
            raced.append(sql)
            Letter.objects.create(
                folio="OTRO/1",
                received=timezone.now(),
                channel="file",
                sha256=hashlib.sha256(items[0].data).hexdigest(),
                size=len(items[0].data),
            )
        return execute(sql, params, many, context)

    with connection.execute_wrapper(another_writer_first):
        intakes = ingest_many(items)
    assert raced, "the chunk's insert was not attempted"
    assert [i.duplicate for i in intakes] == [False, False, False]
    folios = sorted(Letter.objects.values_list("folio", flat=True))
    assert [f[-6:] for f in folios] == ["000001", "000002", "000003"]
    assert AuditEntry.objects.filter(action="inquiries.ingest").count() == 3


def test_a_folio_block_is_consecutive_and_returned_on_rollback():
    moment = datetime(2026, 5, 1, tzinfo=MX)
    with pytest.raises(RuntimeError), transaction.atomic():
        assert [f[-6:] for f in allocate_folios(3, moment)] == ["000001", "000002", "000003"]
        raise RuntimeError("fallo después de asignar")
    assert preview_folio(moment).endswith("/000001")
    with transaction.atomic():
        assert allocate_folios(2, moment)[-1].endswith("/000002")
        assert allocate_folios(0, moment) == []
    assert preview_folio(moment).endswith("/000003")


def test_originals_stored_together_are_exact_and_read_only(home):
    data = [_letter(i) for i in range(12)]
    stored = store_originals(data)
    assert [s.sha256 for s in stored] == [hashlib.sha256(d).hexdigest() for d in data]
    for item, original in zip(data, stored, strict=True):
        assert path_for(original.sha256).read_bytes() == item
        assert not path_for(original.sha256).stat().st_mode & stat.S_IWUSR
    assert not [p for p in (home / "letters").rglob(".tmp-*")]


def test_a_folder_is_handed_to_processing_in_chunks(home, tmp_path: Path):
    folder = tmp_path / "entrada"
    folder.mkdir()
    for i in range(CHUNK + 6):
        (folder / f"carta-{i:03d}.txt").write_bytes(_letter(i))
    (folder / "vacia.txt").write_bytes(b"")
    handed: list[list[int]] = []
    results = ingest_paths(sorted(folder.iterdir()), process=handed.append)
    assert [len(ids) for ids in handed] == [CHUNK, 6]
    received = [r.letter_id for r in results if r.status == Status.RECEIVED]
    assert sorted(pk for ids in handed for pk in ids) == sorted(received)
    assert len(results) == CHUNK + 7
    assert results[-1].status == Status.NEEDS_MANUAL_HANDLING and "vacía" in results[-1].reason
