"""JSON API of the `audit` app: the latest signed checkpoint (public) and inclusion proofs.

Checkpoints hold no personal data and are meant to be handed to outside witnesses, so anyone may
read them; proofs include an entry's canonical JSON (usernames, object ids), so they need the
same audit rights as the web page.
"""

from __future__ import annotations

from django.http import HttpRequest
from ninja import Router, Schema
from ninja.errors import HttpError
from ninja.security import django_auth

from sufragio.audit.access import can_audit
from sufragio.audit.checkpoints import checkpoint_dict
from sufragio.audit.log import AuditIntegrityError
from sufragio.audit.models import AuditEntry, Checkpoint
from sufragio.audit.proofs import inclusion_proof

router = Router(tags=["audit"])


class CheckpointOut(Schema):
    id: int
    tree_size: int
    root_hash: str
    time: str
    statement: str
    signature: str
    public_key: str
    algorithm: str


class AnchorOut(Schema):
    kind: str
    checkpoint: CheckpointOut | None


class ProofOut(Schema):
    entry: int
    leaf_index: int
    canonical: str
    leaf_hash: str
    tree_size: int
    root_hash: str
    path: list[str]
    anchor: AnchorOut
    verified: bool
    problem: str


@router.get("/checkpoint", response=CheckpointOut, summary="Latest signed checkpoint")
def latest_checkpoint(request: HttpRequest) -> dict:
    """The newest Ed25519-signed (tree size, root, time) statement, with its public key."""
    checkpoint = Checkpoint.objects.order_by("-id").first()
    if checkpoint is None:
        raise HttpError(404, "no checkpoint has been signed yet")
    return checkpoint_dict(checkpoint)


@router.get(
    "/proof/{entry_id}", response=ProofOut, auth=django_auth, summary="Inclusion proof of an entry"
)
def proof(request: HttpRequest, entry_id: int) -> dict:
    """RFC 6962 audit path of one entry, verified against the latest checkpoint covering it."""
    if not can_audit(request.user):
        raise HttpError(403, "audit rights required")
    try:
        return inclusion_proof(entry_id)
    except AuditEntry.DoesNotExist as exc:
        raise HttpError(404, f"entry {entry_id} does not exist") from exc
    except AuditIntegrityError as exc:
        raise HttpError(409, f"the stored log is damaged: {exc}") from exc
