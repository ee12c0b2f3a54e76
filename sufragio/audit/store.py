"""Subtree hashes read from the database, so a proof costs a few queries instead of a rehash.

Complete subtrees of at least 2**NODE_MIN_LEVEL leaves come from ``MerkleNode``; anything smaller
lies inside one block of that many leaves and is hashed from the block's stored leaf hashes. A
proof first plans which nodes and blocks its ranges need (the entry's own block and the tree's
ragged right edge at most), then fetches them with plain SQL: at proof sizes the ORM's query
building costs more than the database.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db import connection

from sufragio.audit import merkle
from sufragio.audit.log import NODE_MIN_LEVEL, AuditIntegrityError
from sufragio.audit.models import AuditEntry, MerkleNode

BLOCK = 1 << NODE_MIN_LEVEL


def _stored_node(lo: int, hi: int) -> tuple[int, int] | None:
    """(level, position) when [lo, hi) is a complete subtree kept in ``MerkleNode``."""
    n = hi - lo
    if n >= BLOCK and n & (n - 1) == 0 and lo % n == 0:
        level = n.bit_length() - 1
        return level, lo >> level
    return None


class StoredTree:
    """``subtree(lo, hi)`` (0-based leaf indexes; entry seq = index + 1) over the stored log.

    Every range the RFC recursion asks for starts on a boundary aligned to a power of two at
    least its length, so a range shorter than a block never straddles two blocks.
    """

    def __init__(self) -> None:
        self._nodes: dict[tuple[int, int], bytes] = {}
        self._blocks: dict[int, list[bytes]] = {}

    def subtree(self, lo: int, hi: int) -> bytes:
        """MTH(D[lo:hi])."""
        node = _stored_node(lo, hi)
        if node is not None:
            if node not in self._nodes:
                self._fetch_nodes([node])
            if node not in self._nodes:
                raise AuditIntegrityError(f"stored subtree hash {node} missing")
            return self._nodes[node]
        n = hi - lo
        if n <= BLOCK and (lo // BLOCK == (hi - 1) // BLOCK):
            block = lo // BLOCK
            leaves = self._block(block)
            start = lo - block * BLOCK
            if hi - block * BLOCK > len(leaves):
                raise AuditIntegrityError(f"entry {block * BLOCK + len(leaves) + 1} is missing")
            return merkle.root(leaves[start : start + n])
        k = merkle.split_point(n)
        return merkle.node_hash(self.subtree(lo, lo + k), self.subtree(lo + k, hi))

    def root(self, size: int) -> bytes:
        """Root of the first ``size`` entries."""
        if not size:
            return merkle.EMPTY_ROOT
        self.prefetch([(0, size)])
        return self.subtree(0, size)

    def prefetch(self, ranges: Iterable[tuple[int, int]]) -> None:
        """Load every node and leaf block the given ranges decompose into, in two queries."""
        nodes: set[tuple[int, int]] = set()
        blocks: set[int] = set()
        pending = list(ranges)
        while pending:
            lo, hi = pending.pop()
            node = _stored_node(lo, hi)
            if node is not None:
                nodes.add(node)
            elif hi - lo <= BLOCK and lo // BLOCK == (hi - 1) // BLOCK:
                blocks.add(lo // BLOCK)
            else:
                k = merkle.split_point(hi - lo)
                pending += [(lo, lo + k), (lo + k, hi)]
        self._fetch_nodes(nodes - self._nodes.keys())
        for block in blocks - self._blocks.keys():
            self._block(block)

    def prefetch_inclusion(self, index: int, size: int) -> None:
        """Prefetch what :func:`merkle.inclusion_path` of ``index`` in ``size`` will read."""
        ranges = []
        lo, hi = 0, size
        while hi - lo > 1:
            k = merkle.split_point(hi - lo)
            if index < lo + k:
                ranges.append((lo + k, hi))
                hi = lo + k
            else:
                ranges.append((lo, lo + k))
                lo = lo + k
        ranges.append((index, index + 1))
        self.prefetch(ranges)

    def _fetch_nodes(self, wanted: Iterable[tuple[int, int]]) -> None:
        keys = sorted(wanted)
        if not keys:
            return
        condition = " OR ".join(["(level = %s AND position = %s)"] * len(keys))
        params = [value for key in keys for value in key]
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT level, position, hash FROM {MerkleNode._meta.db_table} WHERE {condition}",
                params,
            )
            for level, position, value in cursor.fetchall():
                self._nodes[(level, position)] = bytes.fromhex(value)

    def _block(self, block: int) -> list[bytes]:
        if block not in self._blocks:
            first = block * BLOCK + 1
            with connection.cursor() as cursor:
                cursor.execute(
                    f"SELECT seq, leaf_hash FROM {AuditEntry._meta.db_table} "
                    "WHERE seq >= %s AND seq < %s ORDER BY seq",
                    (first, first + BLOCK),
                )
                rows = cursor.fetchall()
            leaves = []
            for expected, (seq, leaf_hex) in enumerate(rows, start=first):
                if seq != expected:
                    raise AuditIntegrityError(f"entry {expected} is missing")
                leaves.append(bytes.fromhex(leaf_hex))
            self._blocks[block] = leaves
        return self._blocks[block]
