"""Shared audit-test setup: a throwaway signing key and a small real log.

The key lives in a temporary directory so tests never touch a user's key. The sample log has 600
entries: more than 512, so stored subtree hashes at two levels exist and proofs cross blocks.
"""

from __future__ import annotations

import pytest

from sufragio.audit.checkpoints import create_checkpoint
from sufragio.audit.log import Event, record_many

SAMPLE_SIZE = 600
FIRST_CHECKPOINT = 300


@pytest.fixture(autouse=True)
def signing_key_path(tmp_path, monkeypatch):
    """Point SUFRAGIO_AUDIT_SIGNING_KEY at a fresh path; the key is created on first use."""
    path = tmp_path / "keys" / "audit_ed25519.pem"
    monkeypatch.setenv("SUFRAGIO_AUDIT_SIGNING_KEY", str(path))
    return path


def sample_events(start: int, stop: int) -> list[Event]:
    """Varied events so that entries differ in every field."""
    actions = ("governance.submit", "privacy.reveal", "inquiries.approve", "export.docx")
    return [
        Event(
            actor=f"usuario{i % 7}",
            action=actions[i % len(actions)],
            object_ref=f"letter:{i}",
            before={"status": "draft", "n": i} if i % 3 else None,
            after={"status": "approved", "n": i},
        )
        for i in range(start, stop)
    ]


@pytest.fixture
def sample_log(db):
    """600 entries with signed checkpoints at 300 and 600 entries."""
    record_many(sample_events(0, FIRST_CHECKPOINT))
    first = create_checkpoint()
    record_many(sample_events(FIRST_CHECKPOINT, SAMPLE_SIZE))
    second = create_checkpoint()
    return first, second
