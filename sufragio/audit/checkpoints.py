"""Signed checkpoints: Ed25519 signatures over (tree size, root, time).

A checkpoint commits the log to its whole history up to ``tree_size``. Publishing checkpoints
(or just keeping them, signed by a key the database does not hold) makes even a complete,
self-consistent rewrite of the audit tables detectable.
"""

from __future__ import annotations

from datetime import UTC, datetime

from cryptography.exceptions import InvalidSignature
from django.db import transaction

from sufragio.audit import keys, merkle
from sufragio.audit.log import HEAD_PK, AuditIntegrityError, decode_frontier, format_time
from sufragio.audit.models import AuditEntry, AuditHead, Checkpoint
from sufragio.audit.store import StoredTree

PREFIX = "sufragio-audit"


def statement(tree_size: int, root_hex: str, time: str) -> str:
    """The exact text that is signed."""
    return f"{PREFIX}\n{tree_size}\n{root_hex}\n{time}"


def create_checkpoint() -> Checkpoint:
    """Sign the current tree.

    The root is derived twice, from the head's frontier and from the stored subtree hashes, and
    signing is refused if they differ: a checkpoint must never bless a log that is already broken.
    """
    key = keys.signing_key()
    with transaction.atomic():
        head = AuditHead.objects.select_for_update().filter(pk=HEAD_PK).first()
        size = head.size if head else 0
        if head is None and AuditEntry.objects.exists():
            raise AuditIntegrityError("the audit head row is missing; run `sufragio audit verify`")
        frontier = merkle.Frontier(size, decode_frontier(head.frontier) if head else [])
        root = frontier.root()
        if StoredTree().root(size) != root:
            raise AuditIntegrityError("stored hashes disagree with the log head; not signing")
        time = format_time(datetime.now(UTC))
        text = statement(size, root.hex(), time)
        return Checkpoint.objects.create(
            tree_size=size,
            root_hash=root.hex(),
            time=time,
            statement=text,
            signature=key.sign(text.encode("utf-8")).hex(),
            public_key=keys.public_key_hex(key.public_key()),
        )


def ensure_checkpoint() -> str:
    """Idempotent `sufragio init` step: sign the tree unless a checkpoint already covers it."""
    latest = Checkpoint.objects.order_by("-id").first()
    head = AuditHead.objects.filter(pk=HEAD_PK).first()
    size = head.size if head else 0
    if latest is not None and latest.tree_size == size:
        return f"checkpoint {latest.pk} already covers {size} entries"
    checkpoint = create_checkpoint()
    return f"checkpoint {checkpoint.pk} signed over {checkpoint.tree_size} entries"


def signature_problem(checkpoint: Checkpoint, trusted_key_hex: str) -> str | None:
    """Why ``checkpoint`` cannot be trusted, or None when its signature and statement hold."""
    expected = statement(checkpoint.tree_size, checkpoint.root_hash, checkpoint.time)
    if checkpoint.statement != expected:
        return f"checkpoint {checkpoint.pk}: signed statement does not match its columns"
    if checkpoint.public_key != trusted_key_hex:
        return f"checkpoint {checkpoint.pk}: signed by an unknown key {checkpoint.public_key[:16]}…"
    try:
        keys.load_public_key(checkpoint.public_key).verify(
            bytes.fromhex(checkpoint.signature), checkpoint.statement.encode("utf-8")
        )
    except (InvalidSignature, ValueError):
        return f"checkpoint {checkpoint.pk}: signature does not verify"
    return None


def checkpoint_dict(checkpoint: Checkpoint) -> dict:
    """Public form of a checkpoint: everything a third party needs to check the signature."""
    return {
        "id": checkpoint.pk,
        "tree_size": checkpoint.tree_size,
        "root_hash": checkpoint.root_hash,
        "time": checkpoint.time,
        "statement": checkpoint.statement,
        "signature": checkpoint.signature,
        "public_key": checkpoint.public_key,
        "algorithm": "Ed25519",
    }


def trusted_key_hex() -> str:
    """This installation's public key: the only one whose checkpoints are accepted."""
    return keys.public_key_hex(keys.signing_key().public_key())
