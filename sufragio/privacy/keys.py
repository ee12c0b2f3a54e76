"""The Fernet key of reversible redaction: from settings, or generated once into SUFRAGIO_HOME.

The key file is created with mode 0600 atomically (O_EXCL), so two processes starting together
cannot each write a different key and make the other's tokens unreadable.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

from cryptography.fernet import Fernet

from sufragio import conf


def key_path() -> Path:
    """Where the generated key lives."""
    return Path(conf.get("SUFRAGIO_HOME")) / "redaction.key"


@cache
def fernet() -> Fernet:
    """The Fernet instance for the configured or generated key."""
    configured = conf.get("SUFRAGIO_REDACTION_KEY")
    if not configured.startswith("(generated"):
        return Fernet(configured.encode())
    path = key_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return Fernet(path.read_bytes().strip())
    with os.fdopen(fd, "wb") as handle:
        handle.write(Fernet.generate_key())
    return Fernet(path.read_bytes().strip())
