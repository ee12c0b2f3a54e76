"""Appending: entry format, payload hashing, append-only guards, sequencing, sign-in records."""

from __future__ import annotations

import hashlib
import json
import stat

import pytest
from django.contrib.auth.models import User
from django.db import transaction

from sufragio.audit import merkle
from sufragio.audit.canonical import canonical_json
from sufragio.audit.checkpoints import ensure_checkpoint
from sufragio.audit.log import AuditIntegrityError, Event, record, record_many
from sufragio.audit.models import AppendOnlyError, AuditEntry, AuditHead, Checkpoint, MerkleNode
from sufragio.audit.verify import verify

pytestmark = pytest.mark.django_db


def test_entry_is_canonical_json_with_rfc6962_leaf_hash():
    entry = record("ana", "governance.submit", "system:7", None, {"estado": "enviado"})
    fields = json.loads(entry.canonical)
    assert list(fields) == sorted(fields)
    assert set(fields) == {"seq", "time", "actor", "action", "object", "before_hash", "after_hash"}
    assert " " not in entry.canonical
    assert fields["seq"] == entry.seq == 1
    assert fields["time"].endswith("Z") and len(fields["time"]) == len(
        "2025-01-01T00:00:00.000000Z"
    )
    expected_leaf = hashlib.sha256(b"\x00" + entry.canonical.encode()).hexdigest()
    assert entry.leaf_hash == expected_leaf
    stored = AuditEntry.objects.get(seq=1)
    assert stored.canonical == entry.canonical and stored.leaf_hash == expected_leaf


def test_payloads_are_kept_only_as_hashes():
    before = {"nombre": "María López", "curp": "LOMM800101MDFPRR09"}
    after = {"nombre": "[REDACTADO]", "curp": "[REDACTADO]"}
    entry = record("ana", "privacy.reveal", "letter:3", before, after)
    assert "María" not in entry.canonical and "LOMM" not in entry.canonical
    assert entry.before_hash == hashlib.sha256(canonical_json(before).encode()).hexdigest()
    assert entry.after_hash == hashlib.sha256(canonical_json(after).encode()).hexdigest()
    # Key order must not change the hash: canonical JSON sorts keys.
    reordered = dict(reversed(list(before.items())))
    assert record("ana", "privacy.reveal", "letter:3", reordered).before_hash == entry.before_hash
    assert json.loads(record("ana", "auth.login", "user:1").canonical)["before_hash"] is None


def test_non_ascii_is_stored_as_utf8_not_escaped():
    entry = record("josé.núñez", "inquiries.approve", "carta:ñ")
    assert "josé.núñez" in entry.canonical
    assert json.loads(entry.canonical)["actor"] == "josé.núñez"


@pytest.mark.parametrize("action", ["login", "Auth.Login", "auth.", "auth login", "a." * 40])
def test_malformed_actions_are_rejected_and_nothing_is_written(action):
    with pytest.raises(ValueError):
        record_many([Event("ana", "auth.login", "user:1"), Event("ana", action, "user:1")])
    assert AuditEntry.objects.count() == 0


def test_entries_nodes_and_checkpoints_are_append_only_through_the_orm():
    record_many([Event("ana", "auth.login", f"user:{i}") for i in range(256)])
    ensure_checkpoint()
    entry = AuditEntry.objects.get(seq=5)
    entry.actor = "mallory"
    with pytest.raises(AppendOnlyError):
        entry.save()
    with pytest.raises(AppendOnlyError):
        entry.delete()
    with pytest.raises(AppendOnlyError):
        AuditEntry.objects.filter(seq=5).update(actor="mallory")
    with pytest.raises(AppendOnlyError):
        AuditEntry.objects.all().delete()
    for model in (MerkleNode, Checkpoint):
        row = model.objects.first()
        with pytest.raises(AppendOnlyError):
            row.save()
        with pytest.raises(AppendOnlyError):
            model.objects.all().delete()
    assert AuditEntry.objects.get(seq=5).actor == "ana"
    assert verify().ok


def test_sequence_is_contiguous_and_time_non_decreasing():
    record("ana", "auth.login", "user:1")
    record_many([Event("bob", "export.docx", f"letter:{i}") for i in range(300)])
    record("ana", "auth.logout", "user:1")
    rows = list(AuditEntry.objects.order_by("seq").values_list("seq", "canonical"))
    assert [seq for seq, _ in rows] == list(range(1, 303))
    times = [json.loads(text)["time"] for _, text in rows]
    assert times == sorted(times)
    head = AuditHead.objects.get()
    assert head.size == 302
    leaves = [merkle.leaf_hash(text.encode()) for _, text in rows]
    expected = merkle.Frontier()
    for leaf in leaves:
        expected.append(leaf)
    assert head.frontier == "".join(h.hex() for h in expected.hashes)
    assert (
        MerkleNode.objects.filter(level=8, position=0).get().hash == merkle.root(leaves[:256]).hex()
    )


def test_rolled_back_action_leaves_no_entry_and_no_gap():
    record("ana", "auth.login", "user:1")
    with pytest.raises(RuntimeError), transaction.atomic():
        record("ana", "governance.submit", "system:1")
        raise RuntimeError("the governed action failed")
    entry = record("ana", "governance.submit", "system:1")
    assert entry.seq == 2
    assert verify().ok


def test_missing_head_with_entries_refuses_to_append():
    record("ana", "auth.login", "user:1")
    AuditHead.objects.all().delete()
    with pytest.raises(AuditIntegrityError):
        record("ana", "auth.login", "user:1")


def test_login_and_logout_are_recorded(client):
    user = User.objects.create_user("revisora", password="x-unused-x")
    client.force_login(user)
    client.logout()
    actions = list(AuditEntry.objects.order_by("seq").values_list("actor", "action", "object_ref"))
    assert actions == [
        ("revisora", "auth.login", f"user:{user.pk}"),
        ("revisora", "auth.logout", f"user:{user.pk}"),
    ]


def test_signing_key_is_created_private(signing_key_path):
    assert not signing_key_path.exists()
    message = ensure_checkpoint()
    assert "signed over 0 entries" in message
    assert stat.S_IMODE(signing_key_path.stat().st_mode) == 0o600
    assert "already covers 0" in ensure_checkpoint()
    record("ana", "auth.login", "user:1")
    assert "signed over 1 entries" in ensure_checkpoint()
    assert Checkpoint.objects.count() == 2
