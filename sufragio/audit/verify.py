"""Full verification of the audit log: recompute everything from the canonical text.

One streaming pass in sequence order (keyset pages, O(log n) memory) checks each row against
itself and its predecessor, rebuilds the Merkle frontier and compares every stored subtree hash;
then the head row and every checkpoint (signature, root at its size, consistency with the
previous checkpoint) are checked. The first problem names the first bad entry.
"""

from __future__ import annotations

import json
import time as clock
from dataclasses import dataclass, field
from datetime import UTC, datetime

from django.db import connection

from sufragio.audit import merkle
from sufragio.audit.canonical import canonical_json
from sufragio.audit.checkpoints import signature_problem, trusted_key_hex
from sufragio.audit.log import (
    CHAIN_START,
    HEAD_PK,
    NODE_MIN_LEVEL,
    AuditIntegrityError,
    chain_next,
)
from sufragio.audit.models import AuditEntry, AuditHead, Checkpoint, MerkleNode, VerificationRun
from sufragio.audit.store import StoredTree

MIRRORED = ("actor", "action", "object", "before_hash", "after_hash")
FIELDS = frozenset({"seq", "time", "actor", "action", "object", "before_hash", "after_hash"})
PAGE = 10_000
#: Problems kept in the report; the count keeps going so the extent of damage is still visible.
MAX_KEPT = 50


@dataclass
class Report:
    """Outcome of :func:`verify`."""

    tree_size: int = 0
    root_hash: str = ""
    checkpoints: int = 0
    problems: list[str] = field(default_factory=list)
    problem_count: int = 0
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.problem_count == 0

    def add(self, message: str) -> None:
        self.problem_count += 1
        if len(self.problems) < MAX_KEPT:
            self.problems.append(message)

    def as_dict(self) -> dict:
        return {
            "ok": self.ok,
            "tree_size": self.tree_size,
            "root_hash": self.root_hash,
            "checkpoints_checked": self.checkpoints,
            "problem_count": self.problem_count,
            "problems": self.problems,
            "seconds": round(self.seconds, 3),
        }


def verify() -> Report:
    """Verify the whole log and return a report (nothing is written)."""
    started = clock.perf_counter()
    report = Report()
    checkpoints = list(Checkpoint.objects.order_by("id"))
    sizes = {c.tree_size for c in checkpoints}
    roots, state = _stream_entries(report, sizes)
    _check_head(report, state)
    _check_checkpoints(report, checkpoints, roots)
    report.seconds = clock.perf_counter() - started
    return report


def verify_and_store() -> tuple[Report, VerificationRun]:
    """Verify and keep the outcome for the audit page."""
    report = verify()
    run = VerificationRun.objects.create(
        ok=report.ok,
        tree_size=report.tree_size,
        root_hash=report.root_hash,
        first_problem=report.problems[0] if report.problems else "",
        problem_count=report.problem_count,
        seconds=report.seconds,
    )
    return report, run


class _Stream:
    """State carried from one entry to the next during the pass."""

    def __init__(self) -> None:
        self.expected = 1
        self.chain = CHAIN_START
        self.time = ""
        self.frontier = merkle.Frontier()
        self.nodes = {
            (level, index): value
            for level, index, value in MerkleNode.objects.values_list("level", "position", "hash")
        }


def _stream_entries(report: Report, sizes: set[int]) -> tuple[dict[int, bytes], _Stream]:
    """Check every entry in order; return the recomputed root at each checkpoint size.

    Raw keyset-paged SQL rather than the ORM: at a million rows the ORM's per-row converters
    cost more than all the hashing.
    """
    state = _Stream()
    roots = {0: merkle.EMPTY_ROOT}
    query = (
        "SELECT seq, time, actor, action, object_ref, before_hash, after_hash, canonical, "
        f"leaf_hash, chain_hash FROM {AuditEntry._meta.db_table} WHERE seq > %s "
        "ORDER BY seq LIMIT %s"
    )
    last = 0
    with connection.cursor() as cursor:
        while True:
            cursor.execute(query, (last, PAGE))
            page = cursor.fetchall()
            if not page:
                break
            for row in page:
                _check_entry(report, state, row)
                if state.frontier.size in sizes:
                    roots[state.frontier.size] = state.frontier.root()
            last = page[-1][0]
    for level, index in sorted(state.nodes):
        report.add(f"stored subtree hash ({level}, {index}) does not belong to the tree")
    report.tree_size = state.frontier.size
    report.root_hash = state.frontier.root().hex()
    return roots, state


