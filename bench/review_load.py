"""Load test of the review desk's inbox: 20 reviewers against a real server and 50,000 letters.

1. Creates (if missing) the PostgreSQL database in ``--database`` and migrates it; fills it with
   synthetic letters (no personal data) and their review cases with ``bulk_create`` until it holds
   ``--letters``; creates ``--users`` trained reviewers.
2. Starts ``sufragio serve`` (waitress) on 127.0.0.1 — loopback only — with that database.
3. Logs every reviewer in through the real login form, then runs one thread per reviewer for
   ``--seconds``: each requests an inbox page (default view, later pages, filters by category,
   unit, overdue, assignee, folio and full-text search), waits ``--think`` seconds on average
   (a person reads the page), and repeats. ``--think 0`` is a closed-loop stress run.
4. Prints p50/p95/p99 per kind and overall, and with ``--write`` records them in BENCHMARKS.md.

    .venv/bin/python bench/review_load.py [--letters 50000] [--users 20] [--seconds 60]
        [--think 1.0] [--database postgres://postgres@127.0.0.1:5432/sufragio_load] [--write]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import platform
import random
import re
import statistics
import subprocess
import sys
import threading
import time
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
HOME = REPO / "var" / "bench-review-home"
DEFAULT_DB = "postgres://postgres@127.0.0.1:5432/sufragio_load"
SECTION = "## Review desk"
TARGET_P95_MS = 300.0
PASSWORD = "revision-de-carga-2026"
#: Rare words for full-text searches (each in about 1% of the letters).
RARE = ["ayuntamiento", "consulado", "sindicato", "discapacidad", "huracán", "migrante"]
PHRASES = [
    "Solicito información sobre el trámite de mi credencial para votar.",
    "Quisiera saber dónde me toca votar en la próxima elección.",
    "Presento una queja porque aparezco afiliado a un partido sin mi consentimiento.",
    "Pido copia de los documentos del consejo distrital en ejercicio de mi derecho de acceso.",
    "Deseo corregir mis datos personales en el padrón electoral.",
    "Necesito orientación para votar desde el extranjero.",
    "Denuncio propaganda electoral colocada en un edificio público.",
    "Solicito la cancelación de mis datos en una base de datos del Instituto.",
]


def prepare_database(url: str) -> None:
    """Create the load database if it does not exist (never drops anything)."""
    import psycopg

    name = url.rsplit("/", 1)[1]
    with psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
        if not exists:
            conn.execute(f'CREATE DATABASE "{name}"')


def setup_django(url: str) -> None:
    os.environ["DATABASE_URL"] = url
    os.environ["SUFRAGIO_HOME"] = str(HOME)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sufragio.settings")
    sys.path.insert(0, str(REPO))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)


def populate(total: int, users: int) -> list[str]:
    """Fill the database up to ``total`` letters; returns the reviewers' usernames."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.db import connection, transaction
    from django.utils import timezone

    from sufragio.governance.training import record_training, user_may_use_ai
    from sufragio.inquiries.models import Channel, Letter
    from sufragio.review.calendar import add_business_days
    from sufragio.review.categories import taxonomy
    from sufragio.review.models import ReviewCase, State

    user_model = get_user_model()
    reviewer_group = Group.objects.get_or_create(name="reviewer")[0]
    trainer, _ = user_model.objects.get_or_create(username="carga_admin")
    trainer.groups.add(Group.objects.get_or_create(name="admin")[0])
    names = [f"carga{i:02d}" for i in range(users)]
    people = []
    for name in names:
        user, created = user_model.objects.get_or_create(username=name)
        if created:
            user.set_password(PASSWORD)
            user.save()
        user.groups.add(reviewer_group)
        if not user_may_use_ai(user):
            record_training(user, "Alfabetización en IA (carga)", timezone.localdate(), trainer)
        people.append(user)

    have = Letter.objects.count()
    rng = random.Random(have)
    categories = taxonomy().categories
    states = [State.DRAFTED] * 30 + [State.IN_REVIEW] * 25 + [State.RETURNED] * 5
    states += [State.NEEDS_MANUAL_TRIAGE] * 5 + [State.NEEDS_MANUAL_HANDLING] * 5
    states += [State.APPROVED] * 15 + [State.SENT] * 15
    now = timezone.now()
    batch = 5000
    for start in range(have, total, batch):
        letters, cases = [], []
        for i in range(start, min(start + batch, total)):
            received = now - timedelta(minutes=rng.randint(0, 60 * 24 * 120))
            text = " ".join(rng.sample(PHRASES, 3))
            if rng.random() < 0.06:
                text += f" Escribo desde el {rng.choice(RARE)} de mi comunidad."
            folio = f"INE/DJ/CARGA/{i + 1:06d}"
            letters.append(
                Letter(
                    folio=folio,
                    received=received,
                    channel=Channel.UPLOAD,
                    sha256=hashlib.sha256(folio.encode()).hexdigest(),
                    size=len(text),
                    text=text,
                    redacted_text=text,
                    language="es",
                    status=rng.choice(states),
                )
            )
        with transaction.atomic():
            Letter.objects.bulk_create(letters, batch_size=1000)
            saved = Letter.objects.filter(folio__in=[lt.folio for lt in letters]).only(
                "id", "received", "status"
            )
            for letter in saved:
                cat = rng.choice(categories)
                due = add_business_days(letter.received.date(), cat.deadline_business_days)
                cases.append(
                    ReviewCase(
                        letter_id=letter.id,
                        state=letter.status,
                        category=cat.id,
                        ai_category=cat.id if rng.random() < 0.9 else rng.choice(categories).id,
                        unit_code=cat.unit_code,
                        due_date=due,
                        assignee=rng.choice(people) if rng.random() < 0.6 else None,
                        final_text="{{destinatario}}\n\nRespuesta de prueba.",
                    )
                )
            ReviewCase.objects.bulk_create(cases, batch_size=1000)
        print(f"  {min(start + batch, total)} cartas", flush=True)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return names


