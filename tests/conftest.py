"""Test-session setup shared by every app's tests.

The suite runs in its own home (``var/test-home``) so that it never touches a user's data, while
slow artefacts such as the search index are cached there across runs (and across the SQLite and
PostgreSQL passes of CI). The environment is set here, before pytest-django imports settings.
"""

from __future__ import annotations

import os
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
os.environ.setdefault("SUFRAGIO_HOME", str(REPO / "var" / "test-home"))
