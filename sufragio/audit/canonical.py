"""Canonical JSON (RFC 8785 style) and the hashes derived from it.

An audit entry is hashed as bytes, so the same entry must always serialise to the same bytes: keys
sorted, no whitespace, UTF-8, the JSON escapes RFC 8785 prescribes (which Python's encoder emits
with ``ensure_ascii=False``). Entry fields are only strings, integers and null, where Python and
RFC 8785 agree exactly; ``before``/``after`` payloads may hold other values, which are turned into
text first so that hashing them never fails.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any


def canonical_json(value: Any) -> str:
    """Serialise ``value`` canonically; non-JSON values (dates, decimals, UUIDs) become ``str``."""
    return json.dumps(
        value,
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
        allow_nan=False,
        default=str,
    )


def payload_hash(value: dict | None) -> str | None:
    """SHA-256 hex of a payload's canonical JSON, so the log proves a state without storing it."""
    if value is None:
        return None
    return hashlib.sha256(canonical_json(value).encode("utf-8")).hexdigest()
