"""`sufragio review export-corrections FILE`: reviewers' category corrections for retraining."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from sufragio.audit.log import record
from sufragio.review.corrections import export_corrections


class Command(BaseCommand):
    help = "Review desk: export reviewers' category corrections as JSONL for `triage train`."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        export = sub.add_parser(
            "export-corrections",
            help="write {id, category, secondary, channel, text (redacted)} per line",
        )
        export.add_argument("file", help="output JSONL file, e.g. correcciones.jsonl")

    def handle(self, *args: Any, action: str, **opts: Any) -> None:
        path = Path(opts["file"])
        count = export_corrections(path)
        record("cli", "review.export-corrections", f"file:{path.name}", None, {"rows": count})
        self.stdout.write(f"{count} correcciones escritas en {path}")
