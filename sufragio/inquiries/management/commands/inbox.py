"""`sufragio inbox ingest|triage|process|token`: the letter inbox from the command line."""

from __future__ import annotations

import json
import secrets
import sys
from collections import Counter
from hashlib import sha256
from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from sufragio.inquiries.intake.batch import ingest_paths, iter_files, triage_lines
from sufragio.inquiries.intake.limits import MB, Limits
from sufragio.inquiries.models import ApiToken, Letter, Status


def _limits(max_mb: float | None) -> Limits:
    return Limits(max_bytes=int(max_mb * MB)) if max_mb else Limits()


class Command(BaseCommand):
    help = "Letter inbox: ingest files, triage them as JSON lines, process pending letters."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        ingest = sub.add_parser("ingest", help="store and process letter files and folders")
        ingest.add_argument("paths", nargs="+", help="files or folders (recursive)")
        ingest.add_argument("--max-mb", type=float, help="largest file read (default 20 MB)")
        triage = sub.add_parser("triage", help="one JSON object per file on stdout")
        triage.add_argument("paths", nargs="+")
        triage.add_argument("--json", action="store_true", help="JSON lines (the only format)")
        triage.add_argument("--dry-run", action="store_true", help="analyse, store nothing")
        triage.add_argument("--max-mb", type=float)
        sub.add_parser("process", help="process every letter still waiting (status received)")
        token = sub.add_parser("token", help="create an API token for a staff account")
        token.add_argument("username")
        token.add_argument("--label", default="")

    def handle(self, *args: Any, action: str, **opts: Any) -> None:
        getattr(self, f"_{action}")(**opts)

    def _ingest(self, paths: list[str], max_mb: float | None, **opts: Any) -> None:
        files = list(iter_files(paths))
        console = Console(stderr=True)
        counts: Counter[str] = Counter()
        with Progress(
            TextColumn("[bold]Cartas"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=console,
        ) as progress:
            task = progress.add_task("ingest", total=len(files))

            def tick(result: Any) -> None:
                counts["duplicado" if result.duplicate else result.status] += 1
                if result.reason and not result.duplicate:
                    progress.console.print(f"[yellow]{result.file}[/]: {result.reason}")
                progress.advance(task)

            results = ingest_paths(files, limits=_limits(max_mb), on_file=tick)
        final = Counter(
            Letter.objects.filter(pk__in=[r.letter_id for r in results if r.letter_id]).values_list(
                "status", flat=True
            )
        )
        self.stdout.write(f"{len(files)} archivos leídos")
        for key, label in (("duplicado", "duplicados"), ("error", "no se pudieron abrir")):
            if counts[key]:
                self.stdout.write(f"  {label}: {counts[key]}")
        for status, count in sorted(final.items()):
            self.stdout.write(f"  {Status(status).label}: {count}")

    def _triage(self, paths: list[str], dry_run: bool, max_mb: float | None, **opts: Any) -> None:
        files = list(iter_files(paths))
        for line in triage_lines(files, dry_run=dry_run, limits=_limits(max_mb)):
            sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")
            sys.stdout.flush()

    def _process(self, **opts: Any) -> None:
        from sufragio.inquiries.pipeline import process_letters

        ids = list(Letter.objects.filter(status=Status.RECEIVED).values_list("pk", flat=True))
        counts = process_letters(ids)
        self.stdout.write(f"{len(ids)} cartas procesadas: {counts}")

    def _token(self, username: str, label: str, **opts: Any) -> None:
        user = get_user_model().objects.filter(username=username, is_active=True).first()
        if user is None or not user.is_staff:
            raise CommandError(f"{username}: no existe o no es personal (is_staff)")
        token = secrets.token_urlsafe(32)
        ApiToken.objects.create(
            user=user, token_hash=sha256(token.encode()).hexdigest(), label=label
        )
        self.stdout.write(token)
