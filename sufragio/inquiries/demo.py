"""`sufragio init --demo` step: receive and process the bundled demo letters.

The letters under ``demo_letters/`` are fictional (names, CURPs and addresses are made up) and
cover every triage category plus an ambiguous and an out-of-scope letter. They go through the
real intake and pipeline, so the governance gate applies: run this after the components are
approved, or the letters wait in "requiere atención manual" with the gate's reason. Idempotent:
the same files are recognised as duplicates on a second run.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from sufragio.inquiries.intake.batch import ingest_paths, iter_files
from sufragio.inquiries.pipeline import process_letters

DEMO_LETTERS = Path(__file__).resolve().parent / "demo_letters"


def ingest_demo_letters() -> str:
    """Ingest and process every demo letter now (synchronously, whatever SUFRAGIO_TASKS is)."""
    results = ingest_paths(list(iter_files([DEMO_LETTERS])), actor="demo", process=process_letters)
    new = Counter(r.status for r in results if not r.duplicate)
    duplicates = sum(r.duplicate for r in results)
    return f"{sum(new.values())} cartas nuevas, {duplicates} ya recibidas"
