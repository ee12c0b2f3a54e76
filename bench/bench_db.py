"""A throw-away PostgreSQL database for a benchmark run.

Benchmarks that measure PostgreSQL recreate their database from scratch; the name must end in
``_bench`` so that a mistyped URL can never drop a real database.
"""

from __future__ import annotations

import sys


def _split(url: str) -> tuple[str, str]:
    """The server URL (pointing at the ``postgres`` maintenance database) and the db name."""
    server, name = url.rsplit("/", 1)
    return server + "/postgres", name


def recreate_postgres(url: str) -> str:
    """Drop and create the database of ``url`` (its name must end in ``_bench``); return url."""
    server, name = _split(url)
    if not name.endswith("_bench"):
        sys.exit("refusing to drop a PostgreSQL database whose name does not end in _bench")
    import psycopg

    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    return url


def drop_postgres(url: str) -> None:
    """Drop the database of ``url``, closing any connection still open to it."""
    server, name = _split(url)
    import psycopg

    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
