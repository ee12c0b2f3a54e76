"""Approve AI components through the real governance workflow (request, opinion, committee).

The pipeline asks the gate before each engine, so pipeline tests need the exact builds loaded in
this process approved — the same path a real deployment takes, one role at a time.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from sufragio.governance import workflow
from sufragio.governance.gate import Component
from sufragio.governance.models import AISystem, SystemVersion

ROLES = {
    "solicitante": "unit_requester",
    "ggtic": "ggtic",
    "comite1": "committee",
    "comite2": "committee",
    "comite3": "committee",
    "presidencia": "committee_chair",
    "gobernanza": "admin",
}
DPIA = {
    "volume": "many",
    "sensitive": "incidental",
    "vulnerable": "no",
    "automation": "always",
    "transfers": "no",
    "retention": "bounded",
    "minimisation": "yes",
    "rights": "yes",
    "security": "yes",
    "novelty": "no",
}


def people() -> dict[str, Any]:
    users = {}
    for username, role in ROLES.items():
        user, _ = get_user_model().objects.get_or_create(username=username)
        user.groups.add(Group.objects.get_or_create(name=role)[0])
        users[username] = user
    return users


def register(component: Component) -> SystemVersion:
    system, _ = AISystem.objects.get_or_create(
        name=component.system,
        defaults={
            "purpose": f"Prueba de {component.system}",
            "system_type": component.kind,
            "owner_unit": "Dirección Jurídica",
            "responsible_official": "Titular",
            "personal_data": True,
        },
    )
    version, _ = SystemVersion.objects.get_or_create(
        system=system, artefact_hash=component.version, defaults={"version": "prueba"}
    )
    return version


def approve(component: Component) -> SystemVersion:
    """Walk ``component``'s registry entry to approved, as the committee would (also from
    suspended or rejected, which start a new round with a new request)."""
    users = people()
    version = register(component)
    doc = {
        "function": "Procesar cartas",
        "risks": "Errores",
        "data_needs": "Texto de cartas",
        "principles": {key: "Evidencia" for key, _ in workflow.PRINCIPLES},
    }
    version = workflow.submit(version, users["solicitante"], doc, "Solicitud")
    workflow.record_dpia(version, users["solicitante"], DPIA)
    version = workflow.give_opinion(version, users["ggtic"], True, "", "Viable")
    version = workflow.convene(version, users["presidencia"], "Al comité")
    for member in ("comite1", "comite2", "comite3"):
        workflow.cast_vote(version, users[member], True, "A favor")
    terms = workflow.ApprovalTerms(
        ("default",), "Pruebas", "Revisión humana", timezone.localdate() + timedelta(days=30)
    )
    return workflow.close_vote(version, users["presidencia"], "Cierre", terms)


def suspend(component: Component) -> SystemVersion:
    version = SystemVersion.objects.get(
        system__name=component.system, artefact_hash=component.version
    )
    return workflow.suspend(version, people()["gobernanza"], "Suspensión de prueba")
