"""Append entries to the audit log: the one place that writes ``AuditEntry`` rows.

Each entry is canonical JSON; its RFC 6962 leaf hash extends the Merkle tree and a running hash
chain (see docs/adr/0004-audit-log.md). Appends lock the single head row, so concurrent writers
queue up and sequence numbers never have gaps; the head also keeps the tree's frontier, so an
append costs O(log n) whatever the log's size. Payloads (``before``/``after``) are stored only as
SHA-256 hashes: the log proves what state an object was in without keeping personal data.

Callers record inside their own transaction: if their change rolls back, so does its entry.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from django.db import connection, transaction

from sufragio.audit import merkle
from sufragio.audit.canonical import canonical_json, payload_hash
from sufragio.audit.models import AuditEntry, AuditHead, MerkleNode

#: Primary key of the single head row.
HEAD_PK = 1
#: Subtrees of 2**NODE_MIN_LEVEL leaves or more are stored, so a proof reads at most a few hundred
#: leaf hashes plus O(log n) nodes, while the node table stays under 1% of the entry count.
NODE_MIN_LEVEL = 8
#: Chain value before the first entry.
CHAIN_START = "0" * 64
#: Timestamps are UTC with microseconds; this fixed width also makes them sort as text.
TIME_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"

_ACTION = re.compile(r"^[a-z0-9_-]+(\.[a-z0-9_-]+)+$")


class AuditIntegrityError(Exception):
    """The log's own state is inconsistent, so appending would build on a broken history."""


@dataclass(frozen=True)
class Event:
    """One action to record; see :func:`record` for the meaning of each field."""

    actor: str
    action: str
    object_ref: str = ""
    before: dict | None = None
    after: dict | None = None

    def validate(self) -> None:
        """Reject malformed events before anything is written."""
        if not _ACTION.match(self.action) or len(self.action) > 64:
            raise ValueError(f"audit action must be a short dotted name, got {self.action!r}")
        if not self.actor or len(self.actor) > 150:
            raise ValueError("audit actor must be 1–150 characters")
        if len(self.object_ref) > 255:
            raise ValueError("audit object reference must be at most 255 characters")


def format_time(moment: datetime) -> str:
    """Render an aware datetime as the log's UTC ISO-8601 text."""
    return moment.astimezone(UTC).strftime(TIME_FORMAT)


def entry_fields(seq: int, time: str, event: Event) -> dict:
    """The canonical content of an entry: exactly what is hashed."""
    return {
        "seq": seq,
        "time": time,
        "actor": event.actor,
        "action": event.action,
        "object": event.object_ref,
        "before_hash": payload_hash(event.before),
        "after_hash": payload_hash(event.after),
    }


def chain_next(previous_hex: str, leaf: bytes) -> bytes:
    """Running hash chain: SHA-256(previous chain value || leaf hash)."""
    return hashlib.sha256(bytes.fromhex(previous_hex) + leaf).digest()


def decode_frontier(text: str) -> list[bytes]:
    """Head column → frontier hashes (64 hex characters each, largest subtree first)."""
    return [bytes.fromhex(text[i : i + 64]) for i in range(0, len(text), 64)]


def record(
    actor: str,
    action: str,
    object_ref: str,
    before: dict | None = None,
    after: dict | None = None,
) -> AuditEntry:
    """Append one entry and return it.

    ``actor`` is a username (or "system"), ``action`` a short dotted name such as
    "governance.submit", ``object_ref`` an identifier such as "letter:42" (never personal data),
    ``before``/``after`` the object's state, of which only the hash is kept.
    """
    return record_many([Event(actor, action, object_ref, before, after)])[0]


def record_many(events: Iterable[Event]) -> list[AuditEntry]:
    """Append several entries in one transaction, in order (imports, batch jobs, the bench)."""
    batch = list(events)
    for event in batch:
        event.validate()
    if not batch:
        return []
    with transaction.atomic():
        head = _lock_head()
        frontier = merkle.Frontier(head.size, decode_frontier(head.frontier))
        chain = head.chain_hash
        moment = datetime.now(UTC)
        time = max(format_time(moment), head.last_time)
        if time != format_time(moment):  # the clock stepped back: keep times non-decreasing
            moment = datetime.strptime(time, TIME_FORMAT).replace(tzinfo=UTC)
        entries: list[AuditEntry] = []
        nodes: list[MerkleNode] = []
        for event in batch:
            seq = frontier.size + 1
            fields = entry_fields(seq, time, event)
            text = canonical_json(fields)
            leaf = merkle.leaf_hash(text.encode("utf-8"))
            chain = chain_next(chain, leaf).hex()
            for level, index, node in frontier.append(leaf):
                if level >= NODE_MIN_LEVEL:
                    nodes.append(MerkleNode(level=level, position=index, hash=node.hex()))
            entries.append(
                AuditEntry(
                    seq=seq,
                    time=moment,
                    actor=event.actor,
                    action=event.action,
                    object_ref=event.object_ref,
                    before_hash=fields["before_hash"],
                    after_hash=fields["after_hash"],
                    canonical=text,
                    leaf_hash=leaf.hex(),
                    chain_hash=chain,
                )
            )
        AuditEntry.objects.bulk_create(entries, batch_size=500)
        if nodes:
            MerkleNode.objects.bulk_create(nodes, batch_size=500)
        with connection.cursor() as cursor:
            cursor.execute(
                f"UPDATE {AuditHead._meta.db_table} SET size = %s, chain_hash = %s, "
                "last_time = %s, frontier = %s WHERE id = %s",
                (frontier.size, chain, time, "".join(h.hex() for h in frontier.hashes), HEAD_PK),
            )
    return entries


def _lock_head() -> AuditHead:
    """Lock and return the head row, creating it for an empty log.

    The no-op UPDATE comes first because it takes the write lock on every backend: a row lock on
    PostgreSQL, the database write lock on SQLite (where reading first and writing later can fail
    instead of waiting when another writer commits in between). Plain SQL: this runs on every
    append, and the ORM's query building would cost more than the statements.
    """
    table = AuditHead._meta.db_table
    lock = f"UPDATE {table} SET size = size WHERE id = %s"
    with connection.cursor() as cursor:
        cursor.execute(lock, (HEAD_PK,))
        if cursor.rowcount == 0:
            # An empty log, or another writer creating the head right now: get_or_create waits
            # for that writer's commit and then returns its row. Only a head we had to create
            # while entries already exist means someone deleted it.
            _head, created = AuditHead.objects.get_or_create(pk=HEAD_PK)
            if created and AuditEntry.objects.exists():
                raise AuditIntegrityError(
                    "the audit head row is missing; run `sufragio audit verify`"
                )
            cursor.execute(lock, (HEAD_PK,))
        cursor.execute(
            f"SELECT size, chain_hash, last_time, frontier FROM {table} WHERE id = %s", (HEAD_PK,)
        )
        size, chain_hash, last_time, frontier = cursor.fetchone()
    return AuditHead(
        pk=HEAD_PK, size=size, chain_hash=chain_hash, last_time=last_time, frontier=frontier
    )
