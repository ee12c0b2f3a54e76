"""Receiving letters: originals first, folios, duplicates, and bad files parked with a reason."""

from __future__ import annotations

import hashlib
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.db import transaction
from PIL import Image

from sufragio.audit.models import AuditEntry
from sufragio.inquiries.intake.folios import allocate_folio, format_folio, preview_folio
from sufragio.inquiries.intake.ingest import ingest_bytes
from sufragio.inquiries.intake.limits import MB, Limits
from sufragio.inquiries.intake.storage import path_for, read_original
from sufragio.inquiries.models import Letter, Status
from tests.inquiries import makers
from tests.inquiries.conftest import stored_files

pytestmark = pytest.mark.django_db
MX = ZoneInfo("America/Mexico_City")


def _ingest(data: bytes, name: str = "carta.txt", **kwargs):
    return ingest_bytes(data, filename=name, channel="file", **kwargs)


def test_text_letter_is_stored_and_registered(home):
    data = makers.LETTER.encode("cp1252")
    intake = _ingest(data)
    letter = intake.letter
    assert not intake.duplicate
    assert letter.status == Status.RECEIVED and letter.reason == ""
    assert letter.text == makers.LETTER and letter.language == "es"
    assert letter.sha256 == hashlib.sha256(data).hexdigest()
    stored = path_for(letter.sha256)
    assert stored.is_relative_to(home / "letters" / letter.sha256[:2])
    assert read_original(letter.sha256) == data  # unchanged bytes, not the decoded text
    entry = AuditEntry.objects.get(action="inquiries.ingest")
    assert entry.object_ref == f"letter:{letter.folio}"


def test_same_bytes_twice_is_a_duplicate(home):
    data = makers.pdf_bytes()
    first = _ingest(data, "a.pdf")
    second = _ingest(data, "renombrada.pdf")
    assert second.duplicate and second.letter.pk == first.letter.pk
    assert Letter.objects.count() == 1
    assert len(stored_files(home)) == 1


def test_language_of_an_english_letter(home):
    text = "Dear Sir, I lost my voter card abroad and would like to know how to replace it."
    assert _ingest(text.encode()).letter.language == "en"


def test_folios_follow_the_pattern_and_restart_each_year(home, monkeypatch):
    monkeypatch.setenv("SUFRAGIO_FOLIO_PATTERN", "INE/DJ/{year}/{seq:06d}")
    late = datetime(2025, 12, 31, 23, 0, tzinfo=MX)
    early = datetime(2026, 1, 1, 0, 30, tzinfo=MX)
    folios = [
        _ingest(f"Solicito información número {i}".encode(), received=when).letter.folio
        for i, when in enumerate([late, late, early])
    ]
    assert folios == ["INE/DJ/2025/000001", "INE/DJ/2025/000002", "INE/DJ/2026/000001"]


def test_custom_folio_pattern(monkeypatch):
    monkeypatch.setenv("SUFRAGIO_FOLIO_PATTERN", "DJ-{seq:04d}-{year}")
    assert format_folio(2026, 7) == "DJ-0007-2026"


def test_a_rolled_back_letter_gives_its_folio_back():
    moment = datetime(2026, 5, 1, tzinfo=MX)
    with pytest.raises(RuntimeError), transaction.atomic():
        allocate_folio(moment)
        raise RuntimeError("fallo después de asignar")
    assert preview_folio(moment).endswith("/000001")
    with transaction.atomic():
        assert allocate_folio(moment).endswith("/000001")


# ----- bad input: parked with a reason, original kept ----------------------------------------

BAD_INPUTS = {
    "corrupt_pdf": (b"%PDF-1.7\n1 0 obj <<\ngarbage", "c.pdf", "PDF dañado"),
    "locked_pdf": (None, "c.pdf", "contraseña"),
    "blank_image": (None, "blank.png", "sin texto"),
    "zip_bomb": (None, "carta.docx", "posible archivo malicioso"),
    "nested_emails": (None, "m.eml", "anidados"),
    "unknown_encoding": (makers.LETTER.encode("cp500"), "c.txt", "codificación"),
    "empty": (b" \n ", "vacia.txt", "vacía"),
}


def _bad_bytes(kind: str) -> bytes:
    builders = {
        "locked_pdf": makers.encrypted_pdf_bytes,
        "blank_image": lambda: makers.png_bytes(Image.new("RGB", (640, 480), "white")),
        "zip_bomb": makers.docx_bomb_bytes,
        "nested_emails": lambda: makers.nested_email_bytes(8),
    }
    data = BAD_INPUTS[kind][0]
    return data if data is not None else builders[kind]()


@pytest.mark.parametrize("kind", sorted(BAD_INPUTS))
def test_bad_input_is_parked_and_kept(home, kind):
    data = _bad_bytes(kind)
    _, name, reason = BAD_INPUTS[kind]
    letter = _ingest(data, name).letter
    assert letter.pk is not None and letter.folio
    assert letter.status == Status.NEEDS_MANUAL_HANDLING
    assert reason in letter.reason
    assert read_original(letter.sha256) == data


def test_a_50_mb_file_is_kept_then_parked(home):
    data = b"Solicito " * (50 * MB // 9)
    letter = _ingest(data, "enorme.txt").letter
    assert letter.status == Status.NEEDS_MANUAL_HANDLING
    assert "demasiado grande (50.0 MB; el límite es 20 MB)" in letter.reason
    assert path_for(letter.sha256).stat().st_size == len(data)


def test_size_limit_is_configurable(home):
    letter = _ingest(b"Solicito " * 300, limits=Limits(max_bytes=1024)).letter
    assert letter.status == Status.NEEDS_MANUAL_HANDLING
