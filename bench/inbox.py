"""Benchmark the letter pipeline end to end: a day of mail, parsed, redacted, classified,
matched to articles, drafted and stored — on SQLite and on PostgreSQL.

    .venv/bin/python bench/inbox.py [--letters 2000] [--db sqlite,postgres] [--workers 1,2]
                                    [--write]

A "day" is generated from the training letters (sufragio/inquiries/data/training_letters.jsonl),
varied with greetings, reference numbers and encodings, and written as plain text (60 %), e-mail
(25 %) and PDF with a text layer (15 %) into a temporary folder. Each run uses child processes
(Django reads DATABASE_URL once) against a throwaway home; the PostgreSQL database (``--postgres``
URL, whose name must end in ``_bench``) is dropped and recreated. A setup child migrates and
approves the components through the real governance workflow, so the gate is exercised on every
batch; then ``--workers`` N worker processes (like Celery workers with concurrency 1, the
production deployment) take disjoint halves of the day and start together; a last child checks
nothing was lost (letters, gapless folios, cases, audit log). OCR is measured separately, in
pages per minute, on rendered scanned pages, before the workers start.

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

from bench_db import drop_postgres, recreate_postgres

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


# ----- the child processes: setup, workers, check ---------------------------------------------


def _peak_rss_mb() -> float:
    """Peak RSS of this process (forked helpers inherit its pages, so they are not added)."""
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def _engines() -> tuple[list, float]:
    from sufragio.inquiries import pipeline

    started = time.perf_counter()
    engines = [pipeline.redactor(), pipeline.classifier(), pipeline.searcher(), pipeline.drafter()]
    return engines, time.perf_counter() - started


def setup(ocr_pages: int) -> dict:
    """Migrate, approve the engines through the governance workflow, and measure OCR, before any
    worker starts (so OCR does not compete with the measured run)."""
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from sufragio.inquiries.intake.parsers import extract
    from tests.inquiries.approvals import approve

    engines, load_s = _engines()
    for engine in engines:
        approve(engine.component)
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
    return {"engine_load_s": round(load_s, 1), "ocr": ocr}


def worker(folder: Path, part: int, parts: int) -> dict:
    """One worker process (like a Celery worker with concurrency 1) on its share of the day.

    It loads and warms its engines, says "ready", and starts when the parent says "go", so the
    workers' measured runs overlap fully.
    """
    import django

    django.setup()
    from sufragio.governance.gate import authorize
    from sufragio.inquiries import pipeline
    from sufragio.inquiries.intake.batch import ingest_paths, iter_files

    for engine in _engines()[0]:  # the builds setup approved (fails if the index changed since)
        authorize(engine.component)
    warm_up = pipeline.LetterInput("Solicito la reposición de mi credencial.", "X", _now())
    pipeline.analyse([warm_up] * 4)
    files = list(iter_files([folder]))
    files = files[part * len(files) // parts : (part + 1) * len(files) // parts]
    print("ready", flush=True)
    sys.stdin.readline()

    timings = pipeline.Timings()
    load_before = os.getloadavg()[0]
    began, started, cpu_started = time.time(), time.perf_counter(), time.process_time()
    ingest_paths(files, process=lambda ids: pipeline.process_letters(ids, timings=timings))
    total = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    stages = dict(timings.seconds)
    stages["intake"] = total - sum(stages.values())
    return {
        "letters": len(files),
        "began": began,
        "ended": time.time(),
        "seconds": total,
        "cpu_s": cpu,
        "load_avg": (load_before + os.getloadavg()[0]) / 2,
        "stages": stages,
        "rss_mb": _peak_rss_mb(),
    }


def check() -> dict:
    """After the run: did every letter arrive, get a folio without gaps, and leave ``received``
    with its case and one history row; does the audit log still verify?"""
    import django

    django.setup()
    from django.db.models import F

    from sufragio.audit.verify import verify
    from sufragio.inquiries.models import Letter
    from sufragio.review.models import ReviewCase, Transition

    statuses: dict[str, int] = {}
    for status in Letter.objects.values_list("status", flat=True):
        statuses[status] = statuses.get(status, 0) + 1
    seqs = sorted(
        int(re.sub(r"\D", "", f[-6:])) for f in Letter.objects.values_list("folio", flat=True)
    )
    return {
        "letters": len(seqs),
        "statuses": statuses,
        "folios_gapless": seqs == list(range(1, len(seqs) + 1)),
        "cases_in_step": ReviewCase.objects.count() == len(seqs)
        and not ReviewCase.objects.exclude(state=F("letter__status")).exists(),
        "transitions": Transition.objects.count(),
        "audit_ok": verify().ok,
    }


def _now():
    from django.utils import timezone

    return timezone.now()


# ----- orchestration ----------------------------------------------------------------------------


def _run_child(env: dict, *args: str) -> dict:
    done = subprocess.run(
        [sys.executable, __file__, *args], env=env, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        sys.exit(f"{args[0]} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _run_workers(env: dict, folder: Path, workers: int) -> list[dict]:
    """Start ``workers`` processes, wait until all are ready, then let them go together."""
    procs = [
        subprocess.Popen(
            [sys.executable, __file__, "--worker", str(folder), "--part", f"{n}/{workers}"],
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(workers)
    ]
    for proc in procs:
        if proc.stdout.readline().strip() != "ready":
            for other in procs:
                other.kill()
            sys.exit(f"worker failed to start:\n{proc.stderr.read()[-3000:]}")
    for proc in procs:
        proc.stdin.write("go\n")
        proc.stdin.flush()
    results = []
    for proc in procs:
        out, err = proc.communicate()
        if proc.returncode != 0:
            sys.exit(f"worker failed:\n{err[-3000:]}")
        results.append(json.loads(out.strip().splitlines()[-1]))
    return results


def _combine(workers: list[dict], setup_result: dict, checked: dict) -> dict:
    """The day's figures: wall clock from the first start to the last finish."""
    letters = sum(w["letters"] for w in workers)
    wall = max(w["ended"] for w in workers) - min(w["began"] for w in workers)
    stages: dict[str, float] = {}
    for w in workers:
        for stage, seconds in w["stages"].items():
            stages[stage] = stages.get(stage, 0.0) + seconds
    return {
        "workers": len(workers),
        "letters": letters,
        "seconds": round(wall, 2),
        "letters_per_s": round(letters / wall, 1),
        "cpu_ms_per_letter": round(1000 * sum(w["cpu_s"] for w in workers) / letters, 1),
        "load_avg": round(max(w["load_avg"] for w in workers), 1),
        "stages": {k: round(v, 2) for k, v in sorted(stages.items())},
        "rss_mb": [w["rss_mb"] for w in workers],
        **setup_result,
        **checked,
    }


