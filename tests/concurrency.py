"""Run the same write from several database connections at once, for race-condition tests."""

from __future__ import annotations

import threading
from collections.abc import Callable

from django.db import connections


def run_writers(writers: int, per_writer: int, write: Callable[[int, int], object]) -> None:
    """Call ``write(writer, i)`` ``per_writer`` times in each of ``writers`` threads.

    The threads start together (a barrier), each with its own connection; any exception is
    re-raised here so the test fails with it.
    """
    errors: list[BaseException] = []
    start = threading.Barrier(writers)

    def writer(n: int) -> None:
        try:
            start.wait()
            for i in range(per_writer):
                write(n, i)
        except BaseException as exc:  # reported to the main thread below
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(writers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors, errors
