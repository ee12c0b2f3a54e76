"""The Merkle arithmetic against published RFC 6962 vectors and an independent naive model.

The reference vectors are Certificate Transparency's (the leaves and heads every RFC 6962
implementation tests against). The naive model below re-derives MTH, PATH and PROOF from the RFC
text with list slicing, so the production code (frontier + subtree callbacks) is compared with a
second, structurally different implementation for every size pair up to 40.
"""

from __future__ import annotations

import hashlib

import pytest

from sufragio.audit import merkle

CT_INPUTS = [
    bytes.fromhex(h)
    for h in (
        "",
        "00",
        "10",
        "2021",
        "3031",
        "40414243",
        "5051525354555657",
        "606162636465666768696a6b6c6d6e6f",
    )
]
CT_ROOTS = [
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
    "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
    "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
    "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
    "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
]
CT_INCLUSION = [  # (0-based leaf index, tree size, path)
    (
        0,
        8,
        [
            "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
        ],
    ),
    (
        5,
        8,
        [
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
            "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        ],
    ),
    (2, 3, ["fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125"]),
    (
        1,
        5,
        [
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
        ],
    ),
]
CT_CONSISTENCY = [
    (1, 1, []),
    (
        1,
        8,
        [
            "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
        ],
    ),
    (
        6,
        8,
        [
            "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
            "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        ],
    ),
    (
        2,
        5,
        [
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
        ],
    ),
]
CT_LEAVES = [merkle.leaf_hash(d) for d in CT_INPUTS]


# --- naive model, straight from RFC 6962 §2.1 (slices, recursion, no frontier) ----------------


def naive_mth(leaves: list[bytes]) -> bytes:
    n = len(leaves)
    if n == 0:
        return hashlib.sha256(b"").digest()
    if n == 1:
        return leaves[0]
    k = 1
    while k * 2 < n:
        k *= 2
    return hashlib.sha256(b"\x01" + naive_mth(leaves[:k]) + naive_mth(leaves[k:])).digest()


def naive_path(m: int, leaves: list[bytes]) -> list[bytes]:
    n = len(leaves)
    if n == 1:
        return []
    k = 1
    while k * 2 < n:
        k *= 2
    if m < k:
        return [*naive_path(m, leaves[:k]), naive_mth(leaves[k:])]
    return [*naive_path(m - k, leaves[k:]), naive_mth(leaves[:k])]


def naive_subproof(m: int, leaves: list[bytes], b: bool) -> list[bytes]:
    n = len(leaves)
    if m == n:
        return [] if b else [naive_mth(leaves)]
    k = 1
    while k * 2 < n:
        k *= 2
    if m <= k:
        return [*naive_subproof(m, leaves[:k], b), naive_mth(leaves[k:])]
    return [*naive_subproof(m - k, leaves[k:], False), naive_mth(leaves[:k])]


def leaves_of(n: int) -> list[bytes]:
    return [merkle.leaf_hash(f"entry {i}".encode()) for i in range(n)]


# --- published vectors ----------------------------------------------------------------------


@pytest.mark.parametrize("size", range(9))
def test_roots_match_published_vectors(size):
    assert merkle.root(CT_LEAVES[:size]).hex() == CT_ROOTS[size]
    assert naive_mth(CT_LEAVES[:size]).hex() == CT_ROOTS[size]


@pytest.mark.parametrize(("index", "size", "expected"), CT_INCLUSION)
def test_inclusion_paths_match_published_vectors(index, size, expected):
    path = merkle.inclusion_path(index, size, merkle.list_subtree(CT_LEAVES[:size]))
    assert [p.hex() for p in path] == expected
    root = bytes.fromhex(CT_ROOTS[size])
    assert merkle.verify_inclusion(index, size, CT_LEAVES[index], path, root)


@pytest.mark.parametrize(("old", "new", "expected"), CT_CONSISTENCY)
def test_consistency_paths_match_published_vectors(old, new, expected):
    path = merkle.consistency_path(old, new, merkle.list_subtree(CT_LEAVES[:new]))
    assert [p.hex() for p in path] == expected
    old_root, new_root = bytes.fromhex(CT_ROOTS[old]), bytes.fromhex(CT_ROOTS[new])
    assert merkle.verify_consistency(old, new, old_root, new_root, path)


def test_node_and_leaf_prefixes_differ():
    """Domain separation: a leaf over (left||right) must not equal the node over them."""
    left, right = CT_LEAVES[1], CT_LEAVES[2]
    assert merkle.node_hash(left, right) != merkle.leaf_hash(left + right)
    assert merkle.node_hash(left, right) == hashlib.sha256(b"\x01" + left + right).digest()


# --- every size pair up to 40 against the naive model ---------------------------------------

N_MAX = 40
TREES = {n: leaves_of(n) for n in range(1, N_MAX + 1)}


@pytest.mark.parametrize("n", range(1, N_MAX + 1))
def test_frontier_and_root_agree_with_naive_model(n):
    leaves = TREES[n]
    frontier = merkle.Frontier()
    for i, leaf in enumerate(leaves, start=1):
        frontier.append(leaf)
        assert frontier.root() == naive_mth(leaves[:i])
    assert merkle.root(leaves) == naive_mth(leaves)


@pytest.mark.parametrize("n", range(1, N_MAX + 1))
def test_every_inclusion_proof(n):
    leaves = TREES[n]
    root = naive_mth(leaves)
    subtree = merkle.list_subtree(leaves)
    for m in range(n):
        path = merkle.inclusion_path(m, n, subtree)
        assert path == naive_path(m, leaves)
        assert merkle.verify_inclusion(m, n, leaves[m], path, root)
        # Any change to the claim must make verification fail.
        assert not merkle.verify_inclusion(m, n, merkle.leaf_hash(b"forged"), path, root)
        assert not merkle.verify_inclusion(m, n, leaves[m], path, merkle.leaf_hash(b"x"))
        if n > 1:
            other = (m + 1) % n
            assert not merkle.verify_inclusion(other, n, leaves[m], path, root)
            assert not merkle.verify_inclusion(m, n, leaves[m], path[:-1], root)
            assert not merkle.verify_inclusion(m, n, leaves[m], [*path, root], root)


@pytest.mark.parametrize("n", range(1, N_MAX + 1))
def test_every_consistency_proof(n):
    leaves = TREES[n]
    new_root = naive_mth(leaves)
    subtree = merkle.list_subtree(leaves)
    for m in range(1, n + 1):
        old_root = naive_mth(leaves[:m])
        path = merkle.consistency_path(m, n, subtree)
        assert path == (naive_subproof(m, leaves, True) if m < n else [])
        assert merkle.verify_consistency(m, n, old_root, new_root, path)
        if m < n:
            forged = merkle.leaf_hash(b"forged")
            assert not merkle.verify_consistency(m, n, forged, new_root, path)
            assert not merkle.verify_consistency(m, n, old_root, forged, path)
            assert not merkle.verify_consistency(m, n, old_root, new_root, path[:-1])
            assert not merkle.verify_consistency(m, n, old_root, new_root, [])


def test_rewritten_history_is_not_consistent():
    """A changed early leaf yields a tree no consistency proof can link to the old root."""
    leaves = TREES[20]
    old_root = naive_mth(leaves[:7])
    rewritten = [merkle.leaf_hash(b"changed"), *leaves[1:]]
    path = merkle.consistency_path(7, 20, merkle.list_subtree(rewritten))
    assert not merkle.verify_consistency(7, 20, old_root, naive_mth(rewritten), path)


def test_invalid_arguments_are_rejected():
    with pytest.raises(ValueError):
        merkle.inclusion_path(3, 3, merkle.list_subtree(TREES[3]))
    with pytest.raises(ValueError):
        merkle.consistency_path(0, 3, merkle.list_subtree(TREES[3]))
    with pytest.raises(ValueError):
        merkle.Frontier(3, [CT_LEAVES[0]])
    assert not merkle.verify_inclusion(5, 3, CT_LEAVES[0], [], CT_LEAVES[0])
    assert not merkle.verify_consistency(4, 3, CT_LEAVES[0], CT_LEAVES[0], [CT_LEAVES[0]])
