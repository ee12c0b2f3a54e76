import pytest
from django.contrib.auth.models import Permission, User
from django.core.exceptions import PermissionDenied

from sufragio.audit.models import AuditEntry
from sufragio.privacy.engine import get_engine
from sufragio.privacy.models import RevealRecord
from sufragio.privacy.reveal import reveal, token_hash

pytestmark = pytest.mark.django_db


def encrypted_curp() -> str:
    redaction = get_engine().redact("CURP VICR850503MDFLRS06", "encrypt")
    (entity,) = redaction.entities
    return redaction.text[entity.redacted_start : entity.redacted_end]


def test_reveal_with_permission_records_hash_and_audit():
    user = User.objects.create_user("auditora")
    user.user_permissions.add(Permission.objects.get(codename="reveal_personal_data"))
    user = User.objects.get(pk=user.pk)  # fresh permission cache
    token = encrypted_curp()
    assert reveal(token, user) == "VICR850503MDFLRS06"
    record = RevealRecord.objects.get()
    assert record.user == user and record.token_sha256 == token_hash(token)
    entry = AuditEntry.objects.get(action="privacy.reveal")
    assert entry.actor == "auditora" and "VICR" not in entry.object_ref


def test_reveal_without_permission_is_refused_and_audited():
    user = User.objects.create_user("curioso")
    with pytest.raises(PermissionDenied):
        reveal(encrypted_curp(), user)
    assert not RevealRecord.objects.exists()
    assert AuditEntry.objects.filter(action="privacy.reveal_denied", actor="curioso").exists()