def _check_entry(report: Report, state: _Stream, row: tuple) -> None:
    seq, moment, actor, action, object_ref, before_hash, after_hash, text, leaf_hex, chain_hex = row
    if seq != state.expected:
        kind = "missing" if seq > state.expected else "duplicated"
        report.add(f"entry {state.expected}: {kind} (next row in order is {seq})")
        state.expected = seq
    fields = _parse(report, seq, text)
    if fields is not None:
        if fields["seq"] != seq:
            report.add(f"entry {seq}: its JSON says seq {fields['seq']} (rows reordered?)")
        columns = (actor, action, object_ref, before_hash, after_hash)
        if tuple(fields[name] for name in MIRRORED) != columns:
            for name, value in zip(MIRRORED, columns, strict=True):
                if fields[name] != value:
                    report.add(f"entry {seq}: column {name} differs from its canonical JSON")
        _check_time(report, state, seq, fields["time"], moment)
    leaf = merkle.leaf_hash(text.encode("utf-8"))
    if leaf.hex() != leaf_hex:
        report.add(f"entry {seq}: leaf hash does not match its canonical JSON (row modified)")
    try:
        chain = chain_next(state.chain, leaf).hex()
    except ValueError:
        chain = ""
    if chain != chain_hex:
        report.add(f"entry {seq}: hash chain broken (entry or its predecessor altered)")
    state.chain = chain_hex
    for level, index, node in state.frontier.append(leaf):
        if level >= NODE_MIN_LEVEL:
            stored = state.nodes.pop((level, index), None)
            if stored != node.hex():
                report.add(f"entry {seq}: stored subtree hash ({level}, {index}) is wrong")
    state.expected = seq + 1


def _parse(report: Report, seq: int, text: str) -> dict | None:
    try:
        fields = json.loads(text)
    except (TypeError, ValueError):
        report.add(f"entry {seq}: canonical JSON does not parse")
        return None
    if not isinstance(fields, dict) or set(fields) != FIELDS:
        report.add(f"entry {seq}: canonical JSON has the wrong fields")
        return None
    if canonical_json(fields) != text:
        report.add(f"entry {seq}: JSON is not in canonical form")
    return fields


def _check_time(
    report: Report, state: _Stream, seq: int, text: object, moment: datetime | str
) -> None:
    try:
        parsed = datetime.fromisoformat(str(text))
    except ValueError:
        report.add(f"entry {seq}: time {text!r} is not ISO-8601")
        return
    if isinstance(moment, str):
        try:
            moment = datetime.fromisoformat(moment)
        except ValueError:
            moment = None
    if isinstance(moment, datetime) and moment.tzinfo is None:  # SQLite: naive UTC
        moment = moment.replace(tzinfo=UTC)
    if parsed != moment:
        report.add(f"entry {seq}: time column differs from its canonical JSON")
    if str(text) < state.time:
        report.add(f"entry {seq}: time goes backwards ({text} < {state.time})")
    state.time = max(state.time, str(text))


def _check_head(report: Report, state: _Stream) -> None:
    """The head must describe exactly the last entry: this catches a truncated tail."""
    head = AuditHead.objects.filter(pk=HEAD_PK).first()
    if head is None:
        if state.frontier.size:
            report.add("log head: missing although the log has entries")
        return
    if head.size != state.frontier.size:
        report.add(
            f"log head: records {head.size} entries but {state.frontier.size} were found"
            + (
                f" (entries {state.frontier.size + 1}–{head.size} removed?)"
                if head.size > state.frontier.size
                else ""
            )
        )
    elif head.chain_hash != state.chain:
        report.add("log head: chain hash differs from the last entry's")
    elif head.frontier != "".join(h.hex() for h in state.frontier.hashes):
        report.add("log head: Merkle frontier differs from the recomputed tree")
    elif head.last_time != state.time:
        report.add("log head: last time differs from the last entry's")


def _check_checkpoints(
    report: Report, checkpoints: list[Checkpoint], roots: dict[int, bytes]
) -> None:
    """Signature, root at its size, and consistency with the previous checkpoint."""
    if not checkpoints:
        return
    trusted = trusted_key_hex()
    previous: Checkpoint | None = None
    consistent_data = report.ok  # proofs read stored hashes: only meaningful if those checked out
    tree = StoredTree()
    for checkpoint in checkpoints:
        report.checkpoints += 1
        problem = signature_problem(checkpoint, trusted)
        if problem:
            report.add(problem)
        root = roots.get(checkpoint.tree_size)
        if root is None:
            report.add(
                f"checkpoint {checkpoint.pk}: covers {checkpoint.tree_size} entries but the log "
                f"has {report.tree_size} (entries {report.tree_size + 1}–"
                f"{checkpoint.tree_size} removed?)"
            )
        elif root.hex() != checkpoint.root_hash:
            report.add(
                f"checkpoint {checkpoint.pk}: root at size {checkpoint.tree_size} differs from "
                "the recomputed root (entries before it were altered)"
            )
        if previous is not None:
            _check_succession(report, previous, checkpoint, tree if consistent_data else None)
        previous = checkpoint


def _check_succession(
    report: Report, old: Checkpoint, new: Checkpoint, tree: StoredTree | None
) -> None:
    if new.tree_size < old.tree_size or new.time < old.time:
        report.add(f"checkpoint {new.pk}: smaller or older than checkpoint {old.pk}")
        return
    if tree is None or old.tree_size == 0:
        return
    try:
        path = merkle.consistency_path(old.tree_size, new.tree_size, tree.subtree)
    except AuditIntegrityError as exc:
        report.add(f"checkpoint {new.pk}: cannot build consistency proof ({exc})")
        return
    if not merkle.verify_consistency(
        old.tree_size,
        new.tree_size,
        bytes.fromhex(old.root_hash),
        bytes.fromhex(new.root_hash),
        path,
    ):
        report.add(f"checkpoint {new.pk}: not consistent with checkpoint {old.pk}")
