"""Folios allocated by concurrent writers are unique and gap-free, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from django.db import connection

from sufragio.inquiries.intake.ingest import ingest_bytes
from sufragio.inquiries.models import Letter
from tests.concurrency import run_writers

WRITERS = 4
PER_WRITER = 8
EXPECTED = [f"INE/DJ/2026/{n:06d}" for n in range(1, WRITERS * PER_WRITER + 1)]

WRITER_CODE = """
import json, threading
from datetime import datetime
from zoneinfo import ZoneInfo
import django
django.setup()
from django.core.management import call_command
from django.db import connections
call_command("migrate", verbosity=0)
from sufragio.inquiries.intake.ingest import ingest_bytes
from sufragio.inquiries.models import Letter
MOMENT = datetime(2026, 6, 1, tzinfo=ZoneInfo("America/Mexico_City"))
errors = []
start = threading.Barrier({writers})
def writer(n):
    try:
        start.wait()
        for i in range({per_writer}):
            data = f"Solicito información, escritor {{n}}, carta {{i}}".encode()
            ingest_bytes(data, filename="c.txt", channel="file", received=MOMENT)
    except BaseException as exc:
        errors.append(repr(exc))
    finally:
        connections.close_all()
threads = [threading.Thread(target=writer, args=(n,)) for n in range({writers})]
[t.start() for t in threads]
[t.join() for t in threads]
folios = sorted(Letter.objects.values_list("folio", flat=True))
print(json.dumps({{"errors": errors, "folios": folios}}))
"""


def test_concurrent_intake_on_a_sqlite_file(tmp_path):
    """The embedded default: writers wait for SQLite's write lock instead of colliding."""
    env = {
        **os.environ,
        "SUFRAGIO_HOME": str(tmp_path),
        "DATABASE_URL": f"sqlite:///{tmp_path}/db.sqlite3",
        "DJANGO_SETTINGS_MODULE": "sufragio.settings",
        "SUFRAGIO_FOLIO_PATTERN": "INE/DJ/{year}/{seq:06d}",
    }
    code = WRITER_CODE.format(writers=WRITERS, per_writer=PER_WRITER)
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["errors"] == []
    assert result["folios"] == EXPECTED


@pytest.mark.django_db(transaction=True)
def test_concurrent_intake_on_the_test_database(home, monkeypatch):
    if connection.vendor == "sqlite" and connection.is_in_memory_db():
        pytest.skip("in-memory SQLite shares one cache; writers fail instead of waiting")
    from datetime import datetime
    from zoneinfo import ZoneInfo

    monkeypatch.setenv("SUFRAGIO_FOLIO_PATTERN", "INE/DJ/{year}/{seq:06d}")
    moment = datetime(2026, 6, 1, tzinfo=ZoneInfo("America/Mexico_City"))

    def write(n: int, i: int) -> None:
        data = f"Solicito información, escritor {n}, carta {i}".encode()
        ingest_bytes(data, filename="c.txt", channel="file", received=moment)

    run_writers(WRITERS, PER_WRITER, write)
    assert sorted(Letter.objects.values_list("folio", flat=True)) == EXPECTED
