"""Benchmark the letter pipeline end to end: a day of mail, parsed, redacted, classified,
matched to articles, drafted and stored — on SQLite and on PostgreSQL.

    .venv/bin/python bench/inbox.py [--letters 2000] [--db sqlite,postgres] [--write]

A "day" is generated from the training letters (sufragio/inquiries/data/training_letters.jsonl),
varied with greetings, reference numbers and encodings, and written as plain text (60 %), e-mail
(25 %) and PDF with a text layer (15 %) into a temporary folder. Each database runs in its own
child process (Django reads DATABASE_URL once), against a throwaway home; the PostgreSQL database
(``--postgres`` URL, whose name must end in ``_bench``) is dropped and recreated. The components
are approved through the real governance workflow first, so the gate is exercised on every
batch. OCR is measured separately, in pages per minute, on rendered scanned pages.

Targets: >= 50 letters/s on 2 cores; peak RSS <= 1.5 GB.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date
from email.message import EmailMessage
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
SECTION = "## Letter pipeline"
TRAINING = REPO / "sufragio" / "inquiries" / "data" / "training_letters.jsonl"
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
TARGET_RATE = 50.0
TARGET_RSS_MB = 1536
GREETINGS = ("", "Buenos días.\n", "Estimados señores:\n", "A quien corresponda:\n", "Hola,\n")
DEFAULT_POSTGRES = "postgres://postgres@127.0.0.1:5432/sufragio_bench"


# ----- the day's mail ---------------------------------------------------------------------------


def _pdf(text: str) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("dejavu", fname=str(FONT))
    pdf.set_font("dejavu", size=11)
    pdf.multi_cell(0, 6, text)
    return bytes(pdf.output())


def _email(text: str, i: int) -> bytes:
    message = EmailMessage()
    message["From"] = f"remitente{i}@example.org"
    message["To"] = "juridico@ine.example"
    message["Subject"] = f"Consulta ciudadana {i}"
    message.set_content(text)
    return bytes(message)


def generate_day(folder: Path, count: int, seed: int = 7) -> dict[str, int]:
    """Write ``count`` distinct letters into ``folder``; returns how many of each format."""
    rng = random.Random(seed)
    base = [json.loads(line)["text"] for line in TRAINING.read_text().splitlines() if line]
    kinds = {"txt": 0, "eml": 0, "pdf": 0}
    for i in range(count):
        text = f"{rng.choice(GREETINGS)}{base[i % len(base)]}\nReferencia del remitente: R-{i:05d}"
        slot = i % 20
        if slot < 12:
            encoding = "cp1252" if slot % 4 == 0 else "utf-8"
            data, suffix = text.encode(encoding, errors="replace"), "txt"
        elif slot < 17:
            data, suffix = _email(text, i), "eml"
        else:
            data, suffix = _pdf(text), "pdf"
        kinds[suffix] += 1
        (folder / f"carta-{i:05d}.{suffix}").write_bytes(data)
    return kinds


def scanned_pages(count: int) -> list[bytes]:
    """PNG "scans" (A4 at 150 dpi) of training letters, for the OCR rate."""
    import io
    import textwrap

    from PIL import Image, ImageDraw, ImageFont

    base = [json.loads(line)["text"] for line in TRAINING.read_text().splitlines() if line]
    font = ImageFont.truetype(str(FONT), 26)
    pages = []
    for i in range(count):
        image = Image.new("L", (1240, 1754), 255)
        draw = ImageDraw.Draw(image)
        lines = textwrap.wrap(base[i * 37 % len(base)], 70)[:40]
        for n, line in enumerate(lines):
            draw.text((100, 120 + n * 38), line, fill=0, font=font)
        out = io.BytesIO()
        image.save(out, format="PNG")
        pages.append(out.getvalue())
    return pages


# ----- one measured run (child process) ---------------------------------------------------------


def _peak_rss_mb() -> float:
    """Peak RSS of this process (forked helpers inherit its pages, so they are not added)."""
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def child(folder: Path, ocr_pages: int) -> dict:
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from sufragio.inquiries import pipeline
    from sufragio.inquiries.intake.batch import ingest_paths, iter_files
    from sufragio.inquiries.intake.parsers import extract
    from sufragio.inquiries.models import Letter
    from tests.inquiries.approvals import approve

    started = time.perf_counter()
    engines = [pipeline.redactor(), pipeline.classifier(), pipeline.searcher(), pipeline.drafter()]
    load_s = time.perf_counter() - started
    for engine in engines:
        approve(engine.component)
    warm_up = pipeline.LetterInput("Solicito la reposición de mi credencial.", "X", _now())
    pipeline.analyse([warm_up] * 4)

    files = list(iter_files([folder]))
    timings = pipeline.Timings()
    load_before = os.getloadavg()[0]
    started, cpu_started = time.perf_counter(), time.process_time()
    ingest_paths(files, process=lambda ids: pipeline.process_letters(ids, timings=timings))
    total = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    load = (load_before + os.getloadavg()[0]) / 2
    stages = dict(timings.seconds)
    stages["intake"] = total - sum(stages.values())
    statuses = {}
    for status in Letter.objects.values_list("status", flat=True):
        statuses[status] = statuses.get(status, 0) + 1

    ocr = {}
    if ocr_pages:
        pages = scanned_pages(ocr_pages)
        started = time.perf_counter()
        chars = sum(len(extract(page, "scan.png").text) for page in pages)
        seconds = time.perf_counter() - started
        ocr = {
            "pages": len(pages),
            "seconds": round(seconds, 2),
            "chars": chars,
            "pages_per_minute": round(60 * len(pages) / seconds, 1),
        }
    return {
        "letters": len(files),
        "seconds": round(total, 2),
        "letters_per_s": round(len(files) / total, 1),
        # CPU time of this process per letter: far less sensitive to other work on the machine
        # than the wall-clock rate (threads writing originals count, helpers would not).
        "cpu_ms_per_letter": round(1000 * cpu / len(files), 1),
        "load_avg": round(load, 1),
        "stages": {k: round(v, 2) for k, v in sorted(stages.items())},
        "engine_load_s": round(load_s, 1),
        "statuses": statuses,
        "rss_mb": _peak_rss_mb(),
        "ocr": ocr,
    }


def _now():
    from django.utils import timezone

    return timezone.now()


# ----- orchestration ----------------------------------------------------------------------------


def _prepare_postgres(url: str) -> str:
    name = url.rsplit("/", 1)[1]
    if not name.endswith("_bench"):
        sys.exit("refusing to drop a PostgreSQL database whose name does not end in _bench")
    import psycopg

    with psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    return url


def _drop_postgres(url: str) -> None:
    import psycopg

    name = url.rsplit("/", 1)[1]
    with psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def run_database(kind: str, folder: Path, postgres: str, ocr_pages: int) -> dict:
    from sufragio import conf

    with tempfile.TemporaryDirectory(prefix=f"inbox-bench-{kind}-") as home:
        url = _prepare_postgres(postgres) if kind == "postgres" else f"sqlite:///{home}/db.sqlite3"
        env = {
            **os.environ,
            "SUFRAGIO_HOME": home,
            "DATABASE_URL": url,
            "SUFRAGIO_TASKS": "inprocess",
            "DJANGO_SETTINGS_MODULE": "sufragio.settings",
            # Reuse the caller's search index and triage model instead of rebuilding them.
            "SUFRAGIO_SEARCH_CACHE": conf.get("SUFRAGIO_SEARCH_CACHE"),
        }
        command = [sys.executable, __file__, "--child", str(folder), "--ocr-pages", str(ocr_pages)]
        try:
            done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
        finally:
            if kind == "postgres":
                _drop_postgres(url)
        if done.returncode != 0:
            sys.exit(f"{kind} run failed:\n{done.stderr[-3000:]}")
        return json.loads(done.stdout.strip().splitlines()[-1])


def _cpu() -> str:
    match = re.search(r"model name\s*:\s*(.+)", Path("/proc/cpuinfo").read_text())
    return match.group(1).strip() if match else platform.processor()


def report(results: dict[str, dict], kinds: dict[str, int], count: int) -> str:
    lines = [
        SECTION,
        "",
        f"`bench/inbox.py --letters {count}` on {date.today().isoformat()}, {_cpu()}, "
        f"{os.cpu_count()} cores (shared with other work while measured), Python "
        f"{platform.python_version()}. The day's mail: {kinds['txt']} text files (a quarter in "
        f"Windows-1252), {kinds['eml']} e-mails, {kinds['pdf']} PDFs with a text layer, made "
        "from the training letters. Components approved through the governance workflow; the "
        "gate is asked on every batch of 64 letters.",
        "",
        "| database | letters/s | CPU ms/letter | load avg | total s | intake | redact | classify "
        "| retrieve | draft | store | peak RSS (MB) | target |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for kind, r in results.items():
        s = r["stages"]
        ok = r["letters_per_s"] >= TARGET_RATE and r["rss_mb"] <= TARGET_RSS_MB
        lines.append(
            f"| {kind} | {r['letters_per_s']} | {r['cpu_ms_per_letter']} | {r['load_avg']} | "
            f"{r['seconds']} | {s.get('intake', 0)} | "
            f"{s.get('redact', 0)} | {s.get('classify', 0)} | {s.get('retrieve', 0)} | "
            f"{s.get('draft', 0)} | {s.get('store', 0)} | {r['rss_mb']} | "
            f"{'met' if ok else 'NOT met'} |"
        )
    first = next(iter(results.values()))
    lines += [
        "",
        "Stage columns are seconds for the whole day. *intake* = reading files, parsing "
        "(text/e-mail/PDF), language detection, storing originals, folio and audit entry; "
        "*store* = saving AI outputs, review cases and audit entries. *load avg* = the "
        "machine's 1-minute load average (mean of start and end of the run); *CPU ms/letter* = "
        "this process's CPU time per letter. Engine loading "
        f"({first['engine_load_s']} s) is not counted. Outcome: "
        + ", ".join(f"{k} {v}" for k, v in sorted(first["statuses"].items()))
        + ".",
    ]
    ocr = first.get("ocr")
    if ocr:
        lines += [
            "",
            f"OCR (Tesseract, Spanish model) on {ocr['pages']} rendered A4 pages at 150 dpi: "
            f"{ocr['pages_per_minute']} pages/minute ({ocr['seconds']} s).",
        ]
    lines += ["", "Targets: >= 50 letters/s on 2 cores; peak RSS <= 1.5 GB."]
    return "\n".join(lines) + "\n"


def write_section(text: str) -> None:
    path = REPO / "BENCHMARKS.md"
    content = path.read_text()
    if SECTION not in content:
        content = content.rstrip() + "\n\n" + SECTION + "\n\n(pending)\n"
    start = content.index(SECTION)
    following = content.find("\n## ", start + len(SECTION))
    end = len(content) if following == -1 else following + 1
    path.write_text(content[:start] + text + ("\n" + content[end:] if following != -1 else ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--letters", type=int, default=2000)
    parser.add_argument("--db", default="sqlite,postgres", help="comma-separated: sqlite,postgres")
    parser.add_argument("--postgres", default=DEFAULT_POSTGRES)
    parser.add_argument("--ocr-pages", type=int, default=3)
    parser.add_argument("--write", action="store_true", help="replace the BENCHMARKS.md section")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(Path(args.child), args.ocr_pages)))
        return
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sufragio.settings")
    with tempfile.TemporaryDirectory(prefix="inbox-day-") as tmp:
        folder = Path(tmp)
        kinds = generate_day(folder, args.letters)
        results = {}
        for n, kind in enumerate(k.strip() for k in args.db.split(",") if k.strip()):
            ocr_pages = args.ocr_pages if n == 0 else 0
            results[kind] = run_database(kind, folder, args.postgres, ocr_pages)
            print(json.dumps({kind: results[kind]}, ensure_ascii=False), file=sys.stderr)
    text = report(results, kinds, args.letters)
    print(text)
    if args.write:
        write_section(text)


if __name__ == "__main__":
    main()
