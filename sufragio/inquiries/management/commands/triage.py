"""`sufragio triage train|classify`: retrain the letter classifier and try it by hand."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser


class Command(BaseCommand):
    help = "Letter triage: retrain the classifier (with reviewers' corrections) and classify."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        train = sub.add_parser(
            "train", help="retrain from the bundled letters plus labelled JSONL files"
        )
        train.add_argument(
            "--from",
            dest="extra",
            action="append",
            default=[],
            metavar="FILE.jsonl",
            help="extra labelled letters {id, category, text}; repeatable",
        )
        train.add_argument(
            "--include-corrections",
            action="store_true",
            help="also read every *.jsonl in $SUFRAGIO_HOME/corrections/triage/ (already redacted)",
        )
        train.add_argument(
            "--out", help="artefact directory (default $SUFRAGIO_HOME/models/triage)"
        )
        train.add_argument("--json", dest="as_json", action="store_true")
        classify = sub.add_parser("classify", help="classify one redacted letter")
        classify.add_argument("file", help="text file, or - for standard input")
        classify.add_argument("--json", dest="as_json", action="store_true")

    def handle(self, *args: Any, action: str, **opts: Any) -> None:
        getattr(self, f"_{action}")(**opts)

    def _train(
        self, extra: list[str], include_corrections: bool, out: str | None, as_json: bool, **_: Any
    ) -> None:
        from sufragio.inquiries.triage import (
            BUNDLED_LETTERS,
            TrainingError,
            get_classifier,
            local_model_dir,
            read_letters,
            train,
        )

        sources = [BUNDLED_LETTERS, *map(Path, extra)]
        if include_corrections:
            folder = local_model_dir().parent.parent / "corrections" / "triage"
            sources += sorted(folder.glob("*.jsonl"))
        missing = [str(p) for p in sources if not Path(p).is_file()]
        if missing:
            raise CommandError(f"No existe: {', '.join(missing)}")
        try:
            report = train(read_letters(sources), out or local_model_dir())
        except TrainingError as exc:
            raise CommandError(str(exc)) from None
        get_classifier.cache_clear()
        if as_json:
            self.stdout.write(_dumps(report.to_dict()))
            return
        self.stdout.write(
            f"{report.letters} cartas · redacción: {report.redaction} · {report.folds} pliegues\n"
            f"CV macro-F1 {report.cv_macro_f1:.3f} · exactitud {report.cv_accuracy:.3f} · "
            f"ECE {report.ece_uncalibrated:.3f} → {report.ece:.3f} (T={report.temperature})\n"
            f"umbral recomendado {report.recommended_threshold} · modelo en {report.out_dir}"
        )
        for category, f1 in report.cv_per_class_f1.items():
            self.stdout.write(f"  {category:28} F1 {f1:.3f}  n={report.per_category[category]}")

    def _classify(self, file: str, as_json: bool, **_: Any) -> None:
        from sufragio.inquiries.triage import get_classifier

        if file == "-":
            text = sys.stdin.read()
        else:
            try:
                text = Path(file).read_text(encoding="utf-8")
            except OSError as exc:
                raise CommandError(f"No se puede leer {file}: {exc}") from None
        result = get_classifier().classify(text)
        if as_json:
            self.stdout.write(_dumps(asdict(result)))
            return
        manual = "  (triage manual)" if result.needs_manual_triage else ""
        self.stdout.write(
            f"{result.category} · {result.confidence:.2f}{manual} · {result.unit_code} · "
            f"{result.deadline_business_days} días hábiles\n"
            f"términos: {', '.join(result.explanation['terms'])}\n"
            f"urgencia: {', '.join(result.urgency_flags) or '—'}"
        )


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)
