"""RFC 6962 / RFC 9162 Merkle tree hashing, proofs and proof verification, with no framework.

The audit log is only as trustworthy as this arithmetic, so it follows the RFCs literally and knows
nothing about Django: the proof builders take a ``subtree(lo, hi)`` callable returning
MTH(D[lo:hi]), so the same algorithm runs over an in-memory list (tests, small trees) or over
hashes stored in the database (:mod:`sufragio.audit.store`). Hashes are raw 32-byte ``bytes``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence

#: Hash of the empty tree, MTH({}) = SHA-256() (RFC 6962 §2.1).
EMPTY_ROOT = hashlib.sha256(b"").digest()

SubtreeHash = Callable[[int, int], bytes]


def leaf_hash(data: bytes) -> bytes:
    """MTH({d}) = SHA-256(0x00 || d): the prefix keeps leaves and nodes from colliding."""
    return hashlib.sha256(b"\x00" + data).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    """Interior node: SHA-256(0x01 || left || right)."""
    return hashlib.sha256(b"\x01" + left + right).digest()


def split_point(n: int) -> int:
    """Largest power of two strictly smaller than ``n`` (n >= 2): RFC 6962's ``k``."""
    return 1 << ((n - 1).bit_length() - 1)


def root(leaves: Sequence[bytes]) -> bytes:
    """MTH(D[n]) of a list of leaf hashes, computed with a frontier in O(n) time."""
    frontier = Frontier()
    for leaf in leaves:
        frontier.append(leaf)
    return frontier.root()


def list_subtree(leaves: Sequence[bytes]) -> SubtreeHash:
    """A ``subtree(lo, hi)`` over an in-memory list of leaf hashes."""

    def subtree(lo: int, hi: int) -> bytes:
        return root(leaves[lo:hi])

    return subtree


def inclusion_path(index: int, size: int, subtree: SubtreeHash) -> list[bytes]:
    """PATH(m, D[n]) of RFC 6962 §2.1.1: the audit path of leaf ``index`` in a tree of ``size``.

    Nodes are listed from the leaf upwards, as RFC 9162's verifier expects.
    """
    if not 0 <= index < size:
        raise ValueError(f"leaf index {index} outside a tree of size {size}")
    path: list[bytes] = []

    def walk(m: int, lo: int, hi: int) -> None:
        n = hi - lo
        if n == 1:
            return
        k = split_point(n)
        if m < k:
            walk(m, lo, lo + k)
            path.append(subtree(lo + k, hi))
        else:
            walk(m - k, lo + k, hi)
            path.append(subtree(lo, lo + k))

    walk(index, 0, size)
    return path


def consistency_path(old_size: int, new_size: int, subtree: SubtreeHash) -> list[bytes]:
    """PROOF(m, D[n]) of RFC 6962 §2.1.2: proves the first ``old_size`` leaves are unchanged."""
    if not 0 < old_size <= new_size:
        raise ValueError(f"no consistency proof from size {old_size} to {new_size}")
    path: list[bytes] = []

    def subproof(m: int, lo: int, hi: int, complete: bool) -> None:
        n = hi - lo
        if m == n:
            if not complete:
                path.append(subtree(lo, hi))
            return
        k = split_point(n)
        if m <= k:
            subproof(m, lo, lo + k, complete)
            path.append(subtree(lo + k, hi))
        else:
            subproof(m - k, lo + k, hi, False)
            path.append(subtree(lo, lo + k))

    subproof(old_size, 0, new_size, True)
    return path


def verify_inclusion(
    index: int, size: int, leaf: bytes, path: Sequence[bytes], expected_root: bytes
) -> bool:
    """RFC 9162 §2.1.3.2: does ``path`` prove leaf hash ``leaf`` is at ``index`` under the root?"""
    if not 0 <= index < size:
        return False
    fn, sn = index, size - 1
    r = leaf
    for p in path:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            r = node_hash(p, r)
            if not fn & 1:
                while fn and not fn & 1:
                    fn >>= 1
                    sn >>= 1
        else:
            r = node_hash(r, p)
        fn >>= 1
        sn >>= 1
    return sn == 0 and r == expected_root


def verify_consistency(
    old_size: int, new_size: int, old_root: bytes, new_root: bytes, path: Sequence[bytes]
) -> bool:
    """RFC 9162 §2.1.4.2: does ``path`` prove the tree of ``old_size`` prefixes the new one?"""
    if not 0 < old_size <= new_size:
        return False
    if old_size == new_size:
        return not path and old_root == new_root
    if not path:
        return False
    proof = list(path)
    if old_size & (old_size - 1) == 0:  # a power of two: the old root is itself the first node
        proof.insert(0, old_root)
    fn, sn = old_size - 1, new_size - 1
    while fn & 1:
        fn >>= 1
        sn >>= 1
    fr = sr = proof[0]
    for c in proof[1:]:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            fr = node_hash(c, fr)
            sr = node_hash(c, sr)
            if not fn & 1:
                while fn and not fn & 1:
                    fn >>= 1
                    sn >>= 1
        else:
            sr = node_hash(sr, c)
        fn >>= 1
        sn >>= 1
    return sn == 0 and fr == old_root and sr == new_root


class Frontier:
    """The compact range [0, size): one hash per perfect subtree of the tree's binary decomposition.

    Appending a leaf merges equal-height subtrees, so the root of a growing log is available at any
    size in O(log n) memory; this is what lets ``verify`` stream a million entries. Each merge is
    reported to the caller because the log persists high subtree hashes for fast proofs.
    """

    __slots__ = ("hashes", "size")

    def __init__(self, size: int = 0, hashes: Sequence[bytes] = ()) -> None:
        if len(hashes) != size.bit_count():
            raise ValueError(f"a frontier of size {size} has {size.bit_count()} hashes")
        self.size = size
        self.hashes = list(hashes)

    def append(self, leaf: bytes) -> list[tuple[int, int, bytes]]:
        """Add a leaf; return the subtrees it completed as (level, index at that level, hash)."""
        completed: list[tuple[int, int, bytes]] = []
        h = leaf
        index = self.size
        level = 0
        while index & 1:
            h = node_hash(self.hashes.pop(), h)
            index >>= 1
            level += 1
            completed.append((level, index, h))
        self.hashes.append(h)
        self.size += 1
        return completed

    def root(self) -> bytes:
        """MTH of the leaves appended so far (the RFC split equals the binary decomposition)."""
        if not self.hashes:
            return EMPTY_ROOT
        r = self.hashes[-1]
        for h in reversed(self.hashes[:-1]):
            r = node_hash(h, r)
        return r
