"""The Ed25519 key that signs audit checkpoints, created on first use and readable only by us.

The private key lives outside the database on purpose: someone who can rewrite the audit tables
still cannot forge a signed checkpoint, so a rewrite is caught at the next verification.
"""

from __future__ import annotations

import os
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from sufragio import conf


def key_path() -> Path:
    """Where the signing key lives (setting SUFRAGIO_AUDIT_SIGNING_KEY)."""
    return Path(conf.get("SUFRAGIO_AUDIT_SIGNING_KEY"))


def signing_key() -> Ed25519PrivateKey:
    """Load the private key, creating it with mode 0600 if it does not exist yet."""
    path = key_path()
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        pem = Ed25519PrivateKey.generate().private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:  # another process created it first: use theirs
            pass
        else:
            with os.fdopen(fd, "wb") as handle:
                handle.write(pem)
    key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise ValueError(f"{path} is not an Ed25519 private key")
    return key


def public_key_hex(key: Ed25519PublicKey) -> str:
    """The raw 32-byte public key as hex: short enough to store beside every checkpoint."""
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return raw.hex()


def load_public_key(hex_key: str) -> Ed25519PublicKey:
    """Inverse of :func:`public_key_hex`."""
    return Ed25519PublicKey.from_public_bytes(bytes.fromhex(hex_key))
