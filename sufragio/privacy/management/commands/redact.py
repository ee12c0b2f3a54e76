"""`sufragio redact FILE... [--json] [--show-values] [--operator OP]`: redact text files.

The engine loads once for the whole run. A file that cannot be read is reported on stderr and
the run goes on with the others, exiting non-zero at the end.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from sufragio.privacy.engine import get_engine
from sufragio.privacy.operators import OPERATORS
from sufragio.privacy.text import UnreadableInputError, decode_bytes


class Command(BaseCommand):
    help = "Redact personal data from text files (or - for standard input)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("files", nargs="+", metavar="FILE", help="text files, or - for stdin")
        parser.add_argument("--json", action="store_true", help="one JSON line per file")
        parser.add_argument(
            "--show-values", action="store_true", help="include the raw values (sensitive!)"
        )
        parser.add_argument("--operator", choices=OPERATORS, default="placeholder")

    def handle(self, *args, **options) -> None:
        engine = get_engine()
        failures = 0
        for name in options["files"]:
            try:
                data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
                text = decode_bytes(data)
                redaction = engine.redact(text, options["operator"])
            except (OSError, UnreadableInputError) as exc:
                failures += 1
                reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
                self.stderr.write(f"sufragio redact: {name}: {reason}")
                continue
            self._print(name, text, redaction, options)
        if failures:
            raise CommandError(f"{failures} file(s) could not be redacted", returncode=1)

    def _print(self, name: str, text: str, redaction, options: dict) -> None:
        if not options["json"]:
            self.stdout.write(redaction.text)
            return
        entities = []
        for e in redaction.entities:
            entity = {"type": e.type, "start": e.start, "end": e.end, "score": e.score}
            if options["show_values"]:
                entity["value"] = text[e.start : e.end]
            entities.append(entity)
        line = {"file": name, "redacted_text": redaction.text, "entities": entities}
        self.stdout.write(json.dumps(line, ensure_ascii=False))
