"""Builders for governance tests: a system in draft, a complete request, approval terms, and the
real workflow steps that take a version to the committee or to approval."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.utils import timezone

from sufragio.governance import workflow
from sufragio.governance.models import AISystem, SystemVersion

PRINCIPLE_KEYS = [key for key, _label in workflow.PRINCIPLES]
DPIA_ANSWERS = {
    "volume": "some",
    "sensitive": "no",
    "vulnerable": "no",
    "automation": "always",
    "transfers": "no",
    "retention": "bounded",
    "minimisation": "yes",
    "rights": "yes",
    "security": "yes",
    "novelty": "no",
}


def make_version(name: str = "triage-classifier", personal_data: bool = False) -> SystemVersion:
    system = AISystem.objects.create(
        name=name,
        purpose="Clasificar cartas por tema",
        system_type="classifier",
        owner_unit="Dirección Jurídica",
        responsible_official="Titular",
        personal_data=personal_data,
        public_summary=f"Resumen público de {name}",
        evaluation_results={"macro_f1": 0.81},
    )
    return SystemVersion.objects.create(system=system, version="1.0", artefact_hash="a" * 64)


def documentation(**overrides: Any) -> dict[str, Any]:
    doc = {
        "function": "Clasifica cartas",
        "risks": "Errores de clasificación",
        "data_needs": "Texto de cartas testado",
        "principles": {key: f"Evidencia de {key}" for key in PRINCIPLE_KEYS},
    }
    doc.update(overrides)
    return doc


def terms(days: int = 365, uses: tuple[str, ...] = ("default",)) -> workflow.ApprovalTerms:
    return workflow.ApprovalTerms(
        uses, "Uso interno", "Revisión humana", timezone.localdate() + timedelta(days=days)
    )


def to_committee(version: SystemVersion, people: dict[str, Any]) -> SystemVersion:
    if version.system.personal_data:
        workflow.record_dpia(version, people["requester"], DPIA_ANSWERS)
    version = workflow.submit(version, people["requester"], documentation(), "Solicitud")
    version = workflow.give_opinion(version, people["ggtic"], True, "", "Viable")
    return workflow.convene(version, people["chair"], "Al comité")


def approve(version: SystemVersion, people: dict[str, Any], **term_args: Any) -> SystemVersion:
    version = to_committee(version, people)
    for member in ("member1", "member2", "member3"):
        workflow.cast_vote(version, people[member], True, "A favor")
    return workflow.close_vote(version, people["chair"], "Cierre", terms(**term_args))
