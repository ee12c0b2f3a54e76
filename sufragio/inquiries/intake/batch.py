"""Many files at once: walking folders, ingesting them in chunks, and the JSON-lines contract.

Used by ``sufragio inbox ingest`` and ``sufragio inbox triage``. A file that cannot be read (even
from disk) gets its own result with a reason; nothing here stops a batch.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.utils import timezone

from sufragio.inquiries import pipeline
from sufragio.inquiries.intake.bulk import Incoming, ingest_many
from sufragio.inquiries.intake.folios import preview_folio
from sufragio.inquiries.intake.ingest import Intake, read_letter
from sufragio.inquiries.intake.limits import Limits
from sufragio.inquiries.models import Channel, Letter, Status

CHUNK = pipeline.BATCH_SIZE
EMAIL_SUFFIXES = {".eml"}


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files named, and files under folders named (recursively, sorted, hidden ones skipped)."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                parts = child.relative_to(path).parts
                if child.is_file() and not any(p.startswith(".") for p in parts):
                    yield child
        else:
            yield path


@dataclass(frozen=True)
class FileResult:
    """What happened to one file of a batch."""

    file: str
    folio: str | None
    status: str
    reason: str
    duplicate: bool = False
    letter_id: int | None = None


def _channel(path: Path) -> str:
    return Channel.EMAIL if path.suffix.lower() in EMAIL_SUFFIXES else Channel.FILE


def ingest_chunk(paths: list[Path], limits: Limits | None, actor: str) -> list[FileResult]:
    """Ingest a chunk of files together (see :mod:`.bulk`); one result per path, in order.

    Files that cannot be read from disk are reported, not raised.
    """
    results: list[FileResult | None] = []
    readable: list[tuple[int, Path, bytes]] = []
    for path in paths:
        try:
            data = path.read_bytes()
        except OSError as exc:
            reason = f"no se pudo abrir el archivo: {exc.strerror}"
            results.append(FileResult(str(path), None, "error", reason))
            continue
        readable.append((len(results), path, data))
        results.append(None)
    intakes = ingest_many(
        [Incoming(data, path.name, _channel(path)) for _, path, data in readable],
        actor=actor,
        limits=limits,
    )
    for (slot, path, _), intake in zip(readable, intakes, strict=True):
        results[slot] = _file_result(path, intake)
    return [r for r in results if r is not None]


def _file_result(path: Path, intake: Intake) -> FileResult:
    letter = intake.letter
    reason = f"duplicado: ya recibida con el folio {letter.folio}" if intake.duplicate else ""
    return FileResult(
        str(path),
        letter.folio,
        letter.status,
        reason or letter.reason,
        intake.duplicate,
        letter.pk,
    )


def ingest_paths(
    files: list[Path],
    *,
    limits: Limits | None = None,
    actor: str = "system",
    on_file: Callable[[FileResult], None] = lambda result: None,
    process: Callable[[list[int]], Any] | None = None,
) -> list[FileResult]:
    """Ingest ``files`` CHUNK at a time; every CHUNK new letters are handed to ``process``
    (default: the job runner), so processing overlaps intake instead of waiting for the whole
    batch."""
    if process is None:
        from sufragio.inquiries.jobs import enqueue_processing

        process = enqueue_processing
    results: list[FileResult] = []
    waiting: list[int] = []
    for start in range(0, len(files), CHUNK):
        for result in ingest_chunk(files[start : start + CHUNK], limits, actor):
            results.append(result)
            if result.status == Status.RECEIVED and not result.duplicate and result.letter_id:
                waiting.append(result.letter_id)
            on_file(result)
        while len(waiting) >= CHUNK:
            process(waiting[:CHUNK])
            waiting = waiting[CHUNK:]
    if waiting:
        process(waiting)
    return results


# ----- the JSON-lines contract of `sufragio inbox triage` ------------------------------------


def triage_lines(
    files: list[Path], *, dry_run: bool, limits: Limits | None = None, actor: str = "system"
) -> Iterator[dict[str, Any]]:
    """One dict per file, in order, with the keys documented for `sufragio inbox triage`."""
    for start in range(0, len(files), CHUNK):
        chunk = files[start : start + CHUNK]
        yield from (_dry_run(chunk, limits) if dry_run else _stored(chunk, limits, actor))


def _empty_line(file: str, folio: str | None, status: str, reason: str) -> dict[str, Any]:
    return {
        "file": file,
        "folio": folio,
        "status": status,
        "reason": reason or None,
        "category": None,
        "confidence": None,
        "unit": None,
        "needs_manual_triage": None,
        "entities": [],
        "redacted_text": None,
        "citations": [],
        "draft": None,
    }


def _dry_run(files: list[Path], limits: Limits | None) -> list[dict[str, Any]]:
    """Analyse without storing anything: no files written, no rows, no folio taken."""
    lines: list[dict[str, Any]] = []
    readable: list[tuple[dict[str, Any], pipeline.LetterInput]] = []
    folio, now = preview_folio(), timezone.now()
    for path in files:
        try:
            data = path.read_bytes()
        except OSError as exc:
            reason = f"no se pudo abrir el archivo: {exc.strerror}"
            lines.append(_empty_line(str(path), None, "error", reason))
            continue
        reading = read_letter(data, path.name, limits)
        if reading.extraction is None:
            status = Status.NEEDS_MANUAL_HANDLING
            lines.append(_empty_line(str(path), None, status, reading.reason))
            continue
        line = _empty_line(str(path), None, Status.RECEIVED, "")
        lines.append(line)
        readable.append((line, pipeline.LetterInput(reading.extraction.text, folio, now)))
    outcomes = pipeline.analyse([item for _, item in readable])
    for (line, _), outcome in zip(readable, outcomes, strict=True):
        _fill_from_outcome(line, outcome)
    return lines


def _fill_from_outcome(line: dict[str, Any], outcome: pipeline.Outcome) -> None:
    line["status"], line["reason"] = str(outcome.status), outcome.reason or None
    if outcome.redaction is not None:
        line["redacted_text"] = outcome.redaction.text
        line["entities"] = [e for e, _ in pipeline.entity_list(outcome.redaction)]
    if outcome.triage is not None:
        _fill_triage(
            line,
            outcome.triage.category,
            outcome.triage.confidence,
            outcome.triage.unit,
            outcome.triage.needs_manual_triage,
        )
    line["citations"] = pipeline.citation_list(outcome.citations, short=True)
    line["draft"] = outcome.draft.text if outcome.draft is not None else None


def _fill_triage(line: dict, category: str, confidence: float, unit: str, manual: bool) -> None:
    line.update(
        category=category,
        confidence=round(float(confidence), 4),
        unit=unit,
        needs_manual_triage=bool(manual),
    )


def _stored(files: list[Path], limits: Limits | None, actor: str) -> list[dict[str, Any]]:
    """Ingest and process synchronously (whatever SUFRAGIO_TASKS says), then report from the
    database, so the output is exactly what was stored."""
    results = ingest_chunk(files, limits, actor)
    fresh = [r.letter_id for r in results if r.letter_id and not r.duplicate]
    pipeline.process_letters([pk for pk in fresh if pk is not None], actor=actor)
    letters = Letter.objects.in_bulk([r.letter_id for r in results if r.letter_id])
    return [_stored_line(r, letters.get(r.letter_id)) for r in results]


def _stored_line(result: FileResult, letter: Letter | None) -> dict[str, Any]:
    if letter is None:
        return _empty_line(result.file, None, result.status, result.reason)
    reason = result.reason if result.duplicate else letter.reason
    line = _empty_line(result.file, letter.folio, letter.status, reason)
    line["duplicate"] = result.duplicate
    if letter.redacted_text:
        line["redacted_text"] = letter.redacted_text
        line["entities"] = [{k: e[k] for k in ("type", "start", "end")} for e in letter.entities]
    triage = letter.latest_triage()
    if triage is not None:
        _fill_triage(
            line, triage.category, triage.confidence, triage.unit, triage.needs_manual_triage
        )
    draft = letter.latest_draft()
    if draft is not None:
        line["citations"] = [{"law": c["law"], "article": c["article"]} for c in draft.citations]
        line["draft"] = draft.text
    return line
