"""Settings for the test suite: sufragio's own, in a home of the suite's.

The suite must never touch a user's data, and slow artefacts such as the search index should be
cached across runs (and across CI's SQLite and PostgreSQL passes). pytest-django imports settings
before any conftest runs, so the home is chosen here, before `sufragio.settings` reads it.
"""

import os
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
os.environ.setdefault("SUFRAGIO_HOME", str(REPO / "var" / "test-home"))

from sufragio.settings import *  # noqa: E402, F403
