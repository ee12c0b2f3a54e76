"""Concurrent appends from separate connections queue on the head row: no gaps, no duplicates."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from django.db import connection

from sufragio.audit.log import record
from sufragio.audit.models import AuditEntry
from sufragio.audit.verify import verify
from tests.concurrency import run_writers

WRITERS = 4
PER_WRITER = 15


@pytest.mark.django_db(transaction=True)
def test_parallel_writers_produce_a_gapless_verified_log():
    if connection.vendor == "sqlite" and connection.is_in_memory_db():
        pytest.skip("in-memory SQLite shares one cache; writers fail instead of waiting")
    run_writers(
        WRITERS,
        PER_WRITER,
        lambda n, i: record(f"usuario{n}", "inquiries.approve", f"letter:{n}-{i}"),
    )
    seqs = list(AuditEntry.objects.order_by("seq").values_list("seq", flat=True))
    assert seqs == list(range(1, WRITERS * PER_WRITER + 1))
    assert verify().ok


SQLITE_WRITERS = """
import json, os, threading
import django
django.setup()
from django.core.management import call_command
from django.db import connections
call_command("migrate", "audit", verbosity=0)
from sufragio.audit.log import record
from sufragio.audit.models import AuditEntry
from sufragio.audit.verify import verify
errors = []
start = threading.Barrier({writers})
def writer(n):
    try:
        start.wait()
        for i in range({per_writer}):
            record(f"usuario{{n}}", "inquiries.approve", f"letter:{{n}}-{{i}}")
    except BaseException as exc:
        errors.append(repr(exc))
    finally:
        connections.close_all()
threads = [threading.Thread(target=writer, args=(n,)) for n in range({writers})]
[t.start() for t in threads]
[t.join() for t in threads]
seqs = list(AuditEntry.objects.order_by("seq").values_list("seq", flat=True))
print(json.dumps({{"errors": errors, "seqs": seqs, "ok": verify().ok}}))
"""


def test_parallel_writers_on_a_sqlite_file(tmp_path):
    """The embedded default is a SQLite file, where writers must wait for the write lock."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "sufragio.settings",
        "SUFRAGIO_HOME": str(tmp_path),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'audit.sqlite3'}",
    }
    script = SQLITE_WRITERS.format(writers=WRITERS, per_writer=PER_WRITER)
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["errors"] == []
    assert result["seqs"] == list(range(1, WRITERS * PER_WRITER + 1))
    assert result["ok"] is True
