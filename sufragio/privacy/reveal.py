"""Reveal the original value behind an encrypted redaction token, with permission and audit.

Every attempt is written to the tamper-evident audit log, including refused ones: a refused
reveal is exactly what an auditor wants to see.
"""

from __future__ import annotations

import hashlib

from django.core.exceptions import PermissionDenied
from django.db import transaction

from sufragio.audit.log import record
from sufragio.privacy.engine import decrypt_token
from sufragio.privacy.models import RevealRecord

PERMISSION = "privacy.reveal_personal_data"


def token_hash(token: str) -> str:
    """SHA-256 of the token as given (stripped), used instead of the token in records."""
    return hashlib.sha256(token.strip().encode("utf-8")).hexdigest()


def reveal(token: str, user) -> str:
    """Return the value inside `token` if `user` holds the reveal permission.

    Raises PermissionDenied (audited as privacy.reveal_denied) or ValueError for a bad token.
    """
    digest = token_hash(token)
    actor = user.get_username() if user.is_authenticated else "anonymous"
    if not user.is_authenticated or not user.has_perm(PERMISSION):
        record(actor, "privacy.reveal_denied", f"redaction-token:{digest[:16]}")
        raise PermissionDenied("revealing personal data needs privacy.reveal_personal_data")
    value = decrypt_token(token)
    with transaction.atomic():
        RevealRecord.objects.create(user=user, token_sha256=digest)
        record(actor, "privacy.reveal", f"redaction-token:{digest[:16]}")
    return value
