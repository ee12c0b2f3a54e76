"""Every kind of direct database tampering is caught by `verify`, naming the first bad entry.

The attacks bypass the ORM with raw SQL, as someone with database access would: edit, delete,
insert, reorder, and finally rewrite a suffix of history consistently through the log's own
writer, which only the signed checkpoints can reveal.
"""

from __future__ import annotations

import json

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection

from sufragio.audit import merkle
from sufragio.audit.canonical import canonical_json
from sufragio.audit.checkpoints import statement
from sufragio.audit.keys import public_key_hex
from sufragio.audit.log import HEAD_PK, Event, record_many
from sufragio.audit.models import AuditEntry, AuditHead, Checkpoint, MerkleNode
from sufragio.audit.verify import verify

from .conftest import SAMPLE_SIZE

ENTRY = AuditEntry._meta.db_table
NODE = MerkleNode._meta.db_table
HEAD = AuditHead._meta.db_table
CHECKPOINT = Checkpoint._meta.db_table


def sql(query: str, params: tuple = ()) -> int:
    with connection.cursor() as cursor:
        cursor.execute(query, params)
        return cursor.rowcount


def row(seq: int) -> dict:
    return AuditEntry.objects.filter(seq=seq).values().get()


def rewrite_canonical(seq: int, fields: dict, *, fix_leaf: bool) -> None:
    """Replace an entry's JSON (and, for a smarter attacker, its leaf hash)."""
    text = canonical_json(fields)
    leaf = merkle.leaf_hash(text.encode()).hex() if fix_leaf else row(seq)["leaf_hash"]
    sql(f"UPDATE {ENTRY} SET canonical = %s, leaf_hash = %s WHERE seq = %s", (text, leaf, seq))


def fields_of(seq: int) -> dict:
    return json.loads(row(seq)["canonical"])


# --- the attacks ------------------------------------------------------------------------------


def edit_json(_):
    rewrite_canonical(123, {**fields_of(123), "actor": "mallory"}, fix_leaf=False)
    return "entry 123:"


def edit_column_only(_):
    sql(f"UPDATE {ENTRY} SET actor = 'mallory' WHERE seq = 123")
    return "entry 123: column actor"


def edit_json_and_columns_and_leaf(_):
    rewrite_canonical(123, {**fields_of(123), "object": "letter:999"}, fix_leaf=True)
    sql(f"UPDATE {ENTRY} SET object_ref = 'letter:999' WHERE seq = 123")
    return "entry 123: hash chain broken"


def non_canonical_whitespace(_):
    text = json.dumps(fields_of(77), sort_keys=True)  # same content, default separators
    leaf = merkle.leaf_hash(text.encode()).hex()
    sql(f"UPDATE {ENTRY} SET canonical = %s, leaf_hash = %s WHERE seq = 77", (text, leaf))
    return "entry 77: JSON is not in canonical form"


def edit_time_column(_):
    sql(f"UPDATE {ENTRY} SET time = %s WHERE seq = 50", (row(49)["time"].replace(year=2001),))
    return "entry 50: time column"


def backdate_entry(_):
    fields = {**fields_of(50), "time": "2001-01-01T00:00:00.000000Z"}
    rewrite_canonical(50, fields, fix_leaf=True)
    return "entry 50:"


def delete_middle(_):
    sql(f"DELETE FROM {ENTRY} WHERE seq = 123")
    return "entry 123: missing"


def delete_first(_):
    sql(f"DELETE FROM {ENTRY} WHERE seq = 1")
    return "entry 1: missing"


def delete_last(_):
    sql(f"DELETE FROM {ENTRY} WHERE seq = %s", (SAMPLE_SIZE,))
    return "log head: records 600 entries but 599"


def truncate_and_fix_head(_):
    """Remove the tail and make the head agree: the signed checkpoint still remembers 600."""
    sql(f"DELETE FROM {ENTRY} WHERE seq > 590")
    leaves = [bytes.fromhex(h) for h in AuditEntry.objects.values_list("leaf_hash", flat=True)]
    frontier = merkle.Frontier()
    for leaf in leaves:
        frontier.append(leaf)
    last = row(590)
    sql(
        f"UPDATE {HEAD} SET size = 590, chain_hash = %s, frontier = %s, last_time = %s",
        (last["chain_hash"], "".join(h.hex() for h in frontier.hashes), fields_of(590)["time"]),
    )
    return "checkpoint"


def insert_copy_at_end(_):
    source = row(5)
    source["seq"] = SAMPLE_SIZE + 1
    columns = ", ".join(source)
    marks = ", ".join(["%s"] * len(source))
    sql(f"INSERT INTO {ENTRY} ({columns}) VALUES ({marks})", tuple(source.values()))
    return f"entry {SAMPLE_SIZE + 1}: its JSON says seq 5"


def insert_after_gap(_):
    source = row(5)
    source["seq"] = SAMPLE_SIZE + 10
    columns = ", ".join(source)
    marks = ", ".join(["%s"] * len(source))
    sql(f"INSERT INTO {ENTRY} ({columns}) VALUES ({marks})", tuple(source.values()))
    return f"entry {SAMPLE_SIZE + 1}: missing"


