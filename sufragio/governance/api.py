"""JSON API of the `governance` app: the public register, and system entries for staff."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Router
from ninja.errors import HttpError

from sufragio.audit.log import record
from sufragio.governance import roles
from sufragio.governance.export import public_register, system_dict
from sufragio.governance.models import AISystem

router = Router(tags=["governance"])


@router.get("/register.json", summary="Public AI register (algorithm-register shape)")
def register_json(request: HttpRequest) -> dict[str, Any]:
    """Approved, unexpired systems with their public facts; no login, as transparency requires.

    Not written to the audit log: it publishes nothing that is not already public, and logging
    anonymous reads would let anyone grow the log at will.
    """
    return public_register()


@router.get("/systems/{name}", summary="One system's full registry entry (staff)")
def system_detail(request: HttpRequest, name: str) -> dict[str, Any]:
    """The internal entry with every version's history; the export is audited."""
    if not roles.is_governance_staff(request.user):
        raise HttpError(403, "solo personal con un rol de gobernanza")
    system = get_object_or_404(AISystem, name=name)
    record(request.user.username, "governance.export", f"ai-system:{name}")
    return system_dict(system, history=True)
