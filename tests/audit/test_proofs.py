"""Inclusion proofs from stored hashes, the `proof` command and the JSON API."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.contrib.auth.models import Group, User
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection

from sufragio.audit import merkle
from sufragio.audit.log import record
from sufragio.audit.models import AuditEntry
from sufragio.audit.proofs import inclusion_proof
from sufragio.audit.store import StoredTree

from .conftest import FIRST_CHECKPOINT, SAMPLE_SIZE

pytestmark = pytest.mark.django_db


def stored_leaves() -> list[bytes]:
    return [
        merkle.leaf_hash(text.encode())
        for text in AuditEntry.objects.order_by("seq").values_list("canonical", flat=True)
    ]


@pytest.mark.parametrize("size", [1, 2, 255, 256, 257, 300, 511, 512, 513, 599, 600])
def test_stored_tree_root_equals_in_memory_root(sample_log, size):
    assert StoredTree().root(size) == merkle.root(stored_leaves()[:size])


@pytest.mark.parametrize("seq", [1, 2, 128, 256, 257, 300, 301, 512, 513, 599, 600])
def test_proof_of_each_entry_matches_and_verifies(sample_log, seq):
    _first, second = sample_log
    proof = inclusion_proof(seq)
    leaves = stored_leaves()
    assert proof["verified"], proof["problem"]
    assert proof["anchor"]["checkpoint"]["id"] == second.pk  # the latest checkpoint covers all
    assert proof["tree_size"] == SAMPLE_SIZE
    expected = merkle.inclusion_path(seq - 1, SAMPLE_SIZE, merkle.list_subtree(leaves))
    assert proof["path"] == [h.hex() for h in expected]
    assert proof["root_hash"] == second.root_hash == merkle.root(leaves).hex()


def test_entry_newer_than_latest_checkpoint_is_proved_against_current_tree(sample_log):
    entry = record("ana", "auth.login", "user:1")
    proof = inclusion_proof(entry.seq)
    assert proof["verified"]
    assert proof["anchor"] == {"kind": "current-tree", "checkpoint": None}
    assert proof["tree_size"] == SAMPLE_SIZE + 1


def test_proof_fails_when_a_neighbouring_leaf_hash_was_altered(sample_log):
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {AuditEntry._meta.db_table} SET leaf_hash = %s WHERE seq = 6", ("ab" * 32,)
        )
    proof = inclusion_proof(5)
    assert not proof["verified"]
    with pytest.raises(CommandError, match="does NOT verify"):
        call_command("audit", "proof", "5", "--json", stdout=StringIO())


def test_proof_command_prints_verified_json(sample_log):
    out = StringIO()
    call_command("audit", "proof", str(FIRST_CHECKPOINT), "--json", stdout=out)
    proof = json.loads(out.getvalue())
    assert proof["entry"] == FIRST_CHECKPOINT and proof["verified"] is True
    leaf = bytes.fromhex(proof["leaf_hash"])
    path = [bytes.fromhex(h) for h in proof["path"]]
    assert merkle.verify_inclusion(
        FIRST_CHECKPOINT - 1, proof["tree_size"], leaf, path, bytes.fromhex(proof["root_hash"])
    )
    with pytest.raises(CommandError, match="does not exist"):
        call_command("audit", "proof", "9999", stdout=StringIO())


def test_checkpoint_command_prints_signed_json(db):
    record("ana", "auth.login", "user:1")
    out = StringIO()
    call_command("audit", "checkpoint", stdout=out)
    checkpoint = json.loads(out.getvalue())
    assert checkpoint["tree_size"] == 1
    assert checkpoint["statement"] == (
        f"sufragio-audit\n1\n{checkpoint['root_hash']}\n{checkpoint['time']}"
    )


# --- API ---------------------------------------------------------------------------------------


def test_api_checkpoint_is_public(client, db):
    assert client.get("/api/audit/checkpoint").status_code == 404
    record("ana", "auth.login", "user:1")
    call_command("audit", "checkpoint", stdout=StringIO())
    response = client.get("/api/audit/checkpoint")
    assert response.status_code == 200
    body = response.json()
    assert body["tree_size"] == 1 and body["algorithm"] == "Ed25519"


def test_api_proof_requires_audit_rights(client, sample_log):
    assert client.get("/api/audit/proof/5").status_code == 401
    client.force_login(User.objects.create_user("capturista"))
    assert client.get("/api/audit/proof/5").status_code == 403
    auditor = User.objects.create_user("auditora")
    auditor.groups.add(Group.objects.create(name="auditor"))
    client.force_login(auditor)
    response = client.get("/api/audit/proof/5")
    assert response.status_code == 200
    assert response.json()["verified"] is True
    assert client.get("/api/audit/proof/99999").status_code == 404
