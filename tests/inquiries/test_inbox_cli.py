"""`sufragio inbox ingest` and `sufragio inbox triage --json [--dry-run]`."""

from __future__ import annotations

import json

import pytest
from django.core.management import call_command

from sufragio.inquiries.models import Letter, Status
from tests.inquiries import makers
from tests.inquiries.conftest import stored_files

pytestmark = pytest.mark.django_db
KEYS = {
    "file",
    "folio",
    "status",
    "reason",
    "category",
    "confidence",
    "unit",
    "needs_manual_triage",
    "entities",
    "redacted_text",
    "citations",
    "draft",
}


@pytest.fixture
def inbox(tmp_path):
    folder = tmp_path / "entrada"
    (folder / "sub").mkdir(parents=True)
    (folder / "01-credencial.txt").write_text(makers.LETTER, encoding="utf-8")
    (folder / "sub" / "02-correo.eml").write_bytes(makers.email_bytes())
    (folder / "sub" / "03-roto.pdf").write_bytes(b"%PDF-1.4 basura")
    (folder / "04-vacia.txt").write_bytes(b"")
    (folder / ".oculto.txt").write_text("no se lee")
    return folder


def _lines(capsys) -> list[dict]:
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_dry_run_reports_every_file_and_stores_nothing(home, approved, inbox, capsys):
    call_command("inbox", "triage", str(inbox), "--json", "--dry-run")
    lines = _lines(capsys)
    assert [line["file"].split("entrada/")[1] for line in lines] == [
        "01-credencial.txt",
        "04-vacia.txt",
        "sub/02-correo.eml",
        "sub/03-roto.pdf",
    ]
    assert all(set(line) >= KEYS for line in lines)
    letter, empty, mail, broken = lines
    assert letter["folio"] is None and letter["status"] == Status.DRAFTED
    assert letter["category"] == "credencial" and letter["reason"] is None
    assert letter["citations"] and {"law", "article"} == set(letter["citations"][0])
    person = next(e for e in letter["entities"] if e["type"] == "PERSON")
    assert "Rocío" in makers.LETTER[person["start"] : person["end"]]
    assert "Rocío" not in letter["redacted_text"] and "Rocío" not in letter["draft"]
    assert empty["status"] == broken["status"] == Status.NEEDS_MANUAL_HANDLING
    assert "vacía" in empty["reason"] and "PDF dañado" in broken["reason"]
    assert mail["category"] == "credencial"
    assert not Letter.objects.exists() and stored_files(home) == []


def test_triage_stores_and_reports_duplicates(home, approved, inbox, capsys):
    call_command("inbox", "triage", str(inbox / "01-credencial.txt"), "--json")
    first = _lines(capsys)[0]
    assert first["folio"] and first["status"] == Status.DRAFTED
    stored = Letter.objects.get(folio=first["folio"])
    assert stored.latest_draft().text == first["draft"]
    call_command("inbox", "triage", str(inbox / "01-credencial.txt"), "--json")
    again = _lines(capsys)[0]
    assert again["duplicate"] and again["folio"] == first["folio"]
    assert again["reason"].startswith("duplicado")


def test_ingest_a_folder_never_stops_on_bad_files(
    home, approved, inbox, capsys, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):  # the in-process job runs on commit
        call_command("inbox", "ingest", str(inbox), str(inbox / "no-existe.txt"))
    out = capsys.readouterr().out
    assert "5 archivos leídos" in out
    assert "no se pudieron abrir: 1" in out
    statuses = dict(Letter.objects.values_list("original_name", "status"))
    assert statuses == {
        "01-credencial.txt": Status.DRAFTED,
        "02-correo.eml": Status.DRAFTED,
        "03-roto.pdf": Status.NEEDS_MANUAL_HANDLING,
        "04-vacia.txt": Status.NEEDS_MANUAL_HANDLING,
    }
    assert Letter.objects.get(original_name="02-correo.eml").channel == "email"
    assert "requiere atención manual: 2" in out  # the summary counts statuses per letter


def test_demo_letters(home, approved):
    from sufragio.inquiries.demo import ingest_demo_letters

    assert ingest_demo_letters() == "30 cartas nuevas, 0 ya recibidas"
    assert ingest_demo_letters() == "0 cartas nuevas, 30 ya recibidas"
    counts = dict(
        (status, Letter.objects.filter(status=status).count()) for status in Status.values
    )
    assert counts[Status.DRAFTED] >= 20, counts
    assert counts[Status.RECEIVED] == 0