def server_command(port: int, threads: int, processes: int) -> list[str]:
    """`sufragio serve` (waitress, one process) or, with several processes, gunicorn workers
    on the same WSGI application, as a production deployment runs it."""
    if processes == 1:
        return [
            str(REPO / ".venv" / "bin" / "sufragio"),
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--threads",
            str(threads),
        ]
    return [
        str(REPO / ".venv" / "bin" / "gunicorn"),
        "sufragio.wsgi",
        "--bind",
        f"127.0.0.1:{port}",
        "--workers",
        str(processes),
        "--threads",
        str(threads),
    ]


def start_server(port: int, threads: int, processes: int) -> subprocess.Popen:
    server = subprocess.Popen(
        server_command(port, threads, processes),
        env=os.environ.copy(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    import httpx

    for _ in range(120):
        try:
            httpx.get(f"http://127.0.0.1:{port}/", timeout=1.0)
            return server
        except httpx.HTTPError:
            time.sleep(0.5)
    server.terminate()
    sys.exit("the server did not start")


def login(base: str, username: str):
    import httpx

    client = httpx.Client(base_url=base, timeout=30.0, follow_redirects=False)
    page = client.get("/cuentas/login/").text
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    response = client.post(
        "/cuentas/login/",
        data={"username": username, "password": PASSWORD, "csrfmiddlewaretoken": token},
        headers={"Referer": f"{base}/cuentas/login/"},
    )
    if response.status_code != 302:
        sys.exit(f"login failed for {username}: {response.status_code}")
    return client


def queries(rng: random.Random, categories: list[str], units: list[str], total: int):
    """One inbox request, as (kind, params)."""
    kind = rng.choices(
        ["inbox", "page", "category", "unit", "overdue", "mine", "folio", "text"],
        weights=[30, 15, 15, 10, 10, 10, 5, 5],
    )[0]
    params: dict[str, str] = {}
    if kind == "page":
        params["pagina"] = str(rng.randint(2, 40))
    elif kind == "category":
        params["categoria"] = rng.choice(categories)
    elif kind == "unit":
        params["unidad"] = rng.choice(units)
    elif kind == "overdue":
        params["vence"] = "vencidas"
    elif kind == "mine":
        params["asignada"] = "yo"
    elif kind == "folio":
        params["q"] = f"INE/DJ/CARGA/{rng.randint(1, total):06d}"
    elif kind == "text":
        params["q"] = rng.choice(RARE)
    return kind, params


def run(clients: list, seconds: float, think: float, total: int) -> dict[str, list[float]]:
    from sufragio.review.categories import category_choices, unit_choices

    categories = [c for c, _ in category_choices()]
    units = [u for u, _ in unit_choices()]
    results: dict[str, list[float]] = defaultdict(list)
    errors: list[str] = []
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def reviewer(index: int, client) -> None:
        rng = random.Random(index)
        time.sleep(rng.random() * max(think, 0.05))  # people do not start in lockstep
        while time.monotonic() < deadline:
            kind, params = queries(rng, categories, units, total)
            started = time.perf_counter()
            response = client.get("/revision/", params=params)
            elapsed = (time.perf_counter() - started) * 1000
            with lock:
                if response.status_code == 200:
                    results[kind].append(elapsed)
                else:
                    errors.append(f"{kind}:{response.status_code}")
            if think:
                time.sleep(rng.uniform(0.5 * think, 1.5 * think))

    threads = [threading.Thread(target=reviewer, args=(i, c)) for i, c in enumerate(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        print(f"  errors: {len(errors)} (first: {errors[:5]})")
    results["_errors"] = [float(len(errors))]
    return results


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def report(results: dict[str, list[float]], args: argparse.Namespace) -> str:
    errors = int(results.pop("_errors")[0])
    every = [v for values in results.values() for v in values]
    lines = [
        f"- {date.today().isoformat()} · {platform.machine()} · {os.cpu_count()} cores · "
        f"PostgreSQL, {args.letters:,} letters, {args.users} concurrent reviewers, "
        f"{args.seconds:.0f} s, think time {args.think:g} s (±50%), "
        f"{args.processes} server process(es) x {args.threads} "
        "threads, all on one machine over loopback; load average during the run "
        f"{args.loadavg:.1f} (other jobs shared the 2 cores)",
        f"- inbox, all requests: n={len(every)}, {len(every) / args.seconds:.1f} req/s, "
        f"p50 {statistics.median(every):.0f} ms, p95 {pct(every, 95):.0f} ms, "
        f"p99 {pct(every, 99):.0f} ms, errors {errors} (target p95 ≤ {TARGET_P95_MS:.0f} ms)",
        "",
        "| request | n | p50 ms | p95 ms |",
        "| --- | ---: | ---: | ---: |",
    ]
    for kind, values in sorted(results.items()):
        lines.append(
            f"| {kind} | {len(values)} | {statistics.median(values):.0f} | {pct(values, 95):.0f} |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", default=DEFAULT_DB)
    parser.add_argument("--letters", type=int, default=50_000)
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--think", type=float, default=1.0)
    parser.add_argument("--threads", type=int, default=8, help="threads per server process")
    parser.add_argument(
        "--processes", type=int, default=1, help="server processes (>1 runs gunicorn workers)"
    )
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--write", action="store_true", help="print the BENCHMARKS.md lines")
    args = parser.parse_args()
    if not args.database.startswith("postgres"):
        sys.exit("the load test runs on PostgreSQL (the deployment database for this size)")
    HOME.mkdir(parents=True, exist_ok=True)
    prepare_database(args.database)
    setup_django(args.database)
    print(f"populating {args.database.rsplit('/', 1)[1]} …", flush=True)
    names = populate(args.letters, args.users)
    server = start_server(args.port, args.threads, args.processes)
    try:
        base = f"http://127.0.0.1:{args.port}"
        clients = [login(base, name) for name in names]
        for client in clients[:2]:  # warm the server's caches and connections
            client.get("/revision/")
        print(f"running {args.users} reviewers for {args.seconds:.0f} s …", flush=True)
        results = run(clients, args.seconds, args.think, args.letters)
        args.loadavg = os.getloadavg()[0]
        text = report(results, args)
        for client in clients:
            client.close()
    finally:
        server.terminate()
        server.wait(timeout=10)
    print(text)
    if args.write:
        print(f"\n(add under {SECTION} in BENCHMARKS.md)")


if __name__ == "__main__":
    main()