def swap_sequence_numbers(_):
    sql(f"UPDATE {ENTRY} SET seq = 1000000 WHERE seq = 10")
    sql(f"UPDATE {ENTRY} SET seq = 10 WHERE seq = 20")
    sql(f"UPDATE {ENTRY} SET seq = 20 WHERE seq = 1000000")
    return "entry 10: its JSON says seq 20"


def swap_contents_consistently(_):
    """Swap two entries' JSON and renumber inside it: leaf hashes then break the chain."""
    a, b = fields_of(10), fields_of(11)
    a["seq"], b["seq"] = 11, 10
    b["time"] = a["time"] = min(a["time"], b["time"])
    rewrite_canonical(10, b, fix_leaf=True)
    rewrite_canonical(11, a, fix_leaf=True)
    return "entry 10:"


def edit_stored_node(_):
    sql(f"UPDATE {NODE} SET hash = %s WHERE level = 8 AND position = 1", ("ab" * 32,))
    return "stored subtree hash (8, 1) is wrong"


def delete_stored_node(_):
    sql(f"DELETE FROM {NODE} WHERE level = 9")
    return "stored subtree hash (9, 0) is wrong"


def edit_head(_):
    sql(f"UPDATE {HEAD} SET chain_hash = %s", ("00" * 32,))
    return "log head: chain hash"


def edit_checkpoint_root(checkpoints):
    first, _ = checkpoints
    sql(f"UPDATE {CHECKPOINT} SET root_hash = %s WHERE id = %s", ("cd" * 32, first.pk))
    return f"checkpoint {first.pk}: signed statement does not match"


def edit_checkpoint_signature(checkpoints):
    _, second = checkpoints
    signature = "00" * 64
    sql(f"UPDATE {CHECKPOINT} SET signature = %s WHERE id = %s", (signature, second.pk))
    return f"checkpoint {second.pk}: signature does not verify"


def forge_checkpoint_with_other_key(_):
    """A new checkpoint over a fake root, properly signed, but by the attacker's key."""
    key = Ed25519PrivateKey.generate()
    root, time = "ef" * 32, "2999-01-01T00:00:00.000000Z"
    text = statement(SAMPLE_SIZE, root, time)
    forged = Checkpoint.objects.create(
        tree_size=SAMPLE_SIZE,
        root_hash=root,
        time=time,
        statement=text,
        signature=key.sign(text.encode()).hex(),
        public_key=public_key_hex(key.public_key()),
    )
    return f"checkpoint {forged.pk}: signed by an unknown key"


def rewrite_history_consistently(checkpoints):
    """Roll back to entry 122 and re-append altered entries through the product's own writer.

    Rows, leaf hashes, chain, stored nodes and head are all self-consistent afterwards; only the
    checkpoints signed before the rewrite can tell.
    """
    keep = 122
    originals = [fields_of(seq) for seq in range(keep + 1, SAMPLE_SIZE + 1)]
    sql(f"DELETE FROM {ENTRY} WHERE seq > %s", (keep,))
    sql(f"DELETE FROM {NODE}")
    leaves = [bytes.fromhex(h) for h in AuditEntry.objects.values_list("leaf_hash", flat=True)]
    frontier = merkle.Frontier()
    for leaf in leaves:
        frontier.append(leaf)
    sql(
        f"UPDATE {HEAD} SET size = %s, chain_hash = %s, frontier = %s, last_time = %s "
        f"WHERE id = %s",
        (
            keep,
            row(keep)["chain_hash"],
            "".join(h.hex() for h in frontier.hashes),
            fields_of(keep)["time"],
            HEAD_PK,
        ),
    )
    forged = [
        Event("mallory" if f["seq"] == 123 else f["actor"], f["action"], f["object"])
        for f in originals
    ]
    record_many(forged)
    return f"checkpoint {checkpoints[0].pk}: root at size 300 differs"


ATTACKS = [
    edit_json,
    edit_column_only,
    edit_json_and_columns_and_leaf,
    non_canonical_whitespace,
    edit_time_column,
    backdate_entry,
    delete_middle,
    delete_first,
    delete_last,
    truncate_and_fix_head,
    insert_copy_at_end,
    insert_after_gap,
    swap_sequence_numbers,
    swap_contents_consistently,
    edit_stored_node,
    delete_stored_node,
    edit_head,
    edit_checkpoint_root,
    edit_checkpoint_signature,
    forge_checkpoint_with_other_key,
    rewrite_history_consistently,
]


def test_untampered_log_verifies(sample_log):
    report = verify()
    assert report.ok, report.problems
    assert report.tree_size == SAMPLE_SIZE and report.checkpoints == 2
    call_command("audit", "verify")  # exit status 0: no CommandError


@pytest.mark.parametrize("attack", ATTACKS, ids=lambda f: f.__name__)
def test_tampering_is_detected(sample_log, attack):
    assert verify().ok
    expected = attack(sample_log)
    report = verify()
    assert not report.ok
    assert expected in report.problems[0], report.problems[:3]
    with pytest.raises(CommandError) as failure:
        call_command("audit", "verify", "--json")
    assert expected in str(failure.value)