def run_database(kind: str, folder: Path, postgres: str, ocr_pages: int, workers: int) -> dict:
    from sufragio import conf

    with tempfile.TemporaryDirectory(prefix=f"inbox-bench-{kind}-") as home:
        url = recreate_postgres(postgres) if kind == "postgres" else f"sqlite:///{home}/db.sqlite3"
        env = {
            **os.environ,
            "SUFRAGIO_HOME": home,
            "DATABASE_URL": url,
            "SUFRAGIO_TASKS": "inprocess",
            "DJANGO_SETTINGS_MODULE": "sufragio.settings",
            # Reuse the caller's search index and triage model instead of rebuilding them.
            "SUFRAGIO_SEARCH_CACHE": conf.get("SUFRAGIO_SEARCH_CACHE"),
        }
        try:
            prepared = _run_child(env, "--setup", "--ocr-pages", str(ocr_pages))
            results = _run_workers(env, folder, workers)
            checked = _run_child(env, "--check")
        finally:
            if kind == "postgres":
                drop_postgres(url)
        return _combine(results, prepared, checked)


def _cpu() -> str:
    match = re.search(r"model name\s*:\s*(.+)", Path("/proc/cpuinfo").read_text())
    return match.group(1).strip() if match else platform.processor()


def report(results: dict[tuple[str, int], dict], kinds: dict[str, int], count: int) -> str:
    lines = [
        SECTION,
        "",
        f"`bench/inbox.py --letters {count} --workers "
        f"{','.join(str(w) for w in sorted({w for _, w in results}))}` on "
        f"{date.today().isoformat()}, {_cpu()}, "
        f"{os.cpu_count()} cores (shared with other work while measured), Python "
        f"{platform.python_version()}. The day's mail: {kinds['txt']} text files (a quarter in "
        f"Windows-1252), {kinds['eml']} e-mails, {kinds['pdf']} PDFs with a text layer, made "
        "from the training letters. Components approved through the governance workflow; the "
        "gate is asked on every batch of 64 letters. With N workers, N processes (each its own "
        "Django process on the same database, like Celery workers with concurrency 1) take "
        "disjoint halves of the day and start together.",
        "",
        "| database | workers | letters/s | CPU ms/letter | load avg | wall s | intake | redact "
        "| classify | retrieve | draft | store | RSS per worker (MB) | nothing lost | target |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for (kind, workers), r in results.items():
        s = r["stages"]
        intact = r["folios_gapless"] and r["cases_in_step"] and r["audit_ok"]
        intact = intact and r["letters"] == count and "received" not in r["statuses"]
        ok = r["letters_per_s"] >= TARGET_RATE and max(r["rss_mb"]) <= TARGET_RSS_MB
        lines.append(
            f"| {kind} | {workers} | {r['letters_per_s']} | {r['cpu_ms_per_letter']} | "
            f"{r['load_avg']} | {r['seconds']} | {s.get('intake', 0)} | "
            f"{s.get('redact', 0)} | {s.get('classify', 0)} | {s.get('retrieve', 0)} | "
            f"{s.get('draft', 0)} | {s.get('store', 0)} | "
            f"{' / '.join(str(m) for m in r['rss_mb'])} | {'yes' if intact else 'NO'} | "
            f"{'met' if ok else 'NOT met'} |"
        )
    first = next(iter(results.values()))
    lines += [
        "",
        "*letters/s* = the day's letters over the wall clock from the first worker's start to "
        "the last one's finish. Stage columns are worker-seconds for the whole day (summed over "
        "workers). *intake* = reading files, parsing (text/e-mail/PDF), language detection, "
        "storing originals, folio and audit entry; *store* = saving AI outputs, moving the "
        "letters (review cases, history, first revisions) and audit entries. *load avg* = the "
        "machine's 1-minute load average (mean of start and end of the run, highest worker); "
        "*CPU ms/letter* = CPU time of all workers per letter. *nothing lost* = every letter "
        "stored and out of `received`, folios without gaps, one case per letter in the letter's "
        "state, and the audit log verifies. Engine loading "
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
    parser.add_argument("--workers", default="1", help="comma-separated worker counts, e.g. 1,2")
    parser.add_argument("--postgres", default=DEFAULT_POSTGRES)
    parser.add_argument("--ocr-pages", type=int, default=3)
    parser.add_argument("--write", action="store_true", help="replace the BENCHMARKS.md section")
    parser.add_argument("--setup", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--part", default="0/1", help=argparse.SUPPRESS)
    parser.add_argument("--check", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.setup or args.worker or args.check:
        if args.setup:
            result = setup(args.ocr_pages)
        elif args.check:
            result = check()
        else:
            part, parts = (int(n) for n in args.part.split("/"))
            result = worker(Path(args.worker), part, parts)
        print(json.dumps(result))
        return
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sufragio.settings")
    counts = [int(n) for n in args.workers.split(",") if n.strip()]
    with tempfile.TemporaryDirectory(prefix="inbox-day-") as tmp:
        folder = Path(tmp)
        kinds = generate_day(folder, args.letters)
        results = {}
        for n, kind in enumerate(k.strip() for k in args.db.split(",") if k.strip()):
            for m, workers in enumerate(counts):
                ocr_pages = args.ocr_pages if n == m == 0 else 0
                result = run_database(kind, folder, args.postgres, ocr_pages, workers)
                results[kind, workers] = result
                print(
                    json.dumps({f"{kind}x{workers}": result}, ensure_ascii=False), file=sys.stderr
                )
    text = report(results, kinds, args.letters)
    print(text)
    if args.write:
        write_section(text)


if __name__ == "__main__":
    main()
