"""Inclusion proofs of single entries, anchored in the latest checkpoint when it covers them.

The proof is checked before it is returned, with the leaf hash recomputed from the entry's
canonical JSON: a proof that does not verify means the stored log no longer matches what was
signed, and callers report it as such.
"""

from __future__ import annotations

from sufragio.audit import merkle
from sufragio.audit.checkpoints import checkpoint_dict, signature_problem, trusted_key_hex
from sufragio.audit.log import HEAD_PK
from sufragio.audit.models import AuditEntry, AuditHead, Checkpoint
from sufragio.audit.store import StoredTree


def inclusion_proof(seq: int) -> dict:
    """Proof that entry ``seq`` is in the tree; raises ``AuditEntry.DoesNotExist`` if absent."""
    entry = AuditEntry.objects.get(seq=seq)
    leaf = merkle.leaf_hash(entry.canonical.encode("utf-8"))
    tree = StoredTree()
    checkpoint = Checkpoint.objects.order_by("-id").first()
    problem = None
    if checkpoint is not None and checkpoint.tree_size >= seq:
        size = checkpoint.tree_size
        root = bytes.fromhex(checkpoint.root_hash)
        problem = signature_problem(checkpoint, trusted_key_hex())
        anchor = {"kind": "checkpoint", "checkpoint": checkpoint_dict(checkpoint)}
    else:
        head = AuditHead.objects.filter(pk=HEAD_PK).first()
        size = head.size if head else 0
        root = tree.root(size)
        anchor = {"kind": "current-tree", "checkpoint": None}
    tree.prefetch_inclusion(seq - 1, size)
    path = merkle.inclusion_path(seq - 1, size, tree.subtree)
    included = merkle.verify_inclusion(seq - 1, size, leaf, path, root)
    return {
        "entry": seq,
        "leaf_index": seq - 1,
        "canonical": entry.canonical,
        "leaf_hash": leaf.hex(),
        "tree_size": size,
        "root_hash": root.hex(),
        "path": [node.hex() for node in path],
        "anchor": anchor,
        "verified": included and problem is None,
        "problem": problem or ("" if included else "the proof does not verify against the root"),
    }
