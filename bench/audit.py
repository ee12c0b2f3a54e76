"""Benchmark the audit log: append rates, full verification of a large log, proof latency.

Runs against a throwaway home (SQLite file by default, or a PostgreSQL database whose name ends
in ``_bench``, which is dropped and recreated). Targets: >= 2,000 appends/s, verify of 1,000,000
entries <= 60 s, a proof <= 10 ms. Filling the log to its full size is setup, not the append rate.

    .venv/bin/python bench/audit.py [--entries 1000000] [--database URL] [--write]
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import re
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from bench_db import recreate_postgres

REPO = Path(__file__).resolve().parent.parent
SECTION = "## Audit log"
TARGETS = {"append": 2000.0, "verify": 60.0, "proof_ms": 10.0}


def _prepare_database(url: str | None, home: Path) -> str:
    """Return the DATABASE_URL to use, recreating a PostgreSQL bench database if asked."""
    if not url:
        return f"sqlite:///{home / 'bench.sqlite3'}"
    return recreate_postgres(url)


def _cpu() -> str:
    try:
        text = Path("/proc/cpuinfo").read_text()
        match = re.search(r"model name\s*:\s*(.+)", text)
        if match:
            return match.group(1).strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _events(start: int, count: int) -> list:
    from sufragio.audit.log import Event

    return [
        Event(f"usuario{i % 50}", "inquiries.approve", f"letter:{i}", None, {"n": i})
        for i in range(start, start + count)
    ]


def run(entries: int) -> dict:
    """All measurements; Django must already be set up."""
    from django.db import connection

    from sufragio.audit.checkpoints import create_checkpoint
    from sufragio.audit.log import record, record_many
    from sufragio.audit.proofs import inclusion_proof
    from sufragio.audit.verify import verify

    results: dict = {
        "vendor": connection.vendor,
        "db_version": _db_version(connection),
        "load_before": os.getloadavg()[0],
    }

    single = 2000
    started = time.perf_counter()
    for i in range(single):
        record(f"usuario{i % 50}", "auth.login", f"user:{i}")
    results["single_rate"] = single / (time.perf_counter() - started)

    batch, batches = 1000, 20
    started = time.perf_counter()
    for b in range(batches):
        record_many(_events(b * batch, batch))
    results["batch_rate"] = batch * batches / (time.perf_counter() - started)

    done = single + batch * batches
    started = time.perf_counter()
    chunk = 20_000
    while done < entries:
        n = min(chunk, entries - done)
        record_many(_events(done, n))
        done += n
    results["fill_seconds"] = time.perf_counter() - started
    results["entries"] = done

    started = time.perf_counter()
    checkpoint = create_checkpoint()
    results["checkpoint_ms"] = (time.perf_counter() - started) * 1000

    started = time.perf_counter()
    report = verify()
    results["verify_seconds"] = time.perf_counter() - started
    results["verify_ok"] = report.ok
    if not report.ok:
        raise SystemExit(f"verification failed on an untouched log: {report.problems[:3]}")

    rng = random.Random(6962)
    timings = []
    for seq in [1, checkpoint.tree_size, *rng.sample(range(1, done + 1), 200)]:
        started = time.perf_counter()
        proof = inclusion_proof(seq)
        timings.append((time.perf_counter() - started) * 1000)
        if not proof["verified"]:
            raise SystemExit(f"proof for entry {seq} did not verify")
    results["proof_median_ms"] = statistics.median(timings)
    results["proof_p95_ms"] = statistics.quantiles(timings, n=20)[-1]
    results["proof_max_ms"] = max(timings)
    results["load_after"] = os.getloadavg()[0]
    return results


def _db_version(connection) -> str:
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("select sqlite_version()")
            return "SQLite " + cursor.fetchone()[0]
        cursor.execute("show server_version")
        return "PostgreSQL " + cursor.fetchone()[0]


def render(results: list[dict]) -> str:
    """The BENCHMARKS.md section."""

    def mark(ok: bool) -> str:
        return "✅" if ok else "❌"

    lines = [
        SECTION,
        "",
        f"`bench/audit.py`, {date.today().isoformat()}, {_cpu()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}. Appends are measured on an empty log; the log is "
        "then filled with `record_many` (setup, not timed as appends), checkpointed, verified "
        "in full and probed with 202 inclusion proofs against the latest checkpoint. The machine "
        "was shared: 1-minute load average "
        + ", ".join(f"{r['load_before']:.1f} → {r['load_after']:.1f}" for r in results)
        + " during the runs, so these are pessimistic figures.",
        "",
        "| Database | Entries | Single `record` /s | `record_many` /s | Fill (s) | "
        "Checkpoint (ms) | Verify all (s) | Proof median / p95 / max (ms) |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        lines.append(
            f"| {r['db_version']} | {r['entries']:,} | {r['single_rate']:,.0f} | "
            f"{r['batch_rate']:,.0f} {mark(r['batch_rate'] >= TARGETS['append'])} | "
            f"{r['fill_seconds']:.0f} | {r['checkpoint_ms']:.1f} | "
            f"{r['verify_seconds']:.1f} {mark(r['verify_seconds'] <= TARGETS['verify'])} | "
            f"{r['proof_median_ms']:.2f} / {r['proof_p95_ms']:.2f} / {r['proof_max_ms']:.2f} "
            f"{mark(r['proof_p95_ms'] <= TARGETS['proof_ms'])} |"
        )
    lines += [
        "",
        "Targets: ≥ 2,000 appends/s, full verification of 1,000,000 entries ≤ 60 s, a proof "
        "≤ 10 ms. A single `record` is one transaction with its own commit, so its rate is bound "
        "by the database's commit latency; bulk producers use `record_many`.",
        "",
    ]
    return "\n".join(lines)


def write_section(text: str) -> None:
    """Replace the audit section of BENCHMARKS.md (or append it), leaving the rest untouched."""
    path = REPO / "BENCHMARKS.md"
    current = path.read_text() if path.exists() else "# Benchmarks\n"
    pattern = re.compile(rf"^{re.escape(SECTION)}\n.*?(?=^## |\Z)", re.S | re.M)
    if pattern.search(current):
        updated = pattern.sub(lambda _: text, current, count=1)
    else:
        updated = current.rstrip("\n") + "\n\n" + text
    path.write_text(updated)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=1_000_000)
    parser.add_argument(
        "--database", action="append", help="PostgreSQL URL (db name ending _bench); repeatable"
    )
    parser.add_argument("--sqlite", action="store_true", help="with --database: also run SQLite")
    parser.add_argument("--write", action="store_true", help="update BENCHMARKS.md")
    args = parser.parse_args()
    targets = [None] if not args.database else ([None] if args.sqlite else []) + args.database
    results = []
    for url in targets:
        results.append(_run_isolated(url, args.entries))
        print(results[-1], flush=True)
    section = render(results)
    print(section)
    if args.write:
        write_section(section)


def _run_isolated(url: str | None, entries: int) -> dict:
    """Run in a child process so each database gets a fresh Django configuration."""
    import json
    import subprocess

    with tempfile.TemporaryDirectory(prefix="sufragio-bench-") as tmp:
        home = Path(tmp)
        env = {
            **os.environ,
            "SUFRAGIO_HOME": str(home),
            "DATABASE_URL": _prepare_database(url, home),
            "DJANGO_SETTINGS_MODULE": "sufragio.settings",
            "PYTHONPATH": str(REPO),
        }
        code = (
            "import django, json, sys; django.setup();"
            "from django.core.management import call_command;"
            "call_command('migrate', 'audit', verbosity=0);"
            f"sys.path.insert(0, {str(REPO / 'bench')!r}); import audit as bench;"
            f"print('RESULT ' + json.dumps(bench.run({entries})))"
        )
        done = subprocess.run(
            [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False
        )
        if done.returncode:
            raise SystemExit(done.stderr[-3000:])
        line = next(ln for ln in done.stdout.splitlines() if ln.startswith("RESULT "))
        return json.loads(line[len("RESULT ") :])


if __name__ == "__main__":
    main()
